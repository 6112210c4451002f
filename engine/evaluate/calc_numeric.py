"""Calculators over numbers: lookups, tiers, entered scores, sums, bands, percentages, thresholds, slots."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from engine.evaluate.calc_env import CalcEnv, shown
from engine.evaluate.calc_result import CalcOutput
from engine.evaluate.reasons.base import cat
from engine.evaluate.status import Status
from engine.i18n import Text
from engine.rules import calculators as c

UNKNOWN = Text(zh="未知", en="unknown")


@dataclass
class Computed:
    value: Any
    text: Text
    outputs: list[CalcOutput] = field(default_factory=list)
    low: Decimal | None = None
    high: Decimal | None = None


def out(name: str, value: Any, text: Text) -> CalcOutput:
    return CalcOutput(name=name, value=value, text=text)


def unknown(env: CalcEnv, ref: str, low: Decimal | None = None, high: Decimal | None = None) -> Computed:
    """An input is not known yet: 尚未填写 RFQ 登录天数（结果在 0 至 5 之间） / RFQ login days not entered (…)."""
    title = env.title(ref)
    head = Text(zh=cat(title.zh, "尚未确定"), en=f"{title.en} not known yet") if ref.startswith("calc:") else \
        Text(zh=cat("尚未填写", title.zh), en=f"{title.en} not entered")
    if low is None or high is None:
        return Computed(None, head, low=low, high=high)
    lo, hi = shown(low), shown(high)
    return Computed(None, Text(zh=f"{head.zh}（结果在 {lo.zh} 至 {hi.zh} 之间）",
                               en=f"{head.en} (the result lies between {lo.en} and {hi.en})"), low=low, high=high)


def lookup(calc: c.Lookup, env: CalcEnv) -> Computed:
    key = env.get(calc.input)
    if key is None:
        return unknown(env, calc.input)
    raw = str(getattr(key, "value", key))
    row = next((r for r in calc.rows if raw in r.keys), None)
    if row is None:
        text = calc.default or Text(zh=cat(shown(key).zh, "不在表内"), en=f"{shown(key).en}: not in the table")
        return Computed("none", text, [out("row", "none", text)])
    return Computed(row.code, row.value, [out("row", row.code, row.value)])


def _reaches(x: Decimal, tier: c.Tier) -> bool:
    return x > tier.min if tier.op == "gt" else x >= tier.min


def tiered_points(calc: c.TieredPoints, env: CalcEnv) -> Computed:
    x = env.get(calc.input)
    points_all = [calc.below, *(t.points for t in calc.tiers)]
    if x is None:
        return unknown(env, calc.input, min(points_all), max(points_all))
    x = Decimal(x)
    reached = [t for t in calc.tiers if _reaches(x, t)]
    tier = reached[-1] if reached else None
    points = tier.points if tier else calc.below
    got = shown(points, "points")
    outputs = [out("points", points, got)]
    following = calc.tiers[len(reached)] if len(reached) < len(calc.tiers) else None
    if following is not None:
        gap = following.min - x
        bar, more = env.said(calc.input, following.min), env.said(calc.input, gap)
        above = following.op == "gt"
        short = Text(zh=f"（还差 {more.zh}）", en=f" ({more.en} more)") if gap > 0 else Text(zh="", en="")
        nxt = shown(following.points, "points")
        outputs.append(out("next_gap", gap, Text(
            zh=f"下一档须{'超过' if above else '达到'} {bar.zh}{short.zh}，可得 {nxt.zh}",
            en=f"next tier: {'more than' if above else 'at least'} {bar.en}{short.en}, for {nxt.en}")))
    if tier is not None and tier.bonuses:
        outputs.append(_bonus(tier.bonuses, env))
    said = env.said(calc.input, x)
    text = Text(zh=cat(env.title(calc.input).zh, f"{said.zh}：{got.zh}") if said.zh[:1].isdigit() else
                f"{env.title(calc.input).zh}{said.zh}：{got.zh}",
                en=f"{env.title(calc.input).en} {said.en}: {got.en}")
    return Computed(points, text, outputs)


def _bonus(bonuses: list[c.Bonus], env: CalcEnv) -> CalcOutput:
    """The largest bonus reached (they replace each other, they do not add up); unknown while an input is."""
    used = [env.get(b.input) for b in bonuses]
    if any(u is None for u in used):
        bonus, title = None, bonuses[0].title
    else:
        reached = [b for b, u in zip(bonuses, used, strict=True) if Decimal(u) >= b.min]
        best = max(reached, key=lambda b: b.points, default=None)
        bonus, title = (best.points, best.title) if best else (Decimal(0), bonuses[0].title)
    extra = shown(bonus, "points")
    return out("bonus", bonus, Text(zh=f"{title.zh}：{extra.zh}", en=f"{title.en}: {extra.en}"))


def entered_points(calc: c.EnteredPoints, env: CalcEnv) -> Computed:
    top = env.get(calc.top_flag)
    score = env.get(calc.input)
    if top is True:
        value = calc.top_points
    elif top is False and score is not None:
        value = min(Decimal(score), calc.max)
    else:
        # a score entered above the pack's cap counts as the cap
        low = min(Decimal(score), calc.max) if score is not None else Decimal(0)
        high = calc.top_points if top is None else calc.max
        return unknown(env, calc.top_flag if score is not None else calc.input, low, high)
    return Computed(value, shown(value, "points"))


def sum_points(calc: c.Sum, env: CalcEnv) -> Computed:
    low = high = Decimal(0)
    exact = True
    outputs = []
    for ident in calc.of:
        ref = f"calc:{ident}"
        value = env.get(ref)
        lo, hi = (Decimal(value), Decimal(value)) if value is not None else env.bounds(ref)
        exact = exact and value is not None
        low += lo if lo is not None else Decimal(0)
        high = high + hi if hi is not None and high is not None else None  # type: ignore[assignment]
        outputs.append(out(ident, value, shown(value, "points")))
    for bonus in calc.bonuses:
        status = env.check(bonus.when).status
        got = bonus.points if status == Status.PASS else Decimal(0) if status == Status.FAIL else None
        exact = exact and got is not None
        low += got or Decimal(0)
        high = None if high is None else high + (got if got is not None else bonus.points)
        extra = shown(got, "points")
        outputs.append(out("bonus", got, Text(zh=f"{bonus.title.zh}：{extra.zh}",
                                              en=f"{bonus.title.en}: {extra.en}")))
    if exact:
        total = shown(low, "points")
        return Computed(low, Text(zh=f"合计 {total.zh}", en=f"total {total.en}"), outputs)
    least, most = shown(low, "points"), shown(high, "points")
    span = Text(zh=f"合计尚未确定，在 {least.zh} 至 {most.zh} 之间",
                en=f"total not known yet, between {least.en} and {most.en}")
    return Computed(None, span, outputs, low=low, high=high)


def _band_at(calc: c.Bands, x: Decimal) -> int:
    return max(i for i, b in enumerate(calc.bands) if b.min is None or x >= b.min)


def bands(calc: c.Bands, env: CalcEnv) -> Computed:
    x = env.get(calc.input)
    if x is None:
        lo, hi = env.bounds(calc.input)
        if lo is None or hi is None or _band_at(calc, lo) != _band_at(calc, hi):
            spanned = unknown(env, calc.input, lo, hi)
            return Computed(None, spanned.text)
        index, x_text = _band_at(calc, lo), Text(zh=f"{shown(lo).zh} 至 {shown(hi).zh}",
                                                 en=f"{shown(lo).en} to {shown(hi).en}")
    else:
        x = Decimal(x)
        index, x_text = _band_at(calc, x), shown(x)
    band = calc.bands[index]
    outputs = [out("band", index + 1, band.title)]
    for ben in band.benefits:
        outputs.append(_benefit(ben, env))
    if index + 1 < len(calc.bands) and x is not None:
        nxt = calc.bands[index + 1]
        assert nxt.min is not None
        gap = nxt.min - x
        more = shown(gap, "points")
        outputs.append(out("next_gap", gap, Text(zh=f"距“{nxt.title.zh}”还差 {more.zh}",
                                                 en=f"{more.en} to \u201c{nxt.title.en}\u201d")))
    text = Text(zh=f"{x_text.zh} 分：{band.title.zh}", en=f"{x_text.en} points: {band.title.en}")
    return Computed(index + 1, text, outputs)


def _benefit(ben: c.Benefit, env: CalcEnv) -> CalcOutput:
    if ben.amount is not None:
        return out(ben.name, ben.amount, Text(zh=f"{ben.title.zh}：{shown(ben.amount).zh}",
                                              en=f"{ben.title.en}: {shown(ben.amount).en}"))
    if ben.text is not None:
        return out(ben.name, ben.text.en, Text(zh=f"{ben.title.zh}：{ben.text.zh}",
                                               en=f"{ben.title.en}: {ben.text.en}"))
    assert ben.clamp is not None
    got = env.get(ben.clamp.input)
    if got is None:
        lo, hi = shown(ben.clamp.min), shown(ben.clamp.max)
        return out(ben.name, None, Text(zh=f"{ben.title.zh}：尚未确定（{lo.zh} 至 {hi.zh}）",
                                        en=f"{ben.title.en}: not known yet ({lo.en} to {hi.en})"))
    value = max(ben.clamp.min, min(Decimal(got), ben.clamp.max))
    return out(ben.name, value, Text(zh=f"{ben.title.zh}：{shown(value).zh}", en=f"{ben.title.en}: {shown(value).en}"))


def percent_capped(calc: c.PercentCapped, env: CalcEnv) -> Computed:
    x = env.get(calc.input)
    if x is None:
        return unknown(env, calc.input)
    raw = Decimal(x) * calc.rate_pct / Decimal(100)
    capped = calc.cap is not None and raw > calc.cap
    value = calc.cap if capped and calc.cap is not None else raw
    cap = shown(calc.cap, calc.unit)
    note = Text(zh=f"（封顶 {cap.zh}）", en=f" (capped at {cap.en})") if capped else Text(zh="", en="")
    base, rate, result = env.said(calc.input, x), shown(calc.rate_pct, "%"), shown(value, calc.unit)
    text = Text(zh=cat(base.zh, "的 ", rate.zh, "为 ", f"{result.zh}{note.zh}"),
                en=f"{rate.en} of {base.en} is {result.en}{note.en}")
    raw_text, capped_text = shown(raw, calc.unit), shown(capped)
    return Computed(value, text, [
        out("uncapped", raw, Text(zh=f"未封顶金额：{raw_text.zh}", en=f"before the cap: {raw_text.en}")),
        out("capped", capped, Text(zh=f"已封顶：{capped_text.zh}", en=f"capped: {capped_text.en}")),
    ])


def threshold(calc: c.Threshold, env: CalcEnv) -> Computed:
    x = env.get(calc.input)
    if x is None:
        return unknown(env, calc.input)
    x = Decimal(x)
    met = x > calc.value if calc.op == "gt" else x >= calc.value
    above = calc.op == "gt"
    want, have = shown(calc.value, calc.unit), shown(x, calc.unit)
    outputs = [out("met", met, Text(zh=f"达到门槛：{shown(met).zh}", en=f"threshold met: {shown(met).en}"))]
    if met:
        text = Text(zh=f"{have.zh}，{'超过' if above else '达到'} {want.zh}：{calc.benefit.zh}",
                    en=f"{have.en} {'is above' if above else 'reaches'} {want.en}: {calc.benefit.en}")
    else:
        gap = calc.value - x
        short = shown(gap, calc.unit)
        outputs.append(out("gap", gap, Text(zh=f"差额：{short.zh}", en=f"short by {short.en}")))
        text = Text(zh=f"{have.zh}，须{'超过' if above else '达到'} {want.zh}（还差 {short.zh}）",
                    en=f"{have.en}; {'more than' if above else 'at least'} {want.en} is needed ({short.en} short)")
    if calc.amount is not None:
        worth = calc.amount if met else Decimal(0)
        outputs.append(out("amount", worth, Text(zh=f"优惠金额：{shown(worth, calc.unit).zh}",
                                                 en=f"worth {shown(worth, calc.unit).en}")))
    return Computed(met, text, outputs)


def count_slots(calc: c.CountSlots, env: CalcEnv) -> Computed:
    items = env.get(calc.input)
    if items is None:
        return unknown(env, calc.input, Decimal(0), Decimal(calc.slots))
    hits = [v for v in items if (v > calc.value if calc.op == "gt" else v >= calc.value)]
    filled = min(len(hits), calc.slots)
    bar = env.said(calc.input, calc.value)
    word = Text(zh="超过", en="above") if calc.op == "gt" else Text(zh="达到", en="reaching")
    n = len(hits)
    text = Text(zh=f"{n} 个{word.zh} {bar.zh}，可占 {calc.slots} 个位置中的 {filled} 个",
                en=f"{n} {'item' if n == 1 else 'items'} {word.en} {bar.en}; {filled} of {calc.slots} places filled")
    return Computed(filled, text, [out("qualifying", n, Text(zh=f"达标数：{n}", en=f"qualifying: {n}"))])
