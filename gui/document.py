"""Between a MerchantProfile and the flat ``{path: raw value}`` the forms edit."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from engine.facts import MerchantProfile, fact_specs, get_fact, parse_profile

TOP_FIELDS = ("name", "notes")


def _raw(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | set | frozenset):
        return [_raw(v) for v in value]
    return value


def profile_values(profile: MerchantProfile) -> dict[str, Any]:
    """Every editable path with its value in plain JSON terms (None = unknown)."""
    values: dict[str, Any] = {name: getattr(profile, name) for name in TOP_FIELDS}
    for path in fact_specs():
        values[path] = _raw(get_fact(profile, path))
    return values


def document(values: dict[str, Any]) -> dict[str, Any]:
    """The nested profile document for ``parse_profile``; unknown values are left out (= None)."""
    doc: dict[str, Any] = {}
    for path, value in values.items():
        if value is None:
            continue
        value = _raw(value)
        group, _, name = path.partition(".")
        if name:
            doc.setdefault(group, {})[name] = value
        else:
            doc[group] = value
    return doc


def build_profile(values: dict[str, Any]) -> MerchantProfile:
    """Validate; raises ProfileInvalid with every problem."""
    return parse_profile(document(values))
