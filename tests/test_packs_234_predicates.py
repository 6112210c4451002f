"""The predicates added for seeds 002-004 and the deadline arithmetic, on their own."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import TypeAdapter

from engine.evaluate.calculators import find_calculator, run_calculator
from engine.evaluate.extra_predicates import normalise
from engine.evaluate.predicates import Context, evaluate_predicate
from engine.evaluate.status import Status
from engine.facts import MerchantProfile, parse_profile
from engine.rules import get_pack
from engine.rules.predicates import Predicate
from engine.rules.typecheck import check_predicate

PRED = TypeAdapter(Predicate)
BJ = timezone(timedelta(hours=8))


def run(pred: dict, facts: dict, today: date = date(2024, 5, 20)):
    return evaluate_predicate(PRED.validate_python(pred), Context(parse_profile(facts), today))


CITY = {"kind": "same_value", "fact": "company.registered_city", "other": "taobao_live.service_city",
        "ignore_suffixes": ["市"]}


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [("杭州", "杭州市", Status.PASS), ("Hang zhou", "HANGZHOU", Status.PASS), ("杭州", "宁波", Status.FAIL),
     ("市", "杭州市", Status.FAIL), ("苏州市", "苏州", Status.PASS)],
)
def test_same_value(a, b, status):
    out = run(CITY, {"company": {"registered_city": a}, "taobao_live": {"service_city": b}})
    assert out.status == status
    assert dict(out.evidence) == {"company.registered_city": a, "taobao_live.service_city": b}


def test_same_value_unknown_names_the_missing_side():
    out = run(CITY, {"company": {"registered_city": "杭州"}})
    assert (out.status, out.missing) == (Status.UNKNOWN, ("taobao_live.service_city",))


def test_normalise_strips_the_longest_suffix_once():
    assert normalise(" 杭州 市 ", ["市"]) == "杭州"
    assert normalise("ABC City", ["city", "ty"]) == "abc"
    assert normalise("市", ["市"]) == "市"


def test_known_is_pass_for_zero_and_unknown_for_none():
    pred = {"kind": "known", "fact": "taobao_union.reward_threshold_orders_x_count"}
    assert run(pred, {"taobao_union": {"reward_threshold_orders_x_count": 0}}).status == Status.PASS
    out = run(pred, {})
    assert (out.status, out.missing) == (Status.UNKNOWN, ("taobao_union.reward_threshold_orders_x_count",))


VOLUNTARY = {
    "kind": "implies",
    "when": {"kind": "in_set", "fact": "taobao_live.exit_reason", "values": ["voluntary"]},
    "then": {"kind": "cooldown", "fact": "taobao_live.exit_date", "days": 180},
}


def test_implies_does_not_apply_when_the_condition_fails():
    out = run(VOLUNTARY, {"taobao_live": {"exit_reason": "never_exited"}})
    assert out.status == Status.PASS and "does not apply" in out.detail.en


def test_implies_keeps_the_earliest_date_of_its_consequence():
    facts = {"taobao_live": {"exit_reason": "voluntary", "exit_date": "2024-01-01"}}
    out = run(VOLUNTARY, facts, today=date(2024, 6, 29))  # day 180: still within the period (Civil Code art. 201)
    assert (out.status, out.earliest) == (Status.FAIL, date(2024, 6, 30))
    assert run(VOLUNTARY, facts, today=date(2024, 6, 30)).status == Status.PASS


def test_implies_with_unknown_condition():
    out = run(VOLUNTARY, {"taobao_live": {"exit_date": "2024-01-01"}}, today=date(2025, 1, 1))
    assert out.status == Status.PASS  # the consequence holds whatever the reason
    out = run(VOLUNTARY, {"taobao_live": {"exit_date": "2024-01-01"}}, today=date(2024, 2, 1))
    assert (out.status, out.missing) == (Status.UNKNOWN, ("taobao_live.exit_reason",))


DUE = {"kind": "due_by", "due": "2024-05-31",
       "test": {"kind": "compare", "fact": "taobao_union.new_merchants_by_may31_count", "op": "ge", "value": 2}}


def test_due_by_is_pending_until_the_due_day_ends():
    facts = {"taobao_union": {"new_merchants_by_may31_count": 1}}
    pending = run(DUE, facts, today=date(2024, 5, 31))
    assert (pending.status, pending.missing) == (Status.UNKNOWN, ())
    assert pending.distance is not None and pending.distance.gap == 1
    assert pending.detail.en.startswith("due by 31 May 2024 (due today)")
    assert "；还剩 11 天，目前" in run(DUE, facts, today=date(2024, 5, 20)).detail.zh
    late = run(DUE, facts, today=date(2024, 6, 1))
    assert late.status == Status.FAIL
    assert late.detail.zh.endswith("；考核已于 2024 年 5 月 31 日截止") and "还剩" not in late.detail.zh


def test_due_by_passes_early_and_asks_only_once_due():
    assert run(DUE, {"taobao_union": {"new_merchants_by_may31_count": 2}}, today=date(2024, 5, 11)).status == Status.PASS
    assert run(DUE, {}, today=date(2024, 5, 11)).missing == ()
    late = run(DUE, {}, today=date(2024, 6, 1))
    assert (late.status, late.missing) == (Status.UNKNOWN, ("taobao_union.new_merchants_by_may31_count",))


def test_typecheck_rejects_same_value_on_a_non_text_fact():
    bad = PRED.validate_python({"kind": "same_value", "fact": "company.registered_city",
                                "other": "company.registered_capital_cny"})
    with pytest.raises(ValueError, match="same_value: fact 'company.registered_capital_cny' is decimal"):
        check_predicate(bad)
    with pytest.raises(ValueError, match="does not exist"):
        check_predicate(PRED.validate_python({"kind": "known", "fact": "company.nope"}))
    nested = PRED.validate_python({"kind": "due_by", "due": "2024-01-01",
                                   "test": {"kind": "flag", "fact": "company.registered_city"}})
    with pytest.raises(ValueError, match="flag: fact 'company.registered_city' is str"):
        check_predicate(nested)


def test_cooldown_from_the_last_plausible_date_and_near_the_end_of_the_calendar():
    out = run(VOLUNTARY, {"taobao_live": {"exit_reason": "voluntary", "exit_date": "2100-12-31"}})
    assert out.status == Status.FAIL and date(2101, 1, 1) < out.earliest < date(2110, 1, 1)
    # the model refuses 9999-12-30; the calendar arithmetic under it saturates all the same
    from engine.evaluate.dates import add_days, add_years, new_year

    assert add_days(date(9999, 12, 30), 400) == add_years(date(9999, 12, 30), 1) == new_year(10000) == date.max


def _objection(notice, as_of):
    pack = get_pack("1688-yanxuan-joint-2023")
    calc = find_calculator(pack, "objection-deadline")
    return run_calculator(calc, MerchantProfile(), as_of, {"notified_at": notice}, pack=pack)


def test_objection_deadline_is_notice_plus_24_hours_and_includes_its_last_instant():
    notice = datetime(2024, 3, 1, 15, 30, tzinfo=BJ)
    at_deadline = _objection(notice, datetime(2024, 3, 2, 15, 30, tzinfo=BJ))
    assert at_deadline.output("value") == datetime(2024, 3, 2, 15, 30, tzinfo=BJ)
    assert at_deadline.output("open") is True
    late = _objection(notice, datetime(2024, 3, 2, 15, 30, 1, tzinfo=BJ))
    assert late.output("open") is False
    same_instant_in_utc = _objection(notice, datetime(2024, 3, 2, 7, 30, tzinfo=UTC))
    assert same_instant_in_utc.output("open") is True
