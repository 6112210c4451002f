"""The Programmes window: the Programmes page and the calendar in two tabs, beside the main window (opened from
``gui.programmes_menu``). Installing or removing a pack updates the main window's programmes and re-checks the
merchants concerned."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from gui.calendar_view import CalendarView
from gui.programmes_page import ProgrammesPage


class ProgrammesDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from engine.packs import load_registry

        self.window = window
        self.setWindowTitle(self.tr("Programmes and calendar"))
        self.registry = load_registry(getattr(window.store, "data_dir", None))
        self.page = ProgrammesPage(self.registry, window.store, self)
        self.calendar = CalendarView(self.registry, window, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.page, self.tr("Programmes"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.page.changed.connect(self._changed)
        self.tabs.currentChanged.connect(lambda _: self.calendar.refresh())
        self.resize(1100, 700)

    def _changed(self, program: str, new: bool) -> None:
        from gui.pack_ops import apply_change

        apply_change(self.window, self.registry, program, new)
        self.calendar.refresh()
