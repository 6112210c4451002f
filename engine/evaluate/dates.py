"""Calendar arithmetic used by time-based criteria."""

from __future__ import annotations

from datetime import date, timedelta


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


def new_year(year: int) -> date:
    """1 January of ``year``, saturating at ``date.max``."""
    return date(year, 1, 1) if year <= date.max.year else date.max


def full_years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years
