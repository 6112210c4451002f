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

These are openpyxl's internals (pyproject caps openpyxl at the tested minor version). Where one of them is
missing (``fast_path()`` is False), ``add_cell_sheet`` gives an ordinary write-only sheet, ``append_sized``
sets the height through ``row_dimensions`` and ``WoStyles`` makes ordinary ``WriteOnlyCell``s: the public
write-only API, slower, same workbook content (a test forces this path and compares).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from openpyxl.cell import Cell
from openpyxl.workbook import Workbook
from openpyxl.worksheet.dimensions import RowDimension


def _internal(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


WriteOnlyWorksheet: Any = _internal("openpyxl.worksheet._write_only", "WriteOnlyWorksheet")
StyleArray: Any = _internal("openpyxl.styles.cell_style", "StyleArray")
#: What the fast path reaches into: (object, attribute) pairs that must all be there.
INTERNALS: list[tuple[Any, str]] = [
    (WriteOnlyWorksheet, "_values_to_row"), (WriteOnlyWorksheet, "_setup"), (Workbook, "_add_sheet"),
    (StyleArray, "__len__"), (Cell, "_style"), (Cell, "_value"), (Cell, "style_id"), (Cell, "has_style"),
]


def fast_path() -> bool:
    """Whether openpyxl has every internal the fast path uses (checked per workbook: a few lookups)."""
    return all(owner is not None and hasattr(owner, attr) for owner, attr in INTERNALS)


class StyledCell(Cell):  # type: ignore[misc]
    """A cell whose style array is shared and read only, its index in the workbook's style list known.
    Setting a style attribute on it afterwards is not supported (the shared array would change)."""

    __slots__ = ("_sid", "_styled")

    def __init__(self, ws: Any, style: Any, sid: int) -> None:  # style: a StyleArray
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


def style_index(ws: Any, style: Any) -> int:
    """The index of ``style`` in the workbook's style list (added when new), as ``Cell.style_id`` finds it."""
    index: int = ws.parent._cell_styles.add(style)
    return index


class CellSheet(WriteOnlyWorksheet or object):  # type: ignore[misc]
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


def add_cell_sheet(wb: Workbook, title: str) -> Any:
    """A ``CellSheet`` added at the end of write-only workbook ``wb`` (as ``wb.create_sheet(title)`` would), or
    where openpyxl lacks the internals, the sheet ``wb.create_sheet(title)`` makes."""
    if not fast_path() or not hasattr(wb, "_cell_styles"):
        return wb.create_sheet(title)
    sheet = CellSheet(parent=wb, title=title)
    wb._add_sheet(sheet)
    return sheet


def append_sized(ws: Any, row: int, cells: list[Any], height: float | None) -> None:
    """Append ``cells`` as row number ``row`` of ``ws``, ``height`` points high when given: the fast way on a
    ``CellSheet``, through the public ``row_dimensions`` on another write-only sheet."""
    if isinstance(ws, CellSheet):
        ws.append_sized(row, cells, height)
        return
    if height is not None:
        ws.row_dimensions[row].height = height
    ws.append(cells)


@lru_cache(maxsize=512)
def row_attrs(height: float) -> Mapping[str, str]:
    """A row's XML attributes for ``height``, as a ``RowDimension`` of that height writes them (read only:
    one mapping serves every row of that height)."""
    return MappingProxyType(dict(RowDimension(None, ht=height)))
