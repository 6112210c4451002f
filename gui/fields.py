"""One input per fact kind. Every input can say "unknown" (None) and never turns unknown into False or 0.

Typed numbers and dates are read by the engine's parsers (engine/facts/typed_input.py): what was understood is
shown under the field, and text that cannot be read stays in the field with the reason (``problem()``), so the
profile stays invalid until it is corrected; nothing typed is dropped or replaced by a guess.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine.facts import FactSpec, uscc
from engine.facts.labels import label
from engine.facts.typed_input import number_text, parse_fact
from engine.i18n import Text
from gui.i18n import lang
from gui.status_style import status_color
from gui.undo import route_undo_keys
from gui.wheel_guard import guard_wheel

USCC_PATH = "company.unified_social_credit_code"


class FieldInput(QWidget):
    """Base class: ``value()`` is the raw value (None = unknown), ``edited`` fires on user changes.

    ``note`` is a line under the input: what a typed value was understood as, or why it cannot be read."""

    edited = Signal()

    def __init__(self, spec: FactSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self._layout = QHBoxLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._layout)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        self.shows_problems = True  # False where the form shows problems itself (the profile editor)
        self._quiet = False

    def value(self) -> Any:
        raise NotImplementedError

    def problem(self) -> Text | None:
        """Why the text in the input cannot be read (None: it can, or it is empty)."""
        return None

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._set(value)
        finally:
            self._quiet = False
        self.show_note()

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_: object) -> None:
        if not self._quiet:
            self.show_note()
            self.edited.emit()

    def understood(self) -> str:
        """What the input's text was read as, when that helps (empty: nothing to add)."""
        return ""

    def show_note(self) -> None:
        problem = self.problem() if self.shows_problems else None
        if problem is None and self.problem() is not None:
            self.note.clear()  # the form names the problem under the field
            self.note.hide()
            return
        text = problem.get(lang()) if problem is not None else self.understood()
        colour = status_color("fail") if problem is not None else self.palette().color(
            QPalette.ColorRole.PlaceholderText)
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.note.setPalette(palette)
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def focus_widget(self) -> QWidget:
        return self


class ChoiceInput(FieldInput):
    """Yes / No / Unknown, or an enum with Unknown first."""

    def __init__(self, spec: FactSpec | None, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("Unknown"), None)
        for text, data in choices:
            self.combo.addItem(text, data)
        self._values = [None, *(d for _, d in choices)]
        self.combo.currentIndexChanged.connect(self._emit)
        guard_wheel(self.combo)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    def value(self) -> Any:
        return self._values[max(self.combo.currentIndex(), 0)]

    def _set(self, value: Any) -> None:
        if isinstance(value, StrEnum):
            value = value.value
        index = self._values.index(value) if value in self._values else 0
        self.combo.setCurrentIndex(index)

    def focus_widget(self) -> QWidget:
        return self.combo


def bool_input(spec: FactSpec | None, parent: QWidget | None = None) -> ChoiceInput:
    yes, no = QCoreApplication.translate("ChoiceInput", "Yes"), QCoreApplication.translate("ChoiceInput", "No")
    return ChoiceInput(spec, [(yes, True), (no, False)], parent)


def enum_input(spec: FactSpec, parent: QWidget | None = None) -> ChoiceInput:
    assert spec.enum is not None
    return ChoiceInput(spec, [(label(m, lang()), m.value) for m in spec.enum], parent)


class TextInput(FieldInput):
    """Text and numbers typed as text: empty means unknown. Numbers are read as people write them (5,000,000,
    500万) within the field's bounds; the credit code is checked (GB 32100) and stored in its canonical form."""

    def __init__(self, spec: FactSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Unknown"))
        self.edit.textEdited.connect(self._emit)
        self._layout.addWidget(self.edit, 1)
        route_undo_keys(self.edit)
        self.numeric = spec is not None and spec.numeric
        if self.numeric:
            assert spec is not None
            self.edit.setMaximumWidth(260)
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if spec.unit:
                self._layout.addWidget(QLabel(unit_text(spec.unit), self))
            self._layout.addStretch(1)

    def _parsed(self) -> Any:
        assert self.spec is not None
        return parse_fact(self.spec.path, self.edit.text())

    def problem(self) -> Text | None:
        if self.numeric:
            return self._parsed().error  # type: ignore[no-any-return]
        return None

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.numeric:
            parsed = self._parsed()
            return text if parsed.error is not None else format(Decimal(parsed.value), "f")
        if self.spec is not None and self.spec.path == USCC_PATH and uscc.is_valid(text):
            return uscc.normalize(text)
        return text

    def understood(self) -> str:
        if not self.numeric:
            return ""
        value = self._parsed().value
        if value is None:
            return ""
        shown = number_text(value, lang())
        return "" if shown == self.edit.text().strip() else f"= {shown}"

    def _set(self, value: Any) -> None:
        if isinstance(value, Decimal):
            value = format(value.normalize(), "f") if value == value.to_integral() else str(value)
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


def unit_text(unit: str) -> str:
    zh = {"CNY": "元 (CNY)", "USD": "美元 (USD)", "people": "人", "points": "分", "times": "次", "days": "天",
          "hours": "小时", "years": "年", "m²": "平方米"}
    en = {"people": "people", "points": "points", "times": "times", "days": "days", "hours": "hours",
          "years": "years"}
    return (zh if lang() == "zh" else en).get(unit, unit)


def make_input(spec: FactSpec, parent: QWidget | None = None) -> FieldInput:
    from gui.date_input import DateInput
    from gui.list_input import ListInput
    from gui.place_input import PlaceInput

    if spec.place:
        return PlaceInput(spec, parent)
    if spec.kind == "bool":
        return bool_input(spec, parent)
    if spec.kind == "enum":
        return enum_input(spec, parent)
    if spec.kind == "date":
        return DateInput(spec, parent)
    if spec.kind == "list":
        return ListInput(spec, parent)
    return TextInput(spec, parent)

