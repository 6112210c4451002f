"""Units as data: how an amount of each unit is written in Chinese and in English.

A fact declares its unit on the model (``unit="CNY"``); counts whose model declares none are given their
counting word here (``COUNTED``), so that every number a merchant reads says what it counts. Formatting is
total: any value the model accepts (and any Decimal or int at all) formats without raising.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from engine.facts.numbers import en_amount, plain, zh_amount
from engine.i18n import Lang, Text


@dataclass(frozen=True)
class Unit:
    """How a quantity of this unit is written: zh suffix (or prefix), en singular and plural, or a currency."""

    key: str
    zh: str  # written after the number: 分, 年, 元, 美元; "%" is written without a space
    en_one: str = ""
    en_many: str = ""
    currency: str | None = None  # CNY, USD: en "CNY 500,000", zh with 万 / 亿
    prefix: str | None = None  # written before the number in both languages (L3)
    label: Text | None = None  # the unit's name, e.g. for a form field

    def name(self, lang: Lang) -> str:
        if self.label is not None:
            return self.label.get(lang)
        if lang == "zh":
            return self.zh
        return self.currency or self.en_many or self.en_one


def _u(key: str, zh: str, one: str = "", many: str = "", **kw: object) -> Unit:
    return Unit(key, zh, one, many or (one + "s" if one else ""), **kw)  # type: ignore[arg-type]


UNITS: dict[str, Unit] = {u.key: u for u in (
    _u("CNY", "元", currency="CNY", label=Text(zh="元", en="CNY")),
    _u("USD", "美元", currency="USD", label=Text(zh="美元", en="USD")),
    _u("points", "分", "point"),
    _u("years", "年", "year"),
    _u("days", "天", "day"),
    _u("hours", "小时", "hour"),
    _u("people", "人", "person", "people"),
    _u("times", "次", "time"),
    _u("offences", "次", "offence"),
    _u("%", "%", "%", "%"),
    _u("m²", "平方米", "m²", "m²"),
    _u("merchants", "家", "merchant"),
    _u("orders", "笔", "order"),
    _u("items", "个", "item"),
    _u("inquiries", "个", "inquiry", "inquiries"),
    _u("quotes", "条", "quote"),
    _u("accounts", "个", "account"),
    _u("certificates", "项", "certificate"),
    _u("patents", "项", "patent"),
    _u("level", "", prefix="L", label=Text(zh="级", en="level")),
)}

#: Counting words for facts whose model declares no unit (fact path -> unit key).
COUNTED: dict[str, str] = {
    "company.management_certificates_count": "certificates",
    "alibaba_com.product_growth_scores": "points",
    "company.patents_count": "patents",
    "alibaba_com.valid_inquiries_90d": "inquiries",
    "alibaba_com.dispatched_orders_90d": "orders",
    "alibaba_com.rts_items_dispatch_7d_count": "items",
    "alibaba_com.rts_small_order_items_count": "items",
    "alibaba_com.rfq_quote_count_score": "points",
    "alibaba_com.rfq_response_rate_score": "points",
    "alibaba_com.rfq_quotes_last_month": "quotes",
    "alibaba_com.offplatform_contact_offences": "offences",
    "alibaba_com.ta_refusal_offences": "offences",
    "taobao_union.linked_accounts_count": "accounts",
    "taobao_union.new_merchants_by_may31_count": "merchants",
    "taobao_union.new_merchants_campaign_count": "merchants",
    "taobao_union.reward_threshold_orders_x_count": "orders",
    "taobao_union.reward_eligible_merchants_count": "merchants",
    "taobao_union.same_entity_other_recruiter_accounts_count": "accounts",
    "yanxuan_1688.platform_level": "level",
    "yanxuan_1688.tmall_brand_score": "points",
    "yanxuan_1688.sub_orders_30d_count": "orders",
}


def unit_of(key: str | None) -> Unit | None:
    """The unit for a unit key (a fact's or a calculator's ``unit``); an unknown key is written as given."""
    if not key:
        return None
    found = UNITS.get(key)
    return found if found is not None else Unit(key, key, key, key)


def _is_one(value: Decimal | int) -> bool:
    try:
        return Decimal(value) == 1
    except (ArithmeticError, ValueError):
        return False


def quantity(value: Decimal | int, unit: Unit | None, lang: Lang) -> str:
    """``value`` with its unit as people write it: 50 万元 / CNY 500,000, 3 年 / 3 years, 1 year, 95%, L3."""
    if unit is None:
        return plain(value)
    if unit.currency is not None:
        return zh_amount(value) + unit.zh if lang == "zh" else f"{unit.currency} {en_amount(value)}"
    number = plain(value)
    if unit.prefix is not None:
        return unit.prefix + number
    if lang == "zh":
        return number + unit.zh if unit.zh == "%" else f"{number} {unit.zh}"
    word = unit.en_one if _is_one(value) else unit.en_many
    return number + word if word == "%" else f"{number} {word}"


def quantity_text(value: Decimal | int, unit: Unit | None) -> Text:
    return Text(zh=quantity(value, unit, "zh"), en=quantity(value, unit, "en"))


def counted(count: int, unit_key: str, lang: Lang) -> str:
    """A count with its counting word: 2 家 / 2 merchants, 1 day."""
    return quantity(count, unit_of(unit_key), lang)
