"""Results as HTML for the details pane and for printing. Rule texts come from the packs in the app language;
every value is written for people (amounts with the exact figure beside a rounded one), citations name the
document, never its file, and a citation links to the clause in the document (``clause:<criterion id>``)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from engine.evaluate import CriterionResult, ProgramResult
from engine.evaluate.headline import window_span
from engine.facts import fact_exact, fact_specs, fact_value
from engine.facts.moments import day_text, moment_text
from engine.reports.rows import distance_text
from engine.sources import cite, document_title, shown_quote
from gui.i18n import lang
from gui.status_style import html_status

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        "unknown_head": translate("ResultText", "Still unknown (click to fill in):"),
        "source": translate("ResultText", "Source:"),
        "version": translate("ResultText", "version"),
        "as_of": translate("ResultText", "checked as of"),
        "advisory": translate("ResultText", "advisory, never fails"),
        "why": translate("ResultText", "Why:"),
        "values": translate("ResultText", "Values used:"),
        "distance": translate("ResultText", "Distance to pass:"),
        "earliest": translate("ResultText", "Passes from:"),
        "missing": translate("ResultText", "Missing facts:"),
        "remedy": translate("ResultText", "What to do:"),
        "rule": translate("ResultText", "Rule:"),
        "reading": translate("ResultText", "How the rule is read:"),
        "report": translate("ResultText", "Eligibility report"),
        "checklist": translate("ResultText", "Checklist"),
        "due": translate("ResultText", "due"),
        "overdue": translate("ResultText", "overdue"),
        "open": translate("ResultText", "Show in the document"),
        "if": translate("ResultText", "if applicable"),
        "note": translate("ResultText", "Note:"),
    }


def window_lines(window: Any) -> list[str]:
    """One line per display zone: 2020 年 5 月 18 日 15:00 至 2020 年 5 月 28 日 14:59（北京时间）."""
    return window_span(window, lang()).split("；" if lang() == "zh" else "; ")


def fact_link(path: str) -> str:
    spec = fact_specs().get(path)
    title = spec.title(lang()) if spec else path
    return f'<a href="fact:{escape(path)}">{escape(title)}</a>'


def value_html(path: str, value: Any) -> str:
    """A value as people read it, with the exact figure beside a rounded-looking amount: 50 万元（500,000 元）."""
    lg = lang()
    shown = escape(fact_value(path, value, lg))
    exact = fact_exact(path, value, lg)
    if exact is None:
        return shown
    return f"{shown}（{escape(exact)}）" if lg == "zh" else f"{shown} ({escape(exact)})"


def program_html(result: ProgramResult) -> str:
    lg, lb = lang(), _labels()
    parts = [f"<h2>{escape(result.title.get(lg))}</h2>",
             f"<p>{html_status(result.status.value)} — "
             f"{escape(result.headline_detail.get(lg) or result.summary.get(lg))}</p>"]
    parts.extend(f"<p><i>{lb['note']}</i> {escape(note.text.get(lg))}</p>" for note in result.notes)
    for window in result.windows:
        lines = "<br>".join(escape(x) for x in window_lines(window))
        parts.append(f"<p><b>{escape(window.title.get(lg))}</b> {html_status(window.state.value)}<br>{lines}</p>")
    if result.missing:
        rows = []
        for m in result.missing:
            settles = translate("ResultText", "settles %n criterion(s)", "", len(m.criteria))
            rows.append(f"{fact_link(m.path)} — {escape(settles)}")
        parts.append(f"<p><b>{lb['unknown_head']}</b><br>{'<br>'.join(rows)}</p>")
    as_of = moment_text(result.as_of.astimezone(), lg)  # local time with its zone, as everywhere in the app
    parts.append(f"<p><small>{lb['source']} {escape(document_title(result.source).get(lg))} · {lb['version']} "
                 f"{escape(result.version)} · {lb['as_of']} {escape(as_of)}</small></p>")
    return "\n".join(parts)


def criterion_html(crit: CriterionResult, source: str = "") -> str:
    lg, lb = lang(), _labels()
    sep = "、" if lg == "zh" else ", "
    advisory = f" <i>({lb['advisory']})</i>" if crit.severity != "required" else ""
    parts = [f"<h3>{escape(crit.title.get(lg))}</h3>",
             f"<p>{html_status(crit.status.value)}{advisory}</p>",
             f"<p><b>{lb['why']}</b> {escape(crit.reason.get(lg))}</p>"]
    if crit.evidence:
        colon = "：" if lg == "zh" else ": "
        facts = "<br>".join(f"{fact_link(p)}{colon}{value_html(p, v)}" for p, v in crit.evidence.items())
        parts.append(f"<p><b>{lb['values']}</b><br>{facts}</p>")
    if crit.distance is not None:
        parts.append(f"<p><b>{lb['distance']}</b> {escape(distance_text(crit.distance, lg))}</p>")
    if crit.earliest_pass is not None:
        parts.append(f"<p><b>{lb['earliest']}</b> {escape(day_text(crit.earliest_pass, lg))}</p>")
    if crit.missing:
        parts.append(f"<p><b>{lb['missing']}</b> " + sep.join(fact_link(p) for p in crit.missing) + "</p>")
    if crit.remedy is not None:
        parts.append(f"<p><b>{lb['remedy']}</b> {escape(crit.remedy.get(lg))}</p>")
    where = cite(crit.clause.file or source or crit.source_file, crit.clause.ref).get(lg)
    parts.append(f"<p><b>{lb['rule']}</b> {escape(where)} · <a href=\"clause:{escape(crit.id)}\">{lb['open']}</a></p>"
                 f"<blockquote>“{escape(shown_quote(crit.clause.quote))}”</blockquote>")
    if crit.reading is not None:
        parts.append(f"<p><b>{lb['reading']}</b> {escape(crit.reading.get(lg))}</p>")
    return "\n".join(parts)


def report_html(merchant: str, results: list[ProgramResult]) -> str:
    """A printable report: every programme with every criterion and its checklist."""
    lg, lb = lang(), _labels()
    body = [f"<h1>{escape(merchant)}</h1><p>{lb['report']}</p>"]
    for result in results:
        body.append(program_html(result))
        body.extend(criterion_html(c, result.source) for c in result.criteria)
        if result.checklist:
            items = []
            for e in result.checklist:
                title = e.title.get(lg) + (f" ({lb['if']})" if e.conditional else "")
                due = f" — {lb['due']} {moment_text(e.deadline, lg)}" if e.deadline else ""
                late = f" <b>({escape(lb['overdue'])})</b>" if e.overdue else ""
                items.append(f"<li>{escape(title)}{escape(due)}{late}</li>")
            body.append(f"<h3>{lb['checklist']}</h3><ul>{''.join(items)}</ul>")
        body.append("<hr>")
    return f"<html><body>{''.join(body)}</body></html>"
