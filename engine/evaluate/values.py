"""What every predicate handler shares: the context, the comparison operators, fact titles and values as
people read them, and the outcome of an unknown fact (rendered once: they repeat across profiles)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Any

from engine.evaluate.outcome import Outcome
from engine.evaluate.status import Status
from engine.facts.paths import fact_spec, format_value, get_fact
from engine.facts.profile import MerchantProfile
from engine.i18n import Text

SYMBOL = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥", "eq": "=", "ne": "≠"}
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


def title_of(path: str) -> Text:
    return fact_spec(path).text


def _render(path: str, value: Any) -> Text:
    spec = fact_spec(path)
    unit = f" {spec.unit}" if spec.unit and value is not None and spec.unit not in ("people", "times") else ""
    return Text(zh=format_value(value, "zh") + unit, en=format_value(value, "en") + unit)


# Rendered values and unknown outcomes repeat across criteria and profiles (flags, enums, small counts):
# they are immutable, so they are rendered once. Keys carry the type so True and 1 stay apart.
CACHE_LIMIT = 4096
_VAL_CACHE: dict[tuple[str, type, Any], Text] = {}
_UNKNOWN_CACHE: dict[str, Outcome] = {}


def value_text(path: str, value: Any) -> Text:
    if value is not None and not isinstance(value, bool | int | StrEnum | date):
        return _render(path, value)
    key = (path, type(value), value)
    text = _VAL_CACHE.get(key)
    if text is None:
        if len(_VAL_CACHE) >= CACHE_LIMIT:
            _VAL_CACHE.clear()
        text = _VAL_CACHE[key] = _render(path, value)
    return text


def unknown(path: str) -> Outcome:
    out = _UNKNOWN_CACHE.get(path)
    if out is None:
        title = title_of(path)
        out = Outcome(Status.UNKNOWN, Text(zh=f"{title.zh}未知", en=f"{title.en} is unknown"), missing=(path,))
        _UNKNOWN_CACHE[path] = out
    return out
