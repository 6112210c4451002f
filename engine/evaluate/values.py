"""What every predicate handler shares: the context and the comparison operators. How outcomes are worded
lives in ``engine.evaluate.reasons``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from operator import attrgetter
from typing import Any

from engine.evaluate.outcome import Outcome
from engine.facts.paths import get_fact
from engine.facts.profile import MerchantProfile

OPS: dict[str, Callable[[Any, Any], bool]] = {
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


def getter(path: str) -> Callable[[MerchantProfile], Any]:
    """Reads ``path`` from a profile like ``get_fact`` (profile.<group>.<name>, in C)."""
    return attrgetter(path)


CACHE_LIMIT = 4096  # entries kept by the evaluator's caches keyed by predicate (cleared when full)
