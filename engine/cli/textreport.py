"""Readable plain-text rendering of programme results, in one language: what a merchant reads, so no ids, file
names or fact paths (the JSON output carries those)."""

from __future__ import annotations

from engine.evaluate.headline import window_span
from engine.evaluate.program_result import ProgramResult
from engine.evaluate.result import ChecklistEntry, CriterionResult, WindowResult
from engine.evaluate.status import STATUS_TEXT
from engine.facts.moments import day_text, moment_text
from engine.i18n import Lang
from engine.sources import cite, shown_quote

MARK = {"pass": "✔", "fail": "✘", "unknown": "?", "review": "!"}

_W = {
    "as_of": ("检查时间：", "As of: "),
    "advisory": ("（参考项）", " (advisory)"),
    "clause": ("依据：", "Source: "),
    "remedy": ("建议：", "What to do: "),
    "earliest": ("最早满足日期：", "Earliest pass: "),
    "calcs": ("计算器：", "Calculators:"),
    "missing": ("需补充的信息：", "Facts to find out:"),
    "checklist": ("清单：", "Checklist:"),
    "due": ("截止 ", "due "),
    "overdue": ("（已过期）", " (overdue)"),
    "if": ("（如适用）", " (if applicable)"),
    "note": ("说明：", "Note: "),
}


def _w(key: str, lang: Lang) -> str:
    zh, en = _W[key]
    return zh if lang == "zh" else en


def _window_line(w: WindowResult, lang: Lang) -> str:
    state = STATUS_TEXT[w.state.value].get(lang)
    sep = "：" if lang == "zh" else ": "
    return f"  {w.title.get(lang)}{sep}{state} · {window_span(w, lang)}"


def citation_line(crit: CriterionResult | ChecklistEntry, source: str, lang: Lang) -> str:
    """依据：<title · publisher · date · section>「<quote>」."""
    where = cite(crit.clause.file or source, crit.clause.ref).get(lang)
    return f"{_w('clause', lang)}{where}「{shown_quote(crit.clause.quote)}」"


def _checklist_line(item: ChecklistEntry, lang: Lang) -> str:
    title = item.title.get(lang) + (_w("if", lang) if item.conditional else "")
    if item.deadline is None:
        return f"  [ ] {title}"
    late = _w("overdue", lang) if item.overdue else ""
    return f"  [ ] {title} — {_w('due', lang)}{moment_text(item.deadline, lang)}{late}"


def _criterion(c: CriterionResult, source: str, lang: Lang) -> list[str]:
    adv = _w("advisory", lang) if c.severity == "advisory" else ""
    lines = [f" {MARK[c.status.value]} [{STATUS_TEXT[c.status.value].get(lang)}] {c.title.get(lang)}{adv}",
             f"     {c.reason.get(lang)}", f"     {citation_line(c, source, lang)}"]
    if c.remedy:
        lines.append(f"     {_w('remedy', lang)}{c.remedy.get(lang)}")
    if c.earliest_pass:
        lines.append(f"     {_w('earliest', lang)}{day_text(c.earliest_pass, lang)}")
    return lines


def render(results: list[ProgramResult], lang: Lang) -> str:
    lines: list[str] = []
    sep = "：" if lang == "zh" else ": "
    for r in results:
        lines.append(f"== {r.title.get(lang)} ==")
        lines.append(r.headline.get(lang))
        lines.extend(_w("note", lang) + note.text.get(lang) for note in r.notes)
        lines.append(_w("as_of", lang) + moment_text(r.as_of, lang))
        lines.extend(_window_line(w, lang) for w in r.windows)
        for c in r.criteria:
            lines.extend(_criterion(c, r.source, lang))
        if r.calculators:
            lines.append(_w("calcs", lang))
            lines.extend(f"  = {calc.title.get(lang)}{sep}{calc.text.get(lang)}" for calc in r.calculators)
        if r.missing:
            lines.append(_w("missing", lang))
            lines.extend(f"  - {m.title.get(lang)}" for m in r.missing)
        if r.checklist:
            lines.append(_w("checklist", lang))
            lines.extend(_checklist_line(item, lang) for item in r.checklist)
        lines.append("")
    return "\n".join(lines)
