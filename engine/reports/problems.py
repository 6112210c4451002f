"""The import-problems workbook: one row per problem, by row, column and reason, for the person filling in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

import engine
from engine.i18n import Lang
from engine.reports.files import save_workbook
from engine.reports.intake import IntakeProblem
from engine.reports.sheets import finish, table, title_block
from engine.reports.words import w, zoned


def build_problems(problems: list[IntakeProblem], lang: Lang, source: str = "") -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = w("problems", lang)
    start = title_block(ws, w("problems", lang), [(w("file", lang), source)] if source else [], lang)
    headers = [w(k, lang) for k in ("row", "column", "field", "value", "problem")]
    rows = [[p.row, p.column, p.field.get(lang), p.value, p.problem.get(lang)] for p in problems]
    header = table(ws, start, headers, rows, [8, 8, 30, 30, 50])
    finish(ws, header, merchant=source or w("problems", lang), date_text=zoned(datetime.now(UTC))[:10], lang=lang)
    wb.properties.title = w("problems", lang)
    wb.properties.creator = f"Merchant Eligibility Checker {engine.__version__}"
    return wb


def write_problems(path: Path, problems: list[IntakeProblem], lang: Lang, source: str = "") -> Path:
    """Write the list of import problems as a workbook (atomically); ``source`` names the imported file."""
    return save_workbook(build_problems(problems, lang, source), Path(path))
