"""The criterion vocabulary: small, typed predicates over facts. No free expressions, no eval."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from engine.i18n import Text
from engine.rules.place_predicates import PlaceIn as PlaceIn
from engine.rules.place_predicates import SamePlace as SamePlace

Op = Literal["lt", "le", "gt", "ge", "eq", "ne"]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Compare(_Base):
    """``fact op value`` for numbers and dates."""

    kind: Literal["compare"]
    fact: str
    op: Op
    value: Decimal | date


class InSet(_Base):
    """The fact's value is one of ``values`` (for a list fact: any of its items is). ``label`` names the set for
    people where listing it would not help (e.g. 本次开放的 32 个行业, 广州、深圳)."""

    kind: Literal["in_set"]
    fact: str
    values: list[str] = Field(min_length=1)
    label: Text | None = None


class Flag(_Base):
    """A yes/no fact equals ``expect``."""

    kind: Literal["flag"]
    fact: str
    expect: bool = True


class DateBetween(_Base):
    """A date (or any date of a list of dates) lies between ``start`` and ``end``."""

    kind: Literal["date_between"]
    fact: str
    start: date
    end: date
    inclusive: Literal["both", "start", "end", "neither"] = "both"

    @model_validator(mode="after")
    def _ordered(self) -> DateBetween:
        if self.end < self.start:
            raise ValueError("end is before start")
        return self


class YearsSince(_Base):
    """At least (``ge``) or more than (``gt``) ``years`` whole years between the fact's date and as_of."""

    kind: Literal["years_since"]
    fact: str
    years: int = Field(ge=0)
    op: Literal["ge", "gt"] = "ge"


class DaysSince(_Base):
    """At least (``ge``) or more than (``gt``) ``days`` days between the fact's date and as_of."""

    kind: Literal["days_since"]
    fact: str
    days: int = Field(ge=0)
    op: Literal["ge", "gt"] = "ge"


class Cooldown(_Base):
    """After an event (dated by ``fact``), passes once the waiting period is over.

    Periods count as the Civil Code does (art. 201-203): the event's day is day 0 and not counted, the
    period ends at the end of its last day, and the rule passes from the day after. ``days``: blocked
    through event + days, passes from event + days + 1 ("N 天内不允许", "N 天后方可"). ``years``: blocked
    through the anniversary (29 February -> 28 February), passes from the day after. ``natural_years``:
    passes from 1 January of the year after the event year + (natural_years - 1) (calendar years).
    ``forever``: never passes once the event happened. ``event_flag`` (optional) says whether the event
    happened at all: if it is known to be false the cooldown passes without a date. ``blocks`` names what the
    period keeps from happening, in the source's words, for the reason (default 再申请 / re-application).
    """

    kind: Literal["cooldown"]
    fact: str
    event_flag: str | None = None
    days: int | None = Field(default=None, ge=0)
    years: int | None = Field(default=None, ge=1)
    natural_years: int | None = Field(default=None, ge=1)
    forever: bool = False
    blocks: Text | None = None

    @model_validator(mode="after")
    def _one_rule(self) -> Cooldown:
        rules = [self.days is not None, self.years is not None, self.natural_years is not None, self.forever]
        if sum(rules) != 1:
            raise ValueError("give exactly one of days, years, natural_years, forever")
        return self


class NotExpired(_Base):
    """A service that ends on the date in ``fact`` is still in service: passes while the as-of date is on or
    before it (the expiry day itself is the last day of service)."""

    kind: Literal["not_expired"]
    fact: str


class Manual(_Base):
    """A qualitative clause a reviewer decides; optional supporting facts are shown as evidence."""

    kind: Literal["manual"]
    facts: list[str] = Field(default_factory=list)


class CalcRef(_Base):
    """An output of one of the pack's calculators compared with a value (``eq``/``ne`` for text and yes/no)."""

    kind: Literal["calc"]
    calc: str
    output: str = "value"
    op: Op
    value: Decimal | bool | str = Field(union_mode="left_to_right")


