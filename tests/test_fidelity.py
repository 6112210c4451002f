"""Rule fidelity checks that the pack cases cannot express: places, working days, periods, labels, checklist
deadlines and texts that must say what the source says."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.evaluate import evaluate
from engine.evaluate.workdays import add_workdays, calendar_text, data_years
from engine.facts import format_value, parse_profile
from engine.facts.divisions import divisions
from engine.facts.enums import MembershipType
from engine.facts.places import Place, resolve
from engine.rules import get_pack
from engine.rules.loader import PackError, parse_pack

CN = timezone(timedelta(hours=8))


@pytest.mark.parametrize(("text", "full"), [
    ("广州市天河区", "广东省广州市天河区"),
    ("广东省深圳市南山区", "广东省深圳市南山区"),
    ("GUANGZHOU", "广东省广州市"),
    ("Guangzhou, Guangdong", "广东省广州市"),
    ("Shen Zhen", "广东省深圳市"),
    ("Yiwu", "浙江省金华市义乌市"),
    ("浙江省义乌市", "浙江省金华市义乌市"),
    ("义乌", "浙江省金华市义乌市"),
    ("Chaoyang, Beijing", "北京市朝阳区"),
    ("深圳市南山区北京路", "广东省深圳市南山区"),
    ("广州市越秀区中山路", "广东省广州市越秀区"),
    ("Taizhou, Zhejiang", "浙江省台州市"),
    ("Shaanxi", "陕西省"),
    ("Shanxi", "山西省"),
    ("江苏鼓楼区", "江苏省"),  # two 鼓楼区 in Jiangsu: the province is known, the city is not
])
def test_places_resolve_in_chinese_pinyin_and_english(text, full):
    div = resolve(text).division
    assert div is not None and divisions().full_name(div) == full


@pytest.mark.parametrize("text", ["Springfield", "南山区", "Taizhou", "市", "", "   ", "海南"])
def test_places_that_name_no_single_division_stay_unresolved(text):
    assert resolve(text).division is None


def test_city_of_a_district_a_county_level_city_and_a_municipality():
    table = divisions()
    assert table.city_of(resolve("广州市天河区").division).name == "广州市"
    assert table.city_of(resolve("义乌").division).name == "义乌市"
    assert table.city_of(resolve("北京市朝阳区").division).name == "北京市"
    assert table.city_of(resolve("浙江").division) is None


def test_a_chosen_place_is_validated_and_shown_in_each_language():
    profile = parse_profile({"company": {"registered_place": "Yiwu"}})
    place = profile.company.registered_place
    assert isinstance(place, Place) and place == "浙江省金华市义乌市"
    assert format_value(place, "en") == "Yiwu, Jinhua, Zhejiang"
    assert profile.model_dump(mode="json")["company"]["registered_place"] == "浙江省金华市义乌市"
    assert parse_profile({"company": {"registered_place": "  "}}).company.registered_place is None
    with pytest.raises(ValueError, match="not a place in China"):
        parse_profile({"company": {"registered_place": "Springfield"}})


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_resolving_any_text_never_raises(text):
    res = resolve(text)
    assert res.division is None or res.division.code in divisions().by_code


def test_working_days_know_holidays_and_make_up_days():
    # National Day 2021: 1-7 October off, Saturday 9 October worked.
    assert add_workdays(date(2021, 9, 28), 5).last == date(2021, 10, 11)
    assert add_workdays(date(2021, 9, 28), 5, "mon_fri").last == date(2021, 10, 5)
    assert add_workdays(date(2021, 9, 28), 5).beyond is None


def test_working_days_beyond_the_calendar_fall_back_and_say_so():
    last_year = data_years()[1]
    span = add_workdays(date(last_year, 12, 29), 5)
    assert span.beyond == date(last_year + 1, 1, 1)
    text = calendar_text("cn_mainland", span)
    assert str(last_year) in text.zh and "周一至周五" in text.zh and "Monday to Friday" in text.en


def _pack_with(criterion: dict) -> dict:
    pack = get_pack("taobao-live-regional-provider-2023").model_dump(mode="json", exclude_none=True)
    pack["criteria"] = [criterion]
    pack["checklist"] = []
    pack["calculators"] = []
    return pack


CITE = {"ref": "x", "quote": "x"}


def test_loader_refuses_a_place_that_is_not_a_city():
    bad = {"id": "c", "title": {"zh": "x", "en": "x"}, "clause": CITE,
           "test": {"kind": "place_in", "fact": "company.registered_place", "places": ["Springfield"]}}
    with pytest.raises(PackError, match="Springfield"):
        parse_pack(_pack_with(bad), "t.yaml")


def test_loader_refuses_a_place_predicate_on_a_number():
    bad = {"id": "c", "title": {"zh": "x", "en": "x"}, "clause": CITE,
           "test": {"kind": "same_place", "fact": "company.registered_capital_cny", "other": "taobao_live.service_city"}}
    with pytest.raises(PackError, match="needs a place or text"):
        parse_pack(_pack_with(bad), "t.yaml")


def test_loader_refuses_a_chosen_place_as_fallback():
    bad = {"id": "c", "title": {"zh": "x", "en": "x"}, "clause": CITE,
           "test": {"kind": "place_in", "fact": "company.registered_city", "fallback": "company.registered_place",
                    "places": ["广州"]}}
    with pytest.raises(PackError, match="must be free text"):
        parse_pack(_pack_with(bad), "t.yaml")


def _reason(program: str, facts: dict, criterion: str, when: datetime) -> tuple[str, str]:
    result = evaluate(parse_profile(facts), get_pack(program), when)
    crit = next(c for c in result.criteria if c.id == criterion)
    return crit.reason.zh, crit.reason.en


def test_brand_category_names_which_test_each_export_figure_belongs_to():
    facts = {"company": {"annual_export_cny": 0, "listed_company": False, "famous_trademark_provincial": False},
             "alibaba_com": {"membership_type": "gold_supplier"}}
    zh, en = _reason("icbu-industrial-brand-station-2021", facts, "brand-category", datetime(2021, 8, 20, tzinfo=CN))
    assert "①龙头品牌（三项满足其一）：年出口额达到 10 亿元" in zh and "②自主品牌（四项全部满足）：" in zh
    assert "且年出口额达到 1 亿元" in zh
    assert "Leading brand (any one of three): Annual export" in en and "Own brand (all four): Brand" in en


def test_same_city_reason_names_both_places_as_places():
    facts = {"company": {"registered_city": "Yiwu"}, "taobao_live": {"service_city": "义乌"}}
    zh, en = _reason("taobao-live-regional-provider-2023", facts, "same-city", datetime(2024, 3, 1, tzinfo=CN))
    assert "注册城市或地址为“Yiwu”（浙江省金华市义乌市）" in zh and "同在义乌" in zh
    assert "both in Yiwu" in en


def test_not_expired_reason_gives_the_expiry():
    facts = {"alibaba_com": {"membership_type": "verified_supplier", "membership_expiry_date": "2021-08-26"}}
    zh, en = _reason("icbu-quality-trade-zone-2021", facts, "verified-in-service", datetime(2021, 8, 27, tzinfo=CN))
    assert "2021 年 8 月 26 日" in zh and "服务已到期" in zh and "expired" in en and "26 Aug 2021" in en


def test_cooldown_reason_gives_the_last_day_and_the_first_day_allowed():
    facts = {"taobao_live": {"exit_reason": "voluntary", "exit_date": "2024-01-01"}}
    zh, en = _reason("taobao-live-regional-provider-2023", facts, "readmit-voluntary", datetime(2024, 6, 29, tzinfo=CN))
    assert "180 天内不得再准入（至 2024 年 6 月 29 日）" in zh and "2024 年 6 月 30 日起可再准入" in zh
    assert "through 29 Jun 2024" in en and "possible again from 30 Jun 2024" in en


def _item(program: str, item_id: str):
    return next(i for i in get_pack(program).checklist if i.id == item_id)


def test_no_invented_deadline_for_the_renewal_payment():
    assert _item("icbu-2020-06-online-fair-live", "renewal-payment").deadline is None


def test_supporting_materials_are_due_in_the_review_not_at_registration():
    deadline = _item("taobao-union-recruiter-2024", "supporting-materials").deadline
    assert deadline is not None and deadline.window == "review"


def test_live_venue_remedy_speaks_of_the_live_venue():
    crit = next(c for c in get_pack("icbu-2020-06-online-fair-live").criteria if c.id == "canton-fair-2017-2019")
    assert crit.remedy is not None
    assert "短视频" not in crit.remedy.zh and "不符合定向招商资格" in crit.remedy.zh


def test_china_supplier_is_labelled_hong_kong_and_taiwan_only():
    assert format_value(MembershipType.CHINA_SUPPLIER, "zh") == "中国供应商（港台）"


def test_first_claim_cover_has_no_invented_start():
    window = get_pack("icbu-assurance-upgrade-2021").window("first-claim-cover")
    assert window is not None and window.start is None


def test_taobao_live_documents_are_marked_as_advice():
    for item_id in ("business-licence", "general-taxpayer-proof"):
        item = _item("taobao-live-regional-provider-2023", item_id)
        assert item.title.zh.startswith("建议") and item.detail is not None and "没有列出" in item.detail.zh


def test_no_pack_counts_a_cooldown_day_n_as_allowed():
    """Every waiting period in days is written with the source's own number (30, 180, 90): none of 31 / 181."""
    for program in ("icbu-assurance-upgrade-2021", "taobao-live-regional-provider-2023",
                    "icbu-violation-penalties-2021"):
        pack = get_pack(program)
        dumped = pack.model_dump_json()
        assert '"days":31' not in dumped and '"days":181' not in dumped and '"days":91' not in dumped
