"""Merchant profile facts. ``None`` always means unknown."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from engine.facts.errors import FieldProblem, ProfileInvalid, problems_from
from engine.facts.paths import (
    FactSpec,
    fact_exact,
    fact_spec,
    fact_specs,
    fact_value,
    fact_value_text,
    format_value,
    get_fact,
)
from engine.facts.profile import GROUPS, MerchantProfile

__all__ = [
    "GROUPS",
    "FactSpec",
    "FieldProblem",
    "MerchantProfile",
    "ProfileInvalid",
    "fact_exact",
    "fact_spec",
    "fact_specs",
    "fact_value",
    "fact_value_text",
    "format_value",
    "get_fact",
    "parse_profile",
    "profile_schema",
]


def parse_profile(data: Any) -> MerchantProfile:
    """Validate a profile document (a dict from JSON); raise ProfileInvalid with every problem."""
    try:
        return MerchantProfile.model_validate(data)
    except ValidationError as exc:
        raise ProfileInvalid(problems_from(exc)) from None


def profile_schema() -> dict[str, Any]:
    return MerchantProfile.model_json_schema()
