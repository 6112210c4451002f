"""The profile editor: forms generated from the profile model's field metadata, one tab per platform."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.facts import GROUPS, FactSpec, MerchantProfile, ProfileInvalid, fact_specs
from engine.facts.profile import MerchantProfile as _Model
from gui.document import build_profile, profile_values
from gui.fields import FieldInput, TextInput, make_input
from gui.i18n import lang
from gui.notes_input import NotesInput
from gui.status_style import status_color
from gui.undo import SetField


def _top_title(name: str) -> tuple[str, str]:
    extra = _Model.model_fields[name].json_schema_extra
    assert isinstance(extra, dict)
    return str(extra["title_zh"]), str(extra["title_en"])


def _colour(label: QLabel, colour: QColor, *, bold: bool = False) -> None:
    """Text colour (and weight) by palette and font: a style sheet per label makes building the form slow."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)


class ProfileEditor(QWidget):
    """Edits a flat set of values; ``profile()`` validates. Unknown stays None all the way."""

    validity_changed = Signal(bool)
    values_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._inputs: dict[str, FieldInput] = {}  # built widgets only: a platform's form is built when first shown
        self._errors: dict[str, QLabel] = {}
        self._pending: dict[int, tuple[QFormLayout, list[FactSpec]]] = {}  # tab index -> its form, still to build
        self.tab_of: dict[str, int] = {}
        self._raw: set[str] = set()  # loaded into a form not built yet: the widget's own form of it comes later
        self._values: dict[str, Any] = {}
        self.problems: list[Any] = []
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #ffffff; background: #b3261e; padding: 4px; font-weight: bold;")
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self._build()
        self.tabs.currentChanged.connect(self._ensure_tab)

    @property
    def inputs(self) -> dict[str, FieldInput]:
        """Every fact's input widget (builds the forms not shown yet)."""
        self._ensure_all()
        return self._inputs

    @property
    def errors(self) -> dict[str, QLabel]:
        self._ensure_all()
        return self._errors

    def _ensure_all(self) -> None:
        for index in list(self._pending):
            self._ensure_tab(index)

    def _ensure_tab(self, index: int) -> None:
        """Build a platform's form on first show, with the current values and error messages."""
        pending = self._pending.pop(index, None)
        if pending is None:
            return
        form, specs = pending
        for spec in specs:
            self._add_row(form, spec.path, spec.title(lang()), spec.help(lang()), make_input(spec, self), index)
            widget = self._inputs[spec.path]
            widget.set_value(self._values.get(spec.path))
            if spec.path in self._raw:  # as load() keeps it for a built form
                self._values[spec.path] = widget.value()
                self._raw.discard(spec.path)
        self._show_errors([spec.path for spec in specs])

    def _widget(self, path: str) -> FieldInput | None:
        if path not in self._inputs and path in self.tab_of:
            self._ensure_tab(self.tab_of[path])
        return self._inputs.get(path)

    def _title(self, zh: str, en: str) -> str:
        return zh if lang() == "zh" else en

    def _build(self) -> None:
        form = self._add_tab(self.tr("General"))
        for name in ("name", "notes"):
            widget: FieldInput = TextInput(None, self) if name == "name" else NotesInput(self)
            self._add_row(form, name, self._title(*_top_title(name)), "", widget)
        by_group: dict[str, list[FactSpec]] = {}
        for spec in fact_specs().values():
            by_group.setdefault(spec.group, []).append(spec)
        for group, (zh, en) in GROUPS.items():
            form = self._add_tab(self._title(zh, en))
            specs = by_group.get(group, [])
            if not specs:
                form.addRow(QLabel(self.tr("No facts are asked for this platform yet."), self))
            for spec in specs:
                self.tab_of[spec.path] = self.tabs.count() - 1
                self._values[spec.path] = None
            if specs:
                self._pending[self.tabs.count() - 1] = (form, specs)

    def _add_tab(self, title: str) -> QFormLayout:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # rows keep their natural height; spare room goes below the last one
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        return form

    def _add_row(self, form: QFormLayout, path: str, title: str, help_text: str, widget: FieldInput,
                 tab: int | None = None) -> None:
        label = QLabel(title.replace("&", "&&"), self)
        label.setToolTip(help_text)
        label.setBuddy(widget.focus_widget())
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        if help_text:
            hint = QLabel(help_text, box)
            hint.setWordWrap(True)
            _colour(hint, hint.palette().color(QPalette.ColorRole.PlaceholderText))
            col.addWidget(hint)
        error = QLabel(box)
        error.setWordWrap(True)
        _colour(error, status_color("fail"), bold=True)
        error.hide()
        col.addWidget(error)
        widget.setToolTip(help_text)
        widget.setObjectName(f"field:{path}")
        form.addRow(label, box)
        self._inputs[path] = widget
        self._errors[path] = error
        self.tab_of[path] = self.tabs.count() - 1 if tab is None else tab
        self._values.setdefault(path, None)
        widget.edited.connect(lambda p=path, t=title: self._edited(p, t))

    # -- values -----------------------------------------------------------------------------------------
    def load(self, profile: MerchantProfile) -> None:
        values = profile_values(profile)
        for path in self.tab_of:
            widget = self._inputs.get(path)
            if widget is None:  # not built yet: the form takes the value when first shown
                self._values[path] = values.get(path)
                self._raw.add(path)
            else:
                widget.set_value(values.get(path))
                self._values[path] = widget.value()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.validate()

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def _edited(self, path: str, title: str) -> None:
        new = self._inputs[path].value()
        old = self._values[path]
        if new != old:
            self.undo_stack.push(SetField(self, path, self.tr("Edit %s") % title, old, new))

    def apply_value(self, path: str, value: Any, widget: bool = True) -> None:
        built = self._widget(path) if widget else None
        if built is not None:
            built.set_value(value)
        self._values[path] = value
        self._raw.discard(path)
        self.validate()
        self.values_changed.emit()

    def set_value(self, path: str, value: Any) -> None:
        """Programmatic edit, undoable like a typed one."""
        built = self._widget(path)
        if built is None:
            raise KeyError(path)
        built.set_value(value)
        self._edited(path, path)

    def validate(self) -> bool:
        try:
            build_profile(self._values)
            self.problems = []
        except ProfileInvalid as exc:
            self.problems = exc.problems
        self._show_errors(self._errors)
        ok = not self.problems
        self.banner.setVisible(not ok)
        if not ok:
            self.banner.setText(self.tr("%n field(s) need attention before saving.", "", len(self.problems)))
        self.validity_changed.emit(ok)
        return ok

    def _show_errors(self, paths: Any) -> None:
        by_path: dict[str, list[str]] = {}
        for problem in self.problems:
            path = ".".join(problem.path.split(".")[:2])
            by_path.setdefault(path, []).append(problem.problem.get(lang()))
        for path in paths:
            messages = by_path.get(path)
            label = self._errors[path]
            label.setText("; ".join(messages or []))
            label.setVisible(bool(messages))

    def profile(self) -> MerchantProfile:
        """The validated profile; raises ProfileInvalid."""
        return build_profile(self._values)

    def jump_to(self, path: str) -> bool:
        widget = self._widget(path)
        if widget is None:
            return False
        self.tabs.setCurrentIndex(self.tab_of[path])
        scroll = self.tabs.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget)
        widget.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        return True
