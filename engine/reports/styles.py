"""Fills, fonts and print settings shared by every workbook we write (normal and write-only sheets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from engine.i18n import Lang
from engine.reports.words import w
from engine.reports.xmltext import xml_safe

#: Status colours: light fills that still read in black-and-white print, because the text says it too.
FILL_HEX = {
    "pass": "C6EFCE", "eligible": "C6EFCE",
    "fail": "FFC7CE", "not_eligible": "FFC7CE",
    "unknown": "FFEB9C", "incomplete": "FFEB9C",
    "review": "DDEBF7",
    "open": "C6EFCE", "upcoming": "FFEB9C", "closed": "D9D9D9",
}
FILLS = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in FILL_HEX.items()}
HEADER_FILL = PatternFill("solid", start_color="1F4E78", end_color="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
_THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def fill_for(status: str) -> PatternFill | None:
    return FILLS.get(status)


def set_widths(ws: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _hf_text(text: str) -> str:
    """Header/footer text: ``&`` starts a code there, so a literal one is doubled; no character XML forbids."""
    return xml_safe(text).replace("&", "&&")


def print_ready(ws: Any, *, merchant: str, date_text: str, lang: Lang, header_row: int,
                landscape: bool = False) -> None:
    """A4, fit to page width, the header row repeated on every page, frozen, filterable, and a header/footer
    with merchant, date and "page x of y". ``ws`` may be a normal or a write-only worksheet."""
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"A{header_row + 1}"
    ws.oddHeader.left.text = _hf_text(merchant)
    ws.oddHeader.right.text = _hf_text(date_text)
    ws.oddFooter.left.text = _hf_text(ws.title)
    ws.oddFooter.right.text = w("page", lang)
    ws.evenHeader.left.text = ws.oddHeader.left.text
    ws.evenHeader.right.text = ws.oddHeader.right.text
    ws.evenFooter.right.text = ws.oddFooter.right.text
