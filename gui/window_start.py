"""The main window's start in two steps (mixed into MainWindow).

First the shell: the merchant list (read from SQLite without the engine's models), the menus and the tab
titles, with "Loading rules…" where the profile will be. Right after the list's first paint the engine is
imported (pydantic models, rule packs); in a second event-loop step ``finish_start`` builds the tabs' views
and loads the selected merchant.
Nothing done meanwhile is lost: the selection and the search text are kept, and the commands that need the
engine stay disabled until it is there (``disable_until_ready``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

#: If the list is not painted this long after the window is built (a window started minimised, say),
#: the rules are loaded all the same.
FALLBACK_MS = 3000
#: Commands that work while the rules are still loading (everything else waits for the engine).
WITHOUT_ENGINE = frozenset({"quit", "find", "show_deleted", "logs", "about", "about_qt"})


class FirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, right after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint has been flushed to the screen
        return False


class WindowStart:
    """Expects MainWindow's attributes (store, panel, tabs, act, ...)."""

    ready: bool

    def build_placeholders(self: Any) -> None:
        """Tabs with their titles and a "Loading rules…" page until the views are built."""
        self.loading_label = QLabel(self.tr("Loading rules…"), self.tabs)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for i, title in enumerate(self.tab_titles()):
            self.tabs.addTab(self.loading_label if i == 0 else QWidget(self.tabs), title)

    def load_after_first_paint(self: Any) -> None:
        self._first_paint = FirstPaint(self.panel.table, self._load_in_steps)  # its frame; viewport() costs ~7 ms
        QTimer.singleShot(FALLBACK_MS, self._load_in_steps)

    def _load_in_steps(self: Any) -> None:
        """The engine and the packs, then (after input that came meanwhile, e.g. a key in the search box) the
        views and the merchant: two shorter pauses instead of one."""
        if self.ready or self.closed or getattr(self, "_steps_begun", False):
            return  # once: the first paint or the fallback timer, whichever comes first
        self._steps_begun = True
        self._reporting(self._load_packs, None)
        QTimer.singleShot(0, self.finish_start)

    def finish_start(self: Any, packs: list[Any] | None = None) -> None:
        """Load the rules, build the tabs' views and show the selected merchant (once)."""
        if not (self.ready or self.closed):
            self._reporting(self._finish, packs)

    def _reporting(self: Any, step: Callable[[list[Any] | None], None], packs: list[Any] | None) -> None:
        try:
            step(packs)
        except Exception as exc:  # the window says so where the profile would be; the crash hook logs it
            if not self.ready:
                self.loading_label.setText(self.tr("The rules could not be loaded:") + f"\n{exc}")
                self.loading_label.setWordWrap(True)
            raise

    def _load_packs(self: Any, packs: list[Any] | None) -> None:
        if not self.packs:
            from engine.packs import load_programmes  # bundled and added, each in the edition in force now

            self.packs = list(packs if packs is not None else load_programmes(getattr(self.store, "data_dir", None)))

    def _finish(self: Any, packs: list[Any] | None) -> None:
        from gui.calculators_view import CalculatorsView
        from gui.checklist_view import ChecklistView
        from gui.editor import ProfileEditor
        from gui.history_view import HistoryView
        from gui.results_view import ResultsView

        self._load_packs(packs)
        self.editor = ProfileEditor(self)
        self.results_view = ResultsView(self)
        self.checklist_view = ChecklistView(self)
        self.calculators_view = CalculatorsView(self)
        self.history_view = HistoryView(self)
        self._install_tabs([self.editor, self.results_view, self.checklist_view, self.calculators_view,
                            self.history_view])
        from gui.screens import KeepStatusVisible

        KeepStatusVisible(self.results_view.tree)
        self.editor.undo_stack.cleanChanged.connect(self._clean_changed)
        self.start_drafts()
        self.editor.values_changed.connect(self.reeval_timer.start)
        self.editor.validity_changed.connect(self._validity_changed)
        self.results_view.as_of_changed.connect(self.reeval_timer.start)
        self.results_view.fact_clicked.connect(self.jump_to_fact)
        self.calculators_view.fact_clicked.connect(self.jump_to_fact)
        self.checklist_view.tick_changed.connect(self.store_tick)
        self.history_view.restore_requested.connect(self.restore_revision)
        from gui.program_filter import ProgramFilter

        self.program_filter = ProgramFilter(self)
        self.program_filter.set_packs(self.packs)
        self.program_filter.changed.connect(self._programmes_chosen)
        self.tabs.setCornerWidget(self.program_filter.button, Qt.Corner.TopRightCorner)
        self.program_filter.button.show()
        self.editor.form_built.connect(self.order_focus)
        from gui.window_focus import no_tab_stop_in_scroll_buttons

        for tabs in (self.tabs, self.editor.tabs):
            no_tab_stop_in_scroll_buttons(tabs)
        self.add_undo_actions()
        self.ready = True
        self.setAcceptDrops(True)
        self.panel.selected.connect(self.on_selected)
        current = self.panel.current_id()  # the last merchant, or the one clicked while the rules loaded
        if current is not None:
            self.load_merchant(current)
        self.update_actions()
        self.order_focus()
        QTimer.singleShot(0, self.offer_drafts)  # a draft left by a run that crashed
        self.started.emit()

    def disable_until_ready(self: Any) -> None:
        for key, action in self.act.items():
            action.setEnabled(key in WITHOUT_ENGINE or key.startswith("tab"))
        for button in (self.panel.new_button, self.panel.duplicate_button, self.panel.delete_button):
            button.setEnabled(False)

    def add_undo_actions(self: Any) -> None:
        """Undo and Redo at the top of the Edit menu, once the editor (which owns the undo stack) is built."""
        undo = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)  # every binding of the platform (a field passes them on)
        redo = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # e.g. Ctrl+Y and Ctrl+Shift+Z
        self.act["undo"], self.act["redo"] = undo, redo
        for action in (undo, redo):
            action.setMenuRole(QAction.MenuRole.NoRole)
        self.edit_menu.insertActions(self.edit_menu.actions()[0], [undo, redo])

    def _install_tabs(self: Any, views: list[QWidget]) -> None:
        index = self.tabs.currentIndex()  # a tab chosen while loading stays chosen
        self.tabs.setUpdatesEnabled(False)
        try:
            while self.tabs.count():
                page = self.tabs.widget(0)
                self.tabs.removeTab(0)
                # Deleted now, not later: a widget waiting for deferred deletion while Python walks the focus
                # chain (gui/window_focus.py) made PySide 6.11 drop the wrapper of an unrelated action.
                shiboken6.delete(page)
            for view, title in zip(views, self.tab_titles(), strict=True):
                self.tabs.addTab(view, title)
            self.tabs.setCurrentIndex(max(index, 0))
        finally:
            self.tabs.setUpdatesEnabled(True)
