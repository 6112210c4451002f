"""How the checker speaks: the issue's examples one by one, each predicate kind's wording, and the word checks
applied to every text a pack, a fact title or a choice label gives a merchant."""

from __future__ import annotations

import ast
import io
import re
import tokenize
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from words_lint import HALF_WIDTH, all_problems, en_problems, problems, repeated, texts_in, zh_problems

from engine.evaluate import Status, evaluate
from engine.evaluate.predicates import evaluate_predicate
from engine.evaluate.values import Context
from engine.facts import MerchantProfile, fact_specs, parse_profile
from engine.facts.labels import _LABELS
from engine.facts.meta import field_help
from engine.i18n import Text
from engine.rules import get_pack, load_packs
from engine.rules.predicates import Manual

BEIJING = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[1]


def crit(program: str, criterion: str, facts: dict, as_of: str = "2024-01-10T10:00:00+08:00"):
    pack = get_pack(program)
    result = evaluate(parse_profile(facts), pack, datetime.fromisoformat(as_of))
    return next(c for c in result.criteria if c.id == criterion)


# The checks themselves must be able to fail.
@pytest.mark.parametrize(("zh", "problem"), [
    ("违规分值为 24 points,要求 < 24 points", "English unit word"),
    ("出口年限为 3 years", "English unit word"),
    ("服务分档位与权益为 6,要求 ≥ 2", "raw operator"),
    ("见计算器 ta-closure-end", "internal"),
    ("种子 000 的报名门槛", "internal name"),
    ("依据 000_c4f4461ef599c68b.txt", "file name"),
    ("缺少 alibaba_com.membership_type", "fact path"),
    ("注册城市为 宁波,须在规定的 12 项之内", "half-width"),
    ("须为 金品诚企 之一", "之一"),
    ("截止 2020-05-28T14:59:59", "ISO date"),
])
def test_the_zh_checks_catch_what_the_issue_found(zh, problem):
    assert any(problem in p for p in zh_problems(zh)), zh_problems(zh)


@pytest.mark.parametrize("en", ["1 full years", "Export for 1 years", "Distance to pass (ge 500,000)",
                                "2 day left", "see the calculator ta-closure-end"])
def test_the_en_checks_catch_what_the_issue_found(en):
    assert en_problems(en)


def test_repeated_statements_and_missing_facts_are_caught():
    assert repeated("所在地区未知；付费会员类型未知；所在地区未知；付费会员类型未知")
    assert repeated("还需填写：能力、能力")
    assert not repeated("还需填写：所在地区、付费会员类型")


def test_sound_texts_pass_the_checks():
    assert problems(Text(zh="注册资本 10 万元，须达到 50 万元（含）（还差 40 万元）。",
                         en="Registered capital CNY 100,000; at least CNY 500,000 is required (CNY 400,000 short).")) == []
    assert problems(Text(zh="报名已于 2020 年 5 月 28 日 14:59（北京时间）截止", en="1 year; 2 years; 1.5 years")) == []


# Every text a pack, a fact or a choice gives a merchant.
@pytest.mark.parametrize("pack", load_packs(), ids=lambda p: p.id)
def test_every_pack_text_reads_right(pack):
    assert all_problems(texts_in(pack)) == []


def test_fact_titles_and_choice_labels_read_right():
    texts = [spec.text for spec in fact_specs().values()]
    texts += [Text(zh=field_help(s.info, "zh") or "", en=field_help(s.info, "en") or "") for s in fact_specs().values()]
    texts += [label for labels in _LABELS.values() for label in labels.values()]
    assert all_problems(texts) == []


