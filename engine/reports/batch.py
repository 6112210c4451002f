"""The batch matrix: merchants down, programmes across, streamed in openpyxl write-only mode.

Memory stays flat: each merchant is evaluated, written and forgotten; only the counts are kept.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

import engine
from engine.evaluate import evaluate
from engine.evaluate.headline import timing
from engine.evaluate.program_result import ProgramResult
from engine.evaluate.status import ProgramStatus
from engine.evaluate.windows import window_result
from engine.facts import MerchantProfile
from engine.i18n import Lang, Text
from engine.reports.cells import WoStyles
from engine.reports.errors import Cancelled, ReportError
from engine.reports.excel_report import merchant_name
from engine.reports.files import save_workbook
from engine.reports.rows import criterion_title, first_reason
from engine.reports.sheetnames import SheetNamer
from engine.reports.sheets import LINE_HEIGHT, lines_needed
from engine.reports.styles import BOLD, HEADER_FILL, HEADER_FONT, TITLE_FONT, WRAP, fill_for, print_ready, set_widths
from engine.reports.wo_sheet import add_cell_sheet, append_sized
from engine.reports.words import day_of, status_text, w, when
from engine.rules import Pack
from engine.rules.editions import in_force

#: ``progress(done, total) -> bool``; ``total`` is 0 when unknown; returning False cancels.
Progress = Callable[[int, int], bool]
MAX_MERCHANT_SHEETS = 1000
TOO_MANY_SHEETS = Text(zh=f"每个商家一页最多支持 {MAX_MERCHANT_SHEETS} 个商家",
                       en=f"one sheet per merchant is limited to {MAX_MERCHANT_SHEETS} merchants")
HEADER_ROW = 4


@dataclass
class BatchSummary:
    merchants: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # programme id -> status -> merchants


@lru_cache(maxsize=8192)
def _reason_lines(text: str, width: float) -> int:
    """Reason lines repeat from merchant to merchant: their wrapped line counts are kept."""
    return lines_needed(text, width)


def _append_fitted(ws: Any, row: int, cells: list[Any], lines: int) -> None:
    """Append ``cells`` as row ``row``, ``lines`` wrapped lines high (Excel does not grow wrapped rows itself)."""
    append_sized(ws, row, cells, min(lines * LINE_HEIGHT, 409) if lines > 1 else None)


def _header(st: WoStyles, ws: Any, texts: list[str]) -> list[Any]:
    return [st.cell(ws, t, font=HEADER_FONT, fill=HEADER_FILL, alignment=WRAP) for t in texts]


def _status_cell(st: WoStyles, ws: Any, status: str, lang: Lang) -> Any:
    return st.fixed(ws, status_text(status, lang), fill=fill_for(status), font=BOLD, alignment=WRAP)


def _merchant_sheet(wb: Workbook, st: WoStyles, namer: SheetNamer, name: str, results: list[ProgramResult],
                    lang: Lang, date_text: str) -> None:
    ws = add_cell_sheet(wb, namer(name))
    set_widths(ws, [28, 30, 12, 48, 36])
    print_ready(ws, merchant=name, date_text=date_text, lang=lang, header_row=3, landscape=True)
    ws.append([st.cell(ws, name, font=TITLE_FONT)])
    ws.append([])
    ws.append(_header(st, ws, [w(k, lang) for k in ("program", "criterion", "result", "reason", "remedy")]))
    rows = 0
    for result in results:
        for crit in result.criteria:
            rows += 1
            ws.append([st.cell(ws, result.title.get(lang), alignment=WRAP),
                       st.cell(ws, criterion_title(crit, lang), alignment=WRAP),
                       st.cell(ws, status_text(crit.status.value, lang), fill=fill_for(crit.status.value), font=BOLD,
                               alignment=WRAP),  # not fixed(): shared cells would keep every closed sheet alive
                       st.cell(ws, crit.reason.get(lang), alignment=WRAP),
                       st.cell(ws, crit.remedy.get(lang) if crit.remedy else "", alignment=WRAP)])
    ws.auto_filter.ref = f"A3:E{3 + max(rows, 1)}"
    ws.close()


def _counts_sheet(st: WoStyles, ws: Any, packs: Sequence[Pack], summary: BatchSummary, lang: Lang) -> None:
    statuses = [s.value for s in ProgramStatus]
    ws.append(_header(st, ws, [w("program", lang), *(status_text(s, lang) for s in statuses), w("total", lang)]))
    for pack in packs:
        counts = summary.counts[pack.id]
        ws.append([st.cell(ws, pack.title.get(lang), alignment=WRAP),
                   *(st.cell(ws, counts[s], fill=fill_for(s)) for s in statuses),
                   st.cell(ws, sum(counts.values()), font=BOLD)])


def _discard(wb: Workbook) -> None:
    """Finish and delete the streamed sheets' temporary files after a cancel or an error."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        if writer is not None:
            with contextlib.suppress(OSError):
                Path(writer.out).unlink()


def _programme_head(pack: Pack, as_of: datetime, lang: Lang) -> str:
    """The programme's title, and when it cannot be applied for (报名已于 … 截止): the same for every merchant."""
    when_ = timing([window_result(pack, win, as_of) for win in pack.windows])
    if when_ is None or when_.text is None or not when_.text.zh:
        return pack.title.get(lang)
    note = when_.text.get(lang)
    return f"{pack.title.get(lang)}\n（{note}）" if lang == "zh" else f"{pack.title.get(lang)}\n({note})"


