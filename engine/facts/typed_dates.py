"""Dates as people type them: 2015-03-18, 2015/3/18, 2015.3.18, 2015年3月18日, 20150318 (full-width digits too).

The year comes first, always: 03/04/2015 could be either day, so it is refused with a hint rather than guessed.
An impossible date (2015-02-30) is refused with the reason; nothing is rounded to a nearby day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from engine.facts.typed_bounds import MAX_INPUT, Bounds, Parsed
from engine.i18n import Lang, Text

_SEPARATED = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]?")
_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR_LAST = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")

NOT_A_DATE = Text(zh="不是日期：可写 2015-03-18、2015/3/18、2015年3月18日 或 20150318",
                  en="not a date: write it like 2015-03-18, 2015/3/18 or 20150318")
YEAR_FIRST = Text(zh="请把四位年份写在前面，如 2015-03-18", en="put the four-digit year first, e.g. 2015-03-18")
TOO_LONG = Text(zh="内容过长，不是日期", en="too long to be a date")


def date_text(value: date, lang: Lang) -> str:
    """A date for people: 2015 年 3 月 18 日 / 18 Mar 2015."""
    if lang == "zh":
        return f"{value.year} 年 {value.month} 月 {value.day} 日"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _parts(text: str) -> tuple[int, int, int] | None:
    for pattern in (_SEPARATED, _CHINESE, _DIGITS):
        found = pattern.fullmatch(text)
        if found is not None:
            numbers = [g for g in found.groups() if g.isdigit()]
            return int(numbers[0]), int(numbers[1]), int(numbers[2])
    return None


def _impossible(year: int, month: int, day: int) -> Text:
    if not 1 <= month <= 12:
        return Text(zh=f"没有 {month} 月", en=f"there is no month {month}")
    if year < 1:
        return Text(zh="年份不对", en="the year is not valid")
    name = _MONTH_NAMES[month - 1]
    return Text(zh=f"{year} 年 {month} 月没有 {day} 日", en=f"{name} {year} has no day {day}")


def parse_date(text: str, bounds: Bounds | None = None) -> Parsed[date]:
    """The date in ``text``; empty text is unknown (value None, no error)."""
    cleaned = _clean(text)
    if not cleaned:
        return Parsed()
    if len(cleaned) > MAX_INPUT:
        return Parsed(error=TOO_LONG)
    parts = _parts(cleaned)
    if parts is None:
        return Parsed(error=YEAR_FIRST if _YEAR_LAST.fullmatch(cleaned) else NOT_A_DATE)
    try:
        value = date(*parts)
    except ValueError:
        return Parsed(error=_impossible(*parts))
    problem = (bounds or Bounds()).problem(value, date_text)
    return Parsed(error=problem) if problem is not None else Parsed(value)
