"""Evaluation of the predicates added for seeds 002-004: same_value, known, implies, due_by."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel

from engine.evaluate import status as logic
from engine.evaluate.outcome import Outcome
from engine.evaluate.status import Status
from engine.facts.paths import fact_spec, format_value
from engine.i18n import Text
from engine.rules import predicates as p

if TYPE_CHECKING:
    from engine.evaluate.values import Context

Recurse = Callable[[BaseModel, "Context"], Outcome]
_SPACE = re.compile(r"\s+")


def _unknown(path: str) -> Outcome:
    title = fact_spec(path).text
    return Outcome(Status.UNKNOWN, Text(zh=f"{title.zh}未知", en=f"{title.en} is unknown"), missing=(path,))


def normalise(text: str, suffixes: list[str]) -> str:
    """Case-folded, all whitespace removed, one of ``suffixes`` stripped from the end (never to empty)."""
    out = _SPACE.sub("", text).casefold()
    for suffix in sorted((s.casefold() for s in suffixes), key=len, reverse=True):
        if suffix and out.endswith(suffix) and len(out) > len(suffix):
            return out[: -len(suffix)]
    return out


def same_value(pred: p.SameValue, ctx: Context) -> Outcome:
    first, second = ctx.value(pred.fact), ctx.value(pred.other)
    missing = tuple(path for path, v in ((pred.fact, first), (pred.other, second)) if v is None)
    if missing:
        outs = [_unknown(path) for path in missing]
        return Outcome(Status.UNKNOWN, Text(zh=";".join(o.detail.zh for o in outs),
                                            en="; ".join(o.detail.en for o in outs)), missing=missing)
    ok = normalise(first, pred.ignore_suffixes) == normalise(second, pred.ignore_suffixes)

    def detail() -> Text:
        t1, t2 = fact_spec(pred.fact).text, fact_spec(pred.other).text
        return Text(zh=f"{t1.zh}为 {first},{t2.zh}为 {second};要求一致",
                    en=f"{t1.en} is {first}, {t2.en} is {second}; they must be the same")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, evidence=((pred.fact, first), (pred.other, second)))


def known(pred: p.Known, ctx: Context) -> Outcome:
    value = ctx.value(pred.fact)
    if value is None:
        return _unknown(pred.fact)

    def detail() -> Text:
        title = fact_spec(pred.fact).text
        return Text(zh=f"{title.zh}:{format_value(value, 'zh')}", en=f"{title.en}: {format_value(value, 'en')}")

    return Outcome(Status.PASS, detail, evidence=((pred.fact, value),))


def implies(pred: p.Implies, ctx: Context, recurse: Recurse) -> Outcome:
    cond = recurse(pred.when, ctx)
    if cond.status == Status.FAIL:
        return Outcome(Status.PASS, lambda: Text(zh=f"不适用({cond.detail.zh})",
                                                 en=f"does not apply ({cond.detail.en})"), evidence=cond.evidence)
    then = recurse(pred.then, ctx)
    if cond.status == Status.PASS:
        return Outcome(then.status, then.raw_detail, then.missing, then.distance, then.earliest,
                       cond.evidence + then.evidence)
    result = logic.any_of([logic.negate(cond.status), then.status])
    missing = tuple(dict.fromkeys(cond.missing + then.missing)) if result != Status.PASS else ()
    detail = then.raw_detail if result == Status.PASS else (
        lambda: Text(zh=f"{cond.detail.zh};{then.detail.zh}", en=f"{cond.detail.en}; {then.detail.en}"))
    return Outcome(result, detail, missing, None, None, cond.evidence + then.evidence)


def due_by(pred: p.DueBy, ctx: Context, recurse: Recurse) -> Outcome:
    """Up to and including ``due`` an unmet target is pending: unknown, asking for no facts yet."""
    inner = recurse(pred.test, ctx)
    if ctx.today > pred.due or inner.status == Status.PASS:
        return Outcome(inner.status, lambda: Text(zh=f"{inner.detail.zh}(截至 {pred.due})",
                                                  en=f"{inner.detail.en} (due by {pred.due})"),
                       inner.missing, inner.distance, None, inner.evidence)
    days_left = (pred.due - ctx.today).days
    judged = pred.due + timedelta(days=1)

    def detail() -> Text:
        return Text(zh=f"尚未到考核时点:{pred.due} 截止,还剩 {days_left} 天,{judged} 起判定;目前:{inner.detail.zh}",
                    en=f"not yet due: due by {pred.due}, {days_left} days left, judged from {judged}; "
                    f"so far: {inner.detail.en}")

    return Outcome(Status.UNKNOWN, detail, (), inner.distance, None, inner.evidence)