def _rows(wb: Workbook, st: WoStyles, matrix: Any, profiles: Iterable[MerchantProfile], packs: Sequence[Pack],
          as_of: datetime, lang: Lang, summary: BatchSummary, widths: Sequence[float], total: int,
          progress: Progress | None, per_merchant: bool, date_text: str) -> None:
    namer = SheetNamer([w("matrix", lang), w("counts", lang)])
    status_cells: dict[ProgramStatus, Any] = {}  # one shared cell per status, made on first use (styles keep order)
    titles = [p.title.get(lang) for p in packs]
    counts = [summary.counts[p.id] for p in packs]
    for profile in profiles:
        results = [evaluate(profile, pack, as_of) for pack in packs]
        summary.merchants += 1
        name = merchant_name(profile, lang)
        reasons = [f"{title}: {reason}" for title, r in zip(titles, results, strict=True)
                   if (reason := first_reason(r, lang)) is not None]
        for count, r in zip(counts, results, strict=True):
            count[r.status.value] += 1
        # the number and status columns hold short single-line texts: only the name and reasons can wrap
        _append_fitted(matrix, HEADER_ROW + summary.merchants,
                       [st.cell(matrix, summary.merchants, alignment=WRAP), st.cell(matrix, name, alignment=WRAP),
                        *(status_cells.get(r.status) or status_cells.setdefault(
                            r.status, _status_cell(st, matrix, r.status.value, lang)) for r in results),
                        st.cell(matrix, "\n".join(reasons), alignment=WRAP)],
                       max(lines_needed(name, widths[1]), sum(_reason_lines(r, widths[-1]) for r in reasons)))
        if per_merchant:
            if summary.merchants > MAX_MERCHANT_SHEETS:
                raise ReportError(TOO_MANY_SHEETS)
            _merchant_sheet(wb, st, namer, name, results, lang, date_text)
        if progress is not None and not progress(summary.merchants, total):
            raise Cancelled()


def write_batch(path: Path, profiles: Iterable[MerchantProfile], packs: Sequence[Pack], as_of: datetime, *,
                lang: Lang, total: int = 0, progress: Progress | None = None,
                per_merchant: bool = False) -> BatchSummary:
    """Evaluate every profile against ``packs`` at ``as_of`` and write the matrix workbook to ``path``.

    ``progress(done, total)`` is called after each merchant; when it returns False the work stops, nothing is
    written and ``Cancelled`` is raised. ``per_merchant`` adds one sheet per merchant (at most
    MAX_MERCHANT_SHEETS). Raises ``ReportError`` when the file cannot be written.
    """
    if per_merchant and total > MAX_MERCHANT_SHEETS:
        raise ReportError(TOO_MANY_SHEETS)
    packs = [in_force(p, as_of) for p in packs]  # each programme in the edition in force at as_of
    summary = BatchSummary(counts={p.id: {s.value: 0 for s in ProgramStatus} for p in packs})
    date_text = day_of(as_of, lang)
    wb = Workbook(write_only=True)
    matrix = add_cell_sheet(wb, w("matrix", lang))
    counts = add_cell_sheet(wb, w("counts", lang))
    widths = [6, 30, *([16] * len(packs)), 48]
    set_widths(matrix, widths)
    set_widths(counts, [36, 14, 14, 14, 14, 10])
    title = w("batch_title", lang)
    print_ready(matrix, merchant=title, date_text=date_text, lang=lang, header_row=HEADER_ROW, landscape=True)
    print_ready(counts, merchant=title, date_text=date_text, lang=lang, header_row=1)
    matrix.freeze_panes = f"C{HEADER_ROW + 1}"
    st = WoStyles(matrix)
    matrix.append([st.cell(matrix, title, font=TITLE_FONT)])
    colon = "：" if lang == "zh" else ": "
    matrix.append([st.cell(matrix, f"{w('as_of', lang)}{colon}{when(as_of, lang)}   {w('app_version', lang)}{colon}"
                                    f"{engine.__version__}")])
    matrix.append([])
    head = ["#", w("merchant", lang), *(_programme_head(p, as_of, lang) for p in packs), w("top_reasons", lang)]
    _append_fitted(matrix, HEADER_ROW, _header(st, matrix, head),
                   max(lines_needed(h, wd) for h, wd in zip(head, widths, strict=True)))
    try:
        _rows(wb, st, matrix, profiles, packs, as_of, lang, summary, widths, total, progress, per_merchant, date_text)
    except BaseException:
        _discard(wb)
        raise
    matrix.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(3 + len(packs))}{HEADER_ROW + summary.merchants}"
    matrix.append([])
    for status in ProgramStatus:
        matrix.append([None, st.cell(matrix, status_text(status.value, lang), font=BOLD),
                       *(st.cell(matrix, summary.counts[p.id][status.value], fill=fill_for(status.value))
                         for p in packs)])
    _counts_sheet(st, counts, packs, summary, lang)
    wb.properties.title = title
    wb.properties.creator = f"Merchant Eligibility Checker {engine.__version__}"
    wb.properties.created = datetime.now(UTC).replace(tzinfo=None)
    try:
        save_workbook(wb, Path(path))
    except BaseException:  # e.g. a full disk: the streamed sheets' temporary files go too
        _discard(wb)
        raise
    return summary
