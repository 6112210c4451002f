"""Building blocks of a normal (not write-only) report worksheet: title block, header row, table rows."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from engine.i18n import Lang
from engine.reports.cells import put
from engine.reports.styles import (
    BOLD,
    BORDER,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP,
    fill_for,
    print_ready,
    set_widths,
)

LINE_HEIGHT = 15.0  # points per line of 11 pt text


def text_units(text: str) -> int:
    """Approximate width in Excel column units: East Asian wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def lines_needed(value: Any, width: float) -> int:
    """How many wrapped lines ``value`` takes in a column ``width`` units wide."""
    if value is None:
        return 1
    usable = max(width - 1.5, 1.0)
    return sum(max(1, math.ceil(text_units(part) / usable)) for part in str(value).split("\n"))


def title_block(ws: Worksheet, title: str, lines: Sequence[tuple[str, str]], lang: Lang) -> int:
    """A bold title and ``label: value`` lines; returns the next free row."""
    put(ws, 1, 1, title, font=TITLE_FONT)
    row = 2
    for label, value in lines:  # one cell each, overflowing into the empty cells to its right
        put(ws, row, 1, f"{label}: {value}" if lang == "en" else f"{label}：{value}")
        row += 1
    return row + 1


def table(ws: Worksheet, first_row: int, headers: Sequence[str], rows: Sequence[Sequence[Any]],
          widths: Sequence[float], *, status_cols: Sequence[int] = (), statuses: Sequence[str] = ()) -> int:
    """A header row and data rows with borders and wrapping. ``statuses[i]`` colours the ``status_cols`` of
    row ``i``. Returns the header row number."""
    head_lines = max(lines_needed(h, widths[c]) for c, h in enumerate(headers))
    ws.row_dimensions[first_row].height = head_lines * LINE_HEIGHT + 2
    for col, text in enumerate(headers, start=1):
        put(ws, first_row, col, text, font=HEADER_FONT, fill=HEADER_FILL, alignment=WRAP, border=BORDER)
    for index, values in enumerate(rows):
        row = first_row + 1 + index
        lines = max((lines_needed(v, widths[c]) for c, v in enumerate(values) if c < len(widths)), default=1)
        if lines > 1:
            ws.row_dimensions[row].height = min(lines * LINE_HEIGHT, 409)
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value, alignment=WRAP, border=BORDER)
            if col in status_cols and index < len(statuses):
                fill = fill_for(statuses[index])
                if fill is not None:
                    cell.fill = fill
                cell.font = BOLD
    set_widths(ws, list(widths))
    last_row = first_row + max(len(rows), 1)
    ws.auto_filter.ref = f"A{first_row}:{get_column_letter(len(headers))}{last_row}"
    return first_row


def finish(ws: Worksheet, header_row: int, *, merchant: str, date_text: str, lang: Lang,
           landscape: bool = False) -> None:
    print_ready(ws, merchant=merchant, date_text=date_text, lang=lang, header_row=header_row, landscape=landscape)
