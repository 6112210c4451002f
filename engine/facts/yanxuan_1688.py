"""1688 Yanxuan (1688 严选) facts: the joint-operation merchant plan (seed 004)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from engine.facts.domains import DATES, EVENTS, LEVEL, MONEY_CNY, SCORE
from engine.facts.meta import FACT_MODEL_CONFIG, fact


class Yanxuan1688(BaseModel):
    model_config = FACT_MODEL_CONFIG

    platform_level: int | None = fact("1688 商家平台等级", "1688 merchant platform level", "L3 填 3",
                                      "Enter 3 for L3", domain=LEVEL)
    major_complaints: bool | None = fact("有重大客诉", "Major customer complaints")
    serious_1688_violations: bool | None = fact("严重违反 1688 平台规则", "Serious violation of 1688 rules")
    settlement_agreement_normal: bool | None = fact(
        "严选入驻协议状态正常", "Yanxuan settlement agreement in normal state",
    )
    withholding_agreement_normal: bool | None = fact(
        "严选代扣协议状态正常", "Yanxuan withholding agreement in normal state",
    )
    known_brand_oem: bool | None = fact("知名品牌代工厂", "OEM factory of a well-known brand")
    brand_direct: bool | None = fact("品牌直营", "Brand-operated (direct)")
    brand_authorised: bool | None = fact("品牌授权商家", "Brand-authorised merchant")
    tmall_brand_score: Decimal | None = fact("天猫品牌调性分", "Tmall brand tone score", domain=SCORE)
    above_scale_factory_listed: bool | None = fact("列入国家规上工厂名录", "On the national above-scale factory list")
    specialised_new_factory: bool | None = fact(
        "国家级或省市级专精特新工厂", "National or provincial/municipal specialised-and-new factory",
    )
    known_wholesale_stall_brand: bool | None = fact(
        "知名批发档口贸易品牌", "Well-known wholesale stall trading brand",
        "常用地址包含档口名称的企业", "An enterprise whose usual address includes the stall name",
    )
    same_entity_sells_elsewhere: bool | None = fact(
        "同一经营主体在其他知名电商平台经营", "Same entity sells on another major platform",
    )
    taobao_crown_or_above: bool | None = fact("淘宝店铺达到皇冠级", "Taobao shop at crown level or above")
    douyin_category_top10pct: bool | None = fact("抖音行业动销 TOP10%", "Douyin category sales in the top 10%")
    jd_store_monthly_gmv_cny: Decimal | None = fact("京东单店月 GMV", "JD single-store monthly GMV", unit="CNY",
                                                    domain=MONEY_CNY)
    is_factory: bool | None = fact("为生产工厂", "Is a manufacturing factory")
    taoxi_multi_factory_supply: bool | None = fact("淘系多工厂供货", "Supplies Taobao/Tmall from several factories")
    sub_orders_30d_count: int | None = fact("近 30 天交易子订单数", "Sub-orders in the last 30 days", domain=EVENTS)
    sub_orders_30d_high: bool | None = fact(
        "近 30 天交易子订单数居高", "High sub-order volume in the last 30 days",
        "按严选类目小二或平台给出的口径", "As judged by the Yanxuan category manager or the platform",
    )
    previously_left_plan: bool | None = fact(
        "曾退出或被清退出联营计划", "Left or was removed from the joint-operation plan before",
        "到期未续签而终止的不算", "Not counting a plan that simply expired without renewal",
    )
    left_plan_date: date | None = fact("退出联营计划日期", "Date of leaving the plan", domain=DATES)
    approved_date: date | None = fact("联营计划审核通过日期", "Joint-operation approval date", domain=DATES)
