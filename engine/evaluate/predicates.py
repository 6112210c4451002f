"""Evaluate the criterion vocabulary against a profile with three-valued logic."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import partial
from itertools import chain
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from engine.evaluate import extra_predicates as extra
from engine.evaluate import status as logic
from engine.evaluate.dates import add_days, add_years, full_years_between, new_year
from engine.evaluate.outcome import Detail, Distance, Outcome
from engine.evaluate.status import Status
from engine.facts.paths import fact_spec, format_value, get_fact
from engine.facts.profile import MerchantProfile
from engine.i18n import Text
from engine.rules import predicates as p

SYMBOL = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥", "eq": "=", "ne": "≠"}
_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
}


class Context:
    """What every predicate sees: the profile and the as-of date in the programme's zone."""

    def __init__(self, profile: MerchantProfile, today: date, calcs: Mapping[str, Any] | None = None) -> None:
        self.profile = profile
        self.today = today
        self.calcs: Mapping[str, Any] = calcs if calcs is not None else {}  # calculator id -> CalcResult

    def value(self, path: str) -> Any:
        value = get_fact(self.profile, path)
        # A list is copied: outcomes keep what they read, and a profile's list may be changed in place later.
        return list(value) if type(value) is list else value


Check = Callable[[Context], Outcome]


def _getter(path: str) -> Callable[[MerchantProfile], Any]:
    """Reads ``path`` from a profile like ``get_fact`` (profile.<group>.<name>, in C)."""
    return attrgetter(path)


def _title(path: str) -> Text:
    return fact_spec(path).text


def _render(path: str, value: Any) -> Text:
    spec = fact_spec(path)
    unit = f" {spec.unit}" if spec.unit and value is not None and spec.unit not in ("people", "times") else ""
    return Text(zh=format_value(value, "zh") + unit, en=format_value(value, "en") + unit)


# Rendered values and unknown outcomes repeat across criteria and profiles (flags, enums, small counts):
# they are immutable, so they are rendered once. Keys carry the type so True and 1 stay apart.
_CACHE_LIMIT = 4096
_VAL_CACHE: dict[tuple[str, type, Any], Text] = {}
_UNKNOWN_CACHE: dict[str, Outcome] = {}


def _val(path: str, value: Any) -> Text:
    if value is not None and not isinstance(value, bool | int | StrEnum | date):
        return _render(path, value)
    key = (path, type(value), value)
    text = _VAL_CACHE.get(key)
    if text is None:
        if len(_VAL_CACHE) >= _CACHE_LIMIT:
            _VAL_CACHE.clear()
        text = _VAL_CACHE[key] = _render(path, value)
    return text


def _unknown(path: str) -> Outcome:
    out = _UNKNOWN_CACHE.get(path)
    if out is None:
        title = _title(path)
        out = Outcome(Status.UNKNOWN, Text(zh=f"{title.zh}未知", en=f"{title.en} is unknown"), missing=(path,))
        _UNKNOWN_CACHE[path] = out
    return out


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
    fact, read, op, threshold = pred.fact, _getter(pred.fact), _OPS[pred.op], pred.value

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return _unknown(fact)
        if type(actual) is list:
            actual = list(actual)
        is_date = isinstance(actual, date)
        number = None if is_date else Decimal(actual)
        ok = op(actual if number is None else number, threshold)

        def detail() -> Text:
            title, shown, want = _title(fact), _val(fact, actual), _val(fact, threshold)
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
    if len(_WANT_CACHE) >= _CACHE_LIMIT:
        _WANT_CACHE.clear()
    _WANT_CACHE[id(pred)] = (pred, want)
    return want


