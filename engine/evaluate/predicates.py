"""Evaluate the criterion vocabulary against a profile with three-valued logic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import chain
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from engine.evaluate import dated_predicates as dated
from engine.evaluate import extra_predicates as extra
from engine.evaluate import place_predicates as places
from engine.evaluate import status as logic
from engine.evaluate.outcome import Distance, Outcome
from engine.evaluate.reasons.base import Why
from engine.evaluate.reasons.calc import CalcRefWhy
from engine.evaluate.reasons.compare import CompareWhy
from engine.evaluate.reasons.composite import AllOfWhy, AnyOfWhy, AtLeastWhy
from engine.evaluate.reasons.flag import FlagWhy
from engine.evaluate.reasons.in_set import InSetWhy
from engine.evaluate.reasons.others import ManualWhy
from engine.evaluate.status import Status
from engine.evaluate.values import CACHE_LIMIT, OPS, Check, Context, getter
from engine.facts.paths import fact_spec
from engine.rules import predicates as p


def _distance(pred: p.Compare, actual: Decimal) -> Distance | None:
    if pred.op in ("eq", "ne") or isinstance(pred.value, date):
        return None
    threshold = Decimal(pred.value)
    integral = fact_spec(pred.fact).kind == "int"
    step = Decimal(1) if integral else Decimal(0)
    if pred.op in ("ge", "gt"):
        target = threshold + (step if pred.op == "gt" else 0)
        return Distance(pred.fact, actual, pred.op, threshold, max(target - actual, Decimal(0)), "increase")
    target = threshold - (step if pred.op == "lt" else 0)
    return Distance(pred.fact, actual, pred.op, threshold, max(actual - target, Decimal(0)), "decrease")


def _compare(pred: p.Compare) -> Check:
    fact, read, op, threshold = pred.fact, getter(pred.fact), OPS[pred.op], pred.value
    unknown = Outcome(Status.UNKNOWN, CompareWhy(Status.UNKNOWN, fact, pred.op, threshold, None), missing=(fact,))

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return unknown
        if type(actual) is list:
            actual = list(actual)
        is_date = isinstance(actual, date)
        number = None if is_date else Decimal(actual)
        ok = op(actual if number is None else number, threshold)
        # A distance is only ever shown for a criterion that does not pass.
        dist = None if ok or number is None else _distance(pred, number)
        status = Status.PASS if ok else Status.FAIL
        gap, up = (dist.gap, dist.direction == "increase") if dist is not None else (None, True)
        return Outcome(status, lambda: CompareWhy(status, fact, pred.op, threshold, actual, gap, up), distance=dist,
                       evidence=((fact, actual),))

    return check


def _in_set(pred: p.InSet) -> Check:
    fact, read, allowed = pred.fact, getter(pred.fact), frozenset(pred.values)
    unknown = Outcome(Status.UNKNOWN, InSetWhy(Status.UNKNOWN, pred, None), missing=(fact,))

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return unknown
        if type(actual) is list:
            actual = list(actual)
        if isinstance(actual, list | set | frozenset):
            ok = any(str(v) in allowed for v in actual)
        else:
            ok = str(actual) in allowed  # str() of a StrEnum member is its value
        status = Status.PASS if ok else Status.FAIL
        return Outcome(status, lambda: InSetWhy(status, pred, actual), evidence=((fact, actual),))

    return check


_FLAG_CACHE: dict[tuple[str, bool, bool], Outcome] = {}


def _flag(pred: p.Flag) -> Check:
    fact, read, expect = pred.fact, getter(pred.fact), pred.expect
    unknown = Outcome(Status.UNKNOWN, FlagWhy(Status.UNKNOWN, fact, expect, None), missing=(fact,))

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return unknown
        key = (fact, expect, actual)  # a flag's outcome depends on nothing else
        out = _FLAG_CACHE.get(key)
        if out is None:
            status = Status.PASS if actual is expect else Status.FAIL
            out = _FLAG_CACHE[key] = Outcome(status, FlagWhy(status, fact, expect, actual),
                                             evidence=((fact, actual),))
        return out

    return check


def _manual(pred: p.Manual, ctx: Context) -> Outcome:
    evidence = tuple((path, ctx.value(path)) for path in pred.facts)
    return Outcome(Status.REVIEW, ManualWhy(Status.REVIEW, evidence), evidence=evidence)


def _calc_ref(pred: p.CalcRef, ctx: Context) -> Outcome:
    result = ctx.calcs.get(pred.calc)
    pack = getattr(ctx.calcs, "pack", None)

    def why(status: Status) -> Callable[[], Why]:  # the calculator's definition is looked up when read
        def make() -> Why:
            calc = next((c for c in pack.calculators if c.id == pred.calc), None) if pack is not None else None
            return CalcRefWhy(status, pred, calc, result)
        return make

    value = None if result is None else result.output(pred.output)
    if value is None:
        missing = tuple(m for m in (result.missing if result is not None else []) if "." in m)
        return Outcome(Status.UNKNOWN, why(Status.UNKNOWN), missing=missing)
    want: Any = pred.value
    if isinstance(value, bool) or isinstance(want, bool | str):
        ok = OPS[pred.op](value, want)
    else:
        ok = OPS[pred.op](Decimal(value), want)
    status = Status.PASS if ok else Status.FAIL
    return Outcome(status, why(status))


_EVIDENCE = attrgetter("evidence")


def _negated(outcome: Outcome) -> Callable[[], Why]:
    return lambda: outcome.why.negate()


def _combine(pred: p.AllOf | p.AnyOf | p.NoneOf | p.AtLeastKOf, any_of: bool, parts: list[Outcome]) -> Outcome:
    if isinstance(pred, p.NoneOf):
        parts = [Outcome(logic.negate(o.status), _negated(o), o.missing, None, None, o.evidence) for o in parts]
    statuses = [o.status for o in parts]
    at_least = isinstance(pred, p.AtLeastKOf)
    if at_least:
        result = logic.at_least(pred.k, statuses)  # type: ignore[union-attr]
    else:
        result = logic.any_of(statuses) if any_of else logic.all_of(statuses)
    missing: tuple[str, ...] = ()
    earliest = None
    if result == Status.PASS:
        shown = [o for o in parts if o.status == result] or parts
    elif result == Status.FAIL:
        failing = [o for o in parts if o.status == Status.FAIL]
        shown = parts if any_of else failing or parts
        dates = [o.earliest for o in failing]
        if dates and None not in dates:
            earliest = min(dates) if any_of else max(dates)  # type: ignore[type-var]
    else:
        shown = [o for o in parts if o.status == result] or parts
        missing = tuple(dict.fromkeys(m for o in parts if o.status == Status.UNKNOWN for m in o.missing))
    distance = None
    for o in shown:
        if o.distance is not None:
            distance = o.distance
            break
    evidence = parts[0].evidence if len(parts) == 1 else tuple(chain.from_iterable(map(_EVIDENCE, parts)))
    label = getattr(pred, "label", None)
    if len(parts) == 1 and not at_least and label is None:  # one part: it explains the whole (its status is the result)
        return Outcome(result, parts[0].raw_detail, missing, distance, earliest, evidence)
    kind: Callable[[], Why]
    if at_least:
        k = pred.k  # type: ignore[union-attr]
        kind = lambda: AtLeastWhy(result, parts, k)  # noqa: E731 - made on first read
    else:
        kind = (lambda: AnyOfWhy(result, parts, label)) if any_of else (lambda: AllOfWhy(result, parts, label))
    return Outcome(result, kind, missing, distance, earliest, evidence)


def _composite(pred: p.AllOf | p.AnyOf | p.NoneOf | p.AtLeastKOf) -> Check:
    children = [compiled(child) for child in pred.of]
    any_of = isinstance(pred, p.AnyOf)
    return lambda ctx: _combine(pred, any_of, [child(ctx) for child in children])


def _bound(handler: Callable[[Any, Context], Outcome]) -> Callable[[Any], Check]:
    return lambda pred: partial(handler, pred)


_COMPILED: dict[int, tuple[BaseModel, Check]] = {}  # id -> (the predicate, kept alive so ids stay unique; check)


def compiled(pred: BaseModel) -> Check:
    """The predicate as a function of the context, built once per predicate object (packs are frozen)."""
    hit = _COMPILED.get(id(pred))
    if hit is not None and hit[0] is pred:
        return hit[1]
    check = _COMPILERS[type(pred)](pred)
    if len(_COMPILED) >= CACHE_LIMIT:
        _COMPILED.clear()
    _COMPILED[id(pred)] = (pred, check)
    return check


def evaluate_predicate(pred: BaseModel, ctx: Context) -> Outcome:
    return compiled(pred)(ctx)


_COMPILERS: dict[type[BaseModel], Callable[[Any], Check]] = {
    p.Compare: _compare,
    p.InSet: _in_set,
    p.Flag: _flag,
    p.DateBetween: _bound(dated.date_between),
    p.YearsSince: _bound(dated.years_since),
    p.DaysSince: _bound(dated.days_since),
    p.Cooldown: _bound(dated.cooldown),
    p.NotExpired: _bound(dated.not_expired),
    p.PlaceIn: _bound(places.place_in),
    p.SamePlace: _bound(places.same_place),
    p.Manual: _bound(_manual),
    p.CalcRef: _bound(_calc_ref),
    p.SameValue: _bound(extra.same_value),
    p.Known: _bound(extra.known),
    p.Implies: _bound(lambda pred, ctx: extra.implies(pred, ctx, evaluate_predicate)),
    p.DueBy: _bound(lambda pred, ctx: extra.due_by(pred, ctx, evaluate_predicate)),
    **{kind: _composite for kind in p.COMPOSITES},
}
