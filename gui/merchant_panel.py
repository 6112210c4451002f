"""The left side of the main window: search box, merchant table and its buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.merchant_model import ID_ROLE, MerchantFilter, MerchantModel


class MerchantPanel(QWidget):
    selected = Signal(object)  # profile id or None

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MerchantModel(store, self)
        self.proxy = MerchantFilter(self)
        self.proxy.setSourceModel(self.model)  # the model keeps its rows sorted; the proxy only filters
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search merchants"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MerchantModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MerchantModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()  # fixed widths: measuring every row is slow with thousands of merchants
        widths = {MerchantModel.PLATFORMS: metrics.horizontalAdvance("阿里巴巴国际站") + 16,
                  MerchantModel.CHECKS: metrics.horizontalAdvance("Not eligible 12/12") + 36,
                  MerchantModel.UPDATED: metrics.horizontalAdvance("2026-12-31") + 24}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        # The stretching name column keeps room for a company name (about eight Chinese characters); when the
        # panel is narrower the table scrolls sideways instead of squeezing the names to "义…".
        header.setMinimumSectionSize(metrics.horizontalAdvance("义乌市星辰工艺品") + 16)
        self.table.selectionModel().currentRowChanged.connect(self._current)
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
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._quiet = False

    def _current(self, index: Any, _previous: Any = None) -> None:
        if not self._quiet:
            self.selected.emit(self.proxy.data(index, ID_ROLE) if index.isValid() else None)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ID_ROLE) if index.isValid() else None

    def refresh(self, select: str | None = None, *, quiet: bool = True) -> None:
        """Reload from the store and keep (or move) the selection without re-emitting it."""
        keep = select or self.current_id()
        self._quiet = quiet
        try:
            self.model.refresh()
            if keep is not None:
                self.select(keep)
        finally:
            self._quiet = False

    def select(self, profile_id: str, *, quiet: bool = False) -> bool:
        """Make the merchant the current row; ``quiet`` does not emit ``selected``."""
        was, self._quiet = self._quiet, self._quiet or quiet
        try:
            return self._select(profile_id)
        finally:
            self._quiet = was

    def _select(self, profile_id: str) -> bool:
        row = self.model.row_of(profile_id)
        if row < 0:
            self.model.refresh()
            row = self.model.row_of(profile_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True
