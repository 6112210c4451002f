"""The main window: merchant list on the left; profile, results, checklist, calculators and history on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from gui.app import app_icon
from gui.backup_ops import BackupOps
from gui.batch_ops import BatchOps
from gui.file_ops import FileOps
from gui.i18n import lang
from gui.merchant_model import ID_ROLE
from gui.merchant_panel import MerchantPanel
from gui.screens import fit_to_screen
from gui.settings import settings
from gui.status_style import status_color
from gui.window_actions import WindowActions
from gui.window_drafts import DraftOps
from gui.window_focus import FocusOps
from gui.window_start import WindowStart
from gui.window_store import StoreOps

if TYPE_CHECKING:  # the engine's models are imported after the first paint (gui/window_start.py)
    from engine.evaluate import ProgramResult
    from engine.facts import MerchantProfile
    from engine.rules import Pack


class MainWindow(WindowStart, WindowActions, FileOps, BatchOps, BackupOps, StoreOps, DraftOps, FocusOps,
                 QMainWindow):
    language_requested = Signal(str)
    started = Signal()  # the rules are loaded and every tab is built

    def __init__(self, store: Any, packs: list[Pack] | None = None, parent: QWidget | None = None, *,
                 defer: bool = False) -> None:
        """Built whole at once, unless ``defer``: then the rules and the tabs' views are loaded right after the
        merchant list's first paint (``started`` is emitted when they are)."""
        super().__init__(parent)
        self.store = store
        self.packs: list[Pack] = []
        self.ready = self.closed = False
        self.profile_id: str | None = None
        self.revision = 0
        self.results: list[ProgramResult] = []
        self.last_deleted: list[str] = []  # what Edit > Restore deleted merchant brings back
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.panel = MerchantPanel(store, self)
        self.tabs = QTabWidget(self)
        self.build_placeholders()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.reeval_timer = QTimer(self)
        self.reeval_timer.setSingleShot(True)
        self.reeval_timer.setInterval(300)
        self.reeval_timer.timeout.connect(self.reevaluate)
        self.build_actions()
        self.panel.new_button.clicked.connect(self.new_merchant)
        self.panel.duplicate_button.clicked.connect(self.duplicate_merchant)
        self.panel.delete_button.clicked.connect(self.delete_merchant)
        if store.read_only:
            unwritable = any(type(w).__name__ == "StoreReadOnly" for w in getattr(store, "warnings", []))
            notice = QLabel(self.tr("Read-only: the data folder cannot be written.") if unwritable else
                            self.tr("Read-only: the data is open in another window."), self)
            notice.setStyleSheet(f"color: {status_color('fail').name()}; font-weight: bold;")
            self.statusBar().addPermanentWidget(notice)
        self.show_store_warnings()
        self.backup_timer = QTimer(self)  # the store's daily backup, for an app left open over midnight
        self.backup_timer.setInterval(3600 * 1000)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start()
        self.update_title()
        self.restore_geometry()
        last = settings().value("main/last_merchant")  # highlighted now, loaded by finish_start
        if not (isinstance(last, str) and self.panel.select(last, quiet=True)) and self.panel.model.rowCount():
            self.panel.select(self.panel.proxy.data(self.panel.proxy.index(0, 0), ID_ROLE), quiet=True)
        if defer:
            self.load_after_first_paint()
        else:
            self.finish_start(packs)

    def tab_titles(self) -> list[str]:
        return [self.tr("Profile"), self.tr("Results"), self.tr("Checklist"), self.tr("Calculators"),
                self.tr("History")]

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _validity_changed(self, ok: bool) -> None:
        self.act["save"].setEnabled(ok and self.can_write() and self.profile_id is not None)

    # -- state --------------------------------------------------------------------------------------------
    def can_write(self) -> bool:
        return not self.store.read_only

    def update_title(self) -> None:
        name = ""
        if self.profile_id is not None:
            name = self.editor.values().get("name") or self.tr("(unnamed)")
        title = self.tr("Merchant Eligibility Checker")
        self.setWindowTitle(f"{name}[*] — {title}" if name else f"{title}[*]")

    def restore_geometry(self) -> None:
        """The size and place of the last session, else 1280 x 800; never larger than the screen's free area
        (a 1366 x 768 laptop keeps its buttons and status bar in view)."""
        geometry = settings().value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        fit_to_screen(self)
        split = settings().value("main/splitter")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])

    def maybe_save(self) -> bool:
        """True if it is fine to leave the current merchant (saved, discarded or nothing to save)."""
        if not self.ready or self.editor.undo_stack.isClean() or self.profile_id is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to this merchant first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- merchant selection ----------------------------------------------------------------------------------
    def on_selected(self, profile_id: str | None) -> None:
        if profile_id == self.profile_id:
            return
        if not self.maybe_save():
            self.panel.keep_current(self.profile_id)  # after this selection change, never inside it
            return
        self.load_merchant(profile_id)

    def load_merchant(self, profile_id: str | None) -> None:
        if self.profile_id != profile_id:
            self.drop_draft(self.profile_id)  # its changes were saved or discarded (maybe_save)
        self.profile_id = self.panel.current = profile_id
        settings().setValue("main/last_merchant", profile_id or "")
        self.program_filter.load(self.store, profile_id)
        if profile_id is None:
            from engine.facts import MerchantProfile

            self.editor.load(MerchantProfile())
            self.show_results([])
        else:
            from engine.store import RevisionDamaged

            try:
                stored = self.store.get(profile_id)
            except RevisionDamaged as exc:  # this merchant's current revision cannot be read: say so, keep the rest
                from engine.facts import MerchantProfile

                self.editor.load(MerchantProfile())
                self.show_results([])
                self.statusBar().showMessage(exc.message(lang()))
            else:
                self.revision = stored.revision
                self.editor.load(stored.profile)
                self.reevaluate()
                if stored.invalid:  # values saved before a bound existed: unknown for the check, shown to correct
                    self.statusBar().showMessage(" ".join(f.message(lang()) for f in stored.invalid))
        self.history_view.load(self.store, profile_id)
        self.update_title()
        self.update_actions()

    def current_profile(self) -> MerchantProfile | None:
        from engine.facts import ProfileInvalid

        try:
            return self.editor.profile()
        except ProfileInvalid:
            return None

    def reevaluate(self) -> None:
        if self.closed:  # the results pane's clock may still tick after the window closed (and its store with it)
            return
        profile = self.current_profile()
        if self.profile_id is None or profile is None:
            return
        from engine.evaluate import evaluate_all

        self.show_results(evaluate_all(profile, self.shown_packs(), self.results_view.as_of()))
        self.update_title()

    def shown_packs(self) -> list[Pack]:
        """The programmes chosen for this merchant (all unless the wizard or the programme menu narrowed them)."""
        return [p for p in self.packs if self.program_filter.shows(p.id)]

    def _programmes_chosen(self) -> None:
        self.program_filter.save(self.store, self.profile_id)
        self.reevaluate()

    def show_results(self, results: list[ProgramResult]) -> None:
        self.results = results
        self.results_view.show_results(results)
        ticks = self.store.checklist_ticks(self.profile_id) if self.profile_id else {}
        self.checklist_view.show_checklist(results, ticks)
        self.calculators_view.show_results(results)

    def jump_to_fact(self, path: str) -> None:
        self.tabs.setCurrentWidget(self.editor)
        self.editor.jump_to(path)

    # -- window events ----------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.ready:
            self.write_draft()  # nothing unsaved now: no draft left behind
        self.reeval_timer.stop()
        self.closed = True  # rules still loading are not loaded any more
        settings().setValue("main/geometry", self.saveGeometry())
        settings().setValue("main/splitter", self.splitter.saveState())
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self.dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_files(files)
