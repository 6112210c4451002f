"""Tools ▸ Programmes… and Tools ▸ Programme calendar…: the menu entries of the Programmes window. Light on
purpose: the main window builds its menus before the engine is imported; the window itself is built on use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate


def open_programmes(window: Any, tab: int = 0) -> Any:
    """Show the Programmes window of ``window`` (one per main window), on ``tab`` (0 programmes, 1 calendar)."""
    dialog = getattr(window, "programmes_dialog", None)
    if dialog is None:
        from gui.programmes_window import ProgrammesDialog

        dialog = ProgrammesDialog(window, window)
        window.programmes_dialog = dialog
    else:  # packs may have been added or removed meanwhile, e.g. from the command line
        dialog.registry.reload()
        dialog.page.refresh()
        dialog.calendar.refresh()
    dialog.tabs.setCurrentIndex(tab)
    dialog.show()
    if QGuiApplication.platformName() != "offscreen":  # a window shown again comes to the front (not headless)
        dialog.raise_()
    return dialog


def add_actions(window: Any, menu: QMenu) -> None:
    """Add both entries to ``menu`` and to the window's actions (enabled with the others once rules are loaded)."""
    for key, text, tab in (("programmes", translate("ProgrammesMenu", "&Programmes…"), 0),
                           ("calendar", translate("ProgrammesMenu", "Programme cale&ndar…"), 1)):
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, t=tab: open_programmes(window, t))
        window.act[key] = action
        menu.addAction(action)
