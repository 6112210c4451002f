"""Seeds 002-004 rule packs: listed, cited verbatim, every clause kind covered, boundaries exercised."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from engine.cases import cases_dir, load_case_file, run_file
from engine.cli.main import main
from engine.evaluate import evaluate
from engine.facts import MerchantProfile
from engine.rules import get_pack
from engine.rules.predicates import Compare, DueBy, Implies, fact_paths

PACKS = {
    "taobao-union-recruiter-2024": "002_e51b25841f333899.txt",
    "taobao-live-regional-provider-2023": "003_0cc00972e02300c2.txt",
    "1688-yanxuan-joint-2023": "004_062ff7576d40ad37.txt",
}





def test_programs_lists_the_three_ids(capsys):
    assert main(["programs", "--format", "json"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)}
    for program, seed in PACKS.items():
        assert items[program]["source"] == seed


@pytest.mark.parametrize("program", PACKS)
def test_pack_cases_pass_and_can_fail(program, tmp_path):
    path = cases_dir() / f"{program}.yaml"
    assert run_file(path) == []
    broken = path.read_text(encoding="utf-8").replace("status: not_eligible", "status: eligible", 1)
    copy = tmp_path / path.name
    copy.write_text(broken, encoding="utf-8")
    assert run_file(copy) != []


def _compares(pred):
    if isinstance(pred, Compare):
        yield pred
    for child in getattr(pred, "of", []):
        yield from _compares(child)
    if isinstance(pred, Implies):
        yield from _compares(pred.when)
        yield from _compares(pred.then)
    if isinstance(pred, DueBy):
        yield from _compares(pred.test)


@pytest.mark.parametrize("program", PACKS)
def test_every_numeric_threshold_has_a_case_on_each_side(program):
    """For each compare in a criterion, some case sets its fact to the threshold's passing edge and another
    to a failing value; the criterion statuses for those cases are asserted in the case file itself."""
    pack = get_pack(program)
    cf = load_case_file(cases_dir() / f"{program}.yaml")
    seen: dict[str, set[str]] = {}
    for case in cf.cases:
        for group, facts in case.profile.items():
            for name, value in facts.items():
                seen.setdefault(f"{group}.{name}", set()).add(str(value))
    for base in cf.bases.values():
        for group, facts in base.items():
            if isinstance(facts, dict):
                for name, value in facts.items():
                    seen.setdefault(f"{group}.{name}", set()).add(str(value))
    gaps = []
    for crit in pack.criteria:
        for cmp in _compares(crit.test):
            values = {v for v in seen.get(cmp.fact, set()) if v != "None"}
            edge = str(cmp.value)
            on_edge = any(v.replace(".00", "") == edge for v in values)
            other = any(v.replace(".00", "") != edge for v in values)
            if not (on_edge and other):
                gaps.append(f"{crit.id}: {cmp.fact} {cmp.op} {edge} (seen {sorted(values)})")
    assert gaps == []


@pytest.mark.parametrize("program", PACKS)
def test_fact_paths_are_namespaced_to_company_or_own_platform(program):
    pack = get_pack(program)
    groups = {path.split(".")[0] for crit in pack.criteria for path in fact_paths(crit.test)}
    assert groups <= {"company", pack.platform}


@pytest.mark.parametrize("program", PACKS)
def test_every_window_opens_and_closes_on_the_second(program):
    pack = get_pack(program)
    second = timedelta(seconds=1)
    for window in pack.windows:
        probes = []
        if window.start is not None:
            probes += [(window.start - second, "upcoming"), (window.start, "open")]
        if window.end is not None:
            probes += [(window.end, "open"), (window.end + second, "closed")]
        for instant, want in probes:
            states = {w.id: w.state.value for w in evaluate(MerchantProfile(), pack, instant).windows}
            assert states[window.id] == want, (window.id, instant)
