"""Readable plain-text rendering of programme results, in one language."""

from __future__ import annotations

from engine.evaluate.program_result import ProgramResult
from engine.evaluate.result import WindowResult
from engine.evaluate.status import STATUS_TEXT
from engine.i18n import Lang

MARK = {"pass": "✔", "fail": "✘", "unknown": "?", "review": "!"}


def _window_line(w: WindowResult, lang: Lang) -> str:
    state = STATUS_TEXT[w.state.value].get(lang)
    spans = []
    for entry in w.times:
        start, end = entry.get("start"), entry.get("end")
        zone = (start or end).zone if (start or end) else w.zone  # type: ignore[union-attr]
        s = start.local if start else "…"
        e = end.local if end else "…"
        spans.append(f"{s} → {e} [{zone}]")
    return f"  {w.title.get(lang)}: {state}  " + " | ".join(spans)


def render(results: list[ProgramResult], lang: Lang) -> str:
    lines: list[str] = []
    for r in results:
        status = STATUS_TEXT[r.status.value].get(lang)
        lines.append(f"== {r.title.get(lang)} ({r.program} {r.version}) ==")
        lines.append(("结论: " if lang == "zh" else "Status: ") + f"{status} — {r.summary.get(lang)}")
        lines.append(("检查时间: " if lang == "zh" else "As of: ") + r.as_of.isoformat())
        for w in r.windows:
            lines.append(_window_line(w, lang))
        for c in r.criteria:
            adv = (" (参考)" if lang == "zh" else " (advisory)") if c.severity == "advisory" else ""
            lines.append(f" {MARK[c.status.value]} [{STATUS_TEXT[c.status.value].get(lang)}] "
                         f"{c.title.get(lang)}{adv}")
            lines.append(f"     {c.reason.get(lang)}")
            lines.append(f"     {'依据' if lang == 'zh' else 'Clause'}: {c.source_file} {c.clause.ref} "
                         f"「{c.clause.quote}」")
            if c.remedy:
                lines.append(f"     {'建议' if lang == 'zh' else 'Remedy'}: {c.remedy.get(lang)}")
            if c.earliest_pass:
                lines.append(f"     {'最早满足日期' if lang == 'zh' else 'Earliest pass'}: {c.earliest_pass}")
        if r.calculators:
            lines.append("计算器:" if lang == "zh" else "Calculators:")
            for calc in r.calculators:
                lines.append(f"  = {calc.title.get(lang)}: {calc.text.get(lang)}")
        if r.missing:
            lines.append("需补充的信息:" if lang == "zh" else "Facts to find out:")
            for m in r.missing:
                lines.append(f"  - {m.title.get(lang)} ({m.path})")
        if r.checklist:
            lines.append("清单:" if lang == "zh" else "Checklist:")
            for item in r.checklist:
                due = f" — {'截止' if lang == 'zh' else 'due'} {item.deadline.isoformat()}" if item.deadline else ""
                lines.append(f"  [ ] {item.title.get(lang)}{due}")
        lines.append("")
    return "\n".join(lines)
