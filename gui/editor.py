"""The profile editor: forms generated from the profile model's field metadata, one tab per platform.

A value that cannot be read (a number or date typed wrongly) keeps the profile invalid and blocks saving until it
is corrected. The unified social credit code is the exception: a code that fails its check (GB 32100) is shown
with the reason but held back, so the other facts can be saved; the stored code stays what it was until a valid
one is typed (``held_back``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.facts import GROUPS, FactSpec, MerchantProfile, ProfileInvalid, fact_specs, uscc
from engine.facts.profile import MerchantProfile as _Model
from engine.i18n import Text
from gui.document import build_profile, profile_values
from gui.fields import USCC_PATH, FieldInput, TextInput, make_input
from gui.i18n import lang, plural
from gui.notes_input import NotesInput
from gui.status_style import status_color
from gui.undo import SetField

translate = QCoreApplication.translate


def _top_title(name: str) -> tuple[str, str]:
    extra = _Model.model_fields[name].json_schema_extra
    assert isinstance(extra, dict)
    return str(extra["title_zh"]), str(extra["title_en"])


def _plain(value: Any) -> Any:
    """Values compared as a draft keeps them (dates as ISO text)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


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
    form_built = Signal()  # a platform's form was built (new widgets: the window puts its Tab order right)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._inputs: dict[str, FieldInput] = {}  # built widgets only: a platform's form is built when first shown
        self._errors: dict[str, QLabel] = {}
        self._pending: dict[int, tuple[QFormLayout, list[FactSpec]]] = {}  # tab index -> its form, still to build
        self.tab_of: dict[str, int] = {}
        self._raw: set[str] = set()  # loaded into a form not built yet: the widget's own form of it comes later
        self._values: dict[str, Any] = {}
        self._saved: dict[str, Any] = {}  # as loaded or last saved: what a held-back value falls back to
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
            widget.shows_problems = False  # shown once, by the row's error line
            widget.set_value(self._values.get(spec.path))
            if spec.path in self._raw:  # as load() keeps it for a built form
                self._values[spec.path] = widget.value()
                self._raw.discard(spec.path)
        self._show_errors([spec.path for spec in specs])
        self.form_built.emit()

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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tab bar to the first field
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
        self._saved = dict(self._values)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.validate()

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def held_back(self) -> dict[str, Text]:
        """Values shown but not saved, with the reason: a credit code that fails its check."""
        code = self._values.get(USCC_PATH)
        problem = uscc.problem(code) if isinstance(code, str) else None
        return {USCC_PATH: problem} if problem is not None and code != self._saved.get(USCC_PATH) else {}

    def _for_profile(self) -> dict[str, Any]:
        """The values to validate, evaluate and save: held-back ones as they were saved."""
        held = self.held_back()
        return {p: self._saved.get(p) if p in held else v for p, v in self._values.items()}

    def saved(self, profile: MerchantProfile) -> None:
        """The window saved ``profile``: it is the new fallback, and the editor is clean unless values are still
        held back."""
        stored = profile_values(profile)
        self._saved = {p: stored.get(p) for p in self._values}
        if not self.held_back():
            self.undo_stack.setClean()
        self.validate()

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
        spec = fact_specs().get(path)
        self._edited(path, spec.title(lang()) if spec is not None else self._title(*_top_title(path)))

    def restore(self, values: dict[str, Any]) -> None:
        """Put values kept aside (a draft) back as one undoable edit; the merchant shows as unsaved."""
        self.undo_stack.beginMacro(self.tr("Restore unsaved changes"))
        try:
            for path, value in values.items():
                if path in self.tab_of and _plain(value) != _plain(self._values.get(path)):
                    self.set_value(path, value)
        finally:
            self.undo_stack.endMacro()

    def validate(self) -> bool:
        try:
            build_profile(self._for_profile())
            self.problems = []
        except ProfileInvalid as exc:
            self.problems = exc.problems
        self._show_errors(self._errors)
        ok = not self.problems
        self.banner.setVisible(not ok)
        if not ok:
            count = len(self.problems)
            self.banner.setText(plural(translate("ProfileEditor", "%n field(s) to correct before saving.", "", count),
                                       count))
        self.validity_changed.emit(ok)
        return ok

    def _messages(self) -> dict[str, list[str]]:
        """Per field, what is wrong, in the app language: the input's own reading first (it says why the text
        cannot be read), else the profile model's."""
        lg = lang()
        by_path: dict[str, list[str]] = {}
        for problem in self.problems:
            path = ".".join(problem.path.split(".")[:2])
            by_path.setdefault(path, []).append(problem.problem.get(lg))
        for path in list(by_path):
            own = self._inputs[path].problem() if path in self._inputs else None
            if own is not None:
                by_path[path] = [own.get(lg)]
        for path, why in self.held_back().items():
            reason = why.get(lg)
            reason = reason[:1].upper() + reason[1:]  # it starts the sentence (English)
            by_path[path] = [self.tr("%1. It is not saved until it is corrected; the other facts are saved.")
                             .replace("%1", reason)]
        return by_path

    def _show_errors(self, paths: Any) -> None:
        by_path = self._messages()
        for path in paths:
            messages = by_path.get(path)
            label = self._errors[path]
            label.setText("; ".join(messages or []))
            label.setVisible(bool(messages))

    def problem_lines(self) -> list[str]:
        """What blocks saving, one line per field, as a merchant reads it ("Registered capital: …")."""
        by_path = self._messages()
        held = self.held_back()
        lines = []
        for path in dict.fromkeys(".".join(p.path.split(".")[:2]) for p in self.problems):
            if path in held:
                continue
            spec = fact_specs().get(path)
            title = spec.title(lang()) if spec is not None else self._title(*_top_title(path.split(".")[0]))
            lines.append(f"{title}: {'; '.join(by_path.get(path, []))}")
        return lines

    def profile(self) -> MerchantProfile:
        """The validated profile (held-back values as saved); raises ProfileInvalid."""
        return build_profile(self._for_profile())

    def focus_first(self) -> None:
        """The cursor into the first field of the platform tab shown."""
        index = self.tabs.currentIndex()
        self._ensure_tab(index)
        first = next((self._inputs[p] for p, t in self.tab_of.items() if t == index and p in self._inputs), None)
        if first is not None:
            first.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

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
