"""Calculator vocabulary for the seeds' scoring tables, fee rules, penalties and deadlines.

Calculators are pure data; ``engine.evaluate.calculators`` runs them. Every number a table holds
comes from a seed clause and carries its citation. An input reference (``input``, ``event``, ...) is
one of: a profile fact path (``alibaba_com.rfq_gmv_90d_usd``), an input the calculator declares in
``inputs`` (the caller supplies it), or ``calc:<id>`` / ``calc:<id>.<output>`` (another calculator of
the same pack, listed earlier).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from engine.i18n import Text
from engine.rules.citation import Citation
from engine.rules.predicates import Predicate


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InputSpec(_Strict):
    """An input the caller supplies (not a profile fact), e.g. the amount of one order."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text
    type: Literal["decimal", "int", "bool", "date", "datetime", "str"]
    unit: str | None = None
    ge: Decimal | None = None
    le: Decimal | None = None


class _Calc(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: Text
    clause: Citation
    reading: Text | None = None
    inputs: list[InputSpec] = Field(default_factory=list)


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
    min: Decimal
    op: Literal["ge", "gt"] = "ge"
    points: Decimal
    bonus: Bonus | None = None


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


class Step(_Strict):
    from_nth: int = Field(ge=1)  # applies from this offence on
    points: Decimal
    action: Text
    closure_days: int | None = Field(default=None, ge=1)


class WarnAt(_Strict):
    points: Decimal  # warn when the offences' points alone, or the score after one more offence, reach this
    clause: Citation
    text: Text


class Escalation(_Calc):
    """The nth offence to its penalty; cumulative points for n offences; the next offence's penalty and the
    score it would leave (``base`` + next)."""

    kind: Literal["escalation"]
    input: str  # number of offences so far
    base: str | None = None  # the account's current score
    counted_from: date | None = None
    steps: list[Step] = Field(min_length=1)
    warn_at: WarnAt | None = None

    @model_validator(mode="after")
    def _steps(self) -> Escalation:
        nths = [s.from_nth for s in self.steps]
        if nths[0] != 1 or nths != sorted(set(nths)):
            raise ValueError("steps start at the 1st offence and ascend")
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


class Candidate(_Strict):
    id: str
    title: Text
    rank: int = Field(ge=1)  # equal ranks tie; ties keep the listed order
    input: str
    add: str | None = None  # added to ``input`` when ``combine_when`` passes


class PrioritySlots(_Calc):
    """Ordered candidates, the first ``slots`` present ones (value > 0) are shown."""

    kind: Literal["priority_slots"]
    slots: int = Field(ge=1)
    candidates: list[Candidate] = Field(min_length=1)
    only_when: Predicate | None = None
    combine_when: Predicate | None = None


class Condition(_Calc):
    """A named test with the metric it is ranked by (qualifies / does not / unknown)."""

    kind: Literal["condition"]
    test: Predicate
    metric: str | None = None


class RuleVersion(_Strict):
    effective_from: date | None = None  # None: since the beginning
    test: Predicate
    note: Text


class DatedRule(_Calc):
    """A test whose definition changes on given dates; the version in force on the as-of date applies."""

    kind: Literal["dated_rule"]
    versions: list[RuleVersion] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> DatedRule:
        dates = [v.effective_from for v in self.versions]
        if dates[0] is not None or None in dates[1:] or dates[1:] != sorted(d for d in dates[1:] if d):
            raise ValueError("versions ascend by effective_from; only the first has none")
        return self


class DeadlineCalc(_Calc):
    """Event + duration. ``until``: the last moment to act; ``from``: the first moment allowed.

    A date event (no time) is a day in the pack's zone: ``until`` ends at the end of the last day,
    ``from`` starts at the beginning of the first day.
    """

    kind: Literal["deadline"]
    event: str
    days: int = Field(default=0, ge=0)
    hours: int = Field(default=0, ge=0)
    workdays: int = Field(default=0, ge=0)  # Monday to Friday; public holidays are not known
    mode: Literal["until", "from"]

    @model_validator(mode="after")
    def _some(self) -> DeadlineCalc:
        if self.days == 0 and self.hours == 0 and self.workdays == 0:
            raise ValueError("give days, hours or workdays")
        if self.workdays and (self.days or self.hours):
            raise ValueError("workdays cannot be combined with days or hours")
        return self


class Cutoff(_Calc):
    """Every input instant is at or before ``by`` (e.g. order paid and claim raised before a date)."""

    kind: Literal["cutoff"]
    events: list[str] = Field(min_length=1)
    by: AwareDatetime


Calculator = Annotated[
    Lookup | TieredPoints | EnteredPoints | Sum | Bands | Escalation | PercentCapped | Threshold | CountSlots
    | PrioritySlots | Condition | DatedRule | DeadlineCalc | Cutoff,
    Field(discriminator="kind"),
]