def _in_set(pred: p.InSet) -> Check:
    fact, read, allowed = pred.fact, _getter(pred.fact), frozenset(pred.values)

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return _unknown(fact)
        if type(actual) is list:
            actual = list(actual)
        if isinstance(actual, list | set | frozenset):
            ok = any(str(v) in allowed for v in actual)
        else:
            ok = str(actual) in allowed  # str() of a StrEnum member is its value

        def detail() -> Text:
            title, shown, want = _title(fact), _val(fact, actual), _in_set_want(pred)
            return Text(zh=f"{title.zh}为 {shown.zh},{want.zh}", en=f"{title.en} is {shown.en}; {want.en}")

        return Outcome(Status.PASS if ok else Status.FAIL, detail, evidence=((fact, actual),))

    return check


_FLAG_CACHE: dict[tuple[str, bool, bool], Outcome] = {}


def _flag(pred: p.Flag) -> Check:
    fact, read, expect = pred.fact, _getter(pred.fact), pred.expect

    def check(ctx: Context) -> Outcome:
        actual = read(ctx.profile)
        if actual is None:
            return _unknown(fact)
        key = (fact, expect, actual)  # a flag's outcome depends on nothing else
        out = _FLAG_CACHE.get(key)
        if out is None:
            title = _title(fact)
            shown, want = _val(fact, actual), _val(fact, expect)
            detail = Text(zh=f"{title.zh}:{shown.zh}(要求:{want.zh})",
                          en=f"{title.en}: {shown.en} (required: {want.en})")
            status = Status.PASS if actual is expect else Status.FAIL
            out = _FLAG_CACHE[key] = Outcome(status, detail, evidence=((fact, actual),))
        return out

    return check


