"""A list fact (e.g. exhibition dates): unknown, or a list that may be empty ("none")."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.facts import FactSpec
from engine.facts.labels import label
from engine.facts.typed_input import parse_number
from engine.i18n import Text
from gui.date_input import DateInput
from gui.fields import FieldInput
from gui.i18n import lang


class ListInput(FieldInput):
    def __init__(self, spec: FactSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.item_kind = spec.item_kind if spec is not None else "str"
        box = QVBoxLayout()
        self.unknown = QCheckBox(self.tr("Unknown"), self)
        self.unknown.setChecked(True)
        self.unknown.toggled.connect(self._unknown_toggled)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(80)
        box.addWidget(self.unknown)
        box.addWidget(self.list)
        self.adder = QWidget(self)
        row = QHBoxLayout(self.adder)
        row.setContentsMargins(0, 0, 0, 0)
        if self.item_kind == "enum" and spec is not None and spec.enum is not None:
            for member in spec.enum:
                item = QListWidgetItem(label(member, lang()), self.list)
                item.setData(Qt.ItemDataRole.UserRole, member.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.itemChanged.connect(self._emit)
            self.adder.hide()
        else:
            if self.item_kind == "date":
                self.entry: QWidget = DateInput(None, self.adder)
            else:
                self.entry = QLineEdit(self.adder)
                self.entry.returnPressed.connect(self._add)
            add = QPushButton(self.tr("Add"), self.adder)
            add.clicked.connect(self._add)
            remove = QPushButton(self.tr("Remove"), self.adder)
            remove.clicked.connect(self._remove)
            row.addWidget(self.entry)
            row.addWidget(add)
            row.addWidget(remove)
            row.addStretch(1)
        box.addWidget(self.adder)
        self._entry_problem: Text | None = None
        self._layout.addLayout(box, 1)
        self._unknown_toggled(True)

    def _unknown_toggled(self, checked: bool) -> None:
        self.list.setEnabled(not checked)
        self.adder.setEnabled(not checked)
        self._emit()

    def problem(self) -> Text | None:
        return self._entry_problem

    def _refuse(self, problem: Text | None) -> bool:
        """Show why the entry cannot be added (it stays in the entry for correcting); True if refused."""
        self._entry_problem = problem
        self.show_note()
        return problem is not None

    def _add(self) -> None:
        if isinstance(self.entry, DateInput):
            day = self.entry.value()
            if self._refuse(self.entry.problem()) or day is None:
                return
            text = day.isoformat() if isinstance(day, date) else str(day)
        else:
            assert isinstance(self.entry, QLineEdit)
            text = self.entry.text().strip()
            if self.item_kind == "decimal" and text:
                parsed = parse_number(text)
                if self._refuse(parsed.error) or parsed.value is None:
                    return
                text = format(parsed.value, "f")
            self._refuse(None)
            self.entry.clear()
        if not text:
            return
        if self.item_kind == "date":  # a date is listed once, in order
            if self.list.findItems(text, Qt.MatchFlag.MatchExactly):
                return
            self.list.addItem(text)
            self.list.sortItems()
        else:  # e.g. one score per product: equal values are separate entries
            self.list.addItem(text)
        self._emit()

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._emit()

    def value(self) -> list[Any] | None:
        if self.unknown.isChecked():
            return None
        items = [self.list.item(i) for i in range(self.list.count())]
        if self.item_kind == "enum":
            return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return [i.text() for i in items]

    def _set(self, value: Any) -> None:
        self.unknown.setChecked(value is None)
        values = [v.isoformat() if isinstance(v, date) else str(getattr(v, "value", v)) for v in value or []]
        if self.item_kind == "enum":
            for i in range(self.list.count()):
                item = self.list.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in values
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        else:
            self.list.clear()
            self.list.addItems(sorted(values) if self.item_kind == "date" else values)

    def focus_widget(self) -> QWidget:
        return self.unknown if self.unknown.isChecked() else self.list
