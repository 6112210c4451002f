"""Alibaba.com (国际站, ICBU) facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from engine.facts.domains import (
    AREA,
    COUNT,
    DATES,
    DAYS_IN_MONTH,
    EVENTS,
    HOURS_90D,
    MONEY_CNY,
    MONEY_USD,
    PEOPLE,
    PERCENT,
    POINTS,
    SCORE,
    YEARS,
    ScoreItem,
)
from engine.facts.enums import AlibabaIndustry, BusinessType, MembershipType
from engine.facts.meta import FACT_MODEL_CONFIG, fact


class AlibabaCom(BaseModel):
    model_config = FACT_MODEL_CONFIG

    membership_type: MembershipType | None = fact(
        "付费会员类型", "Paid membership", "出口通、全球宝、金品诚企或港台中国供应商",
        "Gold Supplier, Global Treasure, Verified Supplier or China Supplier (HK/TW)",
    )
    membership_expiry_date: date | None = fact("会员服务到期日", "Membership expiry date", domain=DATES)
    renewal_fee_paid: bool | None = fact("已支付续约费用", "Renewal fee paid")
    renewal_fee_received: bool | None = fact("续约款项已到账", "Renewal payment received",
                                             "阿里巴巴已确认收到续约款项",
                                             "Alibaba has confirmed receipt of the renewal payment")
    trade_assurance_lit: bool | None = fact("信用保障亮灯", "Trade Assurance lit",
                                            "店铺信用保障标识已点亮", "The Trade Assurance badge is lit")
    trade_assurance_suspended_or_terminated: bool | None = fact(
        "信用保障服务中止或终止", "Trade Assurance suspended or terminated",
    )
    violation_score_points: int | None = fact("违规分值", "Violation score", "报名账号当前违规扣分",
                                              "Current violation points of the account", unit="points", domain=POINTS)
    serious_ip_violation_penalties: int | None = fact(
        "知识产权严重违规处罚次数", "Serious IP violation penalties", unit="times", domain=COUNT,
    )
    penalized_for_fake_transactions: bool | None = fact("虚假交易被平台处罚", "Penalised for fake transactions")
    main_industry: AlibabaIndustry | None = fact("主营一级行业", "Main level-1 industry",
                                                 "国际站后台显示的主营一级行业",
                                                 "Main level-1 industry shown in the Alibaba.com back office")

    # seed 001: Verified report, quality trading zone, Find-Factory channel
    business_type: BusinessType | None = fact(
        "经营模式", "Business type", "以金品认证/实地认证主体报告为准：工厂、贸易或工贸一体",
        "As stated in the Verified / on-site verification report: manufacturer, trading or both",
    )
    export_years: int | None = fact("出口年限", "Years of exporting", "以金品认证主体报告为准",
                                    "As stated in the Verified report", unit="years", domain=YEARS)
    offers_odm: bool | None = fact("提供 ODM 服务", "Offers ODM service", "以金品认证主体报告为准",
                                   "As stated in the Verified report")
    product_growth_scores: list[ScoreItem] | None = fact(
        "商品成长分", "Product growth scores", "后台显示的各商品成长分；没有商品请填空列表",
        "Growth score of each product shown in the back office; empty list if none", items=SCORE,
    )
    onsite_verified: bool | None = fact("已通过实地认证", "On-site verification passed")
    licence_shows_factory: bool | None = fact(
        "认证营业执照为工厂/工贸一体", "Verified licence shows a factory",
        "实地认证中营业执照为工厂或工贸一体（经营范围含生产）",
        "The on-site verification found a licence of a factory or factory+trading entity (production in scope)",
    )
    find_factory_agreement_accepted: bool | None = fact("已勾选找工厂入驻协议", "Find-Factory agreement ticked")
    valid_inquiries_90d: int | None = fact("近 90 天有效询盘数", "Valid inquiries, last 90 days",
                                           "排除风控后", "Excluding risk-controlled ones", domain=EVENTS)
    reply_time_90d_hours: Decimal | None = fact("近 90 天回复时间", "Reply time, last 90 days", unit="hours",
                                                domain=HOURS_90D)
    reply_rate_90d_pct: Decimal | None = fact("近 90 天回复率", "Reply rate, last 90 days", unit="%", domain=PERCENT)
    dispatched_orders_90d: int | None = fact("近 90 天发货订单数", "Orders dispatched, last 90 days", domain=EVENTS)
    on_time_dispatch_rate_90d_pct: Decimal | None = fact("近 90 天及时发货率", "On-time dispatch rate, last 90 days",
                                                          unit="%", domain=PERCENT)
    ta_gmv_90d_usd: Decimal | None = fact("近 90 天信保 GMV", "Trade Assurance GMV, last 90 days", unit="USD",
                                          domain=MONEY_USD)
    # seed 001: factory + trading (工贸一体) test; a = this entity, b = the associated factory
    affiliate_shareholder_link: bool | None = fact(
        "与关联工厂互为股东或有共同股东", "Shareholder link with the associated factory",
        "本主体（a）与关联工厂（b）互为股东或有共同股东",
        "This entity (a) and the factory (b) hold each other's shares or have a common shareholder",
    )
    affiliate_shareholding_pct: Decimal | None = fact("关联持股比例", "Linking shareholding", unit="%", domain=PERCENT)
    affiliate_concerted_action_signed: bool | None = fact("已签署一致行动书", "Concerted-action agreement signed")
    affiliate_signatory_shareholding_pct: Decimal | None = fact(
        "签字股东合计持股比例", "Signing shareholders' combined stake", unit="%", domain=PERCENT,
    )
    affiliate_same_legal_person: bool | None = fact("与关联工厂为同一法人", "Same legal person as the factory")
    affiliate_floor_area_sqm: Decimal | None = fact("关联主体占地面积", "Associated entity floor area", unit="m²",
                                                    domain=AREA)
    affiliate_qc_staff_count: int | None = fact("关联主体质检人数", "Associated entity QC staff", unit="people",
                                                domain=PEOPLE)
    affiliate_rd_staff_count: int | None = fact("关联主体研发人数", "Associated entity R&D staff", unit="people",
                                                domain=PEOPLE)
    affiliate_employees_count: int | None = fact("关联主体员工人数", "Associated entity employees", unit="people",
                                                 domain=PEOPLE)
    # seed 001: Industrial Brand Station
    annual_marketing_spend_cny: Decimal | None = fact("国际站年营销投入", "Yearly Alibaba.com marketing spend",
                                                      unit="CNY", domain=MONEY_CNY)
    trademark_certificate_or_authorisation: bool | None = fact(
        "有效商标注册证或品牌授权书", "Valid trademark certificate or brand authorisation",
        "有效期内；仅有受理通知书不算", "Within validity; a filing receipt alone does not count",
    )
    # seed 001: Trade Assurance guarantee upgrade service
    trade_assurance_enabled: bool | None = fact("已开通信用保障服务", "Trade Assurance enabled",
                                                "已签署信用保障服务相关协议并开通",
                                                "Trade Assurance agreements signed and the service enabled")
    assurance_upgrade_joined: bool | None = fact("已加入保障升级服务", "Joined the guarantee upgrade service")
    assurance_upgrade_start_date: date | None = fact("保障升级承担保障起始日", "Guarantee upgrade cover start date",
                                                     domain=DATES)
    assurance_upgrade_exited: bool | None = fact("曾退出保障升级服务", "Has exited the guarantee upgrade service")
    assurance_upgrade_exit_date: date | None = fact("保障升级服务退出日", "Guarantee upgrade exit date", domain=DATES)
    rts_items_dispatch_7d_count: int | None = fact("7 天及以内发货的 RTS 商品数", "RTS items dispatched within 7 days",
                                                   domain=COUNT)
    rts_small_order_items_count: int | None = fact("支持小单快定的 RTS 商品数", "RTS items for small quick orders",
                                                   domain=COUNT)
    # seed 001: RFQ service score
    rfq_login_days: int | None = fact("RFQ 登录天数", "RFQ login days", "服务分统计月份内", "In the scoring month",
                                      unit="days", domain=DAYS_IN_MONTH)
    rfq_quote_count_score: int | None = fact("报价个数得分", "Quote count score",
                                             "后台显示的同行对比得分（上限见规则包）",
                                             "Peer-ranked score shown in the back office (cap in the rule pack)",
                                             domain=POINTS)
    rfq_quote_count_top10: bool | None = fact("报价个数同行前 10%", "Quote count in peers' top 10%")
    rfq_response_rate_score: int | None = fact("24 小时报价响应率得分", "24-hour response rate score",
                                               "后台显示的同行对比得分（上限见规则包）",
                                               "Peer-ranked score shown in the back office (cap in the rule pack)",
                                               domain=POINTS)
    rfq_response_rate_top10: bool | None = fact("24 小时报价响应率同行前 10%", "24-hour response rate in top 10%")
    rfq_buyer_reply_rate_30d_pct: Decimal | None = fact("近 30 天报价买家回复率", "Buyer reply rate, last 30 days",
                                                        unit="%", domain=PERCENT)
    rfq_gmv_90d_usd: Decimal | None = fact("RFQ 近 90 天累计实收 GMV", "RFQ GMV received, last 90 days",
                                           unit="USD", domain=MONEY_USD)
    rfq_free_benefit_used_pct: Decimal | None = fact("本月 RFQ 免费权益消耗", "Free RFQ benefit used this month",
                                                     unit="%", domain=PERCENT)
    rfq_quotes_last_month: int | None = fact("上月报价条数", "Quotes sent last month", domain=EVENTS)
    # seed 001: September 2021 procurement festival
    prohibited_category_seller: bool | None = fact("经营禁限售类目", "Sells in prohibited categories")
    ta_self_export_received_usd: Decimal | None = fact(
        "信保/e收汇+自营出口、市场采购累计实收", "Received: TA self-export and market procurement",
        "信用保障/e收汇+自营出口订单、市场采购出口累计实收金额", "Cumulative received amount of those orders",
        unit="USD", domain=MONEY_USD,
    )
    ta_onetouch_received_usd: Decimal | None = fact(
        "信保/e收汇+一达通代理出口累计实收", "Received: TA One-Touch agent export", unit="USD", domain=MONEY_USD,
    )
    # seed 001: violation penalties
    offplatform_contact_offences: int | None = fact(
        "引导站外沟通违规次数", "Off-platform contact offences", "2021 年 1 月 1 日起累计", "Counted since 1 Jan 2021",
        domain=COUNT,
    )
    ta_refusal_offences: int | None = fact("拒用信用保障违规次数", "Trade Assurance refusal offences",
                                           "2021 年 8 月 9 日起累计", "Counted since 9 Aug 2021", domain=COUNT)
    last_penalty_date: date | None = fact("最近一次被执行处罚日期", "Date of the latest penalty", domain=DATES)
    ta_refusal_last_penalty_date: date | None = fact(
        "最近一次拒用信保处罚日期", "Date of the latest Trade Assurance refusal penalty",
        "第 4 次起每次处罚关闭信用保障服务资格 90 天，自该日起算", "From the 4th offence each penalty closes Trade "
        "Assurance for 90 days, counted from this date", domain=DATES,
    )
