"""The intake template: one row per merchant, headers from the profile model, dropdowns and help comments.

Row 1 (hidden) holds the field paths, so a filled template imports whatever language its headers are in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

import engine
from engine.facts import GROUPS, FactSpec, MerchantProfile, fact_specs, get_fact
from engine.facts.meta import field_help, field_title
from engine.i18n import Lang, Text
from engine.reports.cells import put
from engine.reports.files import save_workbook
from engine.reports.styles import BOLD, HEADER_FILL, HEADER_FONT, TITLE_FONT, WRAP, print_ready, set_widths
from engine.reports.template_help import HINTS, instructions
from engine.reports.values import bool_labels, enum_labels, to_cell

PATH_ROW, GROUP_ROW, TITLE_ROW, FIRST_DATA_ROW = 1, 2, 3, 4
SPARE_ROWS = 1000  # rows with dropdowns below the last filled one
TOP_FIELDS = ("name", "notes")
LISTS_SHEET = "lists"
SHEET = Text(zh="商家信息", en="Merchants")


def columns() -> list[str]:
    """Field paths in template column order: name and notes, then every fact."""
    return [*TOP_FIELDS, *fact_specs()]


def _top_title(name: str, lang: Lang) -> tuple[str, str]:
    info = MerchantProfile.model_fields[name]
    return field_title(info, lang), field_help(info, lang)


def _hint(spec: FactSpec | None, lang: Lang) -> str:
    if spec is None:
        return HINTS["str"].get(lang)
    hint = HINTS["list_" + str(spec.item_kind) if spec.kind == "list" else spec.kind].get(lang)
    if spec.kind == "list" and spec.enum is not None:  # no multi-select dropdown in Excel: name the options
        hint += ("\n可选：" if lang == "zh" else "\nOptions: ") + "; ".join(enum_labels(spec.enum, lang))
    return f"{hint} ({spec.unit})" if spec.unit else hint


def _headers(ws: Worksheet, lang: Lang) -> None:
    specs = fact_specs()
    last_group = ""
    for col, path in enumerate(columns(), start=1):
        spec = specs.get(path)
        if spec is None:
            title, help_text = _top_title(path, lang)
            group = ""
        else:
            title, help_text = spec.title(lang), spec.help(lang)
            group = GROUPS[spec.group][0 if lang == "zh" else 1]
        put(ws, PATH_ROW, col, path)
        if group != last_group:
            put(ws, GROUP_ROW, col, group, font=BOLD)
            last_group = group
        cell = put(ws, TITLE_ROW, col, title, font=HEADER_FONT, fill=HEADER_FILL, alignment=WRAP)
        note = "\n".join(t for t in (help_text, _hint(spec, lang)) if t)
        cell.comment = Comment(note, "Merchant Eligibility Checker", width=260, height=110)
    ws.row_dimensions[PATH_ROW].hidden = True
    ws.row_dimensions[TITLE_ROW].height = 45
    set_widths(ws, [28 if p in TOP_FIELDS else 16 for p in columns()])


def _dropdowns(wb: Workbook, ws: Worksheet, lang: Lang, last_row: int) -> None:
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    yes_no = DataValidation(type="list", formula1='"' + ",".join(bool_labels(lang)) + '"', allow_blank=True,
                            showErrorMessage=True)
    ws.add_data_validation(yes_no)
    list_col = 0
    for col, path in enumerate(columns(), start=1):
        spec = fact_specs().get(path)
        rng = f"{get_column_letter(col)}{FIRST_DATA_ROW}:{get_column_letter(col)}{last_row}"
        if spec is None:
            continue
        if spec.kind == "bool":
            yes_no.add(rng)
        elif spec.kind == "enum" and spec.enum is not None:
            list_col += 1
            letter = get_column_letter(list_col)
            options = [*enum_labels(spec.enum, lang), bool_labels(lang)[2]]
            for row, option in enumerate(options, start=1):
                put(lists, row, list_col, option)
            ref = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(options)}"
            dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=True)
            dv.add(rng)
            ws.add_data_validation(dv)


def build_template(lang: Lang, profiles: Iterable[MerchantProfile] = ()) -> Workbook:
    """The template workbook, optionally pre-filled with ``profiles`` (one row each)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET.get(lang)
    _headers(ws, lang)
    specs = fact_specs()
    row = FIRST_DATA_ROW
    for profile in profiles:
        for col, path in enumerate(columns(), start=1):
            spec = specs.get(path)
            value = getattr(profile, path) if spec is None else to_cell(spec, get_fact(profile, path), lang)
            put(ws, row, col, value)
        row += 1
    _dropdowns(wb, ws, lang, row + SPARE_ROWS)
    print_ready(ws, merchant=SHEET.get(lang), date_text="", lang=lang, header_row=TITLE_ROW, landscape=True)
    ws.print_title_rows = f"{GROUP_ROW}:{TITLE_ROW}"
    ws.sheet_properties.pageSetUpPr.fitToPage = False  # a data-entry sheet: many columns, printed across pages
    ws.freeze_panes = f"B{FIRST_DATA_ROW}"
    help_ws = wb.create_sheet(Text(zh="填写说明", en="How to fill in").get(lang), 0)
    put(help_ws, 1, 1, Text(zh="商家信息采集模板", en="Merchant intake template").get(lang), font=TITLE_FONT)
    for index, line in enumerate(instructions(lang), start=3):
        put(help_ws, index, 1, line, alignment=WRAP)
    help_ws.column_dimensions["A"].width = 110
    wb.active = 1
    wb.properties.title = Text(zh="商家信息采集模板", en="Merchant intake template").get(lang)
    wb.properties.creator = f"Merchant Eligibility Checker {engine.__version__}"
    wb.properties.created = datetime.now(UTC).replace(tzinfo=None)
    return wb


def write_template(path: Path, lang: Lang, profiles: Iterable[MerchantProfile] = ()) -> Path:
    """Write the intake template (optionally pre-filled) to ``path`` atomically; raises ReportError."""
    return save_workbook(build_template(lang, profiles), Path(path))
