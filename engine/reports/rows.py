"""Engine results turned into the rows every report format shows (Excel, printable HTML)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from engine.evaluate.program_result import ProgramResult
from engine.evaluate.result import ChecklistEntry, CriterionResult, DistanceOut, WindowResult
from engine.evaluate.status import STATUS_TEXT
from engine.facts import fact_specs, format_value
from engine.i18n import Lang, Text
from engine.reports.words import w, zoned


def window_text(window: WindowResult | None, lang: Lang) -> str:
    if window is None:
        return w("no_window", lang)
    state = STATUS_TEXT[window.state.value].get(lang)
    start = zoned(window.start, window.zone) if window.start else "…"
    end = zoned(window.end, window.zone) if window.end else "…"
    return f"{state}: {start} → {end}"


def _num(value: Decimal, lang: Lang) -> str:
    return format_value(value, lang)


def distance_text(distance: DistanceOut | None, lang: Lang) -> str:
    if distance is None:
        return ""
    spec = fact_specs().get(distance.fact)
    title = spec.title(lang) if spec else distance.fact
    unit = f" {spec.unit}" if spec and spec.unit else ""
    actual, threshold, gap = (_num(v, lang) for v in (distance.actual, distance.threshold, distance.gap))
    if lang == "zh":
        return f"{title}:当前 {actual}{unit},要求 {distance.op} {threshold}{unit},差 {gap}{unit}"
    return f"{title}: now {actual}{unit}, needs {distance.op} {threshold}{unit}, gap {gap}{unit}"


def criterion_title(crit: CriterionResult, lang: Lang) -> str:
    title = crit.title.get(lang)
    return f"{title} ({w('advisory', lang)})" if crit.severity == "advisory" else title


def top_reasons(result: ProgramResult, lang: Lang, limit: int = 3) -> list[str]:
    """The reasons that decide the status: failures first, then unknowns, then reviews (required only)."""
    return [text.get(lang) for text in result.deciding_reasons(limit)]


def first_reason(result: ProgramResult, lang: Lang) -> str | None:
    """``top_reasons(result, lang, 1)``'s one reason (None when there is none): the batch matrix asks it of
    every programme of every merchant, and only that reason is rendered."""
    reasons = result.deciding_reasons(1)
    return reasons[0].get(lang) if reasons else None


@dataclass(frozen=True)
class MissingRow:
    path: str
    title: Text
    programs: list[ProgramResult]
    criteria: int


def missing_rows(results: list[ProgramResult]) -> list[MissingRow]:
    """Missing facts across programmes, the one that settles the most criteria first."""
    found: dict[str, tuple[Text, list[ProgramResult], int]] = {}
    for result in results:
        for fact in result.missing:
            title, programs, count = found.get(fact.path, (fact.title, [], 0))
            found[fact.path] = (title, [*programs, result], count + len(fact.criteria))
    rows = [MissingRow(path, title, programs, count) for path, (title, programs, count) in found.items()]
    rows.sort(key=lambda r: (-r.criteria, -len(r.programs), r.path))
    return rows


@dataclass(frozen=True)
class ChecklistRow:
    result: ProgramResult
    entry: ChecklistEntry


def checklist_rows(results: list[ProgramResult]) -> list[ChecklistRow]:
    """Every checklist entry of every programme, earliest deadline first, undated last, order kept otherwise."""
    rows = [ChecklistRow(r, e) for r in results for e in r.checklist]
    return sorted(rows, key=lambda row: (row.entry.deadline is None,
                                         row.entry.deadline.timestamp() if row.entry.deadline else 0.0))


def checklist_title(entry: ChecklistEntry, lang: Lang) -> str:
    title = entry.title.get(lang)
    return f"{title} {w('conditional', lang)}" if entry.conditional else title


def clause_text(crit_or_entry: CriterionResult | ChecklistEntry, source: str) -> str:
    """The clause reference; the file is named only when it is not the programme's source document."""
    clause = crit_or_entry.clause
    if clause.file and clause.file != source:
        return f"{clause.ref} ({clause.file})"
    return clause.ref
