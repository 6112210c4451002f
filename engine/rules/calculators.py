"""Calculator vocabulary for the seeds' scoring tables, fee rules, penalties and deadlines.

Calculators are pure data; ``engine.evaluate.calculators`` runs them. Every number a table holds
comes from a seed clause and carries its citation. An input reference (``input``, ``event``, ...) is
one of: a profile fact path (``alibaba_com.rfq_gmv_90d_usd``), an input the calculator declares in
``inputs`` (the caller supplies it), or ``calc:<id>`` / ``calc:<id>.<output>`` (another calculator of
the same pack, listed earlier). Numeric and table kinds live here; offences, slots, conditions and
time in ``engine.rules.calc_kinds``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from engine.i18n import Text
from engine.rules.calc_base import InputSpec, _Calc, _Strict
from engine.rules.calc_kinds import (
    Candidate,
    Condition,
    Cutoff,
    DatedRule,
    DeadlineCalc,
    Escalation,
    PrioritySlots,
    RuleVersion,
    Step,
    WarnAt,
)
from engine.rules.citation import Citation
from engine.rules.predicates import Predicate

__all__ = [
    "Bands", "Benefit", "Bonus", "Calculator", "Candidate", "Clamp", "Condition", "CountSlots", "Cutoff",
    "DatedRule", "DeadlineCalc", "EnteredPoints", "Escalation", "InputSpec", "Lookup", "LookupRow", "PercentCapped",
    "PrioritySlots", "RuleVersion", "Step", "Sum", "SumBonus", "Threshold", "Tier", "TieredPoints", "WarnAt",
]


class LookupRow(_Strict):
    """One row: ``key`` (or several ``keys``) to ``value``; ``code`` is its machine value (default: the key)."""

    keys: list[str] = Field(min_length=1)
    code: str  # machine value of the row, e.g. "weekly"
    value: Text

    @model_validator(mode="before")
    @classmethod
    def _single_key(cls, data: Any) -> Any:
        if isinstance(data, dict) and "key" in data:
            data = dict(data)
            key = data.pop("key")
            if "keys" in data:
                raise ValueError("give key or keys, not both")
            data["keys"] = [key]
            data.setdefault("code", str(key))
        return data


class Lookup(_Calc):
    """Key to value, e.g. industry to statistics type."""

    kind: Literal["lookup"]
    input: str
    rows: list[LookupRow] = Field(min_length=1)
    default: Text | None = None  # shown when the key is known but in no row


class Bonus(_Strict):
    input: str
    min: Decimal  # inclusive
    points: Decimal
    title: Text


class Tier(_Strict):
    """``bonuses`` (or one ``bonus``): the largest of those reached is awarded, never their sum."""

    min: Decimal
    op: Literal["ge", "gt"] = "ge"
    points: Decimal
    bonuses: list[Bonus] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _single_bonus(cls, data: Any) -> Any:
        if isinstance(data, dict) and "bonus" in data:
            data = dict(data)
            if "bonuses" in data:
                raise ValueError("give bonus or bonuses, not both")
            data["bonuses"] = [data.pop("bonus")]
        return data


class TieredPoints(_Calc):
    """Thresholds to points: the highest tier the input reaches; below every tier: ``below`` points."""

    kind: Literal["tiered_points"]
    input: str
    tiers: list[Tier] = Field(min_length=1)
    below: Decimal = Decimal(0)

    @model_validator(mode="after")
    def _ascending(self) -> TieredPoints:
        mins = [t.min for t in self.tiers]
        if mins != sorted(mins):
            raise ValueError("tiers must be in ascending order")
        return self


class EnteredPoints(_Calc):
    """A score the merchant reads off the back office (0..max), or ``top_points`` when the top flag is set."""

    kind: Literal["entered_points"]
    input: str
    max: Decimal
    top_flag: str
    top_points: Decimal


class SumBonus(_Strict):
    title: Text
    clause: Citation
    when: Predicate
    points: Decimal


class Sum(_Calc):
    """The sum of earlier calculators' values plus bonuses that apply when their condition passes."""

    kind: Literal["sum"]
    of: list[str] = Field(min_length=1)  # calculator ids
    bonuses: list[SumBonus] = Field(default_factory=list)


class Clamp(_Strict):
    """``max(min, min(input, max))``: e.g. a floor of 30 quotes, last month's count, capped at 100."""

    input: str
    min: Decimal
    max: Decimal


class Benefit(_Strict):
    name: str
    title: Text
    amount: Decimal | None = None
    text: Text | None = None
    clamp: Clamp | None = None

    @model_validator(mode="after")
    def _one(self) -> Benefit:
        if sum(x is not None for x in (self.amount, self.text, self.clamp)) != 1:
            raise ValueError("a benefit gives exactly one of amount, text, clamp")
        return self


class Band(_Strict):
    min: Decimal | None = None  # inclusive; None for the lowest band
    title: Text
    benefits: list[Benefit] = Field(default_factory=list)


class Bands(_Calc):
    """Score ranges to benefits, with the distance to the next band."""

    kind: Literal["bands"]
    input: str
    bands: list[Band] = Field(min_length=1)  # ascending

    @model_validator(mode="after")
    def _ascending(self) -> Bands:
        mins = [b.min for b in self.bands[1:]]
        if self.bands[0].min is not None or None in mins or mins != sorted(m for m in mins if m is not None):
            raise ValueError("bands ascend; only the first has no min")
        return self


class PercentCapped(_Calc):
    """``rate_pct`` % of the input, capped at ``cap``."""

    kind: Literal["percent_capped"]
    input: str
    rate_pct: Decimal = Field(gt=0)
    cap: Decimal | None = None
    unit: str | None = None


class Threshold(_Calc):
    """A benefit that applies once the input reaches a threshold (e.g. a fee waived from the next order)."""

    kind: Literal["threshold"]
    input: str
    op: Literal["ge", "gt"] = "ge"
    value: Decimal
    unit: str | None = None
    benefit: Text
    amount: Decimal | None = None  # a fixed amount the benefit is worth, if the source gives one


class CountSlots(_Calc):
    """How many of ``slots`` places a list of numbers can fill with items meeting ``op value``."""

    kind: Literal["count_slots"]
    input: str
    op: Literal["ge", "gt"] = "ge"
    value: Decimal
    slots: int = Field(ge=1)


Calculator = Annotated[
    Lookup | TieredPoints | EnteredPoints | Sum | Bands | Escalation | PercentCapped | Threshold | CountSlots
    | PrioritySlots | Condition | DatedRule | DeadlineCalc | Cutoff,
    Field(discriminator="kind"),
]
