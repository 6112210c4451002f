"""The printable report (summary, programmes, checklist, missing facts) as simple HTML that QTextDocument
renders. Pure Python; every piece of text is escaped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

import engine
from engine.evaluate.program_result import ProgramResult
from engine.facts import MerchantProfile
from engine.facts.moments import day_text
from engine.i18n import Lang
from engine.packs.origin import origin_text
from engine.reports.excel_report import merchant_name
from engine.reports.rows import (
    checklist_rows,
    checklist_title,
    clause_text,
    criterion_title,
    deadline_text,
    distance_text,
    missing_rows,
    timing_text,
    top_reasons,
    window_text,
)
from engine.reports.styles import FILL_HEX
from engine.reports.words import day_of, status_text, w, when
from engine.sources import document_title, shown_quote


@dataclass(frozen=True)
class Printable:
    """What a renderer needs: the body HTML and the running header (merchant, date) for every page."""

    html: str
    title: str
    merchant: str
    date_text: str
    lang: Lang


def _e(text: object) -> str:
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def _status(status: str, lang: Lang) -> str:
    colour = FILL_HEX.get(status, "FFFFFF")
    return f'<td bgcolor="#{colour}"><b>{_e(status_text(status, lang))}</b></td>'


def _table(headers: list[str], rows: list[str], widths: list[int]) -> str:
    head = "".join(f'<th width="{wd}%" bgcolor="#1F4E78"><font color="#FFFFFF">{_e(h)}</font></th>'
                   for h, wd in zip(headers, widths, strict=True))
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse: collapse">'
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>")


def _summary(results: list[ProgramResult], lang: Lang) -> str:
    rows = [f"<tr><td>{_e(r.title.get(lang))}</td>{_status(r.status.value, lang)}"
            f"<td>{_e(timing_text(r, lang))}</td>"
            f"<td>{'<br/>'.join('• ' + _e(x) for x in top_reasons(r, lang)) or _e(r.summary.get(lang))}</td></tr>"
            for r in results]
    headers = [w(k, lang) for k in ("program", "status", "window", "top_reasons")]
    return f"<h2>{_e(w('summary', lang))}</h2>" + _table(headers, rows, [25, 13, 24, 38])


def _program(result: ProgramResult, lang: Lang) -> str:
    rows = []
    for i, c in enumerate(result.criteria, start=1):
        colon = "：" if lang == "zh" else ": "
        earliest = f"{w('earliest', lang)}{colon}{day_text(c.earliest_pass, lang)}" if c.earliest_pass else ""
        extra = [_e(x) for x in (distance_text(c.distance, lang), earliest) if x]
        remedy = _e(c.remedy.get(lang)) if c.remedy else ""
        quote = _e(shown_quote(c.clause.quote))
        rows.append(f"<tr><td>{i}</td><td>{_e(criterion_title(c, lang))}</td>{_status(c.status.value, lang)}"
                    f"<td>{_e(c.reason.get(lang))}<br/><i>{_e(clause_text(c, result.source, lang))}"
                    f" 「{quote}」</i></td><td>{'<br/>'.join([remedy, *extra]) if remedy or extra else ''}"
                    "</td></tr>")
    headers = ["#"] + [w(k, lang) for k in ("criterion", "result", "reason", "remedy")]
    colon = "：" if lang == "zh" else ": "
    return (f'<h2 style="page-break-before: always">{_e(result.title.get(lang))}</h2>'
            f"<p>{_e(w('status', lang))}{colon}<b>{_e(result.headline.get(lang))}</b> — "
            f"{_e(result.summary.get(lang))}<br/>{_e(w('window', lang))}{colon}{_e(window_text(result.window, lang))}"
            f"<br/>{_e(w('source', lang))}{colon}{_e(document_title(result.source).get(lang))}"
            f"<br/>{_e(w('origin', lang))}{colon}{_e(origin_text(result.program, result.version).get(lang))}"
            + "".join(f"<br/>{_e(w('note', lang))}{colon}{_e(n.text.get(lang))}" for n in result.notes) + "</p>"
            + _table(headers, rows, [4, 22, 12, 38, 24]))


def _checklist(results: list[ProgramResult], lang: Lang) -> str:
    rows = [f"<tr><td>☐</td><td>{_e(checklist_title(r.entry, lang))}"
            f"{'<br/><small>' + _e(r.entry.detail.get(lang)) + '</small>' if r.entry.detail else ''}</td>"
            f"<td>{_e(r.result.title.get(lang))}</td>"
            f"<td>{_e(deadline_text(r.entry, lang))}</td></tr>"
            for r in checklist_rows(results)]
    headers = ["", w("item", lang), w("program", lang), w("deadline", lang)]
    return (f'<h2 style="page-break-before: always">{_e(w("checklist", lang))}</h2>'
            + _table(headers, rows, [4, 50, 26, 20]))


def _missing(results: list[ProgramResult], lang: Lang) -> str:
    items = missing_rows(results)
    if not items:
        return ""
    sep = "、" if lang == "zh" else ", "
    lis = "".join(f"<li>{_e(m.title.get(lang))} — {_e(sep.join(p.title.get(lang) for p in m.programs))}</li>"
                  for m in items)
    return f"<h2>{_e(w('missing', lang))}</h2><ol>{lis}</ol>"


def build_printable(profile: MerchantProfile, results: list[ProgramResult], *, lang: Lang,
                    as_of: datetime | None = None) -> Printable:
    """The printable report for one merchant (render it with the registered PDF renderer or the GUI)."""
    as_of = as_of or (results[0].as_of if results else datetime.now(UTC))
    name = merchant_name(profile, lang)
    title = f"{w('report_title', lang)} — {name}"
    colon = "：" if lang == "zh" else ": "
    body = (f"<h1>{_e(title)}</h1><p>{_e(w('as_of', lang))}{colon}{_e(when(as_of, lang))}<br/>"
            f"{_e(w('app_version', lang))}{colon}{_e(engine.__version__)}</p>"
            + _summary(results, lang) + _missing(results, lang)
            + "".join(_program(r, lang) for r in results) + _checklist(results, lang))
    html = ('<html><head><meta charset="utf-8"/><style>'
            "body { font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; } th { text-align: left; }"
            f"</style></head><body>{body}</body></html>")
    return Printable(html=html, title=title, merchant=name, date_text=day_of(as_of, lang), lang=lang)
