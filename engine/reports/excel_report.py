"""The eligibility report workbook for one merchant: summary, one sheet per programme, checklist, missing facts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

import engine
from engine.evaluate.program_result import ProgramResult
from engine.facts import MerchantProfile
from engine.i18n import Lang
from engine.packs.origin import origin_text
from engine.reports.checklist_sheet import checklist_sheet
from engine.reports.files import save_workbook
from engine.reports.rows import (
    clause_text,
    criterion_title,
    distance_text,
    missing_rows,
    platform_title,
    timing_text,
    top_reasons,
    values_text,
    window_text,
)
from engine.reports.sheetnames import SheetNamer
from engine.reports.sheets import finish, table, title_block
from engine.reports.words import day_of, status_text, w, when
from engine.sources import document_title, shown_quote

Ticks = dict[tuple[str, str], str]
DATE_FORMAT = {"zh": 'yyyy"年"m"月"d"日"', "en": "d mmm yyyy"}


def merchant_name(profile: MerchantProfile, lang: Lang) -> str:
    return profile.name or profile.company.legal_name or ("未命名商家" if lang == "zh" else "Unnamed merchant")


def _summary(ws: Worksheet, profile: MerchantProfile, results: list[ProgramResult], lang: Lang,
             as_of: datetime) -> int:
    notes = [(w("notes", lang), profile.notes)] if profile.notes else []
    start = title_block(ws, f"{w('report_title', lang)} — {merchant_name(profile, lang)}", [
        (w("merchant", lang), merchant_name(profile, lang)), *notes,
        (w("as_of", lang), when(as_of, lang)),
        (w("app_version", lang), engine.__version__),
        (w("generated", lang), when(datetime.now(UTC), lang)),
    ], lang)
    headers = [w(k, lang) for k in ("program", "status", "window", "top_reasons", "pack_version", "source")]
    rows = [[r.title.get(lang), status_text(r.status.value, lang), timing_text(r, lang),
             "\n".join(f"• {reason}" for reason in top_reasons(r, lang)) or r.summary.get(lang),
             r.version, document_title(r.source).get(lang)] for r in results]
    return table(ws, start, headers, rows, [28, 13, 30, 46, 10, 26], status_cols=[2],
                 statuses=[r.status.value for r in results])


def _program(ws: Worksheet, result: ProgramResult, lang: Lang) -> int:
    start = title_block(ws, result.title.get(lang), [
        (w("status", lang), f"{result.headline.get(lang)} — {result.summary.get(lang)}"),
        (w("window", lang), window_text(result.window, lang)),
        (w("source", lang), document_title(result.source).get(lang)),
        (w("origin", lang), origin_text(result.program, result.version).get(lang)),  # the edition, and where from
        *((w("note", lang), note.text.get(lang)) for note in result.notes),
    ], lang)
    headers = ["#"] + [w(k, lang) for k in ("criterion", "result", "reason", "values", "clause", "quote", "remedy",
                                            "distance", "earliest")]
    rows = [[i, criterion_title(c, lang), status_text(c.status.value, lang), c.reason.get(lang),
             values_text(c, lang), clause_text(c, result.source, lang), shown_quote(c.clause.quote),
             c.remedy.get(lang) if c.remedy else "", distance_text(c.distance, lang), c.earliest_pass]
            for i, c in enumerate(result.criteria, start=1)]
    header = table(ws, start, headers, rows, [4, 22, 11, 34, 24, 24, 36, 28, 20, 14], status_cols=[3],
                   statuses=[c.status.value for c in result.criteria])
    for row in range(header + 1, header + 1 + len(rows)):  # a date cell, shown as people write dates
        ws.cell(row, len(headers)).number_format = DATE_FORMAT[lang]
    return header


def _missing(ws: Worksheet, results: list[ProgramResult], lang: Lang) -> int:
    start = title_block(ws, w("missing", lang), [], lang)
    headers = ["#"] + [w(k, lang) for k in ("fact", "for_programs", "criteria_count", "platform")]
    rows = [[i, m.title.get(lang), "\n".join(p.title.get(lang) for p in m.programs), m.criteria,
             platform_title(m.path, lang)] for i, m in enumerate(missing_rows(results), start=1)]
    return table(ws, start, headers, rows, [5, 36, 44, 12, 34])


def build_report(profile: MerchantProfile, results: list[ProgramResult], *, lang: Lang,
                 as_of: datetime | None = None, ticks: Ticks | None = None) -> Workbook:
    """The report workbook in memory (see ``write_report``)."""
    as_of = as_of or (results[0].as_of if results else datetime.now(UTC))
    name = merchant_name(profile, lang)
    date_text = day_of(as_of, lang)
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    namer = SheetNamer([w(k, lang) for k in ("summary", "checklist", "missing")])
    summary.title = w("summary", lang)
    header = _summary(summary, profile, results, lang, as_of)
    finish(summary, header, merchant=name, date_text=date_text, lang=lang, landscape=True)
    for result in results:
        ws = wb.create_sheet(namer(result.title.get(lang)))
        finish(ws, _program(ws, result, lang), merchant=name, date_text=date_text, lang=lang, landscape=True)
    ws = wb.create_sheet(w("checklist", lang))
    finish(ws, checklist_sheet(ws, results, lang, ticks or {}), merchant=name, date_text=date_text, lang=lang,
           landscape=True)
    ws = wb.create_sheet(w("missing", lang))
    finish(ws, _missing(ws, results, lang), merchant=name, date_text=date_text, lang=lang)
    wb.properties.title = f"{w('report_title', lang)} — {name}"
    wb.properties.creator = f"Merchant Eligibility Checker {engine.__version__}"
    wb.properties.created = datetime.now(UTC).replace(tzinfo=None)
    wb.properties.subject = name
    return wb


def write_report(path: Path, profile: MerchantProfile, results: list[ProgramResult], *, lang: Lang,
                 as_of: datetime | None = None, ticks: Ticks | None = None) -> Path:
    """Write the eligibility report for one merchant to ``path`` (.xlsx), atomically.

    ``results`` come from ``engine.evaluate.evaluate_all``; ``ticks`` are checklist states keyed by
    (programme id, item id) with values todo / in_progress / done / not_needed (the store's
    ``checklist_ticks``). Raises ``ReportError`` (with ``message(lang)``) when the file cannot be written.
    """
    wb = build_report(profile, results, lang=lang, as_of=as_of, ticks=ticks)
    return save_workbook(wb, Path(path))
