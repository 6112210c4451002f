"""Work over all merchants: check them all, the batch matrix, the blank intake template (mixed into MainWindow)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.i18n import lang, plural
from gui.settings import in_start_dir, remember_dir
from gui.worker import Cancelled as WorkCancelled
from gui.worker import check_cancel, run_task

translate = QCoreApplication.translate


class BatchOps:
    """Expects MainWindow's attributes and FileOps' helpers (show_error, _write_in_background)."""

    # -- batch ------------------------------------------------------------------------------------------------
    def check_all(self: Any) -> None:
        """Evaluate every merchant, then record the checks, all in a worker (the store is thread-safe).

        Cancel stops the evaluation; once recording starts it finishes, so a check is recorded for every
        merchant or for none."""
        from engine.evaluate import evaluate_all

        if not self.maybe_save():
            return
        stored = [self.store.get(s.id) for s in self.store.list_profiles()]
        packs, as_of, store = list(self.packs), self.results_view.as_of(), self.store
        total = 2 * len(stored)

        def job(progress: Any, cancel: Any) -> int:
            evaluated = []
            for i, item in enumerate(stored):
                check_cancel(cancel)
                evaluated.append((item, evaluate_all(item.profile, packs, as_of)))
                progress(i + 1, total)
            check_cancel(cancel)
            for i, (item, results) in enumerate(evaluated):
                for result in results:
                    store.record_check(item.id, item.revision, result)
                progress(len(stored) + i + 1, total)
            cancel.clear()  # recorded in full: report it as done even if Cancel came during recording
            return len(evaluated)

        def done(count: int) -> None:
            self.panel.refresh(self.profile_id)
            if self.profile_id is not None:
                self.history_view.load(self.store, self.profile_id)
            message = plural(translate("BatchOps", "Checked %n merchant(s).", "", count), count)
            self.statusBar().showMessage(message, 5000)

        run_task(self, self.tr("Checking all merchants…"), job, done,
                 lambda e: self.show_error(self.tr("Check failed"), e),
                 lambda: self.statusBar().showMessage(self.tr("Cancelled; nothing was recorded."), 5000))

    def export_batch(self: Any) -> None:
        try:
            from engine.reports.batch import write_batch
            from gui.app import register_pdf_renderer

            register_pdf_renderer()
        except ImportError:  # a build without the report layer
            QMessageBox.information(self, self.tr("Batch matrix"), self.tr("This version cannot write it yet."))
            return
        stamp = datetime.now().strftime("%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export batch matrix"), in_start_dir(f"batch-{stamp}.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        remember_dir(path)
        profiles = [self.store.get(s.id).profile for s in self.store.list_profiles()]
        packs, as_of, out, language = list(self.packs), self.results_view.as_of(), Path(path), lang()

        def job(progress: Any, cancel: Any) -> Path:
            def step(done: int, total: int) -> bool:
                progress(done, total)
                return not cancel.is_set()

            try:
                write_batch(out, profiles, packs, as_of, lang=language, total=len(profiles), progress=step)
            except Exception as exc:
                if type(exc).__name__ == "Cancelled":
                    raise WorkCancelled from None
                raise
            return out

        run_task(self, self.tr("Writing the batch matrix…"), job,
                 self.saved,
                 lambda e: self.show_error(self.tr("Export failed"), e))

    def export_template(self: Any) -> None:
        """A blank Excel sheet for collecting merchants' facts (one row each), imported back with File ▸ Import."""
        from engine.reports.template import write_template

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Excel intake template"), in_start_dir("intake.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            remember_dir(path)
            out, language = Path(path), lang()
            self._write_in_background(self.tr("Writing…"), lambda: write_template(out, language), out)

