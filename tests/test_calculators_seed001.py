"""Seed 001 packs: every citation is verbatim from the seed; calculators give the seed's numbers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from engine.evaluate.calculators import find_calculator, run_calculator
from engine.facts import parse_profile
from engine.rules import get_pack, load_packs

PACK_IDS = [
    "icbu-assurance-upgrade-2021",
    "icbu-find-factory-2021",
    "icbu-industrial-brand-station-2021",
    "icbu-quality-trade-zone-2021",
    "icbu-rfq-service-score-2021",
    "icbu-sept-2021-festival",
    "icbu-supplier-card-2021",
    "icbu-violation-penalties-2021",
]
AS_OF = datetime.fromisoformat("2021-09-10T12:00:00+08:00")


def test_the_eight_programmes_are_shipped():
    ids = {p.id for p in load_packs()}
    assert set(PACK_IDS) <= ids


def run(program: str, calc_id: str, profile: dict | None = None, **inputs: Any):
    pack = get_pack(program)
    return run_calculator(find_calculator(pack, calc_id), parse_profile(profile or {}), AS_OF, inputs, pack=pack)


@pytest.mark.parametrize(("amount", "expected", "capped"), [
    ("1500", Decimal(100), True), ("999", Decimal("99.9"), False), ("1000", Decimal(100), False),
    ("1000.01", Decimal(100), True), ("0", Decimal(0), False),
])
def test_compensation_is_ten_percent_capped_at_100_usd(amount, expected, capped):
    result = run("icbu-assurance-upgrade-2021", "compensation", order_amount_usd=amount)
    assert result.value == expected
    assert result.output("capped") is capped
    assert result.missing == []


def test_compensation_without_amount_stays_unknown():
    result = run("icbu-assurance-upgrade-2021", "compensation")
    assert result.value is None
    assert result.missing == ["order_amount_usd"]


def test_offplatform_escalation_for_many_offences_is_exact_and_fast():
    result = run("icbu-violation-penalties-2021", "offplatform-escalation",
                 {"alibaba_com": {"offplatform_contact_offences": 1_000_000, "violation_score_points": 0}})
    assert result.value == Decimal(0 + 3 * 2 + 6 * (1_000_000 - 3))
    assert result.output("warning") is True


def test_rfq_score_is_a_range_while_one_factor_is_unknown():
    profile = {"alibaba_com": {
        "membership_type": "gold_supplier", "rfq_login_days": 22, "rfq_quote_count_score": 20,
        "rfq_quote_count_top10": False, "rfq_response_rate_score": 20, "rfq_response_rate_top10": False,
        "rfq_buyer_reply_rate_30d_pct": "50", "rfq_gmv_90d_usd": None}}
    score = run("icbu-rfq-service-score-2021", "rfq-service-score", profile)
    assert score.value is None
    assert (score.low, score.high) == (Decimal(65), Decimal(90))
    assert "alibaba_com.rfq_gmv_90d_usd" in score.missing
    settled = run("icbu-rfq-service-score-2021", "rfq-service-score", profile, rfq_gmv_90d_usd="2000")
    assert settled.value == Decimal(75)
    band = run("icbu-rfq-service-score-2021", "rfq-benefits", profile, rfq_gmv_90d_usd="2000")
    assert band.value == 4
    assert band.output("quotes") == Decimal(20)
    assert band.output("next_gap") == Decimal(5)


def test_unknown_input_name_and_bad_value_are_errors():
    with pytest.raises(ValueError, match="unknown input 'amount'"):
        run("icbu-assurance-upgrade-2021", "compensation", amount="5")
    with pytest.raises(ValueError, match="not a valid decimal"):
        run("icbu-assurance-upgrade-2021", "compensation", order_amount_usd="lots")
    with pytest.raises(ValueError, match="must not be less than 0"):
        run("icbu-assurance-upgrade-2021", "compensation", order_amount_usd="-1")


def test_explicit_input_overrides_a_profile_fact():
    result = run("icbu-violation-penalties-2021", "appeal-deadline", {"alibaba_com": {"last_penalty_date": "2021-09-01"}},
                 last_penalty_date="2021-09-05")
    assert result.value == datetime.fromisoformat("2021-09-12T23:59:59+08:00")
    assert result.inputs[0].value.isoformat() == "2021-09-05"


def test_brand_station_september_registration_window():
    from engine.evaluate.windows import window_state

    window = get_pack("icbu-industrial-brand-station-2021").window("september-registration")
    assert window is not None
    states = [window_state(window, datetime.fromisoformat(t)).value for t in (
        "2021-07-01T08:59:59+08:00", "2021-07-01T09:00:00+08:00", "2021-08-25T22:59:59+08:00",
        "2021-08-25T23:00:00+08:00")]
    assert states == ["upcoming", "open", "open", "closed"]


def test_evaluate_reports_every_calculator():
    from engine.evaluate import evaluate

    pack = get_pack("icbu-rfq-service-score-2021")
    result = evaluate(parse_profile({}), pack, AS_OF)
    assert [c.id for c in result.calculators] == [c.id for c in pack.calculators]
    assert all(c.value is None for c in result.calculators)
    dumped = result.model_dump(mode="json")
    assert dumped["calculators"][0]["clause"]["ref"].startswith("服务分5大因子规则")


@pytest.mark.parametrize(("program", "window_id", "times", "states"), [
    ("icbu-quality-trade-zone-2021", "app-banner",
     ["2021-08-27T23:59:59+08:00", "2021-08-28T00:00:00+08:00", "2021-08-31T23:59:59+08:00", "2021-09-01T00:00:00+08:00"],
     ["upcoming", "open", "open", "closed"]),
    ("icbu-sept-2021-festival", "festival",
     ["2021-09-01T14:59:59+08:00", "2021-09-01T15:00:00+08:00", "2021-10-01T14:59:59+08:00", "2021-10-01T15:00:00+08:00"],
     ["upcoming", "open", "open", "closed"]),
    ("icbu-assurance-upgrade-2021", "first-claim-cover",
     ["2021-09-30T23:59:59-07:00", "2021-10-01T00:00:00-07:00"], ["open", "closed"]),
])
def test_window_boundaries(program, window_id, times, states):
    from engine.evaluate.windows import window_state

    window = get_pack(program).window(window_id)
    assert window is not None
    assert [window_state(window, datetime.fromisoformat(t)).value for t in times] == states


def test_entered_score_above_the_packs_cap_counts_as_the_cap():
    unknown_top = run("icbu-rfq-service-score-2021", "quote-count-points",
                      {"alibaba_com": {"rfq_quote_count_score": 30}})
    assert unknown_top.value is None
    assert (unknown_top.low, unknown_top.high) == (Decimal(24), Decimal(25))
    not_top = run("icbu-rfq-service-score-2021", "quote-count-points",
                  {"alibaba_com": {"rfq_quote_count_score": 30, "rfq_quote_count_top10": False}})
    assert not_top.value == Decimal(24)