# The issue's examples, one by one.
def test_ningbo_outside_guangzhou_and_shenzhen_reads_as_the_exclusion():
    ningbo = crit("icbu-find-factory-2021", "guangzhou-shenzhen",
                  {"company": {"registered_city": "宁波"}, "alibaba_com": {"membership_type": "gold_supplier"}})
    assert ningbo.status == Status.PASS
    assert ningbo.reason == Text(zh="注册城市或地址为“宁波”（浙江省宁波市），不在广州、深圳。",
                                 en='Registered city or address: "宁波" (Ningbo, Zhejiang), outside Guangzhou and Shenzhen.')
    chosen = crit("icbu-find-factory-2021", "guangzhou-shenzhen",
                  {"company": {"registered_place": "浙江省宁波市"}, "alibaba_com": {"membership_type": "gold_supplier"}})
    assert chosen.reason == Text(zh="注册地浙江省宁波市，不在广州、深圳。",
                                 en="Registered province and city: Ningbo, Zhejiang, outside Guangzhou and Shenzhen.")
    shenzhen = crit("icbu-find-factory-2021", "guangzhou-shenzhen",
                    {"company": {"registered_place": "广东省深圳市"}, "alibaba_com": {"membership_type": "gold_supplier"}})
    assert shenzhen.status == Status.FAIL
    assert shenzhen.reason.zh == ("注册地广东省深圳市：广州、深圳的商家因营业执照中没有生产范围，暂时无法进入频道；"
                                  "金品诚企商家可直接准入。")
    typed = crit("icbu-find-factory-2021", "guangzhou-shenzhen",
                 {"company": {"registered_city": "Shen Zhen"}, "alibaba_com": {"membership_type": "gold_supplier"}})
    assert typed.reason.zh.startswith("注册地“Shen Zhen”（广东省深圳市）：")
    province = crit("icbu-find-factory-2021", "guangzhou-shenzhen",
                    {"company": {"registered_city": "广东"}, "alibaba_com": {"membership_type": "gold_supplier"}})
    assert province.status == Status.UNKNOWN and province.missing == ["company.registered_place"]
    assert province.reason.zh.endswith("只能确定到广东省，请选择所在的市。")  # asks for the city, not "not entered"


def test_a_negated_rule_never_reads_as_its_opposite():
    pred = {"kind": "none_of", "of": [{"kind": "in_set", "fact": "taobao_live.exit_reason",
                                       "values": ["law_or_major_incident"]}]}
    from pydantic import TypeAdapter

    from engine.rules.predicates import Predicate

    model = TypeAdapter(Predicate).validate_python(pred)
    barred = evaluate_predicate(model, Context(parse_profile({"taobao_live": {"exit_reason": "law_or_major_incident"}}),
                                               datetime(2024, 1, 1).date()))
    assert barred.status == Status.FAIL
    assert barred.detail.zh == "上次退出原因为违法或出现重大问题影响恶劣被清退，属于本条排除的情形"
    assert "之一" not in barred.detail.zh and "须为" not in barred.detail.zh
    free = evaluate_predicate(model, Context(parse_profile({"taobao_live": {"exit_reason": "voluntary"}}),
                                             datetime(2024, 1, 1).date()))
    assert free.detail.zh == "上次退出原因为主动申请退出，不属于违法或出现重大问题影响恶劣被清退"
    law = crit("taobao-live-regional-provider-2023", "readmit-law", {"taobao_live": {"exit_reason": "law_or_major_incident"}})
    assert law.reason.zh == "因违法或出现重大问题影响恶劣被清退，永久不得再入驻。"


def test_a_rule_that_does_not_apply_says_so():
    voluntary = crit("taobao-live-regional-provider-2023", "readmit-voluntary",
                     {"taobao_live": {"exit_reason": "never_exited"}})
    assert voluntary.status == Status.PASS
    assert voluntary.reason.zh == "不适用：上次不是主动申请退出（上次退出原因为从未退出或被清退）。"
    generic = crit("icbu-assurance-upgrade-2021", "rejoin-cooldown", {"alibaba_com": {"assurance_upgrade_exited": False}})
    assert generic.reason.zh == "不适用：从未退出保障升级服务。"


def test_any_one_of_never_reads_as_if_all_were_required():
    types = crit("1688-yanxuan-joint-2023", "merchant-type", {"yanxuan_1688": {
        "known_brand_oem": False, "brand_direct": False, "brand_authorised": False, "above_scale_factory_listed": False,
        "specialised_new_factory": False, "known_wholesale_stall_brand": False, "same_entity_sells_elsewhere": True,
        "taobao_crown_or_above": False, "douyin_category_top10pct": False, "jd_store_monthly_gmv_cny": "450000",
        "is_factory": False, "taoxi_multi_factory_supply": False, "sub_orders_30d_high": False}})
    assert types.status == Status.FAIL
    assert types.reason.zh.startswith("以下条件满足其一即可，目前都不满足：①知名品牌代工厂；②品牌直营；")
    assert types.reason.zh.endswith("最接近的是：京东单店月 GMV 45 万元，须达到 50 万元（含）（还差 5 万元）。")
    assert types.reason.en.endswith("Closest: JD single-store monthly GMV CNY 450,000; at least CNY 500,000 is required "
                                    "(CNY 50,000 short).")
    assert "否（要求" not in types.reason.zh and types.reason.zh.count("知名品牌代工厂") == 1


