"""The left side of the main window: search box, merchant table and its buttons.

Searching only filters the list: it never changes which merchant the editor shows (so it never asks to save).
The merchant shown stays highlighted while it matches; when it does not, no row is highlighted until the user
picks one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.merchant_model import ID_ROLE, MerchantFilter, MerchantModel


class MerchantPanel(QWidget):
    selected = Signal(object)  # profile id or None: the user picked another row

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MerchantModel(store, self)
        self.proxy = MerchantFilter(self)
        self.proxy.setSourceModel(self.model)  # the model keeps its rows sorted; the proxy only filters
        self.current: str | None = None  # the merchant the window shows, whether or not its row is visible
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, legal name, credit code, city, notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)  # Esc clears it
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MerchantModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move between merchants)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MerchantModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()  # fixed widths: measuring every row is slow with thousands of merchants
        widths = {MerchantModel.PLATFORMS: metrics.horizontalAdvance("阿里巴巴国际站") + 16,
                  MerchantModel.CHECKS: metrics.horizontalAdvance("Not eligible 12/12") + 36,
                  MerchantModel.UPDATED: max(metrics.horizontalAdvance("2026-12-31 23:59"), self.table.horizontalHeader(
                      ).fontMetrics().horizontalAdvance(self.model.headerData(MerchantModel.UPDATED,
                                                                              Qt.Orientation.Horizontal))) + 28}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        # The stretching name column keeps room for a company name (about eight Chinese characters); when the
        # panel is narrower the table scrolls sideways instead of squeezing the names to "义…".
        header.setMinimumSectionSize(metrics.horizontalAdvance("义乌市星辰工艺品") + 16)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.empty = QLabel(self)  # what to do when the list shows nothing
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self.new_button = QPushButton(self.tr("New"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._quiet = False
        self.model.modelReset.connect(self._show_empty)
        self._show_empty()

    def _current(self, index: Any, _previous: Any = None) -> None:
        if self._quiet:
            return
        pid = self.proxy.data(index, ID_ROLE) if index.isValid() else None
        if pid is None and self.current is not None and self.model.row_of(self.current) >= 0:
            return  # the row went out of view (a filter): the window keeps its merchant
        self.selected.emit(pid)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ID_ROLE) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self.search.text()):
            self.search.clear()
            return True
        return False

    # -- search -----------------------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        """Filter the rows without touching the open merchant."""
        keep = self.current_id() or self.current
        was, self._quiet = self._quiet, True
        try:
            self.proxy.set_search(text, self.model)
            self._highlight(keep)
        finally:
            self._quiet = was
        self._show_empty()

    def _highlight(self, profile_id: str | None) -> None:
        """Make the merchant's row current if it is visible, else leave no row current (quietly)."""
        row = self.model.row_of(profile_id) if profile_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        selection = self.table.selectionModel()
        if index is not None and index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_empty(self) -> None:
        if self.model.rowCount() == 0:
            self.empty.setText(self.tr("No merchants yet. Press New, run the check wizard (Ctrl+Shift+N) or "
                                       "import an Excel intake sheet (Ctrl+O)."))
        elif self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("No merchant matches “%1”. Press Esc to show them all.").replace(
                "%1", self.search.text().strip()))
        else:
            self.empty.clear()
        self.empty.setVisible(bool(self.empty.text()))

    # -- selection --------------------------------------------------------------------------------------------
    def keep_current(self, profile_id: str | None) -> None:
        """The window refused to leave its merchant (Cancel): highlight it again once this event is handled."""
        QTimer.singleShot(0, lambda: self._quietly(self._highlight, profile_id))

    def _quietly(self, call: Any, *args: Any) -> None:
        was, self._quiet = self._quiet, True
        try:
            call(*args)
        finally:
            self._quiet = was

    def refresh(self, select: str | None = None, *, quiet: bool = True) -> None:
        """Reload from the store and keep (or move) the selection without re-emitting it."""
        keep = select or self.current_id() or self.current
        self._quiet = quiet
        try:
            self.model.refresh()
            self.proxy.invalidate_search()
            if keep is not None:
                self.select(keep)
        finally:
            self._quiet = False
        self._show_empty()

    def select(self, profile_id: str, *, quiet: bool = False) -> bool:
        """Make the merchant the current row (clearing a search that hides it); ``quiet`` does not emit
        ``selected``."""
        was, self._quiet = self._quiet, self._quiet or quiet
        try:
            return self._select(profile_id)
        finally:
            self._quiet = was

    def _select(self, profile_id: str) -> bool:
        row = self.model.row_of(profile_id)
        if row < 0:
            self.model.refresh()
            self.proxy.invalidate_search()
            row = self.model.row_of(profile_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            was, self._quiet = self._quiet, True
            try:
                self.search.clear()
            finally:
                self._quiet = was
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.current = profile_id
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True
