"""The calculator vocabulary on small synthetic packs: loader checks and generic behaviour."""

from __future__ import annotations

import copy
from datetime import date, datetime
from decimal import Decimal

import pytest

from engine.evaluate.calculators import find_calculator, run_calculator
from engine.facts import parse_profile
from engine.rules import PackError, parse_pack

CITE = {"ref": "x", "quote": "x"}
BASE = {
    "id": "demo", "version": "1", "platform": "alibaba_com", "timezone": "Asia/Shanghai",
    "title": {"zh": "演示", "en": "Demo"},
    "source": {"file": "x.txt", "title": {"zh": "x", "en": "x"}, "publisher": {"zh": "x", "en": "x"}},
    "criteria": [{"id": "score", "title": {"zh": "分", "en": "score"}, "clause": CITE,
                  "test": {"kind": "calc", "calc": "points", "op": "ge", "value": 2}}],
    "calculators": [
        {"id": "points", "kind": "tiered_points", "title": {"zh": "分", "en": "points"}, "clause": CITE,
         "input": "alibaba_com.rfq_login_days", "tiers": [{"min": 1, "points": 1}, {"min": 4, "points": 2}]},
        {"id": "objection", "kind": "deadline", "title": {"zh": "异议", "en": "objection"}, "clause": CITE,
         "inputs": [{"name": "tagged_at", "title": {"zh": "打标时间", "en": "tagged at"}, "type": "datetime"}],
         "event": "tagged_at", "hours": 24, "mode": "until"},
        {"id": "cooldown", "kind": "deadline", "title": {"zh": "冷静期", "en": "cooldown"}, "clause": CITE,
         "event": "alibaba_com.assurance_upgrade_exit_date", "days": 30, "mode": "from"},
    ],
}
AS_OF = datetime.fromisoformat("2024-05-01T12:00:00+08:00")


def pack(mutate=None):
    data = copy.deepcopy(BASE)
    if mutate:
        mutate(data)
    return parse_pack(data, "demo.yaml")


def run(calc_id, profile=None, mutate=None, as_of=AS_OF, **inputs):
    p = pack(mutate)
    return run_calculator(find_calculator(p, calc_id), parse_profile(profile or {}), as_of, inputs, pack=p)


def test_deadline_by_hours_for_an_objection_window():
    result = run("objection", tagged_at="2024-05-01T09:30:00+08:00")
    assert result.value == datetime.fromisoformat("2024-05-02T09:30:00+08:00")
    assert result.output("open") is True
    late = run("objection", as_of=datetime.fromisoformat("2024-05-02T09:30:01+08:00"),
               tagged_at="2024-05-01T09:30:00+08:00")
    assert late.output("open") is False


def test_naive_input_time_is_in_the_pack_zone():
    result = run("objection", tagged_at="2024-05-01T09:30")
    assert result.value.utcoffset().total_seconds() == 8 * 3600


def test_cooldown_earliest_date_from_a_fact():
    # Civil Code art. 201: the exit day is day 0, day 30 is 2024-05-20 and still blocked, day 31 is allowed.
    result = run("cooldown", {"alibaba_com": {"assurance_upgrade_exit_date": "2024-04-20"}})
    assert result.output("date") == date(2024, 5, 21)
    assert result.output("open") is False


def test_unknown_event_stays_unknown_with_the_fact_missing():
    result = run("cooldown")
    assert result.value is None and result.output("open") is None
    assert result.missing == ["alibaba_com.assurance_upgrade_exit_date"]


@pytest.mark.parametrize(("days", "points"), [(0, 0), (1, 1), (3, 1), (4, 2), (30, 2)])
def test_tiered_points_boundaries(days, points):
    assert run("points", {"alibaba_com": {"rfq_login_days": days}}).value == Decimal(points)


def test_calc_predicate_criterion_uses_the_calculator_result():
    from engine.evaluate import evaluate

    p = pack()
    by = {c.id: c for c in evaluate(parse_profile({"alibaba_com": {"rfq_login_days": 4}}), p, AS_OF).criteria}
    assert by["score"].status == "pass"
    by = {c.id: c for c in evaluate(parse_profile({"alibaba_com": {"rfq_login_days": 3}}), p, AS_OF).criteria}
    assert by["score"].status == "fail"
    result = evaluate(parse_profile({}), p, AS_OF)
    assert result.criteria[0].status == "unknown"
    assert [m.path for m in result.missing] == ["alibaba_com.rfq_login_days"]


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["calculators"][0].update(input="alibaba_com.nope"), "calculator points: input 'alibaba_com.nope'"),
    (lambda d: d["calculators"][0].update(input="alibaba_com.membership_type"), "input 'alibaba_com.membership_type' is enum"),
    (lambda d: d["calculators"][2].update(event="alibaba_com.rfq_login_days"), "event .* is int, needs date"),
    (lambda d: d["criteria"][0]["test"].update(calc="nope"), "criterion score: predicate refers to calculator 'nope'"),
    (lambda d: d["calculators"][0].update(tiers=[{"min": 4, "points": 2}, {"min": 1, "points": 1}]), "ascending"),
    (lambda d: d["calculators"][1].update(hours=0), "give exactly one of days, hours, workdays"),
    (lambda d: d["calculators"].insert(0, {"id": "sum", "kind": "sum", "title": {"zh": "和", "en": "sum"},
                                          "clause": CITE, "of": ["points"]}), "must name a calculator listed before"),
    (lambda d: d["calculators"][0].update(formula="x*2"), "Extra inputs are not permitted"),
])
def test_broken_calculators_fail_to_load_with_a_named_reason(mutate, message):
    with pytest.raises(PackError, match=message):
        pack(mutate)


def test_moments_in_calculator_texts_read_as_dates_with_their_zone():
    from engine.facts.moments import moment_text

    pdt = datetime.fromisoformat("2021-09-30T23:59:59-07:00")
    assert moment_text(pdt, "zh") == "2021 年 9 月 30 日 23:59（美西时间）"
    assert moment_text(pdt, "en") == "30 Sep 2021, 23:59 PDT"
    assert moment_text(datetime.fromisoformat("2021-09-01T15:00:00+08:00"), "en") == "1 Sep 2021, 15:00 Beijing time"
    assert moment_text(datetime.fromisoformat("2021-09-01T15:00:30+09:00"), "en") == "1 Sep 2021, 15:00:30 UTC+09:00"
    result = run("objection", tagged_at="2024-05-01T09:30:00+08:00")
    assert "T09" not in result.text.en and result.text.zh == "截止 2024 年 5 月 2 日 09:30（北京时间）（仍可办理）"