def test_a_hong_kong_gold_supplier_reads_both_branches_apart():
    hk = crit("icbu-2020-06-online-fair-live", "paid-membership-by-region",
              {"company": {"region": "hong_kong"}, "alibaba_com": {"membership_type": "gold_supplier"}},
              "2020-05-20T10:00:00+08:00")
    assert hk.reason.zh == (
        "以下条件满足其一即可，目前都不满足：①所在地区为中国大陆，且付费会员类型为出口通、全球宝或金品诚企；"
        "②所在地区为中国香港或中国台湾，且付费会员类型为中国供应商（港台）。目前所在地区为中国香港，付费会员类型为出口通。")
    assert hk.reason.en.startswith("Any one of these would do, none is met yet: (1) Region: Mainland China, and ")
    unknown = crit("icbu-2020-06-online-fair-live", "paid-membership-by-region", {}, "2020-05-20T10:00:00+08:00")
    assert unknown.reason.zh == "以下条件满足其一即可，还需填写：所在地区、付费会员类型。"  # each fact once


def test_capabilities_say_what_is_missing_once():
    some = crit("taobao-live-regional-provider-2023", "six-capabilities",
                {"taobao_live": {"capabilities": ["bd", "operations", "training", "product_distribution"]}})
    assert some.reason == Text(zh="具备的运营能力还缺：陪跑、投流（共需 6 项）。",
                               en="Capabilities: 2 of the 6 missing (Hands-on coaching and Paid traffic buying).")
    none = crit("taobao-live-regional-provider-2023", "six-capabilities", {})
    assert none.reason.zh.count("具备的运营能力") == 1 and none.missing == ["taobao_live.capabilities"]


def test_units_are_chinese_in_chinese_and_plural_in_english():
    score = crit("icbu-2020-06-online-fair-live", "violation-score", {"alibaba_com": {"violation_score_points": 24}},
                 "2020-05-20T10:00:00+08:00")
    assert score.reason == Text(zh="违规分值 24 分，须低于 24 分（须减少 1 分）。",
                                en="Violation score 24 points; it must be below 24 points (1 point too many).")
    years = crit("icbu-quality-trade-zone-2021", "export-years", {"alibaba_com": {"export_years": 1}},
                 "2021-08-29T10:00:00+08:00")
    assert years.reason.zh == "出口年限 1 年，须达到 3 年（含）（还差 2 年）。"
    assert years.reason.en == "Years of exporting 1 year; at least 3 years is required (2 years short)."
    one = crit("taobao-live-regional-provider-2023", "registered-one-year", {"company": {"registration_date": "2022-06-01"}})
    assert "1 full year ago" in one.reason.en and "years" not in one.reason.en


def test_one_allowed_value_is_named_without_of():
    card = crit("icbu-supplier-card-2021", "verified-supplier", {"alibaba_com": {"membership_type": "gold_supplier"}},
                "2021-08-29T10:00:00+08:00")
    assert card.reason == Text(zh="付费会员类型为出口通，须为金品诚企。",
                               en="Paid membership: Gold Supplier; it must be Verified Supplier.")


def test_calculator_references_are_worded_by_what_they_mean():
    closed = crit("icbu-violation-penalties-2021", "trade-assurance-not-closed",
                  {"alibaba_com": {"ta_refusal_offences": 4}}, "2021-09-01T10:00:00+08:00")
    assert closed.reason.zh == ("拒用信用保障违规次数 4 次；尚未填写最近一次拒用信保处罚日期；"
                                "自该日起 90 天内不得使用信用保障服务。")
    dated = crit("icbu-violation-penalties-2021", "trade-assurance-not-closed",
                 {"alibaba_com": {"ta_refusal_offences": 4, "ta_refusal_last_penalty_date": "2021-09-01"}},
                 "2021-11-30T23:59:59+08:00")
    assert dated.status == Status.FAIL
    assert dated.reason.zh.endswith("90 天内不得使用信用保障服务（至 2021 年 11 月 30 日）；"
                                    "2021 年 12 月 1 日起可使用信用保障服务。")
    below = crit("icbu-violation-penalties-2021", "trade-assurance-not-closed",
                 {"alibaba_com": {"ta_refusal_offences": 3}}, "2021-09-01T10:00:00+08:00")
    assert below.reason.zh == "不适用：拒用信用保障违规次数 3 次，第 4 次起才会关闭信用保障服务资格。"
    band = crit("icbu-rfq-service-score-2021", "benefit-band", {"alibaba_com": {
        "rfq_login_days": 12, "rfq_quote_count_top10": False, "rfq_quote_count_score": 10,
        "rfq_response_rate_top10": False, "rfq_response_rate_score": 10, "rfq_buyer_reply_rate_30d_pct": 0,
        "rfq_gmv_90d_usd": 0, "membership_type": "gold_supplier"}}, "2021-09-10T10:00:00+08:00")
    assert band.status == Status.FAIL
    assert band.reason.zh.startswith("RFQ 服务分 ") and "须达到 40 分（含）（还差" in band.reason.zh
    assert "档位" not in band.reason.zh


