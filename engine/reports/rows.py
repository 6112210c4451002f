"""Engine results turned into the rows every report format shows (Excel, printable HTML)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.evaluate.headline import window_span
from engine.evaluate.program_result import ProgramResult
from engine.evaluate.reasons.compare import CompareWhy
from engine.evaluate.result import ChecklistEntry, CriterionResult, DistanceOut, WindowResult
from engine.evaluate.status import STATUS_TEXT, Status
from engine.facts import MerchantProfile, fact_exact, fact_specs, fact_value
from engine.facts.meta import field_title
from engine.facts.moments import moment_text
from engine.i18n import Lang, Text
from engine.reports.words import w
from engine.sources import cite


def window_text(window: WindowResult | None, lang: Lang) -> str:
    if window is None:
        return w("no_window", lang)
    state = STATUS_TEXT[window.state.value].get(lang)
    return f"{state}{'：' if lang == 'zh' else ': '}{window_span(window, lang)}"


def distance_text(distance: DistanceOut | None, lang: Lang) -> str:
    """How far a number is from passing, in words: 注册资本 10 万元，须达到 50 万元（含）（还差 40 万元）."""
    if distance is None or distance.fact not in fact_specs():
        return ""
    why = CompareWhy(Status.FAIL, distance.fact, distance.op, distance.threshold, distance.actual, distance.gap,
                     distance.direction == "increase")
    return why.text().get(lang)


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


def clause_text(crit_or_entry: CriterionResult | ChecklistEntry, source: str, lang: Lang = "zh") -> str:
    """The citation a person can follow: document title · publisher · date · section (never a file name)."""
    clause = crit_or_entry.clause
    return cite(clause.file or source, clause.ref).get(lang)


def timing_text(result: ProgramResult, lang: Lang) -> str:
    """When the programme can be applied for (报名已于 … 截止), else its registration window, else 无报名时间."""
    when = result.timing
    if when is not None and when.text is not None and when.text.zh:
        return when.text.get(lang)
    return window_text(result.window, lang)


def values_text(crit: CriterionResult, lang: Lang) -> str:
    """The values a criterion read, one a line, with the exact figure beside a rounded amount."""
    lines = []
    for path, value in crit.evidence.items():
        spec = fact_specs().get(path)
        if spec is None:
            continue
        shown = fact_value(path, value, lang)
        exact = fact_exact(path, value, lang)
        if exact is not None:
            shown += f"（{exact}）" if lang == "zh" else f" ({exact})"
        lines.append(f"{spec.title(lang)}{'：' if lang == 'zh' else ': '}{shown}")
    return "\n".join(lines)


def deadline_text(entry: ChecklistEntry, lang: Lang) -> str:
    """2020 年 5 月 28 日 14:59（北京时间）（已过期）."""
    if entry.deadline is None:
        return ""
    late = w("overdue", lang) if entry.overdue else ""
    return moment_text(entry.deadline, lang) + (late if lang == "zh" else f" {late}" if late else "")


def platform_title(path: str, lang: Lang) -> str:
    """The platform group a fact belongs to (阿里巴巴国际站, 公司信息, …): where to find it in the form."""
    group = path.partition(".")[0]
    info = MerchantProfile.model_fields.get(group)
    return field_title(info, lang) if info is not None else ""
