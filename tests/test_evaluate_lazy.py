"""A result is decided at once and explained on first read; the explanation is the one the decision was made on."""

from __future__ import annotations

import copy
import json
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from engine.evaluate import ProgramResult, Status, evaluate, evaluate_all
from engine.evaluate import calculators as calc_mod
from engine.evaluate.status import program_status
from engine.facts import parse_profile
from engine.rules import load_packs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benches"))
from _common import profile_dicts

AS_OF = datetime(2021, 9, 1, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PACKS = load_packs()
BY_ID = {p.id: p for p in PACKS}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_recorded_status_counts_and_missing_agree_with_the_explanation(seed):
    for doc in profile_dicts(15, seed=seed):
        for result in evaluate_all(parse_profile(doc), PACKS, AS_OF):
            required = [c for c in result.criteria if c.severity == "required"]
            counts = {s.value: sum(c.status == s for c in required) for s in Status}
            assert result.counts() == counts
            assert result.status == program_status(c.status for c in required)
            assert result.missing_count == len(result.missing)
            n_pass = counts["pass"]
            noun = "requirement" if len(required) == 1 else "requirements"
            assert result.summary.en.startswith(f"{n_pass} of {len(required)} {noun} met")


def test_calculators_run_only_when_a_criterion_or_the_reader_needs_them(monkeypatch):
    runs: list[str] = []
    real = calc_mod.run_calculator

    def counting(calc, *args, **kwargs):
        runs.append(calc.id)
        return real(calc, *args, **kwargs)

    monkeypatch.setattr(calc_mod, "run_calculator", counting)
    monkeypatch.setattr("engine.evaluate.program.run_calculator", counting)
    from engine.evaluate.calc_memo import CALC_MEMO

    monkeypatch.setattr(CALC_MEMO, "enabled", False)
    pack = BY_ID["icbu-sept-2021-festival"]  # eight calculators, no criterion reads one
    profile = parse_profile(profile_dicts(1, seed=5)[0])
    result = evaluate(profile, pack, AS_OF)
    assert runs == []
    assert [c.id for c in result.calculators] == [c.id for c in pack.calculators]
    assert sorted(runs) == sorted(c.id for c in pack.calculators)

    runs.clear()
    rfq = BY_ID["icbu-rfq-service-score-2021"]  # its criterion reads rfq-benefits, which needs six others
    evaluate(profile, rfq, AS_OF)
    assert "rfq-benefits" in runs and len(runs) == len(set(runs)) == 7


def _changed_in_place(profile):
    """Change facts read by calculators and checklist conditions after evaluation."""
    profile.alibaba_com.rfq_login_days = 0 if profile.alibaba_com.rfq_login_days != 0 else 20
    profile.alibaba_com.last_penalty_date = date(2021, 8, 30)
    profile.company.court_dishonest_listed = not profile.company.court_dishonest_listed


@pytest.mark.parametrize(("seed", "memo"), [(11, True), (12, True), (11, False)])
def test_a_profile_changed_after_evaluation_does_not_change_its_explanation(seed, memo, monkeypatch):
    from engine.evaluate.calc_memo import CALC_MEMO
    from engine.evaluate.memo import MEMO

    monkeypatch.setattr(CALC_MEMO, "enabled", memo)  # without the memos every explanation is computed anew
    monkeypatch.setattr(MEMO, "enabled", memo)
    for doc in profile_dicts(6, seed=seed):
        profile = parse_profile(doc)
        untouched = copy.deepcopy(profile)
        later = evaluate_all(profile, PACKS, AS_OF)
        _changed_in_place(profile)
        now = evaluate_all(untouched, PACKS, AS_OF)
        for a, b in zip(later, now, strict=True):
            assert a.program == b.program
            assert a.model_dump(mode="json") == b.model_dump(mode="json")


def test_a_changed_list_fact_does_not_change_the_explanation():
    pack = BY_ID["icbu-2020-06-online-fair-live"]
    profile = parse_profile({"name": "x", "company": {"canton_fair_exhibition_dates": ["2019-10-15"]}})
    reference = evaluate(copy.deepcopy(profile), pack, AS_OF).model_dump(mode="json")
    result = evaluate(profile, pack, AS_OF)
    profile.company.canton_fair_exhibition_dates.append(date(2020, 4, 15))
    assert result.model_dump(mode="json") == reference


def test_stored_form_round_trips():
    profile = parse_profile(profile_dicts(1, seed=21)[0])
    for result in evaluate_all(profile, PACKS, AS_OF):
        document = json.loads(json.dumps(result.model_dump(mode="json")))
        back = ProgramResult.model_validate(document)
        assert back.model_dump(mode="json") == document  # values typed Any come back as their JSON text
        assert back.status == result.status and [c.reason for c in back.criteria] == [c.reason for c in result.criteria]
        assert back.counts() == result.counts() and back.missing_count == result.missing_count


def test_reading_a_detail_twice_gives_the_same_objects():
    result = evaluate(parse_profile(profile_dicts(1, seed=4)[0]), PACKS[0], AS_OF)
    assert result.criteria is result.criteria
    assert result.checklist is result.checklist
    assert result.window is result.window


@pytest.mark.parametrize("seed", [31, 32])
def test_deciding_reasons_unread_and_read_are_the_same(seed):
    for doc in profile_dicts(10, seed=seed):
        profile = parse_profile(doc)
        for unread, read in zip(evaluate_all(profile, PACKS, AS_OF), evaluate_all(profile, PACKS, AS_OF), strict=True):
            assert "criteria" not in unread.__dict__
            read.criteria  # noqa: B018 - read in full first: the other branch
            order = {"fail": 0, "unknown": 1, "review": 2}
            expected = [c.reason for c in sorted((c for c in read.criteria
                                                  if c.severity == "required" and c.status != Status.PASS),
                                                 key=lambda c: order[c.status.value])]
            assert read.deciding_reasons() == expected
            assert unread.deciding_reasons() == expected
            assert unread.deciding_reasons(1) == expected[:1]
            assert "criteria" not in unread.__dict__  # only the deciding reasons were rendered