def _date_between(pred: p.DateBetween, ctx: Context) -> Outcome:
    actual = ctx.value(pred.fact)
    if actual is None:
        return _unknown(pred.fact)
    dates = list(actual) if isinstance(actual, list) else [actual]
    lo_ok: Callable[[date], bool] = (
        (lambda d: d >= pred.start) if pred.inclusive in ("both", "start") else (lambda d: d > pred.start)
    )
    hi_ok: Callable[[date], bool] = (
        (lambda d: d <= pred.end) if pred.inclusive in ("both", "end") else (lambda d: d < pred.end)
    )
    ok = any(lo_ok(d) and hi_ok(d) for d in dates)

    def detail() -> Text:
        title, shown = _title(pred.fact), _val(pred.fact, actual)
        return Text(zh=f"{title.zh}:{shown.zh};要求在 {pred.start} 至 {pred.end} 期间",
                    en=f"{title.en}: {shown.en}; required between {pred.start} and {pred.end}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, evidence=((pred.fact, actual),))


def _years_since(pred: p.YearsSince, ctx: Context) -> Outcome:
    start = ctx.value(pred.fact)
    if start is None:
        return _unknown(pred.fact)
    earliest = add_years(start, pred.years)
    if pred.op == "gt":
        earliest = add_days(earliest, 1)
    today = ctx.today
    ok = today >= earliest

    def detail() -> Text:
        years = max(full_years_between(start, today), 0)
        title, want = _title(pred.fact), f"{SYMBOL[pred.op]} {pred.years}"
        return Text(zh=f"{title.zh}为 {start},至 {today} 满 {years} 年;要求 {want} 年,{earliest} 起满足",
                    en=f"{title.en} is {start}: {years} full years by {today}; required {want} years, "
                    f"met from {earliest}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, earliest=None if ok else earliest,
                   evidence=((pred.fact, start),))


def _days_since(pred: p.DaysSince, ctx: Context) -> Outcome:
    start = ctx.value(pred.fact)
    if start is None:
        return _unknown(pred.fact)
    earliest = add_days(start, pred.days + (1 if pred.op == "gt" else 0))
    ok = ctx.today >= earliest
    days = (ctx.today - start).days

    def detail() -> Text:
        title, sym = _title(pred.fact), SYMBOL[pred.op]
        return Text(zh=f"{title.zh}为 {start},已过 {days} 天;要求 {sym} {pred.days} 天,{earliest} 起满足",
                    en=f"{title.en} is {start}: {days} days ago; required {sym} {pred.days} days, "
                    f"met from {earliest}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, earliest=None if ok else earliest,
                   evidence=((pred.fact, start),))


def _cooldown(pred: p.Cooldown, ctx: Context) -> Outcome:
    happened = ctx.value(pred.event_flag) if pred.event_flag else None
    if pred.event_flag and happened is False:
        title = _title(pred.event_flag)
        return Outcome(Status.PASS, Text(zh=f"{title.zh}:否", en=f"{title.en}: no"),
                       evidence=((pred.event_flag, False),))
    event = ctx.value(pred.fact)
    title = _title(pred.fact)
    if pred.forever and (happened is True or event is not None):
        return Outcome(Status.FAIL, Text(zh=f"{title.zh}:{event or '是'};永久不得再申请",
                                         en=f"{title.en}: {event or 'yes'}; may never re-apply"))
    if event is None:
        missing = (pred.fact,) if happened is True or not pred.event_flag else (pred.event_flag,)
        if not pred.event_flag or happened is True:
            return Outcome(Status.UNKNOWN, Text(zh=f"{title.zh}未知", en=f"{title.en} is unknown"),
                           missing=missing)
        flag_title = _title(pred.event_flag)
        return Outcome(Status.UNKNOWN, Text(zh=f"{flag_title.zh}未知", en=f"{flag_title.en} is unknown"),
                       missing=(pred.event_flag,))
    if pred.forever:  # pragma: no cover - handled above
        raise AssertionError
    if pred.days is not None:
        earliest = add_days(event, pred.days)
        rule = Text(zh=f"{pred.days} 天", en=f"{pred.days} days")
    else:
        assert pred.natural_years is not None
        earliest = new_year(event.year + pred.natural_years)
        rule = Text(zh=f"{pred.natural_years} 个自然年", en=f"{pred.natural_years} natural year(s)")
    ok = ctx.today >= earliest

    def detail() -> Text:
        return Text(zh=f"{title.zh}为 {event};等待期 {rule.zh},{earliest} 起可再申请",
                    en=f"{title.en} is {event}; waiting period {rule.en}, may re-apply from {earliest}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, earliest=None if ok else earliest,
                   evidence=((pred.fact, event),))


def _manual(pred: p.Manual, ctx: Context) -> Outcome:
    evidence = tuple((path, ctx.value(path)) for path in pred.facts)

    def detail() -> Text:
        shown = [(_title(path), _val(path, value)) for path, value in evidence]
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
        ok = _OPS[pred.op](value, want)
    else:
        ok = _OPS[pred.op](Decimal(value), want)

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
    return Outcome(result, _join(shown), missing, distance, earliest, evidence)


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
    if len(_COMPILED) >= _CACHE_LIMIT:
        _COMPILED.clear()
    _COMPILED[id(pred)] = (pred, check)
    return check


def evaluate_predicate(pred: BaseModel, ctx: Context) -> Outcome:
    return compiled(pred)(ctx)


_COMPILERS: dict[type[BaseModel], Callable[[Any], Check]] = {
    p.Compare: _compare,
    p.InSet: _in_set,
    p.Flag: _flag,
    p.DateBetween: _bound(_date_between),
    p.YearsSince: _bound(_years_since),
    p.DaysSince: _bound(_days_since),
    p.Cooldown: _bound(_cooldown),
    p.Manual: _bound(_manual),
    p.CalcRef: _bound(_calc_ref),
    p.SameValue: _bound(extra.same_value),
    p.Known: _bound(extra.known),
    p.Implies: _bound(lambda pred, ctx: extra.implies(pred, ctx, evaluate_predicate)),
    p.DueBy: _bound(lambda pred, ctx: extra.due_by(pred, ctx, evaluate_predicate)),
    **{kind: _composite for kind in p.COMPOSITES},
}
