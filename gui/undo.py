"""Undoable edits of one field."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand


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
        """Typing in one field is one edit; typed and taken back, it is no edit at all (obsolete: the stack drops
        it, so the editor is clean again)."""
        if not isinstance(other, SetField) or other.path != self.path:
            return False
        if not isinstance(self.new, str | None) or not isinstance(other.new, str | None):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a field go to the editor's undo stack (Edit > Undo), not to the field's own
    history: one history, so the title bar's "unsaved" mark and the field never disagree."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and any(event.matches(key) for key in keys)):
            event.ignore()  # not the field's: the window's Undo / Redo shortcut takes it
            return True
        return False


_keys: list[UndoKeys] = []


def route_undo_keys(*widgets: QObject) -> None:
    if not _keys:
        _keys.append(UndoKeys(QCoreApplication.instance()))
    for widget in widgets:
        widget.installEventFilter(_keys[0])
