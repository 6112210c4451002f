"""Undoable edits of one field."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class Editable(Protocol):
    def apply_value(self, path: str, value: Any, widget: bool = True) -> None: ...


class SetField(QUndoCommand):
    ID = 4242

    def __init__(self, target: Editable, path: str, title: str, old: Any, new: Any) -> None:
        super().__init__(title)
        self.target = target
        self.path = path
        self.old = old
        self.new = new
        self._first = True

    def id(self) -> int:
        return self.ID

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value
            self._first = False
            self.target.apply_value(self.path, self.new, widget=False)
            return
        self.target.apply_value(self.path, self.new)

    def undo(self) -> None:
        self.target.apply_value(self.path, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.path != self.path:
            return False
        if not isinstance(self.new, str) or not isinstance(other.new, str):
            return False
        self.new = other.new
        return True
