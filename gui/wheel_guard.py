"""The mouse wheel scrolls a form; it changes a choice, a number or a date only in the field that has focus.

Over an unfocused combo box or spin box the wheel event is handed to the scroll area around it, so scrolling
through a long form never turns "Unknown" into "No". (Handed over explicitly: Qt propagates only wheel events
that come from the window system, and the scroll area should scroll whatever sent the event.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        if watched.hasFocus() or (focus is not None and watched.isAncestorOf(focus)):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None or not isinstance(event, QWheelEvent):
            event.ignore()  # nothing to scroll here: the parent may take it
            return True
        viewport = area.viewport()
        local = viewport.mapFromGlobal(event.globalPosition())
        QApplication.sendEvent(viewport, QWheelEvent(
            local, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
            event.modifiers(), event.phase(), event.inverted(), event.source()))
        event.accept()
        return True


_guard: list[WheelGuard] = []


def guard_wheel(*widgets: QWidget) -> None:
    """Let these widgets take wheel events only while they have focus (and not take focus from the wheel)."""
    if not _guard:
        _guard.append(WheelGuard(QCoreApplication.instance()))
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_guard[0])
