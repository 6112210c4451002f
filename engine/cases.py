"""Rule-pack test cases as data: profile facts, as_of, expected statuses. Run by pytest and by rule authors."""

from __future__ import annotations

import copy
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from engine.evaluate import ProgramResult, evaluate
from engine.facts import parse_profile
from engine.resources import resource_path
from engine.rules import Pack, get_pack


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: str | None = None
    window: str | None = None
    criteria: dict[str, str] = Field(default_factory=dict)
    gap: dict[str, Decimal] = Field(default_factory=dict)  # criterion id -> distance gap
    earliest: dict[str, date] = Field(default_factory=dict)  # criterion id -> earliest pass date
    missing: list[str] | None = None  # exact missing fact paths, in ranked order if given
    missing_includes: list[str] = Field(default_factory=list)
    checklist_includes: list[str] = Field(default_factory=list)
    checklist_excludes: list[str] = Field(default_factory=list)
    calculators: dict[str, dict[str, Any]] = Field(default_factory=dict)  # calc id -> {output: value}


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    as_of: datetime
    base: str | None = None
    profile: dict[str, Any] = Field(default_factory=dict)
    inputs: dict[str, dict[str, Any]] = Field(default_factory=dict)  # calc id -> caller inputs
    expect: Expect


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    program: str
    bases: dict[str, dict[str, Any]] = Field(default_factory=dict)
    cases: list[Case] = Field(min_length=1)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def cases_dir() -> Path:
    return resource_path("cases")


def load_case_file(path: Path) -> CaseFile:
    return CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def run_case(pack: Pack, case_file: CaseFile, case: Case) -> tuple[ProgramResult, list[str]]:
    """Evaluate one case; return the result and a list of mismatches (empty when it holds)."""
    data = _merge(case_file.bases[case.base], case.profile) if case.base else case.profile
    profile = parse_profile(data)
    result = evaluate(profile, pack, case.as_of)
    problems: list[str] = []
    exp = case.expect
    if exp.status is not None and result.status.value != exp.status:
        problems.append(f"programme status {result.status.value}, expected {exp.status}")
    if exp.window is not None:
        state = result.window.state.value if result.window else None
        if state != exp.window:
            problems.append(f"window {state}, expected {exp.window}")
    by_id = {c.id: c for c in result.criteria}
    for cid, want in exp.criteria.items():
        if cid not in by_id:
            problems.append(f"criterion {cid} does not exist")
        elif by_id[cid].status.value != want:
            problems.append(f"{cid}: {by_id[cid].status.value}, expected {want} ({by_id[cid].reason.en})")
    for cid, gap in exp.gap.items():
        dist = by_id[cid].distance if cid in by_id else None
        if dist is None or dist.gap != gap:
            problems.append(f"{cid}: gap {dist.gap if dist else None}, expected {gap}")
    for cid, day in exp.earliest.items():
        got = by_id[cid].earliest_pass if cid in by_id else None
        if got != day:
            problems.append(f"{cid}: earliest {got}, expected {day}")
    missing = [m.path for m in result.missing]
    if exp.missing is not None and missing != exp.missing:
        problems.append(f"missing {missing}, expected {exp.missing}")
    for path in exp.missing_includes:
        if path not in missing:
            problems.append(f"missing facts lack {path}")
    items = {i.id for i in result.checklist}
    problems += [f"checklist lacks {i}" for i in exp.checklist_includes if i not in items]
    problems += [f"checklist has {i}" for i in exp.checklist_excludes if i in items]
    problems += _check_calculators(pack, profile, case, result)
    return result, problems


def _same(actual: Any, expected: Any) -> bool:
    if expected is None or isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected if expected is None or isinstance(expected, bool) else False
    if isinstance(expected, int | float | Decimal) and isinstance(actual, int | Decimal):
        return Decimal(str(expected)) == Decimal(actual)
    return bool(actual == expected)


def _check_calculators(pack: Pack, profile: Any, case: Case, result: ProgramResult) -> list[str]:
    """Calculator outputs: from the evaluation when the case gives no inputs, else run with its inputs."""
    from engine.evaluate.calculators import find_calculator, run_calculator

    problems: list[str] = []
    by_id = {c.id: c for c in result.calculators}
    for cid, wanted in case.expect.calculators.items():
        if cid in case.inputs:
            got = run_calculator(find_calculator(pack, cid), profile, case.as_of, case.inputs[cid], pack=pack)
        elif cid in by_id:
            got = by_id[cid]
        else:
            problems.append(f"calculator {cid} does not exist")
            continue
        for name, want in wanted.items():
            try:
                actual = got.output(name)
            except KeyError as exc:
                problems.append(str(exc.args[0]))
                continue
            if not _same(actual, want):
                problems.append(f"calculator {cid}.{name}: {actual!r}, expected {want!r} ({got.text.en})")
    return problems


def all_cases() -> list[tuple[Path, CaseFile, Case]]:
    out: list[tuple[Path, CaseFile, Case]] = []
    for path in sorted(cases_dir().glob("*.yaml")):
        cf = load_case_file(path)
        out.extend((path, cf, c) for c in cf.cases)
    return out


def run_file(path: Path) -> list[str]:
    cf = load_case_file(path)
    pack = get_pack(cf.program)
    failures = []
    for case in cf.cases:
        _, problems = run_case(pack, cf, case)
        failures += [f"{case.name}: {p}" for p in problems]
    return failures
