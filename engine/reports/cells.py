"""Cell values as we write them: user text stays literal text, never a formula, link or control code."""

from __future__ import annotations

from copy import copy
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from engine.reports.wo_sheet import CellSheet, StyleArray, StyledCell, style_index
from engine.reports.xmltext import xml_safe

#: A text starting with one of these would be taken as a formula (or DDE) by Excel, WPS or LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_TEXT = 32767  # Excel's limit per cell


def clean_text(text: str) -> str:
    """Replace every character XML 1.0 forbids (engine/reports/xmltext.py) and keep within Excel's cell limit."""
    return xml_safe(text)[:MAX_CELL_TEXT]


def set_value(cell: Cell | WriteOnlyCell, value: Any) -> None:
    """Store ``value``; any text is stored as a literal string (data type ``s``), with a quote prefix
    when it could be read as a formula."""
    if value is None:
        cell.value = None
        return
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return
    if isinstance(value, bool | int | float | Decimal):
        cell.value = value
        return
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # Excel has no time zones: write the zoned text instead
            set_value(cell, value.isoformat())
            return
        cell.value = value
        return
    if isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
        return
    set_value(cell, str(value))


def put(ws: Worksheet, row: int, column: int, value: Any, **style: Any) -> Cell:
    """Write one cell of a normal worksheet safely and apply style attributes (font, fill, ...)."""
    cell: Cell = ws.cell(row=row, column=column)
    set_value(cell, value)
    for name, attr in style.items():
        if attr is not None:
            setattr(cell, name, attr)
    return cell


def wo_cell(ws: Any, value: Any, **style: Any) -> WriteOnlyCell:
    """A write-only cell with ``value`` stored safely and style attributes applied."""
    cell = WriteOnlyCell(ws)
    set_value(cell, value)
    for name, attr in style.items():
        if attr is not None:
            setattr(cell, name, attr)
    return cell


class WoStyles:
    """Each distinct style of a write-only workbook built once; cells share its style array.

    Assigning font/fill/alignment objects to every cell makes openpyxl hash each object to find its index
    in the workbook's style lists, which costs more than writing the cell. Here each combination is
    resolved on first use (its style array and that array's index in the workbook's style list) and later
    cells are ``StyledCell``s sharing the resolved array and index. On a sheet that is not a ``CellSheet``
    (openpyxl without the internals this needs) every cell is an ordinary ``wo_cell``.
    """

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._fast = isinstance(ws, CellSheet)
        self._arrays: dict[tuple[tuple[str, int], ...], tuple[Any, int, tuple[Any, ...]]] = {}
        self._fixed: dict[tuple[int, str, tuple[tuple[str, int], ...]], StyledCell] = {}

    def cell(self, ws: Any, value: Any, **style: Any) -> Any:
        """Like ``wo_cell``: ``ws`` must belong to the same workbook as the sheet given at construction.
        The cell's style is read only: set no style attribute on it afterwards."""
        if not self._fast:
            return wo_cell(ws, value, **style)
        template, sid = self._array(style)
        kind = type(value)
        if kind is str:  # the common cases without a probe cell: set_value would store exactly this
            text = clean_text(value)
            if not text.startswith(FORMULA_STARTS):
                cell = StyledCell(ws, template, sid)
                cell._value, cell.data_type = text, "s"
                return cell
        elif kind is int:
            cell = StyledCell(ws, template, sid)
            cell._value = value  # data type "n", a new cell's
            return cell
        probe = WriteOnlyCell(ws)
        set_value(probe, value)
        if probe._style is not None and any(probe._style):  # a quote prefix or number format: an array of its own
            own = copy(template)
            for index, number in enumerate(probe._style):
                own[index] = number or own[index]
            template, sid = own, style_index(ws, own)
        cell = StyledCell(ws, template, sid)
        cell._value = probe._value
        cell.data_type = probe.data_type
        return cell

    def fixed(self, ws: Any, text: str, **style: Any) -> Any:
        """The same cell object for every use of ``text`` in ``style`` on ``ws`` (status words, repeated in every
        row). Write-only sheets write each appended cell at once, setting its row and column first, so one
        object can stand in several places."""
        if not self._fast:  # the public API promises nothing about a cell appended twice
            return self.cell(ws, text, **style)
        key = (id(ws), text, self._key(style))
        cell = self._fixed.get(key)
        if cell is None:
            cell = self._fixed[key] = self.cell(ws, text, **style)
        return cell

    @staticmethod
    def _key(style: dict[str, Any]) -> tuple[tuple[str, int], ...]:
        return tuple((name, id(attr)) for name, attr in style.items() if attr is not None)

    def _array(self, style: dict[str, Any]) -> tuple[Any, int]:
        key = self._key(style)
        found = self._arrays.get(key)
        if found is None:
            template = wo_cell(self._ws, None, **style)._style or StyleArray()
            # the objects are kept so their ids stay theirs
            found = self._arrays[key] = (template, style_index(self._ws, template), tuple(style.values()))
        return found[0], found[1]
