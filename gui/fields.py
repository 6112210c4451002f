"""One input per fact kind. Every input can say "unknown" (None) and never turns unknown into False or 0."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from engine.facts import FactSpec
from engine.facts.labels import label
from gui.i18n import lang

NULL_DATE = QDate(1900, 1, 1)


class FieldInput(QWidget):
    """Base class: ``value()`` is the raw value (None = unknown), ``edited`` fires on user changes."""

    edited = Signal()

    def __init__(self, spec: FactSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._quiet = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._set(value)
        finally:
            self._quiet = False

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_: object) -> None:
        if not self._quiet:
            self.edited.emit()

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
    """Text and numbers typed as text: empty means unknown; the profile model validates the rest."""

    def __init__(self, spec: FactSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Unknown"))
        self.edit.textEdited.connect(self._emit)
        self._layout.addWidget(self.edit, 1)
        if spec is not None and spec.numeric:
            self.edit.setMaximumWidth(260)
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if spec.unit:
                self._layout.addWidget(QLabel(unit_text(spec.unit), self))
            self._layout.addStretch(1)

    def value(self) -> Any:
        text = self.edit.text().strip()
        return text or None

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


class DateInput(FieldInput):
    """A date with a calendar popup; the lowest date shows as "Unknown", and a button clears to unknown."""

    def __init__(self, spec: FactSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NULL_DATE)
        self.edit.setSpecialValueText(self.tr("Unknown"))
        self.edit.setDate(NULL_DATE)
        self.edit.setMinimumWidth(140)
        self.edit.dateChanged.connect(self._emit)
        clear = QToolButton(self)
        clear.setText(self.tr("Unknown"))
        clear.setToolTip(self.tr("Set this date to unknown"))
        clear.clicked.connect(lambda: self.edit.setDate(NULL_DATE))
        self._layout.addWidget(self.edit)
        self._layout.addWidget(clear)
        self._layout.addStretch(1)

    def value(self) -> date | None:
        qd = self.edit.date()
        if qd == NULL_DATE:
            return None
        return date(qd.year(), qd.month(), qd.day())

    def _set(self, value: Any) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value)
        if value is None:
            self.edit.setDate(NULL_DATE)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def focus_widget(self) -> QWidget:
        return self.edit


def make_input(spec: FactSpec, parent: QWidget | None = None) -> FieldInput:
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
