"""The merchant list: a table model over the store's profile summaries, with status badges."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from engine.facts import GROUPS
from engine.rules import get_pack
from gui.i18n import lang
from gui.status_style import status_color, status_icon, status_word

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_BEST = ("eligible", "review", "incomplete", "not_eligible")
Index = QModelIndex | QPersistentModelIndex


def program_title(program: str) -> str:
    try:
        return get_pack(program).title.get(lang())
    except KeyError:
        return program


def best_status(statuses: dict[str, str]) -> str | None:
    for status in _BEST:
        if status in statuses.values():
            return status
    return None


class MerchantModel(QAbstractTableModel):
    NAME, PLATFORMS, CHECKS, UPDATED = range(4)

    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[Any] = []
        self.show_deleted = False
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = list(self.store.list_profiles(include_deleted=self.show_deleted))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Merchant"), self.tr("Platforms"), self.tr("Latest checks"), self.tr("Updated")][section]

    def summary(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, profile_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == profile_id), -1)

    def _checks_text(self, statuses: dict[str, str]) -> str:
        """The best latest status and in how many programmes, e.g. "Eligible 2/12"; the tooltip has them all."""
        best = best_status(statuses)
        if best is None:
            return self.tr("Not checked")
        count = sum(1 for s in statuses.values() if s == best)
        return f"{status_word(best)} {count}/{len(statuses)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.NAME:
                name = row.name or self.tr("(unnamed)")
                if role == Qt.ItemDataRole.DisplayRole and row.deleted:
                    return self.tr("%s (deleted)") % name
                if role == Qt.ItemDataRole.DisplayRole and row.is_demo:
                    return self.tr("%s (demo)") % name
                return name
            if col == self.PLATFORMS:
                return "、".join(GROUPS[p][0 if lang() == "zh" else 1] for p in row.platforms if p in GROUPS)
            if col == self.CHECKS:
                if role == SORT_ROLE:
                    best = best_status(row.statuses)
                    return _BEST.index(best) if best else len(_BEST)
                return self._checks_text(row.statuses)
            if col == self.UPDATED:
                if role == SORT_ROLE:
                    return row.updated.timestamp()
                return row.updated.astimezone().strftime("%Y-%m-%d")
        best = best_status(row.statuses) if col == self.CHECKS else None
        if role == Qt.ItemDataRole.DecorationRole and best:
            return status_icon(best)
        if role == Qt.ItemDataRole.ForegroundRole and best:
            return status_color(best)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.UPDATED:
            return row.updated.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.NAME, self.PLATFORMS):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CHECKS and row.statuses:
            return "\n".join(f"{program_title(p)}: {status_word(s)}" for p, s in sorted(row.statuses.items()))
        return None


class MerchantFilter(QSortFilterProxyModel):
    """Case-insensitive search over every column; sorts by the model's sort role."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)
