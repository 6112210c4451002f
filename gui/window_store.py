"""Saving, checking, ticks, revisions and backups of the main window (mixed into MainWindow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gui.i18n import lang, plural

translate = QCoreApplication.translate

# engine models are imported where used: the window's first paint comes before them (see gui/window_start.py)


class StoreOps:
    """Expects MainWindow's attributes (store, editor, panel, history_view, results_view, ...)."""

    def show_store_warnings(self: Any) -> None:
        warnings = [getattr(w, "message", None) for w in getattr(self.store, "warnings", [])]
        texts = [w(lang()) if callable(w) else str(w) for w in warnings]
        if texts:
            self.statusBar().showMessage(" ".join(texts), 15000)

    def daily_backup(self: Any) -> None:
        backup = getattr(self.store, "daily_backup", None)
        if backup is not None and self.can_write():
            try:
                backup()
            except Exception as exc:  # a backup that cannot be written never interrupts work
                message = getattr(exc, "message", None)
                self.statusBar().showMessage(message(lang()) if callable(message) else str(exc), 15000)

    # -- writing -------------------------------------------------------------------------------------------
    def save(self: Any) -> bool:
        from engine.facts import ProfileInvalid

        if self.profile_id is None or not self.can_write():
            return False
        try:
            profile = self.editor.profile()
        except ProfileInvalid:
            QMessageBox.warning(self, self.tr("Cannot save yet"), self.tr("Please correct these fields first:")
                                + "\n\n" + "\n".join(self.editor.problem_lines()))
            return False
        stored = self.store.save(self.profile_id, profile)
        self.revision = stored.revision
        self.editor.saved(stored.profile)
        self.write_draft()  # removed, or (a held-back value) kept
        self.panel.refresh(self.profile_id)
        self.history_view.load(self.store, self.profile_id)
        held = self.editor.held_back()
        if held:
            self.statusBar().showMessage(self.tr("Saved, except the unified social credit code: %1").replace(
                "%1", "; ".join(why.get(lang()) for why in held.values())), 15000)
        else:
            self.statusBar().showMessage(self.tr("Saved."), 3000)
        return True

    def run_check(self: Any) -> None:
        """Save, evaluate every programme at the chosen time and record the checks in the history."""
        from engine.evaluate import evaluate_all

        if self.profile_id is None or (not self.editor.undo_stack.isClean() and not self.save()):
            return
        stored = self.store.get(self.profile_id)
        results = evaluate_all(stored.profile, self.shown_packs(), self.results_view.as_of())
        if self.can_write():
            for result in results:
                self.store.record_check(self.profile_id, stored.revision, result)
        self.show_results(results)
        self.panel.refresh(self.profile_id)
        self.history_view.load(self.store, self.profile_id)
        self.tabs.setCurrentWidget(self.results_view)
        count = len(results)
        self.statusBar().showMessage(plural(translate("StoreOps", "Checked %n programme(s).", "", count), count), 4000)

    def store_tick(self: Any, program: str, item_id: str, state: str) -> None:
        if self.profile_id is not None and self.can_write():
            self.store.set_checklist_tick(self.profile_id, program, item_id, state)

    def restore_revision(self: Any, revision: int) -> None:
        if self.profile_id is None or not self.maybe_save():
            return
        self.store.restore(self.profile_id, revision)
        pid, self.profile_id = self.profile_id, None
        self.load_merchant(pid)
        self.panel.refresh(pid)
        self.statusBar().showMessage(self.tr("Revision %1 restored as a new revision.").replace(
            "%1", str(revision)), 4000)

