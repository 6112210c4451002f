"""Results as HTML for the details pane and for printing. Rule texts come from the packs in the app language."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from engine.evaluate import CriterionResult, ProgramResult
from engine.facts import fact_specs, format_value
from gui.i18n import lang
from gui.status_style import html_status
from gui.timefmt import local_text

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        "beijing": translate("ResultText", "Beijing time"),
        "pacific": translate("ResultText", "US Pacific time"),
        "unknown_head": translate("ResultText", "Still unknown (click to fill in):"),
        "source": translate("ResultText", "Source:"),
        "version": translate("ResultText", "version"),
        "as_of": translate("ResultText", "checked as of"),
        "advisory": translate("ResultText", "advisory, never fails"),
        "why": translate("ResultText", "Why:"),
        "values": translate("ResultText", "Values used:"),
        "distance": translate("ResultText", "Distance to pass:"),
        "increase": translate("ResultText", "increase by"),
        "decrease": translate("ResultText", "decrease by"),
        "earliest": translate("ResultText", "Passes from:"),
        "missing": translate("ResultText", "Missing facts:"),
        "remedy": translate("ResultText", "What to do:"),
        "rule": translate("ResultText", "Rule:"),
        "reading": translate("ResultText", "How the rule is read:"),
        "report": translate("ResultText", "Eligibility report"),
        "checklist": translate("ResultText", "Checklist"),
        "due": translate("ResultText", "due"),
    }


def zone_name(zone: str) -> str:
    names = {"Asia/Shanghai": _labels()["beijing"], "America/Los_Angeles": _labels()["pacific"]}
    return names.get(zone, zone)


def _moment(local: str | None) -> str:
    if not local:
        return "…"
    return datetime.fromisoformat(local).strftime("%Y-%m-%d %H:%M:%S")


def window_lines(window: Any) -> list[str]:
    """One line per display zone, e.g. "2020-05-18 15:00:00 – 2020-05-28 14:59:59 (Beijing time)"."""
    lines = []
    for times in window.times:
        start, end = times.get("start"), times.get("end")
        zone = (start or end).zone if (start or end) else window.zone
        lines.append(f"{_moment(start.local if start else None)} – {_moment(end.local if end else None)} "
                     f"({zone_name(zone)})")
    return lines


def fact_link(path: str) -> str:
    spec = fact_specs().get(path)
    title = spec.title(lang()) if spec else path
    return f'<a href="fact:{escape(path)}">{escape(title)}</a>'


def program_html(result: ProgramResult) -> str:
    lg, lb = lang(), _labels()
    parts = [f"<h2>{escape(result.title.get(lg))}</h2>",
             f"<p>{html_status(result.status.value)} — {escape(result.summary.get(lg))}</p>"]
    for window in result.windows:
        lines = "<br>".join(escape(x) for x in window_lines(window))
        parts.append(f"<p><b>{escape(window.title.get(lg))}</b> {html_status(window.state.value)}<br>{lines}</p>")
    if result.missing:
        rows = []
        for m in result.missing:
            settles = translate("ResultText", "settles %n criterion(s)", "", len(m.criteria))
            rows.append(f"{fact_link(m.path)} — {escape(settles)}")
        parts.append(f"<p><b>{lb['unknown_head']}</b><br>{'<br>'.join(rows)}</p>")
    as_of = local_text(result.as_of)  # local time with its zone, as everywhere in the app
    parts.append(f"<p><small>{lb['source']} {escape(result.source)} · {lb['version']} {escape(result.version)}"
                 f" · {lb['as_of']} {escape(as_of)}</small></p>")
    return "\n".join(parts)


def _distance(crit: CriterionResult, lb: dict[str, str]) -> str:
    d = crit.distance
    assert d is not None
    lg = lang()
    word = lb["increase"] if d.direction == "increase" else lb["decrease"]
    return (f"<p><b>{lb['distance']}</b> {escape(format_value(d.actual, lg))} → {word} "
            f"{escape(format_value(d.gap, lg))} ({escape(d.op)} {escape(format_value(d.threshold, lg))})</p>")


def criterion_html(crit: CriterionResult) -> str:
    lg, lb = lang(), _labels()
    advisory = f" <i>({lb['advisory']})</i>" if crit.severity != "required" else ""
    parts = [f"<h3>{escape(crit.title.get(lg))}</h3>",
             f"<p>{html_status(crit.status.value)}{advisory}</p>",
             f"<p><b>{lb['why']}</b> {escape(crit.reason.get(lg))}</p>"]
    if crit.evidence:
        facts = "<br>".join(f"{fact_link(p)}: {escape(format_value(v, lg))}" for p, v in crit.evidence.items())
        parts.append(f"<p><b>{lb['values']}</b><br>{facts}</p>")
    if crit.distance is not None:
        parts.append(_distance(crit, lb))
    if crit.earliest_pass is not None:
        parts.append(f"<p><b>{lb['earliest']}</b> {crit.earliest_pass.isoformat()}</p>")
    if crit.missing:
        parts.append(f"<p><b>{lb['missing']}</b> " + "、".join(fact_link(p) for p in crit.missing) + "</p>")
    if crit.remedy is not None:
        parts.append(f"<p><b>{lb['remedy']}</b> {escape(crit.remedy.get(lg))}</p>")
    parts.append(f"<p><b>{lb['rule']}</b> {escape(crit.clause.ref)} ({escape(crit.source_file)})</p>"
                 f"<blockquote>“{escape(crit.clause.quote)}”</blockquote>")
    if crit.reading is not None:
        parts.append(f"<p><b>{lb['reading']}</b> {escape(crit.reading.get(lg))}</p>")
    return "\n".join(parts)


def report_html(merchant: str, results: list[ProgramResult]) -> str:
    """A printable report: every programme with every criterion and its checklist."""
    lg, lb = lang(), _labels()
    body = [f"<h1>{escape(merchant)}</h1><p>{lb['report']}</p>"]
    for result in results:
        body.append(program_html(result))
        body.extend(criterion_html(c) for c in result.criteria)
        if result.checklist:
            items = []
            for e in result.checklist:
                due = f" — {lb['due']} {e.deadline.strftime('%Y-%m-%d %H:%M')}" if e.deadline else ""
                items.append(f"<li>{escape(e.title.get(lg))}{escape(due)}</li>")
            body.append(f"<h3>{lb['checklist']}</h3><ul>{''.join(items)}</ul>")
        body.append("<hr>")
    return f"<html><body>{''.join(body)}</body></html>"
