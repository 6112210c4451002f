"""Crash recovery of the main window (mixed into MainWindow): autosave the open editor as a draft, offer a
draft left by a run that ended without saving or discarding it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from gui.drafts import Drafts
from gui.timefmt import local_text

AUTOSAVE_MS = 700


class DraftOps:
    """Expects MainWindow's attributes (store, editor, panel, profile_id, revision, ...)."""

    def start_drafts(self: Any) -> None:
        folder = getattr(self.store, "data_dir", None)
        self.drafts = Drafts(folder) if folder is not None and self.can_write() else None
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(AUTOSAVE_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        self.editor.undo_stack.indexChanged.connect(lambda _: self.draft_timer.start())

    def write_draft(self: Any) -> None:
        """Now: the draft of the open merchant, or no draft when there is nothing unsaved."""
        self.draft_timer.stop()
        if self.drafts is None or self.profile_id is None:
            return
        if self.editor.undo_stack.isClean():
            self.drafts.remove(self.profile_id)
        else:
            try:
                self.drafts.write(self.profile_id, self.revision, self.editor.values())
            except OSError as exc:  # a full disk never interrupts typing; the status bar says so
                self.statusBar().showMessage(self.tr("Unsaved changes could not be kept aside: %1").replace(
                    "%1", str(exc)), 8000)

    def drop_draft(self: Any, profile_id: str | None) -> None:
        self.draft_timer.stop()
        if self.drafts is not None:
            self.drafts.remove(profile_id)

    def offer_drafts(self: Any) -> None:
        """At start: a draft means the last run ended with unsaved changes; offer each back (newest first)."""
        if self.drafts is None or self.closed:
            return
        known = {s.id: s.name for s in self.store.list_profiles()}
        for draft in self.drafts.found():
            if draft.profile_id not in known:
                draft.path.unlink(missing_ok=True)
                continue
            name = known[draft.profile_id] or self.tr("(unnamed)")
            answer = QMessageBox.question(
                self, self.tr("Recover unsaved changes"),
                self.tr("The app ended before the changes to %1 were saved (last kept at %2). Restore them?")
                .replace("%1", name).replace("%2", local_text(draft.saved_at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                draft.path.unlink(missing_ok=True)
                continue
            if self.profile_id != draft.profile_id:
                self.panel.select(draft.profile_id, quiet=True)
                self.load_merchant(draft.profile_id)
            self.editor.restore(draft.values)
            self.tabs.setCurrentWidget(self.editor)
            self.statusBar().showMessage(self.tr("Unsaved changes restored: save them or undo them."), 10000)
            return  # one merchant in the editor; any older draft is offered on the next start
