"""Calendar arithmetic used by time-based criteria."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import overload


def add_years(d: date, years: int) -> date:
    """Same month and day ``years`` later; 29 February becomes 28 February in a common year.

    Past the calendar's end (year 9999) the result is ``date.max``: a date no as-of ever reaches.
    """
    if d.year + years > date.max.year:
        return date.max
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def add_days(d: date, days: int) -> date:
    """``d`` plus ``days``, saturating at ``date.max`` instead of overflowing."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max


#: Where instant arithmetic saturates: an instant no as-of ever reaches, a day before the calendar's end so
#: that it can still be shown in any time zone.
LAST_INSTANT = datetime(9999, 12, 30, tzinfo=UTC)


@overload
def shift(moment: datetime, span: timedelta) -> datetime: ...
@overload
def shift(moment: date, span: timedelta) -> date: ...
def shift(moment: date, span: timedelta) -> date:
    """``moment`` (a date or an aware instant) plus ``span``, saturating instead of overflowing: a date at
    ``date.max``, an instant at ``LAST_INSTANT``."""
    try:
        return moment + span
    except OverflowError:
        return LAST_INSTANT if isinstance(moment, datetime) else date.max


def new_year(year: int) -> date:
    """1 January of ``year``, saturating at ``date.max``."""
    return date(year, 1, 1) if year <= date.max.year else date.max


def full_years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years