class AllOf(_Base):
    kind: Literal["all_of"]
    of: list[Predicate] = Field(min_length=1)
    label: Text | None = None  # names the group in the reason, e.g. "own brand (all four)"


class AnyOf(_Base):
    kind: Literal["any_of"]
    of: list[Predicate] = Field(min_length=1)
    label: Text | None = None


class NoneOf(_Base):
    kind: Literal["none_of"]
    of: list[Predicate] = Field(min_length=1)


class AtLeastKOf(_Base):
    kind: Literal["at_least_k_of"]
    k: int = Field(ge=1)
    of: list[Predicate] = Field(min_length=1)

    @model_validator(mode="after")
    def _k_fits(self) -> AtLeastKOf:
        if self.k > len(self.of):
            raise ValueError("k is larger than the number of parts")
        return self


# Predicates added for seeds 002-004 (see docs/rules.md).


class SameValue(_Base):
    """Two text facts name the same thing: compared ignoring case, all whitespace and ``ignore_suffixes``."""

    kind: Literal["same_value"]
    fact: str
    other: str
    ignore_suffixes: list[str] = Field(default_factory=list)


class Known(_Base):
    """The fact has been entered (any value, including no / 0 / empty): used where a clause needs a value
    that a later notice publishes."""

    kind: Literal["known"]
    fact: str


class Implies(_Base):
    """``when`` -> ``then``: passes when ``when`` fails (the rule does not apply), else ``then`` decides.

    Kleene implication (not ``when``) or ``then``; ``then``'s distance and earliest date are kept.
    """

    kind: Literal["implies"]
    when: Predicate
    then: Predicate


class DueBy(_Base):
    """A target that must hold by the end of ``due`` (a date in the programme's zone).

    Up to and including ``due`` an unmet target is pending (unknown, asking for no facts yet); from the
    day after ``due`` the inner test decides.
    """

    kind: Literal["due_by"]
    due: date
    test: Predicate


Predicate = Annotated[
    Compare | InSet | Flag | DateBetween | YearsSince | DaysSince | Cooldown | NotExpired | Manual | CalcRef
    | AllOf | AnyOf | NoneOf | AtLeastKOf | SameValue | Known | Implies | DueBy | PlaceIn | SamePlace,
    Field(discriminator="kind"),
]

COMPOSITES = (AllOf, AnyOf, NoneOf, AtLeastKOf)

for _m in (*COMPOSITES, Implies, DueBy):
    _m.model_rebuild()


def fact_paths(pred: BaseModel) -> list[str]:
    """Every fact path a predicate names, depth first."""
    out: list[str] = []
    if isinstance(pred, COMPOSITES):
        for child in pred.of:
            out.extend(fact_paths(child))
    elif isinstance(pred, Manual):
        out.extend(pred.facts)
    elif isinstance(pred, CalcRef):
        pass
    elif isinstance(pred, Implies):
        out.extend(fact_paths(pred.when) + fact_paths(pred.then))
    elif isinstance(pred, DueBy):
        out.extend(fact_paths(pred.test))
    elif isinstance(pred, SameValue):
        out.extend([pred.fact, pred.other])
    elif isinstance(pred, Cooldown):
        out.append(pred.fact)
        if pred.event_flag:
            out.append(pred.event_flag)
    elif isinstance(pred, PlaceIn):
        out.extend([pred.fact] + ([pred.fallback] if pred.fallback else []))
    elif isinstance(pred, SamePlace):
        out.extend(p for p in (pred.fact, pred.fallback, pred.other, pred.other_fallback) if p)
    else:
        out.append(pred.fact)  # type: ignore[attr-defined]
    return out


def calc_refs(pred: BaseModel) -> list[str]:
    """Every calculator id a predicate refers to."""
    if isinstance(pred, COMPOSITES):
        return [ref for child in pred.of for ref in calc_refs(child)]
    if isinstance(pred, Implies):
        return calc_refs(pred.when) + calc_refs(pred.then)
    if isinstance(pred, DueBy):
        return calc_refs(pred.test)
    return [pred.calc] if isinstance(pred, CalcRef) else []
