"""Evaluation of the predicates added for seeds 002-004: same_value, known, implies, due_by."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import BaseModel

from engine.evaluate import status as logic
from engine.evaluate.outcome import Outcome
from engine.evaluate.reasons.conditional import DueByWhy, ImpliesWhy
from engine.evaluate.reasons.others import KnownWhy, SameValueWhy
from engine.evaluate.status import Status
from engine.rules import predicates as p

if TYPE_CHECKING:
    from engine.evaluate.values import Context

Recurse = Callable[[BaseModel, "Context"], Outcome]
_SPACE = re.compile(r"\s+")


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
        return Outcome(Status.UNKNOWN, SameValueWhy(Status.UNKNOWN, pred.fact, pred.other, first, second),
                       missing=missing)
    ok = normalise(first, pred.ignore_suffixes) == normalise(second, pred.ignore_suffixes)
    status = Status.PASS if ok else Status.FAIL
    return Outcome(status, SameValueWhy(status, pred.fact, pred.other, first, second),
                   evidence=((pred.fact, first), (pred.other, second)))


def known(pred: p.Known, ctx: Context) -> Outcome:
    value = ctx.value(pred.fact)
    if value is None:
        return Outcome(Status.UNKNOWN, KnownWhy(Status.UNKNOWN, pred.fact, None), missing=(pred.fact,))
    return Outcome(Status.PASS, KnownWhy(Status.PASS, pred.fact, value), evidence=((pred.fact, value),))


def implies(pred: p.Implies, ctx: Context, recurse: Recurse) -> Outcome:
    cond = recurse(pred.when, ctx)
    if cond.status == Status.FAIL:
        return Outcome(Status.PASS, ImpliesWhy(Status.PASS, cond, None), evidence=cond.evidence)
    then = recurse(pred.then, ctx)
    if cond.status == Status.PASS:
        return Outcome(then.status, ImpliesWhy(then.status, cond, then), then.missing, then.distance, then.earliest,
                       cond.evidence + then.evidence)
    result = logic.any_of([logic.negate(cond.status), then.status])
    missing = tuple(dict.fromkeys(cond.missing + then.missing)) if result != Status.PASS else ()
    return Outcome(result, ImpliesWhy(result, cond, then), missing, None, None, cond.evidence + then.evidence)


def due_by(pred: p.DueBy, ctx: Context, recurse: Recurse) -> Outcome:
    """Up to and including ``due`` an unmet target is pending: unknown, asking for no facts yet."""
    inner = recurse(pred.test, ctx)
    if ctx.today > pred.due or inner.status == Status.PASS:
        return Outcome(inner.status, DueByWhy(inner.status, pred.due, ctx.today, inner),
                       inner.missing, inner.distance, None, inner.evidence)
    return Outcome(Status.UNKNOWN, DueByWhy(Status.UNKNOWN, pred.due, ctx.today, inner), (), inner.distance, None,
                   inner.evidence)
