"""Numbers, amounts, units and dates as people write them, and formatting that never raises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.evaluate.reasons.compare import CompareWhy
from engine.evaluate.status import Status
from engine.facts import fact_exact, fact_spec, fact_specs, fact_value, format_value
from engine.facts.moments import day_text, moment_text
from engine.facts.numbers import en_amount, plain, zh_amount
from engine.facts.units import UNITS, quantity, unit_of

PDT = ZoneInfo("America/Los_Angeles")
BEIJING = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(("value", "zh", "en"), [
    (Decimal(500000), "50 万元", "CNY 500,000"),
    (Decimal(5000000), "500 万元", "CNY 5 million"),
    (Decimal(150000000), "1.5 亿元", "CNY 150 million"),
    (Decimal(123456), "123,456 元", "CNY 123,456"),
    (Decimal("12345.6"), "12,345.6 元", "CNY 12,345.6"),
    (Decimal(1000000000), "10 亿元", "CNY 1 billion"),
    (Decimal(0), "0 元", "CNY 0"),
])
def test_amounts_as_people_write_them(value, zh, en):
    cny = unit_of("CNY")
    assert (quantity(value, cny, "zh"), quantity(value, cny, "en")) == (zh, en)


def test_the_exact_figure_is_kept_beside_a_rounded_amount():
    assert fact_value("company.registered_capital_cny", Decimal(500000), "zh") == "50 万元"
    assert fact_exact("company.registered_capital_cny", Decimal(500000), "zh") == "500,000 元"
    assert fact_exact("company.registered_capital_cny", Decimal(123456), "zh") is None  # already exact
    assert fact_exact("alibaba_com.violation_score_points", 6, "zh") is None


@pytest.mark.parametrize(("unit", "one", "many"), [
    ("years", "1 year", "2 years"), ("days", "1 day", "3 days"), ("points", "1 point", "24 points"),
    ("people", "1 person", "10 people"), ("merchants", "1 merchant", "2 merchants"), ("%", "1%", "95%"),
])
def test_english_plurals(unit, one, many):
    u = unit_of(unit)
    assert quantity(1, u, "en") == one
    assert quantity(int(many.split()[0].rstrip("%")), u, "en") == many
    assert quantity(Decimal("1.0"), u, "en") == one


def test_chinese_units_and_spacing():
    assert quantity(24, unit_of("points"), "zh") == "24 分"
    assert quantity(3, unit_of("years"), "zh") == "3 年"
    assert quantity(95, unit_of("%"), "zh") == "95%"
    assert quantity(3, unit_of("level"), "zh") == "L3"
    assert quantity(Decimal(25000), unit_of("USD"), "zh") == "2.5 万美元"


def test_every_number_fact_says_what_it_counts():
    missing = [p for p, s in fact_specs().items() if s.numeric and s.measure is None]
    assert missing == []
    assert all(unit_of(s.unit) is not None for s in fact_specs().values() if s.unit)
    assert fact_spec("taobao_union.new_merchants_by_may31_count").measure.zh == "家"


def test_dates_and_instants_for_people():
    assert day_text(date(2021, 9, 30), "zh") == "2021 年 9 月 30 日"
    assert day_text(date(2021, 9, 30), "en") == "30 Sep 2021"
    end = datetime(2021, 9, 30, 23, 59, 59, tzinfo=PDT)
    assert moment_text(end, "zh") == "2021 年 9 月 30 日 23:59（美西时间）"
    assert moment_text(end, "en") == "30 Sep 2021, 23:59 PDT"
    assert moment_text(end, "en", "Asia/Shanghai") == "1 Oct 2021, 14:59 Beijing time"
    winter = datetime(2021, 12, 1, 9, 0, 30, tzinfo=timezone(timedelta(hours=-8)))
    assert moment_text(winter, "en") == "1 Dec 2021, 09:00:30 PST"  # a fixed offset named after the zone it matches
    assert moment_text(datetime(2021, 1, 1, tzinfo=timezone(timedelta(hours=9))), "zh") == \
        "2021 年 1 月 1 日 00:00（UTC+09:00）"
    assert format_value(date(2020, 5, 28), "en") == "28 May 2020"


# Formatting is total: whatever the model accepts - and any number at all - formats without raising.
_decimals = st.decimals(allow_nan=True, allow_infinity=True) | st.decimals(min_value=-10**30, max_value=10**30)
_numbers = _decimals | st.integers(min_value=-10**40, max_value=10**40)


@settings(derandomize=True, max_examples=400, deadline=None)
@given(value=_numbers, unit=st.sampled_from([None, *UNITS]), lang=st.sampled_from(["zh", "en"]))
def test_any_number_formats_in_any_unit(value, unit, lang):
    text = quantity(value, unit_of(unit), lang)
    assert isinstance(text, str) and text
    assert plain(value) and zh_amount(value) and en_amount(value)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(moment=st.datetimes(timezones=st.sampled_from([UTC, BEIJING, PDT, timezone(timedelta(hours=-7))])),
       zone=st.sampled_from([None, "Asia/Shanghai", "America/Los_Angeles"]), lang=st.sampled_from(["zh", "en"]))
def test_any_instant_formats(moment, zone, lang):
    assert moment_text(moment, lang, zone)
    assert day_text(moment.date(), lang)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(value=_numbers, bound=_decimals.filter(lambda d: d.is_finite()), op=st.sampled_from(["ge", "gt", "le", "lt"]),
       fact=st.sampled_from(["company.registered_capital_cny", "alibaba_com.violation_score_points",
                             "alibaba_com.export_years", "yanxuan_1688.platform_level",
                             "alibaba_com.serious_ip_violation_penalties"]),
       status=st.sampled_from(list(Status)))
def test_any_comparison_explains_itself(value, bound, op, fact, status):
    why = CompareWhy(status, fact, op, bound, value, abs(bound) if bound.is_finite() else None)
    text = why.text()
    assert text.zh and text.en and why.wanted().zh and why.state().en
