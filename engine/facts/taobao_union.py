"""Taobao Union (淘宝联盟) facts: the customer-acquisition merchant recruiter programme (seed 002)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from engine.facts.domains import COUNT, EVENTS, PEOPLE, PERCENT
from engine.facts.meta import FACT_MODEL_CONFIG, fact


class TaobaoUnion(BaseModel):
    model_config = FACT_MODEL_CONFIG

    # Admission: risk check, general qualifications, plus points, history.
    meets_recruiter_management_rules: bool | None = fact(
        "符合《招商服务商管理规范》要求", "Meets the recruiter management rules",
        "公司要求、关联账号数量等，按《淘宝联盟招商服务商管理规范》自查",
        "Company requirements, number of linked accounts etc., checked against the Taobao Union recruiter rules",
    )
    linked_accounts_count: int | None = fact("关联账号数量", "Linked accounts", domain=COUNT)
    team_size_count: int | None = fact("团队人数", "Team size", "从事招商服务的人员数",
                                       "People working on merchant recruitment", unit="people", domain=PEOPLE)
    offsite_promotion_experience: bool | None = fact(
        "从事过站外推广相关工作", "Off-site promotion experience",
        "历史或当前从事与站外推广相关的工作（加分项）", "Past or current off-site promotion work (a plus point)",
    )
    similar_role_other_platform: bool | None = fact(
        "在其他类似平台从事招商等相似角色", "Similar recruiting role on another platform",
    )
    other_union_partner_role: bool | None = fact(
        "淘宝联盟其他身份的合作伙伴", "Partner of Taobao Union in another role",
    )
    new_merchant_resources: bool | None = fact(
        "具备新商家合作资源与历史案例", "New-merchant resources and past cases",
        "可提交新商家合作资源、历史合作案例的证明材料",
        "Can document new-merchant resources and past cooperation cases",
    )
    niche_industry_expertise: bool | None = fact("具备细分行业专精服务能力", "Specialist service in a niche industry")
    exclusive_promotion_channel: bool | None = fact("有独家推广渠道", "Exclusive promotion channel")
    held_recruiter_permission_before: bool | None = fact(
        "曾开放过招商团长权限", "Held the recruiter permission before",
    )
    past_performance_poor: bool | None = fact("历史合作表现不佳", "Poor past cooperation performance")
    recently_removed: bool | None = fact("近期被清退", "Recently removed as a recruiter")
    admitted_to_trial: bool | None = fact(
        "审核通过进入试用期", "Admitted to the trial",
        "出现在 2024 年 5 月 6 日公示的通过名单中；公示前或未通过填“否”",
        "Listed among the approved applicants published on 6 May 2024; no before publication or if not listed",
    )
    # Trial assessment, May to August 2024.
    basic_assessment_may_passed: bool | None = fact(
        "5 月基础项考核达标", "May basic assessment met",
        "以招商服务商后台考核任务为准", "As shown in the recruiter back office",
    )
    basic_assessment_june_passed: bool | None = fact("6 月基础项考核达标", "June basic assessment met")
    basic_assessment_july_passed: bool | None = fact("7 月基础项考核达标", "July basic assessment met")
    new_merchants_by_may31_count: int | None = fact(
        "活动开始至 5 月 31 日引入新商家数", "New merchants from campaign start to 31 May",
        "截至 2024 年 5 月 31 日 23:59:59；活动开始前拉新的商家不计入",
        "Up to 31 May 2024, 23:59:59; merchants signed before the campaign started do not count", domain=COUNT,
    )
    new_merchants_campaign_count: int | None = fact(
        "整体活动期内引入新商家数", "New merchants over the whole campaign",
        "活动开始前拉新的商家不计入", "Merchants signed before the campaign started do not count", domain=COUNT,
    )
    reward_threshold_orders_x_count: int | None = fact(
        "奖励门槛 X（单品推广成交笔数）", "Reward threshold X (orders of one product)",
        "以拓客先锋活动公告为准", "As published in the campaign notice", domain=EVENTS,
    )
    reward_threshold_settlement_rate_y_pct: Decimal | None = fact(
        "奖励门槛 Y（订单有效结算率）", "Reward threshold Y (valid settlement rate)",
        "以拓客先锋活动公告为准", "As published in the campaign notice", unit="%", domain=PERCENT,
    )
    reward_eligible_merchants_count: int | None = fact(
        "满足可计算奖励的新商家数", "Reward-eligible new merchants",
        "任一单品成交达到 X 笔且总订单有效结算率达到 Y%；618 期间全程退出淘宝客的商家不计入",
        "Any single product with X orders or more and a valid settlement rate of Y% or more; merchants that left "
        "Taobaoke for the whole 618 period do not count", domain=COUNT,
    )
    same_entity_other_recruiter_accounts_count: int | None = fact(
        "同一主体的其他团长账号数", "Other recruiter accounts of the same entity", domain=COUNT,
    )
    campaign_cheating_found: bool | None = fact(
        "被认定作假舞弊、翘单、刷单或虚假承诺、诱导返利",
        "Found cheating, order diversion, fake orders or false promises",
    )
    violated_management_rules: bool | None = fact(
        "违反《招商服务商管理规范》", "Violated the recruiter management rules",
    )
