"""What ``eligibility-cli packs`` prints: editions and check results as text (zh / en) and JSON."""

from __future__ import annotations

from typing import Any

from engine.i18n import Lang
from engine.packs.describe import kind_text, period_text, platform_text, source_text, window_text
from engine.packs.registry import Edition
from engine.packs.validate import Checked


def edition_json(e: Edition, current: bool, *, full: bool = False) -> dict[str, Any]:
    pack, period = e.pack, e.period
    data: dict[str, Any] = {
        "id": pack.id, "version": pack.version, "platform": pack.platform, "title": pack.title.model_dump(),
        "current": current,
        "origin": e.origin.model_dump(mode="json", exclude={"files"}),
        "in_force": {"from": period.start.isoformat() if period.start else None,
                     "until": period.end.isoformat() if period.end else None,
                     "superseded_by": period.superseded_by, "never": period.never},
        "source": pack.source.model_dump(mode="json"),
        "windows": [{"id": w.id, "kind": w.kind, "title": w.title.model_dump(),
                     "start": w.start.isoformat() if w.start else None, "end": w.end.isoformat() if w.end else None,
                     "zone": w.zone} for w in pack.windows],
    }
    if full:
        data["counts"] = {"criteria": len(pack.criteria), "checklist": len(pack.checklist),
                          "calculators": len(pack.calculators)}
    return data


def list_line(e: Edition, current: bool, lang: Lang) -> str:
    mark = "*" if current else " "
    return (f"{mark} {e.pack.id}\t{e.pack.version}\t{kind_text(e).get(lang)}\t{period_text(e).get(lang)}\t"
            f"{e.pack.title.get(lang)}")


def edition_lines(e: Edition, editions: list[Edition], current: Edition, lang: Lang) -> list[str]:
    pack = e.pack
    zh = lang == "zh"

    def label(z: str, en: str) -> str:
        return f"  {z}：" if zh else f"  {en}: "

    now = ("（现行）" if zh else " (in force)") if e is current else ""
    lines = [pack.title.get(lang),
             label("项目", "Programme") + f"{pack.id} · {platform_text(pack.platform).get(lang)}",
             label("版本", "Edition") + f"{pack.version}{now} · {period_text(e).get(lang)}",
             label("来源", "Origin") + e.origin.describe().get(lang),
             label("依据文件", "Source") + source_text(e).get(lang)]
    if pack.windows:
        lines.append(label("时间段", "Windows").rstrip())
        lines += [f"    {window_text(w).get(lang)}" for w in pack.windows]
    counts = (len(pack.criteria), len(pack.checklist), len(pack.calculators))
    lines.append(f"  条件 {counts[0]} 条，清单 {counts[1]} 项，计算器 {counts[2]} 个" if zh else
                 f"  {counts[0]} criteria, {counts[1]} checklist items, {counts[2]} calculators")
    if len(editions) > 1:
        lines.append(label("全部版本", "All editions").rstrip())
        lines += [f"  {list_line(x, x is current, lang)}" for x in editions]
    return lines


def checked_json(checked: Checked, ran: bool) -> dict[str, Any]:
    pack = checked.pack
    return {
        "ok": checked.ok,
        "id": pack.id if pack else None,
        "version": pack.version if pack else None,
        "problems": [{"file": p.file, "line": p.line, "column": p.column, "text": p.text} for p in checked.problems],
        "cases": [{"name": name, "ok": not problems, "problems": problems} for name, problems in
                  checked.case_results] if ran else None,
    }


def checked_lines(checked: Checked, ran: bool, lang: Lang) -> list[str]:
    zh = lang == "zh"
    lines = [str(p) for p in checked.problems]
    for name, problems in checked.case_results:
        lines.append(f"  {'✔' if not problems else '✘'} {name}")
    pack = checked.pack
    what = f"{pack.id} {pack.version}" if pack else checked.bundle.name
    passed = sum(1 for _, p in checked.case_results if not p)
    if checked.problems:
        count = len(checked.problems)
        lines.append(f"{what}：发现 {count} 个问题" if zh else f"{what}: {count} problem{'s' if count > 1 else ''}")
    elif ran:
        lines.append(f"{what}：检查通过，{passed} 个测试用例全部通过" if zh else
                     f"{what}: valid; all {passed} cases passed")
    else:
        lines.append(f"{what}：检查通过（未运行测试用例，用 packs test 运行）" if zh else
                     f"{what}: valid (cases not run; `packs test` runs them)")
    return lines
