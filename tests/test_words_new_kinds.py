"""The kinds added with the rule corrections explain themselves like every other kind: places said as chosen (and
the city asked for when a place names none), services in or out of date, waiting periods with what they block
and their last and first days, and the calendar a working-day deadline was counted with. Each outcome, both
languages, through the word checks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import TypeAdapter
from words_lint import problems

from engine.evaluate import Status
from engine.evaluate.calculators import run_calculator
from engine.evaluate.predicates import evaluate_predicate
from engine.evaluate.reasons.base import sentence
from engine.evaluate.values import Context
from engine.evaluate.workdays import add_workdays, calendar_text, data_years
from engine.facts import parse_profile
from engine.i18n import Text
from engine.rules import get_pack
from engine.rules.predicates import Predicate

CN = timezone(timedelta(hours=8))
PREDICATE = TypeAdapter(Predicate)


def said(pred: dict, facts: dict, today: date = date(2024, 1, 10)) -> tuple[Status, Text]:
    out = evaluate_predicate(PREDICATE.validate_python(pred), Context(parse_profile(facts), today))
    text = sentence(out.detail)
    assert problems(text) == [], problems(text)
    return out.status, text


GZ_SZ = {"kind": "place_in", "fact": "company.registered_place", "fallback": "company.registered_city",
         "places": ["广东省广州市", "广东省深圳市"]}


@pytest.mark.parametrize(("facts", "status", "zh", "en"), [
    ({"company": {"registered_place": "广东省深圳市"}}, Status.PASS,
     "注册地广东省深圳市，在深圳。", "Registered province and city: Shenzhen, Guangdong, in Shenzhen."),
    ({"company": {"registered_place": "浙江省宁波市"}}, Status.FAIL,
     "注册地浙江省宁波市，不在广州或深圳。", "Registered province and city: Ningbo, Zhejiang, not in Guangzhou or Shenzhen."),
    ({"company": {"registered_city": "广州市天河区"}}, Status.PASS,
     "注册城市或地址为“广州市天河区”（广东省广州市天河区），在广州。", None),
    ({}, Status.UNKNOWN, "尚未填写注册地（省、市）；须在广州或深圳。",
     "Registered province and city not entered; it must be in Guangzhou or Shenzhen."),
    ({"company": {"registered_city": "广东"}}, Status.UNKNOWN,
     "注册城市或地址为“广东”（广东省）：只能确定到广东省，请选择所在的市。", None),
    ({"company": {"registered_city": "Springfield"}}, Status.UNKNOWN,
     "注册城市或地址为“Springfield”：无法确定是哪个城市，请选择所在的省和市。",
     'Registered city or address: "Springfield": it is not clear which city this is; choose the province and city.'),
])
def test_place_in_says_the_place_as_chosen_and_asks_for_the_city(facts, status, zh, en):
    got, text = said(GZ_SZ, facts)
    assert got is status and text.zh == zh
    assert en is None or text.en == en


def test_place_in_as_an_exclusion_reads_as_one():
    excluded = {"kind": "none_of", "of": [GZ_SZ]}
    assert said(excluded, {"company": {"registered_place": "浙江省宁波市"}}) == (Status.PASS, Text(
        zh="注册地浙江省宁波市，不在广州、深圳。",
        en="Registered province and city: Ningbo, Zhejiang, outside Guangzhou and Shenzhen."))
    status, text = said(excluded, {"company": {"registered_place": "广东省广州市"}})
    assert status is Status.FAIL and text.zh == "注册地广东省广州市，在本条排除的广州、深圳。"
    assert text.en == "Registered province and city: Guangzhou, Guangdong, in Guangzhou and Shenzhen, which this rule " \
                      "excludes."


def test_a_place_rule_that_does_not_apply_says_so():
    rule = {"kind": "implies", "when": {"kind": "flag", "fact": "alibaba_com.onsite_verified", "expect": True},
            "then": GZ_SZ}
    status, text = said(rule, {"alibaba_com": {"onsite_verified": False}})
    assert status is Status.PASS and text.zh == "不适用（已通过实地认证：否）。"


SAME = {"kind": "same_place", "fact": "company.registered_place", "fallback": "company.registered_city",
        "other": "taobao_live.service_place", "other_fallback": "taobao_live.service_city"}


@pytest.mark.parametrize(("facts", "status", "zh"), [
    ({"company": {"registered_place": "浙江省杭州市"}, "taobao_live": {"service_city": "Hangzhou"}}, Status.PASS,
     "注册地浙江省杭州市，服务城市为“Hangzhou”（浙江省杭州市），同在杭州。"),
    ({"company": {"registered_place": "浙江省杭州市"}, "taobao_live": {"service_place": "浙江省宁波市"}}, Status.FAIL,
     "注册地浙江省杭州市，服务城市浙江省宁波市，不是同一城市。"),
    ({"company": {"registered_city": "义乌"}, "taobao_live": {"service_city": "金华"}}, Status.REVIEW,
     "注册城市或地址为“义乌”（浙江省金华市义乌市），服务城市为“金华”（浙江省金华市）：义乌市是金华市下辖的县级市，"
     "是否算同一城市由平台认定。"),
    ({"company": {"registered_place": "浙江省杭州市"}}, Status.UNKNOWN,
     "尚未填写服务城市（省、市）；注册地与服务城市须为同一城市。"),
    ({"company": {"registered_city": "浙江"}, "taobao_live": {"service_place": "浙江省宁波市"}}, Status.UNKNOWN,
     "注册城市或地址为“浙江”（浙江省）：只能确定到浙江省，请选择所在的市。"),
])
def test_same_place_names_both_places_and_the_city(facts, status, zh):
    got, text = said(SAME, facts)
    assert got is status and text.zh == zh


EXPIRY = {"kind": "not_expired", "fact": "alibaba_com.membership_expiry_date"}


def test_not_expired_for_each_outcome():
    assert said(EXPIRY, {"alibaba_com": {"membership_expiry_date": "2024-01-10"}}) == (Status.PASS, Text(
        zh="会员服务到期日 2024 年 1 月 10 日，仍在服务期内。",
        en="Membership expiry date 10 Jan 2024: still in service."))  # the expiry day itself still counts
    assert said(EXPIRY, {"alibaba_com": {"membership_expiry_date": "2024-01-09"}}) == (Status.FAIL, Text(
        zh="会员服务到期日 2024 年 1 月 9 日，服务已到期。", en="Membership expiry date 9 Jan 2024: the service has expired."))
    status, text = said(EXPIRY, {})
    assert status is Status.UNKNOWN and text.zh == "尚未填写会员服务到期日；须在服务期内（到期日当天仍算）。"
    either = {"kind": "any_of", "of": [EXPIRY, {"kind": "flag", "fact": "alibaba_com.onsite_verified", "expect": True}]}
    status, text = said(either, {"alibaba_com": {"membership_expiry_date": "2023-12-31", "onsite_verified": False}})
    assert status is Status.FAIL and "①会员服务未到期；②已通过实地认证" in text.zh
    assert "会员服务到期日 2023 年 12 月 31 日（已到期）" in text.zh and "①Membership not expired" not in text.en
    assert "(1) Membership not expired" in text.en


@pytest.mark.parametrize(("today", "status", "zh"), [
    (date(2023, 8, 28), Status.FAIL, "退出或清退日期 2023 年 3 月 1 日，180 天内不得再准入（至 2023 年 8 月 28 日）；"
                                     "2023 年 8 月 29 日起可再准入。"),
    (date(2023, 8, 29), Status.PASS, "退出或清退日期 2023 年 3 月 1 日，180 天已过（2023 年 8 月 29 日起可再准入）。"),
])
def test_a_waiting_period_gives_its_last_day_and_the_first_day_allowed(today, status, zh):
    rule = {"kind": "cooldown", "fact": "taobao_live.exit_date", "days": 180, "blocks": {"zh": "再准入", "en": "re-admission"}}
    got, text = said(rule, {"taobao_live": {"exit_date": "2023-03-01"}}, today)
    assert got is status and text.zh == zh


def test_a_waiting_period_in_years_forever_and_without_the_event():
    years = {"kind": "cooldown", "fact": "yanxuan_1688.left_plan_date", "event_flag": "yanxuan_1688.previously_left_plan",
             "years": 1}
    status, text = said(years, {"yanxuan_1688": {"previously_left_plan": True, "left_plan_date": "2023-03-15"}},
                        date(2024, 3, 15))
    assert status is Status.FAIL and text.zh.endswith("1 年内不得再申请（至 2024 年 3 月 15 日）；2024 年 3 月 16 日起可再申请。")
    assert text.en.endswith("no re-application for 1 year (through 15 Mar 2024), possible again from 16 Mar 2024.")
    assert said(years, {"yanxuan_1688": {"previously_left_plan": False}}) == (Status.PASS, Text(
        zh="不适用：从未退出或被清退出联营计划。", en="Does not apply (Left or was removed from the joint-operation plan "
                                                 "before: no)."))
    status, text = said(years, {})
    assert status is Status.UNKNOWN
    assert text.zh == "尚未填写曾退出或被清退出联营计划；如是，自退出联营计划日期起 1 年内不得再申请。"
    forever = {"kind": "cooldown", "fact": "taobao_live.exit_date", "forever": True,
               "blocks": {"zh": "再入驻", "en": "re-entry"}}
    assert said(forever, {"taobao_live": {"exit_date": "2023-03-01"}}) == (Status.FAIL, Text(
        zh="退出或清退日期 2023 年 3 月 1 日，永久不得再入驻。", en="Exit or removal date 1 Mar 2023; re-entry is never possible."))


def test_a_working_day_deadline_says_which_calendar_counted_it():
    pack = get_pack("icbu-find-factory-2021")
    calc = next(c for c in pack.calculators if c.id == "self-exit-deadline")
    # National Day 2021: the 5th working day after 28 September is 11 October, not 5 October
    result = run_calculator(calc, parse_profile({}), datetime(2021, 9, 30, tzinfo=CN), {"change_date": "2021-09-28"},
                            pack=pack)
    first, last = data_years()
    assert result.text.zh == (f"截止 2021 年 10 月 11 日 23:59（北京时间）（仍可办理）；"
                              f"工作日按中国大陆法定节假日与调休计算（{first}—{last} 年数据）")
    assert result.text.en == ("until 11 Oct 2021, 23:59 Beijing time (still open); working days counted with mainland "
                              f"China's public holidays and make-up working days ({first}–{last} data)")
    assert problems(result.text) == []
    beyond = calendar_text("cn_mainland", add_workdays(date(last, 12, 29), 5))
    assert beyond.zh == f"中国大陆节假日与调休数据只到 {last} 年；{last + 1} 年 1 月 1 日起按周一至周五计算，请以平台通知为准"
    assert problems(beyond) == []
    assert calendar_text("mon_fri", add_workdays(date(2021, 9, 28), 5)).zh == "工作日按周一至周五计算（不计法定节假日）"
