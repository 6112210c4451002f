"""Check that every fact a pack names exists in the profile model with a type its predicate accepts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from engine.facts.paths import FactSpec, fact_specs
from engine.rules.place_predicates import check_place_predicate
from engine.rules.predicates import (
    COMPOSITES,
    CalcRef,
    Compare,
    Cooldown,
    DateBetween,
    DaysSince,
    DueBy,
    Flag,
    Implies,
    InSet,
    Known,
    Manual,
    NotExpired,
    PlaceIn,
    SamePlace,
    SameValue,
    YearsSince,
)


def _spec(path: str) -> FactSpec:
    spec = fact_specs().get(path)
    if spec is None:
        raise ValueError(f"fact {path!r} does not exist in the profile model")
    return spec


def check_predicate(pred: BaseModel) -> None:
    """Raise ValueError naming the fact and the mismatch."""
    if isinstance(pred, COMPOSITES):
        for child in pred.of:
            check_predicate(child)
        return
    if isinstance(pred, Compare):
        spec = _spec(pred.fact)
        if isinstance(pred.value, date):
            if spec.kind != "date":
                raise ValueError(f"compare: fact {pred.fact!r} is {spec.kind}, value is a date")
        elif isinstance(pred.value, Decimal) and not spec.numeric:
            raise ValueError(f"compare: fact {pred.fact!r} is {spec.kind}, value is a number")
        return
    if isinstance(pred, InSet):
        spec = _spec(pred.fact)
        kind = spec.item_kind if spec.kind == "list" else spec.kind
        if kind not in ("enum", "str"):
            raise ValueError(f"in_set: fact {pred.fact!r} is {spec.kind}, needs a choice or text")
        if spec.enum is not None:
            allowed = {m.value for m in spec.enum}
            bad = [v for v in pred.values if v not in allowed]
            if bad:
                raise ValueError(f"in_set: {bad} are not values of {pred.fact!r}")
        return
    if isinstance(pred, Flag):
        _need(pred.fact, "flag", ("bool",))
        return
    if isinstance(pred, DateBetween):
        spec = _spec(pred.fact)
        if not (spec.kind == "date" or (spec.kind == "list" and spec.item_kind == "date")):
            raise ValueError(f"date_between: fact {pred.fact!r} is {spec.kind}, needs a date or list of dates")
        return
    if isinstance(pred, YearsSince | DaysSince):
        _need(pred.fact, pred.kind, ("date",))
        return
    if isinstance(pred, NotExpired):
        _need(pred.fact, "not_expired", ("date",))
        return
    if isinstance(pred, PlaceIn | SamePlace):
        check_place_predicate(pred)
        return
    if isinstance(pred, Cooldown):
        _need(pred.fact, "cooldown", ("date",))
        if pred.event_flag:
            _need(pred.event_flag, "cooldown event_flag", ("bool",))
        return
    if isinstance(pred, Manual):
        for path in pred.facts:
            _spec(path)
        return
    if isinstance(pred, CalcRef):
        if pred.op not in ("eq", "ne") and not isinstance(pred.value, Decimal):
            raise ValueError(f"calc: {pred.op} needs a number, got {pred.value!r}")
        return  # the calculator id is checked by the loader, which knows the pack
    if isinstance(pred, Implies):
        check_predicate(pred.when)
        check_predicate(pred.then)
        return
    if isinstance(pred, DueBy):
        check_predicate(pred.test)
        return
    if isinstance(pred, Known):
        _spec(pred.fact)
        return
    if isinstance(pred, SameValue):
        _need(pred.fact, "same_value", ("str",))
        _need(pred.other, "same_value", ("str",))
        return
    raise ValueError(f"unsupported predicate {type(pred).__name__}")  # pragma: no cover


def _need(path: str, what: str, kinds: tuple[str, ...]) -> None:
    spec = _spec(path)
    if spec.kind not in kinds:
        raise ValueError(f"{what}: fact {path!r} is {spec.kind}, needs {' or '.join(kinds)}")
