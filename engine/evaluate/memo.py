"""Memo of criterion outcomes keyed by the facts a criterion reads.

A criterion's outcome and reason depend only on the facts its test names (and on the as-of date for
time-based predicates), never on the rest of the profile. Profiles share most of those values (flags,
enums, unknowns), so a batch evaluates each distinct combination once. Only predicate kinds whose inputs
are fully known here are memoised; anything else is evaluated every time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter, itemgetter
from typing import Any

from pydantic import BaseModel

from engine.evaluate.outcome import Outcome
from engine.evaluate.predicates import evaluate_predicate
from engine.evaluate.status import Status
from engine.evaluate.values import Context
from engine.facts.profile import MerchantProfile
from engine.rules import predicates as p
from engine.rules.pack import Criterion

_FACTS_ONLY = (p.Compare, p.InSet, p.Flag, p.DateBetween, p.Manual, p.SameValue, p.Known)
_DATED = (p.YearsSince, p.DaysSince, p.Cooldown)
# Not memoised: calc (reads calculator results) and any kind added later until it is listed here.
_VALUE = itemgetter(1)  # of an evidence pair (path, value)
_LIMIT = 16_384  # entries; about 1 kB each
_TRIAL = 128  # lookups of a criterion before the memo may give up on it

Plan = tuple[tuple[str, ...], bool]  # (fact paths read, depends on the as-of date)
Reader = tuple[Callable[[Any], Any], int, bool]  # (reads the facts at once, how many, depends on the as-of date)


def _inputs(pred: BaseModel) -> Plan | None:
    """What a predicate reads, or None when it is a kind this memo does not know."""
    children: list[BaseModel] | None = None
    if isinstance(pred, p.COMPOSITES):
        children = list(pred.of)
    elif isinstance(pred, p.Implies):
        children = [pred.when, pred.then]
    elif isinstance(pred, p.DueBy):
        children = [pred.test]
    if children is not None:
        paths: list[str] = []
        dated = isinstance(pred, p.DueBy)  # due_by compares the as-of date with its due date
        for child in children:
            sub = _inputs(child)
            if sub is None:
                return None
            paths.extend(sub[0])
            dated = dated or sub[1]
        return tuple(dict.fromkeys(paths)), dated
    if isinstance(pred, (*_FACTS_ONLY, *_DATED)):
        return tuple(dict.fromkeys(p.fact_paths(pred))), isinstance(pred, _DATED)
    return None


_PLAIN = frozenset({type(None), bool, int, str, date})
_AS_IS: set[type] = set(_PLAIN)  # types a key holds as they are: the plain ones and the StrEnums seen so far


def _key(value: Any) -> Any:
    if type(value) in _PLAIN or isinstance(value, StrEnum):
        return value
    # Decimal("5.0") == Decimal("5") but they print differently: key on the text so output is identical.
    if isinstance(value, Decimal):
        return ("D", str(value))
    if isinstance(value, list | tuple | set | frozenset):
        return (type(value).__name__, *(_key(v) for v in value))
    return value


def _keys(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """``_key`` of each value; the values themselves when all are of a type held as is (the usual case)."""
    if all(map(_AS_IS.__contains__, map(type, values))):
        return values
    for value in values:
        if isinstance(value, StrEnum):
            _AS_IS.add(type(value))
    return tuple(map(_key, values))


def _reader(pred: BaseModel) -> Reader | None:
    plan = _inputs(pred)
    if plan is None:
        return None
    paths, dated = plan
    # attrgetter("company.registration_date") reads profile.company.registration_date (C speed).
    return attrgetter(*paths) if paths else attrgetter("name"), len(paths), dated


class CriterionMemo:
    """Bounded memo: criterion + the values it reads (+ as-of date) -> outcome."""

    def __init__(self, limit: int = _LIMIT) -> None:
        self.limit = limit
        self.enabled = True
        # owner (kept alive: ids stay unique), reader, lookups, misses
        self._plans: dict[int, list[Any]] = {}
        self._results: dict[tuple[Any, ...], tuple[Outcome, bool]] = {}  # outcome, holds a list
        self._statuses: dict[tuple[Any, ...], Status] = {}

    def key(self, crit: Criterion, profile: MerchantProfile, today: date) -> tuple[Any, ...] | None:
        return self._key(crit, crit.test, profile, today)

    def _key(self, owner: object, pred: BaseModel, profile: MerchantProfile, today: date) -> tuple[Any, ...] | None:
        if not self.enabled:
            return None
        hit = self._plans.get(id(owner))
        if hit is None or hit[0] is not owner:
            if len(self._plans) >= self.limit:
                self.clear()  # results are keyed by owner ids that are only unique while planned
            hit = self._plans[id(owner)] = [owner, _reader(pred), 0, 0]
        reader = hit[1]
        if reader is None:
            return None
        hit[2] += 1
        read, count, dated = reader
        values = _keys((read(profile),)) if count == 1 else _keys(read(profile)) if count else ()
        return (id(owner), values, today if dated else None)

    def get(self, key: tuple[Any, ...]) -> tuple[Outcome, bool] | None:
        """The outcome, and whether its evidence holds a list (which each profile must have its own copy of)."""
        return self._results.get(key)

    def put(self, key: tuple[Any, ...], outcome: Outcome) -> None:
        plan = self._plans.get(key[0])
        if plan is not None:
            plan[3] += 1
            if plan[2] >= _TRIAL and plan[3] * 2 > plan[2]:
                plan[1] = None  # misses more often than it hits: its key costs more than it saves
        if len(self._results) >= self.limit:
            self._results.clear()
        self._results[key] = (outcome, list in map(type, map(_VALUE, outcome.evidence)))

    def status(self, pred: BaseModel, ctx: Context) -> Status:
        """The status of a condition (a checklist item's ``when``), memoised like criteria."""
        key = self._key(pred, pred, ctx.profile, ctx.today)
        if key is not None:
            hit = self._statuses.get(key)
            if hit is not None:
                return hit
        status = evaluate_predicate(pred, ctx).status
        if key is not None:
            if len(self._statuses) >= self.limit:
                self._statuses.clear()
            self._statuses[key] = status
        return status

    def clear(self) -> None:
        self._plans.clear()
        self._results.clear()
        self._statuses.clear()


MEMO = CriterionMemo()
