from __future__ import annotations

from decimal import Decimal

import pytest

from engine.facts import MerchantProfile, ProfileInvalid, fact_specs, parse_profile


def test_every_fact_defaults_to_unknown():
    profile = MerchantProfile()
    for path in fact_specs():
        group, name = path.split(".")
        assert getattr(getattr(profile, group), name) is None, path


def test_every_fact_has_bilingual_title():
    for path, spec in fact_specs().items():
        assert spec.title("zh") and spec.title("en"), path
        assert spec.title("zh") != spec.title("en") or spec.title("en").isascii() is False, path


def test_false_and_zero_are_not_unknown():
    p = parse_profile({"alibaba_com": {"trade_assurance_lit": False, "violation_score_points": 0}})
    assert p.alibaba_com.trade_assurance_lit is False
    assert p.alibaba_com.violation_score_points == 0
    assert p.alibaba_com.penalized_for_fake_transactions is None


def test_money_is_decimal():
    p = parse_profile({"company": {"registered_capital_cny": "500000.10"}})
    assert p.company.registered_capital_cny == Decimal("500000.10")


def test_errors_name_every_field_in_both_languages():
    with pytest.raises(ProfileInvalid) as info:
        parse_profile({"company": {"registered_capital_cny": -5, "region": "mars"}, "bogus": 1})
    err = info.value
    paths = sorted(p.path for p in err.problems)
    assert paths == ["bogus", "company.region", "company.registered_capital_cny"]
    assert "注册资本 (company.registered_capital_cny): 不能小于 0" in err.message("zh")
    assert "Registered capital (company.registered_capital_cny): must not be less than 0" in err.message("en")
    assert "is not a known field" in err.message("en")


def test_json_round_trip_keeps_unknown():
    p = parse_profile({"name": "A", "company": {"canton_fair_exhibition_dates": []}})
    again = parse_profile(p.model_dump(mode="json"))
    assert again == p
    assert again.company.canton_fair_exhibition_dates == []
    assert again.company.registration_date is None
