"""Alibaba.com (国际站, ICBU) facts."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from engine.facts.enums import AlibabaIndustry, MembershipType
from engine.facts.meta import FACT_MODEL_CONFIG, fact


class AlibabaCom(BaseModel):
    model_config = FACT_MODEL_CONFIG

    membership_type: MembershipType | None = fact(
        "付费会员类型", "Paid membership", "出口通、全球宝、金品诚企或港台中国供应商",
        "Gold Supplier, Global Treasure, Verified Supplier or China Supplier (HK/TW)",
    )
    membership_expiry_date: date | None = fact("会员服务到期日", "Membership expiry date")
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
                                              "Current violation points of the account", unit="points", ge=0)
    serious_ip_violation_penalties: int | None = fact(
        "知识产权严重违规处罚次数", "Serious IP violation penalties", unit="times", ge=0,
    )
    penalized_for_fake_transactions: bool | None = fact("虚假交易被平台处罚", "Penalised for fake transactions")
    main_industry: AlibabaIndustry | None = fact("主营一级行业", "Main level-1 industry",
                                                 "国际站后台显示的主营一级行业",
                                                 "Main level-1 industry shown in the Alibaba.com back office")
