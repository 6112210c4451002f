"""The calculator memo is invisible: memoised calculator runs give exactly the fresh results."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from engine.evaluate.calc_memo import CALC_MEMO, calc_facts
from engine.evaluate.calculators import dependencies, find_calculator, run_all
from engine.facts import MerchantProfile
from engine.rules import load_packs

AS_OF = datetime(2020, 5, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PACKS = {p.id: p for p in load_packs()}


@pytest.fixture
def memo():
    CALC_MEMO.clear()
    limit = CALC_MEMO.limit
    yield CALC_MEMO
    CALC_MEMO.enabled = True
    CALC_MEMO.limit = limit
    CALC_MEMO.clear()


def _dump(results):
    return {k: v.model_dump(mode="json") for k, v in results.items()}


def _fresh(pack, profile, as_of):
    CALC_MEMO.enabled = False
    try:
        return _dump(run_all(pack, profile, as_of))
    finally:
        CALC_MEMO.enabled = True


def test_key_covers_facts_read_through_dependencies():
    pack = PACKS["icbu-rfq-service-score-2021"]
    calc = find_calculator(pack, "rfq-service-score")
    facts = calc_facts(calc, dependencies(pack, calc))
    assert "alibaba_com.membership_type" in facts
    assert "alibaba_com.rfq_login_days" in facts  # read only by login-days-points, which it sums


def test_a_dependency_fact_change_is_not_served_from_the_memo(memo):
    pack = PACKS["icbu-rfq-service-score-2021"]
    seen = []
    for days in (3, 20, 3):
        profile = MerchantProfile()
        profile.alibaba_com.rfq_login_days = days
        got = _dump(run_all(pack, profile, AS_OF))
        assert got == _fresh(pack, profile, AS_OF)
        seen.append(got["rfq-service-score"])
    assert seen[0] == seen[2] and seen[0] != seen[1]
    assert len(memo._results) > 0


def test_dated_calculators_follow_the_instant(memo):
    pack = PACKS["icbu-violation-penalties-2021"]
    profile = MerchantProfile()
    profile.alibaba_com.last_penalty_date = date(2020, 5, 18)
    outputs = []
    for as_of in (AS_OF, AS_OF + timedelta(days=40), AS_OF, AS_OF.astimezone(ZoneInfo("UTC"))):
        got = _dump(run_all(pack, profile, as_of))
        assert got == _fresh(pack, profile, as_of)
        outputs.append(got["appeal-deadline"])
    assert outputs[0] != outputs[1]


def test_decimals_that_print_differently_are_not_conflated(memo):
    pack = PACKS["icbu-rfq-service-score-2021"]
    for text in ("50", "50.0", "50.00", "50", "99.5"):
        profile = MerchantProfile()
        profile.alibaba_com.rfq_buyer_reply_rate_30d_pct = Decimal(text)
        assert _dump(run_all(pack, profile, AS_OF)) == _fresh(pack, profile, AS_OF), text


def test_memo_is_bounded(memo):
    memo.limit = 5
    pack = PACKS["icbu-rfq-service-score-2021"]
    for days in range(20):
        profile = MerchantProfile()
        profile.alibaba_com.rfq_login_days = days
        run_all(pack, profile, AS_OF)
        assert len(memo._results) <= 5
