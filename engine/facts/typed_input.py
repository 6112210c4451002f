"""Numbers as people type them, and one entry point for every typed fact (numbers and dates).

Accepted: 5000000, 5,000,000, 5 000 000, 500万, 500万元, 1.5亿, 1亿2000万, 3千万, ¥5,000,000, 5 million, full-width
digits (５００万), a unit written after the number when it is the field's own (元 for an amount in CNY, % for a
rate). Refused, with the reason: commas that do not group by three (1,5 may mean 1.5 or 15), a bare number after
万 (3万5 is 35,000 to some and 30,005 to others), another currency, anything else. The field's bounds apply.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, Inexact, InvalidOperation, localcontext
from typing import Any

from engine.facts.paths import fact_spec
from engine.facts.typed_bounds import MAX_INPUT, Bounds, Parsed, field_bounds
from engine.facts.typed_dates import date_text, parse_date
from engine.i18n import Lang, Text

_SCALE = {"亿": 8, "千万": 7, "百万": 6, "十万": 5, "万": 4, "千": 3, "billion": 9, "million": 6, "thousand": 3}
_TOKEN = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)(亿|千万|百万|十万|万|千|billion|million|thousand)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACED = re.compile(r"\d+(?:\s+\d+)+")
#: What may follow (or, for currency signs, precede) a number, per unit of the field.
_UNITS: dict[str, tuple[str, ...]] = {
    "CNY": ("元人民币", "人民币", "元", "rmb", "cny", "¥"),
    "USD": ("美元", "usd", "us$", "$"),
    "%": ("%",),
    "m²": ("平方米", "平米", "m2", "sqm"),
    "people": ("人", "people"),
    "points": ("分", "points"),
    "times": ("次", "times"),
    "years": ("年", "years"),
    "hours": ("小时", "hours"),
    "days": ("天", "days"),
}

NOT_A_NUMBER = Text(zh="不是数字：可写 5000000、5,000,000 或 500万",
                    en="not a number: write it like 5000000, 5,000,000 or 500万")
GROUPING = Text(zh="数字应每三位分隔一次，如 5,000,000；小数请用小数点，如 1.5",
                en="digits must be grouped in threes, e.g. 5,000,000; write decimals with a point, e.g. 1.5")
TRAILING = Text(zh="“万”“亿”后面的数字含义不明：请写 35000 或 3.5万", en="a number after 万 or 亿 is unclear: "
                "write 35000 or 3.5万")
WHOLE = Text(zh="应为整数", en="must be a whole number")
TOO_LONG = Text(zh="内容过长，不是数字", en="too long to be a number")
_UNIT_NAMES = {"CNY": ("人民币元", "CNY"), "USD": ("美元", "USD"), "%": ("百分比", "per cent")}


def number_text(value: Decimal | int, lang: Lang) -> str:
    """A number for people: 5,000,000 (and in Chinese, from 万 up, 500 万 beside it)."""
    exact = Decimal(value)
    digits = f"{exact:,f}" if exact % 1 else f"{exact:,.0f}"
    if lang != "zh" or abs(exact) < 10_000:
        return digits
    scale, word = (8, "亿") if abs(exact) >= 100_000_000 else (4, "万")
    short = (exact / Decimal(10) ** scale).normalize()
    exponent = short.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:  # 1.23456 万 reads worse than the digits alone
        return digits
    return f"{digits}（{short:f} {word}）"


def _split_unit(text: str, unit: str | None) -> tuple[str, Text | None]:
    """The number without the unit written with it (the longest unit word that fits, at either end for currency
    signs). Another field's currency or percentage is refused, never converted."""
    best: tuple[int, str, str] | None = None
    for owner, words in _UNITS.items():
        for word in words:
            at_end = text.endswith(word)
            at_start = word in ("¥", "$", "us$") and text.startswith(word)
            if (at_end or at_start) and (best is None or len(word) > best[0]):
                best = (len(word), owner, "end" if at_end else "start")
    if best is None:
        return text, None
    size, owner, where = best
    if owner == unit:
        return (text[:-size] if where == "end" else text[size:]), None
    if owner in _UNIT_NAMES:
        zh, en = _UNIT_NAMES.get(unit or "", ("", ""))
        if not zh:
            return text, Text(zh="这里只填数字，不带单位", en="enter the number without a unit")
        return text, Text(zh=f"请按{zh}填写", en=f"enter it in {en}")
    return text, None


def _clean(text: str) -> tuple[str, Text | None]:
    """NFKC (full-width to half-width), lower case, spaces between digit groups of three taken as grouping."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower().replace("\u2212", "-")
    for run in _SPACED.findall(cleaned):
        head, *groups = run.split()
        if len(head) > 3 or any(len(g) != 3 for g in groups):
            return cleaned, GROUPING
    return re.sub(r"\s+", "", cleaned), None


def _amount(text: str) -> Decimal | Text:
    """Tokens of number and scale, each scale smaller than the one before (1亿2000万)."""
    total, previous, pos = Decimal(0), 99, 0
    while pos < len(text):
        found = _TOKEN.match(text, pos)
        if found is None:
            return NOT_A_NUMBER
        number, word = found.groups()
        if "," in number and not _GROUPED.fullmatch(number):
            return GROUPING
        scale = _SCALE[word] if word else 0
        if pos and (word is None or scale >= previous):
            return TRAILING if word is None and previous > 0 else NOT_A_NUMBER
        part = Decimal(number.replace(",", "")) * Decimal(10) ** scale
        if pos and part >= Decimal(10) ** previous:
            return NOT_A_NUMBER  # 1亿20000万: the 万 part is not below one 亿
        total, previous, pos = total + part, scale, found.end()
    return total


def parse_number(text: str, *, whole: bool = False, unit: str | None = None,
                 bounds: Bounds | None = None) -> Parsed[Decimal]:
    """The number in ``text`` (exact, as a Decimal); empty text is unknown (value None, no error)."""
    cleaned, problem = _clean(text)
    if problem is not None:
        return Parsed(error=problem)
    if not cleaned:
        return Parsed()
    if len(cleaned) > MAX_INPUT:
        return Parsed(error=TOO_LONG)
    body, other = _split_unit(cleaned, unit)
    if other is not None:
        return Parsed(error=other)
    sign = -1 if body.startswith("-") else 1
    body = body[1:] if body[:1] in "+-" else body
    with localcontext() as exact:  # every digit typed is kept: no rounding to 28 places
        exact.prec, exact.traps[Inexact] = 3 * MAX_INPUT, True
        try:
            amount = _amount(body) if body else NOT_A_NUMBER
        except InvalidOperation:
            amount = NOT_A_NUMBER
        if isinstance(amount, Text):
            return Parsed(error=amount)
        value = sign * amount
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    if whole and value != value.to_integral_value():
        return Parsed(error=WHOLE)
    problem = (bounds or Bounds()).problem(value, number_text)
    return Parsed(error=problem) if problem is not None else Parsed(value)


def parse_fact(path: str, text: str) -> Parsed[Any]:
    """Typed text for a fact: its number (int or Decimal) or date within the field's bounds; other kinds are
    returned as the stripped text (the profile model validates them)."""
    spec = fact_spec(path)
    bounds = field_bounds(spec.info)
    if spec.kind == "date":
        return parse_date(text, bounds)
    if spec.kind in ("int", "decimal"):
        parsed = parse_number(text, whole=spec.kind == "int", unit=spec.unit, bounds=bounds)
        if spec.kind == "int" and parsed.value is not None:
            return Parsed(int(parsed.value))
        return parsed
    return Parsed(text.strip() or None)


def value_text(value: Any, lang: Lang) -> str:
    """How a parsed value is shown back to the person who typed it."""
    if isinstance(value, date):
        return date_text(value, lang)
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return number_text(value, lang)
    return str(value)
