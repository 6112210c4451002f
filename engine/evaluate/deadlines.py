"""Deadlines counted from an event: the 1688 Yanxuan tagging objection window and plan validity (seed 004).

The durations come from the rule pack (the caller passes them); this module holds only the arithmetic.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from engine.evaluate.dates import add_days, add_years


class NaiveDeadlineError(ValueError):
    """An instant without a time zone: the deadline would be ambiguous."""


def objection_deadline(notified_at: datetime, hours: int, /) -> datetime:
    """The last instant to object to a tagging: the notice instant plus ``hours`` (same zone as the notice).

    Seed 004 counts the window from the platform's notice (通知发出后的24小时内); the product is tagged
    at that same instant (发送24小时后正式打标).
    """
    if notified_at.tzinfo is None or notified_at.utcoffset() is None:
        raise NaiveDeadlineError("the notice time must include a time zone")
    if hours < 0:
        raise ValueError("hours must not be negative")
    return notified_at + timedelta(hours=hours)


def objection_in_time(notified_at: datetime, objected_at: datetime, hours: int, /) -> bool:
    """Whether an objection at ``objected_at`` falls within the window (the deadline instant included)."""
    if objected_at.tzinfo is None or objected_at.utcoffset() is None:
        raise NaiveDeadlineError("the objection time must include a time zone")
    return notified_at <= objected_at <= objection_deadline(notified_at, hours)


def validity_end(approved_on: date, years: int, /) -> date:
    """Last day of a validity of ``years`` counted from ``approved_on``: the day before the anniversary."""
    if years < 1:
        raise ValueError("years must be at least 1")
    return add_days(add_years(approved_on, years), -1)
