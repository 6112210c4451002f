"""The checklist sheet: documents and steps, with a status dropdown and colours by status."""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from engine.evaluate.program_result import ProgramResult
from engine.i18n import Lang
from engine.reports.rows import checklist_rows, checklist_title, clause_text, deadline_text
from engine.reports.sheets import table, title_block
from engine.reports.styles import FILLS
from engine.reports.words import TICK_STATES, W, w
from engine.sources import shown_quote

STATE_FILLS = {"done": FILLS["pass"], "in_progress": FILLS["unknown"], "not_needed": FILLS["closed"]}


def state_labels(lang: Lang) -> list[str]:
    return [t.get(lang) for t in TICK_STATES.values()]


def checklist_sheet(ws: Worksheet, results: list[ProgramResult], lang: Lang,
                    ticks: dict[tuple[str, str], str]) -> int:
    start = title_block(ws, w("checklist", lang), [], lang)
    headers = ["#"] + [w(k, lang) for k in ("item", "program", "why", "clause", "deadline", "progress")]
    rows = []
    for i, row in enumerate(checklist_rows(results), start=1):
        entry, result = row.entry, row.result
        kind = W.get(f"kind.{entry.kind}")
        item = f"[{kind.get(lang)}] {checklist_title(entry, lang)}" if kind else checklist_title(entry, lang)
        state = ticks.get((result.program, entry.id), "todo")
        rows.append([i, item, result.title.get(lang), entry.detail.get(lang) if entry.detail else "",
                     f"{clause_text(entry, result.source, lang)}\n「{shown_quote(entry.clause.quote)}」",
                     deadline_text(entry, lang),
                     TICK_STATES.get(state, TICK_STATES["todo"]).get(lang)])
    header = table(ws, start, headers, rows, [4, 34, 22, 36, 30, 20, 11])
    first, last = header + 1, header + max(len(rows), 1)
    status_range = f"G{first}:G{last}"
    labels = state_labels(lang)
    dv = DataValidation(type="list", formula1='"' + ",".join(labels) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle=w("progress", lang),
                        error=" / ".join(labels))
    dv.add(status_range)
    ws.add_data_validation(dv)
    for key, fill in STATE_FILLS.items():
        label = TICK_STATES[key].get(lang)
        ws.conditional_formatting.add(status_range, CellIsRule(operator="equal", formula=[f'"{label}"'], fill=fill))
    return header
