"""Predicates over places (seed 001 Guangzhou/Shenzhen, seed 003 same city): see ``engine.facts.places``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from engine.facts.divisions import Division, divisions
from engine.facts.paths import fact_specs
from engine.facts.places import resolve


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlaceIn(_Base):
    """The place in ``fact`` (a place chosen from the divisions, or free text) lies within one of ``places``
    (division names, resolved when the pack loads). ``fallback``: a free-text fact read while ``fact`` is
    unknown. Unknown when the place cannot be resolved finely enough to tell (e.g. only a province)."""

    kind: Literal["place_in"]
    fact: str
    fallback: str | None = None
    places: list[str] = Field(min_length=1)


class SamePlace(_Base):
    """Two places name the same city: a prefecture-level city, a county-level city, or a municipality.

    Each side is a place fact with an optional free-text ``fallback``. Unknown while a side cannot be resolved
    to a city; review when one is a county-level city inside the other (义乌 and 金华)."""

    kind: Literal["same_place"]
    fact: str
    fallback: str | None = None
    other: str
    other_fallback: str | None = None


_TARGETS: dict[int, tuple[PlaceIn, list[Division]]] = {}


def target_places(pred: PlaceIn) -> list[Division]:
    """The divisions ``places`` names (checked when the pack loads; cached per predicate object)."""
    hit = _TARGETS.get(id(pred))
    if hit is not None and hit[0] is pred:
        return hit[1]
    found = []
    for name in pred.places:
        res = resolve(name)
        if res.division is None or divisions().city_of(res.division) is None:
            raise ValueError(f"place_in: {name!r} is not one city of China's administrative divisions")
        found.append(res.division)
    if len(_TARGETS) >= 1024:
        _TARGETS.clear()
    _TARGETS[id(pred)] = (pred, found)
    return found


def check_place_predicate(pred: PlaceIn | SamePlace) -> None:
    """Loader check: place facts are chosen places or text; fallbacks are text; ``places`` name cities."""
    sides = [(pred.fact, pred.fallback)]
    if isinstance(pred, SamePlace):
        sides.append((pred.other, pred.other_fallback))
    else:
        target_places(pred)
    for fact, fallback in sides:
        for path in (fact, fallback):
            if path is None:
                continue
            spec = fact_specs().get(path)
            if spec is None:
                raise ValueError(f"fact {path!r} does not exist in the profile model")
            if spec.kind != "str":
                raise ValueError(f"{pred.kind}: fact {path!r} is {spec.kind}, needs a place or text")
        if fallback is not None and fact_specs()[fallback].place:
            raise ValueError(f"{pred.kind}: fallback {fallback!r} must be free text, not a chosen place")
