"""Profiles that reach a pack's outcomes: its test cases, and profiles built from the values its rules turn on.

For every fact a pack's criteria (and the calculators they refer to) read, a few candidate values are derived
from the rules themselves: each side of every bound, each listed choice and one that is not listed, yes and
no, dates either side of every period. Profiles are then the all-unknown one, a "low" and a "high" extreme,
each extreme with one fact varied over its candidates, and seeded random mixes. Deterministic for a pack.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from engine.cases import _merge, cases_dir, load_case_file
from engine.evaluate.calc_env import fact_refs
from engine.evaluate.dates import add_years
from engine.facts import MerchantProfile, ProfileInvalid, fact_spec, parse_profile
from engine.rules import Pack
from engine.rules import predicates as p

Candidates = dict[str, list[Any]]
RANDOM_PROFILES = 160
_NUMBERS = [0, 1, 2, 4, 10, 30, 45, 60, 80, 95]


def _walk(pred: BaseModel) -> Iterator[BaseModel]:
    yield pred
    for child in getattr(pred, "of", []) or []:
        yield from _walk(child)
    for name in ("when", "then", "test"):
        child = getattr(pred, name, None)
        if isinstance(child, BaseModel):
            yield from _walk(child)


def _number(kind: str, value: Any) -> Any:
    return int(value) if kind == "int" else Decimal(value)


def candidates(pack: Pack, today: date) -> Candidates:
    """Candidate values per fact the criteria read (unknown first)."""
    found: Candidates = {}
    calcs = {c.id: c for c in pack.calculators}

    def add(path: str, *values: Any) -> None:
        bucket = found.setdefault(path, [None])
        bucket.extend(v for v in values if v not in bucket)

    for crit in pack.criteria:
        for pred in _walk(crit.test):
            if isinstance(pred, p.CalcRef) and pred.calc in calcs:
                for path in fact_refs(calcs[pred.calc]):
                    add(path)
            for path in p.fact_paths(pred):
                add(path)
            _bounds(pred, today, add)
    for path, values in found.items():
        _defaults(path, values, today)
    return found


def _bounds(pred: BaseModel, today: date, add: Any) -> None:
    if isinstance(pred, p.Compare):
        kind, v = fact_spec(pred.fact).kind, pred.value
        if isinstance(v, date):
            add(pred.fact, v - timedelta(days=1), v, v + timedelta(days=1))
        else:
            step = Decimal(1) if kind == "int" else Decimal("0.5")
            add(pred.fact, *(_number(kind, x) for x in (v - step, v, v + step) if x >= 0))
    elif isinstance(pred, p.InSet):
        spec = fact_spec(pred.fact)
        listed = list(pred.values)
        if spec.kind == "list":
            add(pred.fact, [], listed, listed[:-2] or listed)
        else:
            add(pred.fact, *listed[:3])
            other = next((m.value for m in spec.enum if m.value not in listed), None) if spec.enum else "宁波"
            if other is not None:
                add(pred.fact, other)
    elif isinstance(pred, p.DateBetween):
        middle = pred.start + (pred.end - pred.start) / 2
        add(pred.fact, [], [middle], [pred.start - timedelta(days=1)], [pred.end + timedelta(days=1)])
    elif isinstance(pred, p.YearsSince | p.DaysSince):
        n = pred.years if isinstance(pred, p.YearsSince) else pred.days
        back = add_years(today, -n) if isinstance(pred, p.YearsSince) else today - timedelta(days=n)
        add(pred.fact, back - timedelta(days=30), back, back + timedelta(days=1), back + timedelta(days=90))
    elif isinstance(pred, p.Cooldown):
        n = pred.days or 365 * (pred.natural_years or 1)
        add(pred.fact, today - timedelta(days=n + 30), today - timedelta(days=n - 1), today - timedelta(days=10))
        if pred.event_flag:
            add(pred.event_flag, True, False)
    elif isinstance(pred, p.SameValue):
        add(pred.fact, "杭州", "宁波")
        add(pred.other, "杭州市", "宁波")


def _defaults(path: str, values: list[Any], today: date) -> None:
    """Facts no bound speaks of still get values of their kind."""
    spec = fact_spec(path)
    if len(values) > 1:
        return
    if spec.kind == "bool":
        values += [True, False]
    elif spec.kind in ("int", "decimal"):
        values += [_number(spec.kind, n) for n in _NUMBERS]
    elif spec.kind == "enum" and spec.enum is not None:
        values += [m.value for m in spec.enum][:4]
    elif spec.kind == "date":
        values += [today - timedelta(days=400), today - timedelta(days=5)]
    elif spec.kind == "datetime":
        values += [datetime(today.year, today.month, today.day, 10, 0).astimezone()]
    elif spec.kind == "list" and spec.item_kind in ("int", "decimal"):
        values += [[], [Decimal(80), Decimal(60)], [Decimal(50)]]
    elif spec.kind == "str":
        values += ["杭州", "宁波"]


def _profile(facts: dict[str, Any]) -> MerchantProfile | None:
    data: dict[str, dict[str, Any]] = {}
    for path, value in facts.items():
        if value is not None:
            group, _, name = path.partition(".")
            data.setdefault(group, {})[name] = value.isoformat() if isinstance(value, date) else value
    try:
        return parse_profile(data)
    except (ProfileInvalid, ValueError):
        return None


def _ends(values: list[Any], high: bool) -> Any:
    known = values[1:]
    return (known[-1] if high else known[0]) if known else None


def generated(cands: Candidates, seed: str) -> list[MerchantProfile]:
    """The profiles a pack's candidates make (see the module's doc)."""
    rows: list[dict[str, Any]] = [{path: None for path in cands}]
    for high in (False, True):
        extreme = {path: _ends(values, high) for path, values in cands.items()}
        rows.append(extreme)
        rows += [{**extreme, path: v} for path, values in cands.items() for v in values]
    rng = random.Random(seed)
    for unknowns in (0.0, 0.3):
        for _ in range(RANDOM_PROFILES):
            rows.append({path: (None if rng.random() < unknowns else rng.choice(values[1:] or [None]))
                         for path, values in cands.items()})
    return [prof for row in rows if (prof := _profile(row)) is not None]


def case_profiles(pack: Pack) -> tuple[list[MerchantProfile], list[datetime]]:
    """The pack's test-case profiles and its distinct as-of instants (earliest, middle and latest)."""
    path = cases_dir() / f"{pack.id}.yaml"
    if not path.exists():
        return [], []
    case_file = load_case_file(path)
    profiles = []
    for case in case_file.cases:
        data = _merge(case_file.bases[case.base], case.profile) if case.base else case.profile
        try:
            profiles.append(parse_profile(data))
        except ProfileInvalid:
            continue
    instants = sorted({case.as_of for case in case_file.cases})
    picked = [instants[0], instants[len(instants) // 2], instants[-1]] if instants else []
    return profiles, list(dict.fromkeys(picked))
