"""Working days in mainland China: public holidays and the weekend days worked to make up for them (调休),
from the ``chinesecalendar`` package (import ``chinese_calendar``), which follows the State Council's yearly
holiday notices. Beyond the years its data covers, a day counts Monday to Friday, and the result says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import chinese_calendar

from engine.evaluate.reasons.workdays import calendar_words
from engine.i18n import Text


@dataclass(frozen=True)
class WorkdaySpan:
    last: date  # the count-th working day after the start day (which is not counted)
    beyond: date | None  # the first day counted Monday to Friday because the calendar has no data for it


@cache
def data_years() -> tuple[int, int]:
    """The first and last year the holiday calendar covers."""
    days = [*chinese_calendar.holidays, *chinese_calendar.workdays]
    return min(days).year, max(days).year


def _is_workday(day: date) -> bool | None:
    """True / False from the calendar; None when the calendar has no data for the day's year."""
    first, last = data_years()
    if not first <= day.year <= last:
        return None
    return bool(chinese_calendar.is_workday(day))


def add_workdays(start: date, count: int, calendar: str = "cn_mainland") -> WorkdaySpan:
    """The ``count``-th working day after ``start`` (the start day itself is not counted)."""
    day, beyond = start, None
    while count > 0:
        if day == date.max:  # saturate at the calendar's end, as the rest of the date arithmetic does
            break
        day += timedelta(days=1)
        known = _is_workday(day) if calendar == "cn_mainland" else None
        if known is None:
            if calendar == "cn_mainland" and beyond is None:
                beyond = day
            known = day.weekday() < 5
        if known:
            count -= 1
    return WorkdaySpan(day, beyond)


def calendar_text(calendar: str, span: WorkdaySpan) -> Text:
    """Which calendar counted the days, and where it ran out of data (words: ``reasons.workdays``)."""
    return calendar_words(calendar, data_years(), span.beyond)
