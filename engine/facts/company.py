"""Company-level facts: the legal entity behind the merchant, independent of any platform."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from engine.facts.domains import AREA, COUNT, DATES, MONEY_CNY, PEOPLE, DateItem
from engine.facts.enums import EntityType, Region
from engine.facts.meta import FACT_MODEL_CONFIG, fact
from engine.facts.places import PlaceText


class Company(BaseModel):
    model_config = FACT_MODEL_CONFIG

    legal_name: str | None = fact("主体名称", "Legal entity name", "营业执照上的名称", "Name on the business licence",
                                  max_length=200)
    unified_social_credit_code: str | None = fact(
        "统一社会信用代码", "Unified social credit code", "18 位，用于识别同一法人主体",
        "18 characters; identifies the same legal entity", max_length=18,
    )
    region: Region | None = fact("所在地区", "Region", "主体注册所在地区", "Where the entity is registered")
    registered_place: PlaceText = fact(
        "注册地（省、市）", "Registered province and city", "营业执照登记地所在的省和市，从行政区划中选择",
        "Province and city of the business licence, chosen from China's administrative divisions",
        max_length=100, place=True,
    )
    registered_city: str | None = fact("注册城市或地址", "Registered city or address",
                                       "营业执照登记的城市或地址，如杭州市西湖区；未选择注册地时据此识别城市",
                                       "City or address on the business licence, e.g. Hangzhou; read when no "
                                       "province and city are chosen", max_length=50)
    entity_type: EntityType | None = fact("主体类型", "Entity type")
    general_taxpayer: bool | None = fact("一般纳税人", "General VAT taxpayer", "是否为增值税一般纳税人",
                                         "Registered as a general VAT taxpayer")
    registration_date: date | None = fact("注册日期", "Registration date", "营业执照成立日期",
                                          "Date of establishment on the business licence", domain=DATES)
    registered_capital_cny: Decimal | None = fact("注册资本", "Registered capital", unit="CNY", domain=MONEY_CNY)
    listed_company: bool | None = fact("上市公司", "Listed company")
    high_tech_enterprise: bool | None = fact("高新技术企业", "High-tech enterprise",
                                             "持有高新技术企业证书", "Holds a high-tech enterprise certificate")
    annual_export_cny: Decimal | None = fact("年出口额", "Annual export value", "最近一个完整年度",
                                             "Most recent full year", unit="CNY", domain=MONEY_CNY)
    rd_staff_count: int | None = fact("研发人数", "R&D staff", unit="people", domain=PEOPLE)
    canton_fair_exhibition_dates: list[DateItem] | None = fact(
        "参加广交会的日期", "Canton Fair exhibition dates",
        "每次参展的开幕日期；从未参展请填空列表", "Opening date of each session exhibited at; empty list if never",
        items=DATES,
    )
    alibaba_finance_overdue: bool | None = fact("阿里平台金融产品逾期", "Overdue on Alibaba finance products")
    business_registration_abnormal: bool | None = fact("工商状态异常", "Business registration status abnormal",
                                                       "被列入经营异常名录等", "E.g. on the abnormal-operations list")
    tax_status_abnormal: bool | None = fact("税务状态异常", "Tax status abnormal")
    tax_investigation_case: bool | None = fact("税务稽查等违法违规案件", "Tax audit or other violation case",
                                               "存在税局稽查等违法违规案件",
                                               "Subject of a tax audit or similar enforcement case")
    court_dishonest_listed: bool | None = fact("法院失信被执行人", "On the court's dishonest-debtor list")
    customs_dishonest_listed: bool | None = fact("海关失信企业", "Customs dishonest enterprise")
    legal_rep_criminal_record: bool | None = fact("法人刑事涉案记录", "Legal representative criminal case record")
    # seeds 002-004
    annual_declared_revenue_cny: Decimal | None = fact(
        "年申报营业额", "Annual declared revenue", "最近一个完整年度向税务机关申报的营业额",
        "Revenue declared to the tax authority for the most recent full year", unit="CNY", domain=MONEY_CNY,
    )
    law_violation_record: bool | None = fact("有违反国家法律法规行为", "Has violated national laws or regulations")
    # seed 001
    famous_trademark_provincial: bool | None = fact(
        "省级及以上驰名/著名商标", "Famous trademark (provincial or higher)",
        "省级以上工商局或相关机构认定", "Recognised by a provincial or higher authority",
    )
    brand_registration_date: date | None = fact("品牌（商标）注册日期", "Brand registration date", domain=DATES)
    floor_area_sqm: Decimal | None = fact("占地面积", "Floor area", "经认证的线下数据", "Verified offline data",
                                          unit="m²", domain=AREA)
    management_certificates_count: int | None = fact("管理体系证书数", "Management system certificates", domain=COUNT)
    qc_staff_count: int | None = fact("质检人数", "QC staff", unit="people", domain=PEOPLE)
    patents_count: int | None = fact("专利数量", "Patents", domain=COUNT)
    employees_count: int | None = fact("员工人数", "Employees", unit="people", domain=PEOPLE)
