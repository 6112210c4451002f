"""Import, export, print and batch work of the main window; slow parts run in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.i18n import lang, plural, sentences
from gui.io_ops import SUPPORTED, ImportProblem, read_profiles, write_profile_json
from gui.settings import add_recent_file, in_start_dir, remember_dir, start_dir
from gui.worker import check_cancel, run_task

translate = QCoreApplication.translate

if TYPE_CHECKING:  # QUrl's enums cost ~5 ms to build: imported where a file is opened, not at start
    from PySide6.QtCore import QMimeData


def error_text(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    return str(message(lang())) if callable(message) else str(exc)


class FileOps:
    """Mixed into MainWindow."""

    def dropped_files(self: Any, mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in SUPPORTED]

    def show_error(self: Any, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(exc))

    # -- import ----------------------------------------------------------------------------------------------
    def import_dialog(self: Any) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import merchants"), start_dir(),
                                                self.tr("Merchant files (*.json *.xlsx)"))
        if files:
            remember_dir(files[0])
            self.import_files([Path(f) for f in files])

    def open_recent(self: Any, path: str) -> None:
        """Open a file made or read earlier (a report, a PDF, an intake sheet) with the system's application."""
        if not Path(path).exists():
            QMessageBox.information(self, self.tr("Open recent"), self.tr("%1 is no longer there.").replace("%1", path))
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def saved(self: Any, out: Path) -> None:
        """A file was written: remember it and say where."""
        add_recent_file(str(out))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(out)), 6000)

    def import_files(self: Any, paths: list[Path]) -> None:
        """Read the files in a worker; then show what the import will do when some merchants are already stored
        (skip / update / import as new), and store it in one transaction (all or nothing)."""
        if not self.can_write() or not self.maybe_save():
            return
        language = lang()

        def job(progress: Any, cancel: Any) -> tuple[list[Any], list[str]]:
            found, problems = [], []
            for i, path in enumerate(paths):
                check_cancel(cancel)
                try:
                    found.extend(read_profiles(path))
                except ImportProblem as exc:
                    problems.append(exc.message(language))
                progress(i + 1, len(paths))
            return found, problems

        def read(out: tuple[list[Any], list[str]]) -> None:
            found, problems = out
            for path in paths:
                add_recent_file(str(path))
            if problems:
                QMessageBox.warning(self, self.tr("Some files were not imported"), "\n".join(problems))
            if found:
                self.store_imported(found)

        run_task(self, self.tr("Reading…"), job, read, lambda e: self.show_error(self.tr("Import failed"), e))

    def store_imported(self: Any, profiles: list[Any]) -> None:
        from gui.import_dialog import ImportPreview
        from gui.import_plan import POLICY, import_document, plan_import

        rows = plan_import(self.store, profiles)
        choice = "new"
        if any(row.match is not None for row in rows):
            preview = ImportPreview(rows, self)
            if not preview.exec():
                self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 5000)
                return
            choice = preview.choice()
        document, store = import_document(rows, choice), self.store

        def job(progress: Any, cancel: Any) -> Any:
            progress(0, 1)
            if choice == "update":
                store.backup_now("pre-import")  # what the update replaces can be had back (Tools > Restore)
            report = store.import_profiles(document, POLICY[choice])  # type: ignore[index]
            progress(1, 1)
            return report

        def done(report: Any) -> None:
            touched = [*report.created, *report.replaced]
            self.profile_id = None if self.profile_id in report.replaced else self.profile_id
            self.panel.refresh(touched[-1] if touched else None, quiet=False)
            created, replaced, skipped = len(report.created), len(report.replaced), len(report.skipped)
            parts = [plural(translate("FileOps", "Imported %n merchant(s).", "", created), created)]
            if replaced:
                parts.append(plural(translate("FileOps", "Updated %n.", "", replaced), replaced))
            if skipped:
                parts.append(plural(translate("FileOps", "Skipped %n already stored.", "", skipped), skipped))
            self.statusBar().showMessage(sentences(*parts), 8000)

        run_task(self, self.tr("Importing…"), job, done, lambda e: self.show_error(self.tr("Import failed"), e))

    # -- export -----------------------------------------------------------------------------------------------
    def _save_name(self: Any, title: str, suffix: str, filter_text: str) -> Path | None:
        name = (self.editor.values().get("name") or "merchant").replace("/", "_")
        path, _ = QFileDialog.getSaveFileName(self, title, in_start_dir(f"{name}{suffix}"), filter_text)
        if not path:
            return None
        remember_dir(path)
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)

    def _write_in_background(self: Any, label: str, write: Any, path: Path) -> None:
        def job(progress: Any, cancel: Any) -> Path:
            progress(0, 1)
            result = write()
            progress(1, 1)
            return Path(result)

        run_task(self, label, job, self.saved, lambda e: self.show_error(self.tr("Export failed"), e))

    def export_report(self: Any) -> None:
        from gui.exporting import export_excel

        profile = self.current_profile()
        if self.profile_id is None or profile is None:
            return
        export_excel(self, profile, list(self.results), self.store.checklist_ticks(self.profile_id),
                     self.results_view.as_of(), self.saved)

    def export_json(self: Any) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        path = self._save_name(self.tr("Export profile"), ".json", self.tr("Merchant profile (*.json)"))
        if path is not None:
            self._write_in_background(self.tr("Writing…"), lambda: write_profile_json(path, profile), path)

    def export_pdf(self: Any) -> None:
        from gui.printing import printable, write_pdf

        profile = self.current_profile()
        if profile is None:
            return
        path = self._save_name(self.tr("Export PDF"), ".pdf", self.tr("PDF document (*.pdf)"))
        if path is not None:
            write_pdf(path, printable(profile, self.results, self.results_view.as_of()))
            self.saved(path)

    def print_report(self: Any) -> None:
        from gui.printing import preview, printable

        profile = self.current_profile()
        if profile is not None:
            preview(self, printable(profile, self.results, self.results_view.as_of()))

    def open_wizard(self: Any) -> None:
        from gui.wizard import CheckWizard

        if not self.maybe_save():
            return
        wizard = CheckWizard(self.store, self.packs, self, profile_id=self.profile_id)
        if wizard.exec() and wizard.saved_id is not None:
            pid = wizard.saved_id
            self.program_filter.set_chosen({p.id for p in wizard.selected_packs()}, quiet=True)
            self.program_filter.save(self.store, pid)  # the programmes it was run for stay chosen
            self.profile_id = None
            self.panel.refresh(pid, quiet=False)
            if self.profile_id != pid:
                self.load_merchant(pid)
            self.tabs.setCurrentWidget(self.results_view)
