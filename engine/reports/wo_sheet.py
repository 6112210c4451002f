"""A write-only sheet that takes rows of ready cells, with the per-cell work done once per style.

openpyxl's write-only ``append`` treats every value as a raw value first: a cell object fails that binding
(a raised and caught ValueError, with the cell's repr formatted into its message), then a fresh spare cell
is made, and every styled cell looks its style array up in the workbook's style list when written. For a
sheet whose every appended value is a cell made by ``WoStyles`` (the batch matrix) that is most of the cost
of a styled cell over a plain value. Here:

- ``StyledCell`` keeps the style index ``WoStyles`` resolved for its style array (the workbook's style list
  only grows, so the index stays right) and whether the array styles anything at all;
- ``CellSheet`` places the cells of an appended row without the raw-value attempt (any value that is not a
  cell is still bound the ordinary way);
- ``row_attrs`` gives a row height's XML attributes as openpyxl's own ``RowDimension`` writes them, built
  once per height.

The XML written is the same as openpyxl writes for the same cells; tests compare them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension


class StyledCell(Cell):  # type: ignore[misc]
    """A cell whose style array is shared and read only, its index in the workbook's style list known.
    Setting a style attribute on it afterwards is not supported (the shared array would change)."""

    __slots__ = ("_sid", "_styled")

    def __init__(self, ws: Any, style: StyleArray, sid: int) -> None:
        super().__init__(ws)
        self._style = style  # type: ignore[misc]  # Cell's own slot; shared, not copied as Cell() would
        self._sid = sid
        self._styled = any(style)

    @property
    def style_id(self) -> int:
        return self._sid

    @property
    def has_style(self) -> bool:
        return self._styled

    def __repr__(self) -> str:  # openpyxl formats it into the message of the binding it tries first
        return "<StyledCell>"


def style_index(ws: Any, style: StyleArray) -> int:
    """The index of ``style`` in the workbook's style list (added when new), as ``Cell.style_id`` finds it."""
    index: int = ws.parent._cell_styles.add(style)
    return index


class CellSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet for rows of ready cells: each cell is placed as it is, not tried as a raw value."""

    def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        spare = None
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:  # a raw value: bound into a cell of its own, as write-only sheets do
                if spare is None:
                    spare = Cell(self)
                cell = spare
                cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            if cell is spare and (spare.has_style or spare.hyperlink):
                spare = None

    def append_sized(self, row: int, cells: list[Any], height: float | None) -> None:
        """Append ``cells`` as row number ``row`` (the caller counts rows), ``height`` points high when given.
        No row dimension is kept afterwards: one per row made memory grow with the sheet."""
        if height is None:
            self.append(cells)
            return
        self.row_dimensions[row] = row_attrs(height)  # read (as attributes) only while the row is written
        try:
            self.append(cells)
        finally:
            self.row_dimensions.pop(row, None)


def add_cell_sheet(wb: Workbook, title: str) -> CellSheet:
    """A ``CellSheet`` added at the end of write-only workbook ``wb`` (as ``wb.create_sheet(title)`` would)."""
    sheet = CellSheet(parent=wb, title=title)
    wb._add_sheet(sheet)
    return sheet


@lru_cache(maxsize=512)
def row_attrs(height: float) -> Mapping[str, str]:
    """A row's XML attributes for ``height``, as a ``RowDimension`` of that height writes them (read only:
    one mapping serves every row of that height)."""
    return MappingProxyType(dict(RowDimension(None, ht=height)))