def test_a_bound_above_a_decimal_never_says_zero_short():
    rate = crit("icbu-find-factory-2021", "factory-business-type", {"alibaba_com": {"business_type": "trading_company"}},
                "2021-09-01T10:00:00+08:00")
    assert "还差 0" not in rate.reason.zh
    from engine.evaluate.reasons.compare import CompareWhy

    at_bound = CompareWhy(Status.FAIL, "alibaba_com.on_time_dispatch_rate_90d_pct", "gt", 90, 90, 0)
    assert at_bound.text().zh == "近 90 天及时发货率 90%，须超过 90%"


def test_a_missing_fact_is_asked_for_once_in_a_programme():
    result = evaluate(MerchantProfile(), get_pack("icbu-2020-06-online-fair-live"),
                      datetime(2020, 5, 20, tzinfo=BEIJING))
    paths = [m.path for m in result.missing]
    assert len(paths) == len(set(paths))
    for c in result.criteria:
        assert len(c.missing) == len(set(c.missing))
        assert not repeated(c.reason.zh) and not repeated(c.reason.en)


def test_platform_discretion_is_a_note_never_a_criterion():
    for pack in load_packs():
        for c in pack.criteria:
            assert not isinstance(c.test, Manual), f"{pack.id}/{c.id}: the platform's say belongs in notes"
    yanxuan = get_pack("1688-yanxuan-joint-2023")
    assert [n.kind for n in yanxuan.notes] == ["discretion"]
    complete = {"company": {"law_violation_record": False, "annual_declared_revenue_cny": "6000000"}, "yanxuan_1688": {
        "platform_level": 3, "major_complaints": False, "serious_1688_violations": False,
        "settlement_agreement_normal": True, "withholding_agreement_normal": True, "brand_direct": True,
        "previously_left_plan": False}}
    result = evaluate(parse_profile(complete), yanxuan, datetime(2024, 1, 10, tzinfo=BEIJING))
    assert result.status.value == "eligible"
    assert result.notes[0].text.zh.startswith("最终以平台审核为准")
    assert result.model_dump(mode="json")["notes"][0]["kind"] == "discretion"


# Every Chinese text of the desktop app's catalogue and every Chinese message the engine writes.
_QT_KEEPS = re.compile(r"\(&[A-Za-z]\)|\(\*\.[^)]*\)|<[^<>]*>|文件:行:列")  # mnemonics, file filters, markup


def test_the_translations_read_right():
    root = ET.parse(ROOT / "resources" / "i18n" / "eligibility_zh_CN.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        for text in [translation.text or "", *(n.text or "" for n in translation.iter("numerusform"))]:
            said = _QT_KEEPS.sub("", text)
            # markup and the formats a field accepts (例如 2015-03-18) are not what this looks for
            found += [f"{p} in {text!r}" for p in zh_problems(said) if "operator" not in p and "ISO" not in p]
    assert found == []


def _chinese_literals(path: Path) -> list[tuple[int, str]]:
    """The Chinese string literals of a module, docstrings and regular expressions left out."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    docs = {n.value.lineno for n in ast.walk(tree)
            if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING and tok.start[0] not in docs and not re.match(r"[a-zA-Z]*[rR]", tok.string) \
                and re.search("[\u3400-\u9fff]", tok.string):
            out.append((tok.start[0], re.sub(r"\{[^{}]*\}", "X", tok.string)))
    return out


def test_every_chinese_message_of_the_engine_and_the_app_has_chinese_punctuation():
    found = [f"{path.relative_to(ROOT)}:{line}: {text}"
             for folder in ("engine", "gui") for path in sorted((ROOT / folder).rglob("*.py"))
             for line, text in _chinese_literals(path)
             if len(re.findall("[\u3400-\u9fff]", text)) > len(re.findall("[A-Za-z]", text))  # Chinese text
             and HALF_WIDTH.search(text.replace("(X)", ""))]
    assert found == []


@pytest.mark.parametrize("pack", load_packs(), ids=lambda p: p.id)
def test_no_criterion_points_to_readings_a_merchant_never_sees(pack):
    # the programme's readings are for rule authors; a criterion's own reading must say what it means
    said = [t for c in pack.criteria for t in texts_in(c)]
    assert not [t for t in said if "见解读" in t.zh or "see the readings" in t.en.lower()]
