"""Back up now and restore a backup (mixed into MainWindow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox

from gui.i18n import lang
from gui.timefmt import local_text


def _message(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    return str(message(lang())) if callable(message) else str(exc)


class BackupOps:
    def backup_now(self: Any) -> None:
        try:
            path = self.store.backup_now("manual")
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), _message(exc))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 8000)

    def backup_kind(self: Any, label: str) -> str:
        kinds = {"manual": self.tr("made by hand"), "daily": self.tr("daily"),
                 "pre-empty-trash": self.tr("before emptying the trash"),
                 "pre-restore": self.tr("before restoring a backup"),
                 "migration": self.tr("before an update of the data"),
                 "pre-import": self.tr("before an import")}
        return kinds.get(label, label)

    def restore_from_backup(self: Any) -> None:
        """Pick a backup, newest first; the current data is backed up before it is replaced."""
        backups = sorted(self.store.list_backups(), key=lambda b: b.created, reverse=True)
        if not backups:
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr("There is no backup yet."))
            return
        labels = [f"{local_text(b.created)}  {self.backup_kind(b.label)}, {max(1, b.size // 1024):,} KB"
                  for b in backups]
        choice, ok = QInputDialog.getItem(self, self.tr("Restore a backup"),
                                          self.tr("Replace all merchants with this backup:"), labels, 0, False)
        if not ok or not self.maybe_save():
            return
        try:
            kept = self.store.restore_backup(backups[labels.index(choice)].path)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), _message(exc))
            return
        self.editor.undo_stack.setClean()
        self.drop_draft(self.profile_id)
        self.profile_id = None
        self.panel.refresh(quiet=False)
        if self.panel.current_id() is None:
            self.load_merchant(None)
        self.statusBar().showMessage(self.tr("Backup restored; the data before it was kept in %1").replace(
            "%1", str(kept)), 10000)
