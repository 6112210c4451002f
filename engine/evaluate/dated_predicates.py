"""Time-based predicates: a date within a period, years or days since a date, a waiting period after an event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from engine.evaluate.dates import add_days, add_years, full_years_between, new_year
from engine.evaluate.outcome import Outcome
from engine.evaluate.reasons.dated import CooldownWhy, DateBetweenWhy, SinceWhy
from engine.evaluate.reasons.expiry import NotExpiredWhy
from engine.evaluate.status import Status
from engine.evaluate.values import Context
from engine.rules import predicates as p


def date_between(pred: p.DateBetween, ctx: Context) -> Outcome:
    actual = ctx.value(pred.fact)
    if actual is None:
        return Outcome(Status.UNKNOWN, DateBetweenWhy(Status.UNKNOWN, pred, None), missing=(pred.fact,))
    dates = list(actual) if isinstance(actual, list) else [actual]
    lo_ok: Callable[[date], bool] = (
        (lambda d: d >= pred.start) if pred.inclusive in ("both", "start") else (lambda d: d > pred.start)
    )
    hi_ok: Callable[[date], bool] = (
        (lambda d: d <= pred.end) if pred.inclusive in ("both", "end") else (lambda d: d < pred.end)
    )
    ok = any(lo_ok(d) and hi_ok(d) for d in dates)
    status = Status.PASS if ok else Status.FAIL
    return Outcome(status, DateBetweenWhy(status, pred, actual), evidence=((pred.fact, actual),))


def years_since(pred: p.YearsSince, ctx: Context) -> Outcome:
    start = ctx.value(pred.fact)
    if start is None:
        return Outcome(Status.UNKNOWN, SinceWhy(Status.UNKNOWN, pred.fact, pred.years, pred.op, True, None),
                       missing=(pred.fact,))
    earliest = add_years(start, pred.years)
    if pred.op == "gt":
        earliest = add_days(earliest, 1)
    today = ctx.today
    ok = today >= earliest
    status = Status.PASS if ok else Status.FAIL

    def why() -> SinceWhy:  # the full years are counted only when the reason is read
        years = max(full_years_between(start, today), 0)
        return SinceWhy(status, pred.fact, pred.years, pred.op, True, start, years, earliest)

    return Outcome(status, why, earliest=None if ok else earliest, evidence=((pred.fact, start),))


def days_since(pred: p.DaysSince, ctx: Context) -> Outcome:
    start = ctx.value(pred.fact)
    if start is None:
        return Outcome(Status.UNKNOWN, SinceWhy(Status.UNKNOWN, pred.fact, pred.days, pred.op, False, None),
                       missing=(pred.fact,))
    earliest = add_days(start, pred.days + (1 if pred.op == "gt" else 0))
    ok = ctx.today >= earliest
    days = max((ctx.today - start).days, 0)
    status = Status.PASS if ok else Status.FAIL
    return Outcome(status, lambda: SinceWhy(status, pred.fact, pred.days, pred.op, False, start, days, earliest),
                   earliest=None if ok else earliest, evidence=((pred.fact, start),))


def cooldown(pred: p.Cooldown, ctx: Context) -> Outcome:
    happened = ctx.value(pred.event_flag) if pred.event_flag else None
    if pred.event_flag and happened is False:
        return Outcome(Status.PASS, CooldownWhy(Status.PASS, pred), evidence=((pred.event_flag, False),))
    event = ctx.value(pred.fact)
    if pred.forever and (happened is True or event is not None):
        return Outcome(Status.FAIL, CooldownWhy(Status.FAIL, pred, event))
    if event is None:
        path = pred.fact if happened is True or not pred.event_flag else pred.event_flag
        return Outcome(Status.UNKNOWN, CooldownWhy(Status.UNKNOWN, pred, missing=path), missing=(path,))
    if pred.forever:  # pragma: no cover - handled above
        raise AssertionError
    last = period_end(pred, event)
    earliest = add_days(last, 1)  # the day after the period's last day (Civil Code art. 201-203)
    ok = ctx.today >= earliest
    status = Status.PASS if ok else Status.FAIL
    return Outcome(status, CooldownWhy(status, pred, event, earliest, last), earliest=None if ok else earliest,
                   evidence=((pred.fact, event),))


def period_end(pred: p.Cooldown, event: date) -> date:
    """The last day of the waiting period (the event's day is day 0 and not counted; Civil Code art. 201-203)."""
    if pred.days is not None:
        return add_days(event, pred.days)
    if pred.years is not None:
        return add_years(event, pred.years)
    assert pred.natural_years is not None
    return add_days(new_year(event.year + pred.natural_years), -1)


def not_expired(pred: p.NotExpired, ctx: Context) -> Outcome:
    expiry = ctx.value(pred.fact)
    if expiry is None:
        return Outcome(Status.UNKNOWN, NotExpiredWhy(Status.UNKNOWN, pred, None), missing=(pred.fact,))
    today = ctx.today
    status = Status.PASS if today <= expiry else Status.FAIL
    return Outcome(status, NotExpiredWhy(status, pred, expiry, today), evidence=((pred.fact, expiry),))
