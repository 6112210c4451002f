"""Taobao Live (淘宝直播) facts: the regional industry service provider programme (seed 003)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from engine.facts.domains import DATES, MONEY_CNY
from engine.facts.enums_taobao import LiveExitReason, LiveProviderCapability
from engine.facts.meta import FACT_MODEL_CONFIG, fact
from engine.facts.places import PlaceText


class TaobaoLive(BaseModel):
    model_config = FACT_MODEL_CONFIG

    taobao_real_name_verified: bool | None = fact("已完成淘宝实名认证", "Taobao real-name verification completed",
                                                  "经营主体的淘宝实名认证", "Of the operating entity")
    deposit_paid_cny: Decimal | None = fact("已缴保证金", "Deposit paid", "已缴纳的机构保证金金额",
                                            "Institution deposit paid so far", unit="CNY", domain=MONEY_CNY)
    is_shop_account: bool | None = fact("申请账号为店铺账号", "Applying account is a shop account")
    service_place: PlaceText = fact(
        "服务城市（省、市）", "Service province and city", "申请服务的产业带所在的省和市，从行政区划中选择",
        "Province and city of the industrial belt to be served, chosen from China's administrative divisions",
        max_length=100, place=True,
    )
    service_city: str | None = fact("服务城市（文字）", "Service city (as written)",
                                    "申请服务的产业带所在城市，如杭州；未选择服务城市时据此识别",
                                    "City of the industrial belt to be served, e.g. Hangzhou; read when no "
                                    "province and city are chosen", max_length=50)
    capabilities: list[LiveProviderCapability] | None = fact(
        "具备的运营能力", "Capabilities", "勾选已具备的全部能力；一项都没有请填空列表",
        "Tick every capability you have; an empty list if none",
    )
    exit_reason: LiveExitReason | None = fact("上次退出原因", "Reason of the last exit",
                                              "曾是区域产业服务商并退出或被清退时填写",
                                              "If you were a regional provider and left or were removed")
    exit_date: date | None = fact("退出或清退日期", "Exit or removal date", domain=DATES)
    plans_voluntary_exit: bool | None = fact("计划申请主动退出", "Planning to leave voluntarily")
