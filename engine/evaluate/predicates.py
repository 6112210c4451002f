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
from engine.evaluate.outcome import Detail, Distance, Outcome
from engine.evaluate.status import Status
from engine.evaluate.values import CACHE_LIMIT, OPS, SYMBOL, Check, Context, getter, title_of, unknown, value_text
from engine.facts.paths import fact_spec, format_value
from engine.i18n import Text
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

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return unknown(fact)
        if type(actual) is list:
            actual = list(actual)
        is_date = isinstance(actual, date)
        number = None if is_date else Decimal(actual)
        ok = op(actual if number is None else number, threshold)

        def detail() -> Text:
            title, shown, want = title_of(fact), value_text(fact, actual), value_text(fact, threshold)
            sym = SYMBOL[pred.op]
            return Text(zh=f"{title.zh}为 {shown.zh},要求 {sym} {want.zh}",
                        en=f"{title.en} is {shown.en}; required {sym} {want.en}")

        # A distance is only ever shown for a criterion that does not pass.
        dist = None if ok or number is None else _distance(pred, number)
        return Outcome(Status.PASS if ok else Status.FAIL, detail, distance=dist, evidence=((fact, actual),))

    return check


_WANT_CACHE: dict[int, tuple[p.InSet, Text]] = {}  # id -> (the predicate, kept alive so ids stay unique; text)


def _in_set_want(pred: p.InSet) -> Text:
    """The requirement half of an in_set reason; it depends on the predicate only."""
    hit = _WANT_CACHE.get(id(pred))
    if hit is not None and hit[0] is pred:
        return hit[1]
    spec = fact_spec(pred.fact)
    if spec.enum is not None and len(pred.values) <= 6:
        allowed = [spec.enum(v) for v in pred.values]
        zh_list = "、".join(format_value(v, "zh") for v in allowed)
        en_list = ", ".join(format_value(v, "en") for v in allowed)
        want = Text(zh=f"须为 {zh_list} 之一", en=f"must be one of {en_list}")
    else:
        want = Text(zh=f"须在规定的 {len(pred.values)} 项之内", en=f"must be one of the {len(pred.values)} listed")
    if len(_WANT_CACHE) >= CACHE_LIMIT:
        _WANT_CACHE.clear()
    _WANT_CACHE[id(pred)] = (pred, want)
    return want


def _in_set(pred: p.InSet) -> Check:
    fact, read, allowed = pred.fact, getter(pred.fact), frozenset(pred.values)

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return unknown(fact)
        if type(actual) is list:
            actual = list(actual)
        if isinstance(actual, list | set | frozenset):
            ok = any(str(v) in allowed for v in actual)
        else:
            ok = str(actual) in allowed  # str() of a StrEnum member is its value

        def detail() -> Text:
            title, shown, want = title_of(fact), value_text(fact, actual), _in_set_want(pred)
            return Text(zh=f"{title.zh}为 {shown.zh},{want.zh}", en=f"{title.en} is {shown.en}; {want.en}")

        return Outcome(Status.PASS if ok else Status.FAIL, detail, evidence=((fact, actual),))

    return check


_FLAG_CACHE: dict[tuple[str, bool, bool], Outcome] = {}


def _flag(pred: p.Flag) -> Check:
    fact, read, expect = pred.fact, getter(pred.fact), pred.expect

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return unknown(fact)
        key = (fact, expect, actual)  # a flag's outcome depends on nothing else
        out = _FLAG_CACHE.get(key)
        if out is None:
            title = title_of(fact)
            shown, want = value_text(fact, actual), value_text(fact, expect)
            detail = Text(zh=f"{title.zh}:{shown.zh}(要求:{want.zh})",
                          en=f"{title.en}: {shown.en} (required: {want.en})")
            status = Status.PASS if actual is expect else Status.FAIL
            out = _FLAG_CACHE[key] = Outcome(status, detail, evidence=((fact, actual),))
        return out

    return check


def _manual(pred: p.Manual, ctx: Context) -> Outcome:
    evidence = tuple((path, ctx.value(path)) for path in pred.facts)

    def detail() -> Text:
        shown = [(title_of(path), value_text(path, value)) for path, value in evidence]
        zh = ";".join(f"{t.zh}:{v.zh}" for t, v in shown)
        en = "; ".join(f"{t.en}: {v.en}" for t, v in shown)
        return Text(zh=("平台人工审核" + (f"({zh})" if zh else "")),
                    en=("decided by the platform's review" + (f" ({en})" if en else "")))

    return Outcome(Status.REVIEW, detail, evidence=evidence)


def _calc_ref(pred: p.CalcRef, ctx: Context) -> Outcome:
    result = ctx.calcs.get(pred.calc)
    name = Text(zh=pred.calc, en=pred.calc) if result is None else result.title
    value = None if result is None else result.output(pred.output)
    if value is None:
        missing = tuple(m for m in (result.missing if result is not None else []) if "." in m)
        return Outcome(Status.UNKNOWN, Text(zh=f"{name.zh}未知", en=f"{name.en} is unknown"), missing=missing)
    want: Any = pred.value
    if isinstance(value, bool) or isinstance(want, bool | str):
        ok = OPS[pred.op](value, want)
    else:
        ok = OPS[pred.op](Decimal(value), want)

    def detail() -> Text:
        sym = SYMBOL[pred.op]
        return Text(zh=f"{name.zh}为 {format_value(value, 'zh')},要求 {sym} {format_value(want, 'zh')}",
                    en=f"{name.en} is {format_value(value, 'en')}; required {sym} {format_value(want, 'en')}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail)


def _join(outcomes: list[Outcome]) -> Detail:
    if len(outcomes) == 1:
        return outcomes[0].raw_detail
    return lambda: Text(zh=";".join(o.detail.zh for o in outcomes), en="; ".join(o.detail.en for o in outcomes))


_EVIDENCE = attrgetter("evidence")


def _combine(pred: p.AllOf | p.AnyOf | p.NoneOf | p.AtLeastKOf, any_of: bool, parts: list[Outcome]) -> Outcome:
    if isinstance(pred, p.NoneOf):
        parts = [Outcome(logic.negate(o.status), o.raw_detail, o.missing, None, None, o.evidence) for o in parts]
    statuses = [o.status for o in parts]
    if isinstance(pred, p.AtLeastKOf):
        result = logic.at_least(pred.k, statuses)
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
    detail = _join(shown)
    label = getattr(pred, "label", None)
    if label is not None:
        inner = detail
        detail = lambda: _labelled(label, inner)  # noqa: E731 - rendered on first use, like every detail
    return Outcome(result, detail, missing, distance, earliest, evidence)


def _labelled(label: Text, inner: Detail) -> Text:
    text = inner if isinstance(inner, Text) else inner()
    return Text(zh=f"{label.zh}:{text.zh}", en=f"{label.en}: {text.en}")


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
