"""Windows that fit the screen they open on, and result columns that stay in view when a window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidget, QWidget

#: Room for the window frame and title bar, which the geometry of a top-level widget does not include.
FRAME = (16, 40)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fit_to_screen(window: QWidget) -> None:
    """Shrink (never grow) the window to the screen's free area, frame included, and keep it on that area."""
    area = available_area(window)
    width = min(window.width(), area.width() - FRAME[0])
    height = min(window.height(), area.height() - FRAME[1])
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 320), max(height, 240))
    x = min(max(window.x(), area.left()), area.right() - window.width() - FRAME[0])
    y = min(max(window.y(), area.top()), area.bottom() - window.height() - FRAME[1])
    window.move(max(x, area.left()), max(y, area.top()))


class KeepStatusVisible(QObject):
    """A results tree (title | status | reason): the title column takes at most ~45 % of the width, so the status
    column stays in view however narrow the window; the reason gets the rest (and a tooltip)."""

    def __init__(self, tree: QTreeWidget, widest: int = 380) -> None:
        super().__init__(tree)
        self.tree, self.widest = tree, widest
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = self.tree.viewport().width()
            header = self.tree.header()
            header.resizeSection(0, max(140, min(self.widest, int(width * 0.45))))
            header.resizeSection(1, max(header.sectionSizeHint(1), min(130, width // 5)))
        return False
