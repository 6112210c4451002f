"""Calculator kinds over offences, ordered slots, conditions and time (see ``engine.rules.calculators``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, Field, model_validator

from engine.i18n import Text
from engine.rules.calc_base import _Calc, _Strict
from engine.rules.citation import Citation
from engine.rules.predicates import Predicate


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
    """Event + a period, counted as the Civil Code counts periods (art. 201-203).

    ``days`` / ``workdays``: the event's day is day 0 and not counted; the period's last day is the Nth (working)
    day after it and ends at 23:59:59 in the pack's zone, also when the event has a time. ``until``: the last
    moment to act (the end of the last day); ``from``: the first moment after the period (the start of the next
    day, "N 天内不得", "N 天后方可"); ``nth_day``: from the start of the Nth day itself ("第 N 天起").
    ``hours``: from the event's exact time, to the second. ``workdays`` count mainland China's working days
    (``calendar: cn_mainland``, public holidays and make-up working days) or Monday to Friday (``mon_fri``).
    """

    kind: Literal["deadline"]
    event: str
    days: int = Field(default=0, ge=0)
    hours: int = Field(default=0, ge=0)
    workdays: int = Field(default=0, ge=0)
    calendar: Literal["cn_mainland", "mon_fri"] = "cn_mainland"
    mode: Literal["until", "from", "nth_day"]

    @model_validator(mode="after")
    def _some(self) -> DeadlineCalc:
        given = [name for name in ("days", "hours", "workdays") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError("give exactly one of days, hours, workdays")
        if self.hours and self.mode == "nth_day":
            raise ValueError("nth_day counts days, not hours")
        return self


class Cutoff(_Calc):
    """Every input instant is at or before ``by`` (e.g. order paid and claim raised before a date)."""

    kind: Literal["cutoff"]
    events: list[str] = Field(min_length=1)
    by: AwareDatetime
