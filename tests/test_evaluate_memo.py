"""The criterion memo is invisible: memoised evaluation gives exactly the unmemoised results."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from engine.evaluate import evaluate_all
from engine.evaluate.calc_memo import CALC_MEMO
from engine.evaluate.memo import MEMO
from engine.facts import parse_profile
from engine.resources import resource_path
from engine.rules import load_packs
from engine.rules.loader import parse_pack

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benches"))
from _common import profile_dicts

ZONE = ZoneInfo("Asia/Shanghai")


def _synthetic_pack():
    """The first shipped pack plus criteria of every memoised kind (dated ones, a Decimal distance, cooldowns)."""
    base = next(iter(sorted(resource_path("packs").glob("*.yaml"))))
    data = yaml.safe_load(base.read_text(encoding="utf-8"))
    data["id"] = "memo-test"
    clause = {"ref": "test", "quote": "test"}
    tests = [
        {"kind": "compare", "fact": "company.registered_capital_cny", "op": "ge", "value": "10000000.5"},
        {"kind": "years_since", "fact": "company.registration_date", "years": 2, "op": "gt"},
        {"kind": "days_since", "fact": "alibaba_com.membership_expiry_date", "days": 30},
        {"kind": "any_of", "of": [{"kind": "years_since", "fact": "company.registration_date", "years": 5},
                                  {"kind": "compare", "fact": "company.annual_export_cny", "op": "gt", "value": 3}]},
        {"kind": "cooldown", "fact": "alibaba_com.membership_expiry_date", "days": 400},
        {"kind": "cooldown", "fact": "company.registration_date", "natural_years": 2},
        {"kind": "none_of", "of": [{"kind": "flag", "fact": "company.tax_status_abnormal"},
                                   {"kind": "date_between", "fact": "company.canton_fair_exhibition_dates",
                                    "start": "2018-01-01", "end": "2019-01-01"}]},
        {"kind": "manual", "facts": ["company.registered_city", "company.rd_staff_count"]},
        {"kind": "manual"},
        {"kind": "same_value", "fact": "company.legal_name", "other": "company.registered_city", "ignore_suffixes": ["有限公司"]},
        {"kind": "known", "fact": "company.rd_staff_count"},
        {"kind": "implies", "when": {"kind": "flag", "fact": "company.listed_company"},
         "then": {"kind": "years_since", "fact": "company.registration_date", "years": 3}},
        {"kind": "due_by", "due": "2020-06-01",
         "test": {"kind": "compare", "fact": "company.rd_staff_count", "op": "ge", "value": 20}},
    ]
    data["criteria"] = data["criteria"] + [
        {"id": f"memo-{i}", "title": {"zh": "测试", "en": "test"}, "clause": clause, "test": t,
         "on_fail": "review" if i == 3 else "fail"}
        for i, t in enumerate(tests)
    ]
    return parse_pack(data, "memo-test")


PACKS = (*load_packs(), _synthetic_pack())


def _dump(profile, as_of):
    return [r.model_dump(mode="json") for r in evaluate_all(profile, PACKS, as_of)]


class _Memos:
    """Both memos switched together: ``enabled = False`` gives fresh evaluation."""

    @property
    def _results(self):
        return MEMO._results

    @property
    def enabled(self):
        return MEMO.enabled

    @enabled.setter
    def enabled(self, on):
        MEMO.enabled = CALC_MEMO.enabled = on


@pytest.fixture
def fresh_memo():
    MEMO.clear()
    CALC_MEMO.clear()
    yield _Memos()
    MEMO.enabled = CALC_MEMO.enabled = True
    MEMO.clear()
    CALC_MEMO.clear()


def test_memoised_results_equal_fresh_results(fresh_memo):
    rng = random.Random(3)
    docs = profile_dicts(60, seed=11, unknown_share=0.4)
    instants = [datetime(2020, 5, 20, tzinfo=ZONE) + timedelta(days=rng.randint(-800, 800)) for _ in range(6)]
    cases = [(parse_profile(d), rng.choice(instants)) for d in docs]
    fresh_memo.enabled = False
    expected = [_dump(p, t) for p, t in cases]
    fresh_memo.enabled = True
    first = [_dump(p, t) for p, t in cases]
    again = [_dump(p, t) for p, t in reversed(cases)][::-1]  # every criterion now comes from the memo
    assert first == expected
    assert again == expected
    assert len(fresh_memo._results) > 0


def test_equal_decimals_that_print_differently_are_not_conflated(fresh_memo):
    example = resource_path("examples", "ningbo-machinery.json").read_text(encoding="utf-8")
    as_of = datetime(2020, 5, 20, tzinfo=ZONE)
    outputs = []
    for capital in ("5000000", "5000000.0", "5000000.00", "10000000.5", "10000000.50"):
        profile = parse_profile(__import__("json").loads(example))
        profile.company.registered_capital_cny = Decimal(capital)
        outputs.append(_dump(profile, as_of))
        fresh_memo.enabled = False
        assert outputs[-1] == _dump(profile, as_of), capital
        fresh_memo.enabled = True


def test_evidence_holds_this_profiles_values(fresh_memo):
    docs = profile_dicts(2, seed=5, unknown_share=0.0)
    a, b = parse_profile(docs[0]), parse_profile(docs[0])
    as_of = datetime(2020, 5, 20, tzinfo=ZONE)
    evaluate_all(a, PACKS, as_of)
    (result,) = [r for r in evaluate_all(b, PACKS, as_of)][:1]
    for crit in result.criteria:
        for path, value in crit.evidence.items():
            group, _, name = path.partition(".")
            assert value is getattr(getattr(b, group), name) or isinstance(value, bool | type(None))


def test_memo_is_bounded():
    from engine.evaluate.memo import CriterionMemo
    from engine.evaluate.outcome import Outcome
    from engine.evaluate.status import Status
    from engine.i18n import Text

    memo = CriterionMemo(limit=3)
    pack = PACKS[0]
    docs = profile_dicts(10, seed=9, unknown_share=0.0)
    today = datetime(2020, 5, 20).date()
    for d in docs:
        key = memo.key(pack.criteria[0], parse_profile(d), today)
        assert key is not None
        memo.put(key, Outcome(Status.PASS, Text(zh="是", en="yes")))
        assert len(memo._results) <= 3


def test_memo_gives_up_on_criteria_that_mostly_miss_and_keeps_the_rest(fresh_memo):
    """A criterion whose key misses more often than it hits stops being looked up; results stay identical."""
    pack = next(p for p in PACKS if any(c.id == "registered-capital" for c in p.criteria))
    by_id = {c.id: c for c in pack.criteria}
    docs = profile_dicts(200, seed=21)
    as_of = datetime(2020, 5, 20, tzinfo=ZONE)
    profiles = [parse_profile(d) for d in docs]
    for profile in profiles:
        evaluate_all(profile, [pack], as_of)
    plans = {c.id: MEMO._plans[id(c)] for c in pack.criteria if id(c) in MEMO._plans}
    capital = plans["registered-capital"]  # a random amount per profile: it almost never hits
    assert capital[1] is None and capital[2] >= 128 and capital[3] * 2 > capital[2]
    kept = [cid for cid, plan in plans.items() if plan[1] is not None and plan[2] >= 128]
    assert kept, "criteria over few distinct values keep their memo"
    for cid in kept:
        assert plans[cid][3] * 2 <= plans[cid][2], cid
    assert by_id["registered-capital"] is capital[0]
    got = [_dump(p, as_of) for p in profiles[-20:]]
    fresh_memo.enabled = False
    assert got == [_dump(p, as_of) for p in profiles[-20:]]
