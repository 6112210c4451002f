"""Pack operations of the Programmes page: install (checked and its cases run in a worker), remove, export,
and the re-check of the merchants a change affects, with progress. Texts are in the "PackOps" context."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engine.packs import PackFileError
from gui.i18n import lang
from gui.worker import check_cancel, run_task

if TYPE_CHECKING:
    from gui.programmes_page import ProgrammesPage

BEIJING = ZoneInfo("Asia/Shanghai")
translate = QCoreApplication.translate


def _refused_box(parent: QWidget, refused: list[tuple[str, PackFileError]]) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PackOps", "Pack not installed"))
    box.setText(translate("PackOps",
                                           "Nothing was installed from these files; the data stays as it was."))
    box.setInformativeText("\n".join(exc.message(lang()) for _, exc in refused))
    details = [str(p) for _, exc in refused for p in getattr(exc, "problems", [])]
    if details:
        head = translate("PackOps", "For the pack's author (file:line:column):")
        box.setDetailedText(head + "\n" + "\n".join(details))
    box.exec()


def install_dialog(page: ProgrammesPage) -> None:
    files, _ = QFileDialog.getOpenFileNames(page, translate("PackOps", "Install pack file"), "",
                                            translate("PackOps", "Pack files (*.mecpack *.zip)"))
    if files:
        install_files(page, [Path(f) for f in files])


def install_files(page: ProgrammesPage, paths: list[Path]) -> None:
    """Check and install each file in a worker; report what was refused; re-check what changed."""
    from engine.packs.install import install_pack

    registry = page.registry

    def job(progress: Any, cancel: Any) -> list[tuple[str, Any]]:
        done: list[tuple[str, Any]] = []
        for index, path in enumerate(paths):
            check_cancel(cancel)
            try:
                done.append((path.name, install_pack(registry, path)))
            except PackFileError as exc:
                done.append((path.name, exc))
            progress(index + 1, len(paths))
        return done

    def finished(done: list[tuple[str, Any]]) -> None:
        installed = [result for _, result in done if not isinstance(result, PackFileError)]
        refused = [(name, result) for name, result in done if isinstance(result, PackFileError)]
        last = installed[-1].edition.pack if installed else None
        page.refresh((last.id, last.version) if last else None)
        if refused:
            _refused_box(page, refused)
        changed: dict[str, bool] = {}  # programme id -> new to this data folder (one re-check per programme)
        for result in installed:
            ident = result.edition.pack.id
            changed[ident] = changed.get(ident, False) or result.replaced is None
        for ident, new in changed.items():
            page.changed.emit(ident, new)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(page, translate("PackOps", "Pack not installed"), str(exc))

    run_task(page, translate("PackOps", "Checking the pack and running its test cases…"), job,
             finished, failed)


def remove_current(page: ProgrammesPage) -> None:
    edition = page.current_edition()
    if edition is None or not edition.added:
        return
    pack = edition.pack
    question = translate(
        "PackOps", "Remove edition %1 of “%2”? Checks dated in its period will use the edition before it again.")
    answer = QMessageBox.question(page, translate("PackOps", "Remove pack"),
                                  question.replace("%1", pack.version).replace("%2", pack.title.get(lang())))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        page.registry.remove(pack.id, pack.version)
    except PackFileError as exc:
        QMessageBox.warning(page, translate("PackOps", "Pack not removed"), exc.message(lang()))
        return
    page.refresh()
    page.changed.emit(pack.id, not page.registry.editions_of(pack.id))


def export_current(page: ProgrammesPage) -> None:
    from engine.packs.install import export_pack

    edition = page.current_edition()
    if edition is None:
        return
    name = f"{edition.pack.id}-{edition.pack.version}.mecpack"
    path, _ = QFileDialog.getSaveFileName(page, translate("PackOps", "Export pack file"), name,
                                          translate("PackOps", "Pack files (*.mecpack)"))
    if not path:
        return
    out = Path(path) if Path(path).suffix.lower() == ".mecpack" else Path(path).with_suffix(".mecpack")
    try:
        export_pack(edition, out)
    except PackFileError as exc:
        QMessageBox.warning(page, translate("PackOps", "Export failed"), exc.message(lang()))
        return
    QMessageBox.information(page, translate("PackOps", "Pack exported"),
                            translate("PackOps", "Saved %1").replace("%1", str(out)))


def apply_change(window: Any, registry: Any, program: str, new: bool) -> None:
    """After an install or a removal: the window checks with the programmes in force now, and every merchant the
    change concerns is checked again and the check recorded (with progress; cancel keeps what was recorded).
    Concerned: every merchant for a programme that is new; else those with a recorded check of it."""
    window.packs = registry.programmes()
    if getattr(window, "ready", False) and window.profile_id is not None:
        window.reevaluate()
    store = window.store
    pack = next((p for p in window.packs if p.id == program), None)
    if pack is None or store.read_only:
        return
    as_of = datetime.now(BEIJING)

    def job(progress: Any, cancel: Any) -> int:
        from engine.evaluate import evaluate_all

        ids = [s.id for s in store.list_profiles()]
        affected = ids if new else [i for i in ids if store.checks(i, program)]
        for index, pid in enumerate(affected):
            check_cancel(cancel)
            stored = store.get(pid)
            for result in evaluate_all(stored.profile, [pack], as_of):
                store.record_check(pid, stored.revision, result)
            progress(index + 1, len(affected))
        return len(affected)

    def done(count: int) -> None:
        window.panel.refresh(window.profile_id)
        if window.profile_id is not None and getattr(window, "ready", False):
            window.history_view.load(store, window.profile_id)
        text = translate("PackOps", "Re-checked %n merchant(s) against the changed programme.", "", count)
        window.statusBar().showMessage(text, 8000)

    def failed(exc: BaseException) -> None:
        window.show_error(translate("PackOps", "Re-check failed"), exc)

    def cancelled() -> None:
        window.statusBar().showMessage(translate(
            "PackOps", "Re-check cancelled; merchants not yet re-checked keep their earlier checks."), 8000)

    run_task(window, translate("PackOps", "Re-checking the merchants this programme concerns…"), job,
             done, failed, cancelled)
