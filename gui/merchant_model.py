"""The merchant list: a table model over the store's profile summaries, with status badges."""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from engine.groups import GROUPS
from gui.i18n import lang
from gui.status_style import status_color, status_icon, status_word
from gui.timefmt import local_text, zone_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # every column's text, joined: what the search box matches
_DISPLAY, _DECORATION = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole
_TOOLTIP, _FOREGROUND = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole
_SERVED = frozenset(int(r) for r in (_DISPLAY, _DECORATION, _TOOLTIP, _FOREGROUND, ID_ROLE, SORT_ROLE, SEARCH_ROLE))
_BEST = ("eligible", "review", "incomplete", "not_eligible")
Index = QModelIndex | QPersistentModelIndex


def program_title(program: str) -> str:
    from engine.rules import get_pack  # tooltips only; the packs are loaded after the first paint

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
    """Rows are kept sorted here (Python's sort on plain keys); the filter proxy only filters.

    Sorting through a proxy asks ``data()`` for every comparison (~170,000 Python calls for 10,000 merchants);
    display strings are built once per row on first use and cached until the next refresh.
    """

    NAME, PLATFORMS, CHECKS, UPDATED = range(4)

    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[Any] = []
        self._text: list[tuple[str, str, str, str] | None] = []
        self.show_deleted = False
        self.sort_column, self.sort_order = self.UPDATED, Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self._sorted(list(self.store.list_profiles(include_deleted=self.show_deleted)))
        self._text = [None] * len(self.rows)
        self.endResetModel()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        col, reverse = self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder
        if col == self.UPDATED:
            return sorted(rows, key=lambda r: r.updated, reverse=reverse)
        if col == self.CHECKS:
            return sorted(rows, key=lambda r: _rank(best_status(r.statuses)), reverse=reverse)
        collate = functools.cmp_to_key(QCollator().compare)
        if col == self.NAME:
            unnamed = self.tr("(unnamed)")
            return sorted(rows, key=lambda r: collate(r.name or unnamed), reverse=reverse)
        return sorted(rows, key=lambda r: collate(self._platforms(r)), reverse=reverse)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 4:
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_rows, old_text = self.rows, self._text
        self.rows = self._sorted(old_rows)
        after = {id(r): i for i, r in enumerate(self.rows)}
        self._text = [None] * len(self.rows)
        for i, row in enumerate(old_rows):
            self._text[after[id(row)]] = old_text[i]
        persistent = self.persistentIndexList()
        moved = [self.index(after[id(old_rows[p.row()])], p.column()) for p in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        updated = self.tr("Updated (%1)").replace("%1", zone_text())
        return [self.tr("Merchant"), self.tr("Platforms"), self.tr("Latest checks"), updated][section]

    def summary(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, profile_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == profile_id), -1)

    def _platforms(self, row: Any) -> str:
        which = 0 if lang() == "zh" else 1
        return ("、" if which == 0 else ", ").join(GROUPS[p][which] for p in row.platforms if p in GROUPS)

    def _checks_text(self, statuses: dict[str, str]) -> str:
        """The best latest status and in how many programmes, e.g. "Eligible 2/12"; the tooltip has them all."""
        best = best_status(statuses)
        if best is None:
            return self.tr("Not checked")
        count = sum(1 for s in statuses.values() if s == best)
        return f"{status_word(best)} {count}/{len(statuses)}"

    def texts(self, i: int) -> tuple[str, str, str, str]:
        """The row's four display strings, built on first use."""
        cached = self._text[i]
        if cached is not None:
            return cached
        row = self.rows[i]
        name = row.name or self.tr("(unnamed)")
        if row.deleted:
            name = self.tr("%s (deleted)") % name
        elif row.is_demo:
            name = self.tr("%s (demo)") % name
        text = (name, self._platforms(row), self._checks_text(row.statuses),
                local_text(row.updated, zone=False))
        self._text[i] = text
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        i, col = index.row(), index.column()
        if not 0 <= i < len(self.rows):
            return None
        if role == _DISPLAY:
            return self.texts(i)[col]
        row = self.rows[i]
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return "\n".join(self.texts(i))
        if role == SORT_ROLE:
            return self._sort_value(i, col)
        if role == _TOOLTIP:
            return self._tooltip(i, col)
        best = best_status(row.statuses) if col == self.CHECKS else None
        if best is None:
            return None
        return status_icon(best) if role == _DECORATION else status_color(best)

    def _sort_value(self, i: int, col: int) -> Any:
        row = self.rows[i]
        if col == self.CHECKS:
            return _rank(best_status(row.statuses))
        if col == self.UPDATED:
            return row.updated.timestamp()
        return row.name or self.tr("(unnamed)") if col == self.NAME else self.texts(i)[col]

    def _tooltip(self, i: int, col: int) -> str | None:
        row = self.rows[i]
        if col == self.UPDATED:
            return local_text(row.updated, seconds=True)
        if col == self.NAME and row.is_demo:
            return self.tr("%s: demo data that came with the app. Tools ▸ Remove demo merchants removes them all "
                           "in one step.") % self.texts(i)[col]
        if col in (self.NAME, self.PLATFORMS):
            return self.texts(i)[col]
        if row.statuses:
            return "\n".join(f"{program_title(p)}: {status_word(s)}" for p, s in sorted(row.statuses.items()))
        return None


def _rank(best: str | None) -> int:
    return _BEST.index(best) if best else len(_BEST)


def fold(text: str) -> str:
    """Search form of a text: full-width letters and digits as half-width, case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


class MerchantFilter(QSortFilterProxyModel):
    """Case-insensitive search over every column and, from the store, the legal name, credit code, city and notes
    (read once per search session); sorting is the source model's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._extra: dict[str, str] | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self.invalidate_search)

    def set_search(self, text: str, _model: Any = None) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self._refilter(lambda: setattr(self, "_needle", needle))

    def setFilterFixedString(self, pattern: str) -> None:
        self.set_search(pattern)

    def invalidate_search(self) -> None:
        """The store changed: read the searched texts again when next needed."""
        self._extra = None
        if self._needle:
            self._refilter(lambda: None)

    def _refilter(self, change: Any) -> None:
        """Apply a change of the filter (Qt 6.10's begin/endFilterChange, or invalidateRowsFilter before)."""
        end = getattr(self, "endFilterChange", None)
        if end is None:
            change()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        change()
        end(QSortFilterProxyModel.Direction.Rows)

    def _extra_texts(self, model: MerchantModel) -> dict[str, str]:
        if self._extra is None:
            reader = getattr(model.store, "search_fields", None)
            self._extra = {pid: fold("\n".join(texts)) for pid, texts in (reader() if reader else {}).items()}
        return self._extra

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, MerchantModel) or not 0 <= source_row < len(model.rows):
            return True
        if self._needle in fold("\n".join(model.texts(source_row))):
            return True
        return self._needle in self._extra_texts(model).get(model.rows[source_row].id, "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, MerchantModel):
            source.sort(column, order)
        else:
            super().sort(column, order)
