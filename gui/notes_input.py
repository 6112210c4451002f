"""Multi-line notes: empty means unknown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.fields import FieldInput
from gui.undo import route_undo_keys


class NotesInput(FieldInput):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("Unknown"))
        self.edit.setMaximumHeight(90)
        self.edit.setTabChangesFocus(True)  # Tab moves on to the next field; notes need no tab characters
        self.edit.textChanged.connect(self._emit)
        route_undo_keys(self.edit)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def _set(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit
