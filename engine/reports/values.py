"""Fact values to and from intake-template cells, for every fact kind, in either language."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from engine.facts import FactSpec
from engine.facts.labels import label
from engine.i18n import Lang, Text

UNKNOWN = Text(zh="未知", en="unknown")
YES, NO = Text(zh="是", en="yes"), Text(zh="否", en="no")
EMPTY_LIST = Text(zh="无", en="none")
LIST_SEP = "; "
_UNKNOWN_WORDS = {"", "unknown", "未知"}
_TRUE = {"yes", "y", "true", "是", "1"}
_FALSE = {"no", "n", "false", "否", "0"}
_ZONE = ZoneInfo("Asia/Shanghai")
_MAX_DIGITS = 20  # digits before the point: far beyond every fact's plausible bound (engine/facts/domains.py)


class ValueProblem(ValueError):
    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def bool_labels(lang: Lang) -> list[str]:
    return [YES.get(lang), NO.get(lang), UNKNOWN.get(lang)]


def enum_labels(enum: type[StrEnum], lang: Lang) -> list[str]:
    return [label(member, lang) for member in enum]


def _one_to_cell(kind: str | None, value: Any, lang: Lang) -> Any:
    if isinstance(value, bool):
        return (YES if value else NO).get(lang)
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, Decimal):
        return value if len(value.as_tuple().digits) <= 15 else str(value)  # beyond a double: keep as text
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def to_cell(spec: FactSpec, value: Any, lang: Lang) -> Any:
    """What the template cell holds for ``value`` (None stays an empty cell: unknown)."""
    if value is None:
        return None
    if spec.kind == "list":
        if not value:
            return EMPTY_LIST.get(lang)
        return LIST_SEP.join(_text(_one_to_cell(spec.item_kind, v, lang)) for v in sorted(value, key=str))
    return _one_to_cell(spec.kind, value, lang)


def _text(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def is_unknown(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip().casefold() in _UNKNOWN_WORDS)


def _problem(zh: str, en: str) -> ValueProblem:
    return ValueProblem(Text(zh=zh, en=en))


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().casefold()
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _problem("应为 是 / 否 / 未知", "must be yes, no or unknown")


def _fold(text: str) -> str:
    """Compared as typed: full- and half-width forms alike (（港台） = (港台)), case ignored."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


@cache
def _enum_words(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """Each way a member may be written (its value, its zh and en labels, folded) -> the member."""
    words: dict[str, StrEnum] = {}
    for member in reversed(list(enum)):  # the first member wins a word two members share
        for word in (member.value, label(member, "zh"), label(member, "en")):
            words[_fold(word)] = member
    return words


def _enum(enum: type[StrEnum], raw: Any) -> StrEnum:
    found = _enum_words(enum).get(_fold(str(raw)))
    if found is not None:
        return found
    allowed = "、".join(enum_labels(enum, "zh"))
    raise ValueProblem(Text(zh=f"不是可选的值（可选：{allowed}）",
                            en=f"is not one of the allowed values ({', '.join(enum_labels(enum, 'en'))})"))


def _date(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError:
        raise _problem("日期格式应为 YYYY-MM-DD", "must be a date as YYYY-MM-DD") from None


def _datetime(raw: Any) -> datetime:
    try:
        moment = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw).strip())
    except ValueError:
        raise _problem("时间格式应为 YYYY-MM-DDTHH:MM+08:00", "must be a date-time as YYYY-MM-DDTHH:MM+08:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=_ZONE)


def _number(raw: Any, whole: bool) -> int | Decimal:
    if isinstance(raw, bool):
        raise _problem("应为数字", "must be a number")
    try:
        number = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(str(raw).strip().replace(",", ""))
    except InvalidOperation:
        raise _problem("应为数字", "must be a number") from None
    if not number.is_finite():
        raise _problem("应为数字", "must be a number")
    if number.adjusted() >= _MAX_DIGITS:  # checked before any conversion: int() of 1E+99999999 never ends
        raise _problem(f"数值过大（超过 {_MAX_DIGITS} 位）", f"is too large (more than {_MAX_DIGITS} digits)")
    if whole:
        if number != number.to_integral_value():
            raise _problem("应为整数", "must be a whole number")
        return int(number)
    return number


def _one(kind: str | None, enum: type[StrEnum] | None, raw: Any) -> Any:
    if kind == "bool":
        return _bool(raw)
    if kind == "enum" and enum is not None:
        return _enum(enum, raw)
    if kind == "date":
        return _date(raw)
    if kind == "datetime":
        return _datetime(raw)
    if kind in ("int", "decimal"):
        return _number(raw, kind == "int")
    return raw if isinstance(raw, str) else _text(raw)


def from_cell(spec: FactSpec, raw: Any) -> Any:
    """The fact value a template cell holds; None for unknown. Raises ValueProblem with the reason."""
    if is_unknown(raw):
        return None
    if spec.kind == "list":
        text = str(raw).strip()
        if text.casefold() in {EMPTY_LIST.zh, EMPTY_LIST.en}:
            return []
        if isinstance(raw, datetime | date):
            return [_one(spec.item_kind, spec.enum, raw)]
        parts = [p.strip() for p in text.replace("\uff1b", ";").split(";")]
        return [_one(spec.item_kind, spec.enum, p) for p in parts if p]
    return _one(spec.kind, spec.enum, raw)
