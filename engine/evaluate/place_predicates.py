"""Evaluation of the place predicates: ``place_in`` (e.g. registered in Guangzhou or Shenzhen) and ``same_place``
(the entity's city is the service city). Places are resolved to divisions (``engine.facts.places``); a place
that cannot be resolved to a city leaves the rule unknown and asks for the city, never passes or fails it.
How they read: ``engine.evaluate.reasons.places``."""

from __future__ import annotations

from engine.evaluate.outcome import Outcome
from engine.evaluate.reasons.places import PlaceInWhy, SamePlaceWhy, Side
from engine.evaluate.status import Status
from engine.evaluate.values import Context
from engine.facts.divisions import divisions
from engine.facts.places import resolve
from engine.rules import predicates as p
from engine.rules.place_predicates import target_places


def _side(ctx: Context, fact: str, fallback: str | None) -> Side | None:
    for path in (fact, fallback):
        if path is None:
            continue
        value = ctx.value(path)
        if value is not None:
            return Side(path, fact, value, resolve(str(value)).division)
    return None


def place_in(pred: p.PlaceIn, ctx: Context) -> Outcome:
    targets = target_places(pred)
    side = _side(ctx, pred.fact, pred.fallback)
    if side is None:
        return Outcome(Status.UNKNOWN, PlaceInWhy(Status.UNKNOWN, pred.fact, targets, None), missing=(pred.fact,))
    evidence = ((side.path, side.value),)
    if side.division is None:
        return Outcome(Status.UNKNOWN, PlaceInWhy(Status.UNKNOWN, pred.fact, targets, side, "unresolved"),
                       missing=(side.ask,), evidence=evidence)
    table = divisions()
    if any(table.within(side.division, t) for t in targets):
        return Outcome(Status.PASS, PlaceInWhy(Status.PASS, pred.fact, targets, side, "in"), evidence=evidence)
    if any(table.within(t, side.division) for t in targets):  # only a province that holds one of them
        return Outcome(Status.UNKNOWN, PlaceInWhy(Status.UNKNOWN, pred.fact, targets, side, "province"),
                       missing=(side.ask,), evidence=evidence)
    return Outcome(Status.FAIL, PlaceInWhy(Status.FAIL, pred.fact, targets, side, "out"), evidence=evidence)


def same_place(pred: p.SamePlace, ctx: Context) -> Outcome:
    facts = (pred.fact, pred.other)
    first, second = _side(ctx, pred.fact, pred.fallback), _side(ctx, pred.other, pred.other_fallback)
    if first is None or second is None:
        missing = tuple(fact for side, fact in ((first, pred.fact), (second, pred.other)) if side is None)
        return Outcome(Status.UNKNOWN, SamePlaceWhy(Status.UNKNOWN, facts, missing=missing), missing=missing)
    evidence = ((first.path, first.value), (second.path, second.value))
    for side in (first, second):
        if side.division is None:
            return Outcome(Status.UNKNOWN, SamePlaceWhy(Status.UNKNOWN, facts, unresolved=side),
                           missing=(side.ask,), evidence=evidence)
    assert first.division is not None and second.division is not None
    table = divisions()
    sides = (first, second)
    city_a, city_b = table.city_of(first.division), table.city_of(second.division)
    if city_a is None or city_b is None:
        if table.chain(first.division)[0] != table.chain(second.division)[0]:
            return Outcome(Status.FAIL, SamePlaceWhy(Status.FAIL, facts, sides), evidence=evidence)
        side = first if city_a is None else second
        return Outcome(Status.UNKNOWN, SamePlaceWhy(Status.UNKNOWN, facts, unresolved=side),
                       missing=(side.ask,), evidence=evidence)
    cities = (city_a, city_b)
    if city_a == city_b:
        return Outcome(Status.PASS, SamePlaceWhy(Status.PASS, facts, sides, cities), evidence=evidence)
    if city_a.parent == city_b.code or city_b.parent == city_a.code:
        return Outcome(Status.REVIEW, SamePlaceWhy(Status.REVIEW, facts, sides, cities), evidence=evidence)
    return Outcome(Status.FAIL, SamePlaceWhy(Status.FAIL, facts, sides, cities), evidence=evidence)
