"""Time-based predicates: a date within a period, years or days since a date, a waiting period after an event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from engine.evaluate.dates import add_days, add_years, full_years_between, new_year
from engine.evaluate.outcome import Outcome
from engine.evaluate.status import Status
from engine.evaluate.values import SYMBOL, Context, title_of, unknown, value_text
from engine.i18n import Text
from engine.rules import predicates as p


def date_between(pred: p.DateBetween, ctx: Context) -> Outcome:
    actual = ctx.value(pred.fact)
    if actual is None:
        return unknown(pred.fact)
    dates = list(actual) if isinstance(actual, list) else [actual]
    lo_ok: Callable[[date], bool] = (
        (lambda d: d >= pred.start) if pred.inclusive in ("both", "start") else (lambda d: d > pred.start)
    )
    hi_ok: Callable[[date], bool] = (
        (lambda d: d <= pred.end) if pred.inclusive in ("both", "end") else (lambda d: d < pred.end)
    )
    ok = any(lo_ok(d) and hi_ok(d) for d in dates)

    def detail() -> Text:
        title, shown = title_of(pred.fact), value_text(pred.fact, actual)
        return Text(zh=f"{title.zh}:{shown.zh};要求在 {pred.start} 至 {pred.end} 期间",
                    en=f"{title.en}: {shown.en}; required between {pred.start} and {pred.end}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, evidence=((pred.fact, actual),))


def years_since(pred: p.YearsSince, ctx: Context) -> Outcome:
    start = ctx.value(pred.fact)
    if start is None:
        return unknown(pred.fact)
    earliest = add_years(start, pred.years)
    if pred.op == "gt":
        earliest = add_days(earliest, 1)
    today = ctx.today
    ok = today >= earliest

    def detail() -> Text:
        years = max(full_years_between(start, today), 0)
        title, want = title_of(pred.fact), f"{SYMBOL[pred.op]} {pred.years}"
        return Text(zh=f"{title.zh}为 {start},至 {today} 满 {years} 年;要求 {want} 年,{earliest} 起满足",
                    en=f"{title.en} is {start}: {years} full years by {today}; required {want} years, "
                    f"met from {earliest}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, earliest=None if ok else earliest,
                   evidence=((pred.fact, start),))


def days_since(pred: p.DaysSince, ctx: Context) -> Outcome:
    start = ctx.value(pred.fact)
    if start is None:
        return unknown(pred.fact)
    earliest = add_days(start, pred.days + (1 if pred.op == "gt" else 0))
    ok = ctx.today >= earliest
    days = (ctx.today - start).days

    def detail() -> Text:
        title, sym = title_of(pred.fact), SYMBOL[pred.op]
        return Text(zh=f"{title.zh}为 {start},已过 {days} 天;要求 {sym} {pred.days} 天,{earliest} 起满足",
                    en=f"{title.en} is {start}: {days} days ago; required {sym} {pred.days} days, "
                    f"met from {earliest}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, earliest=None if ok else earliest,
                   evidence=((pred.fact, start),))


def cooldown(pred: p.Cooldown, ctx: Context) -> Outcome:
    happened = ctx.value(pred.event_flag) if pred.event_flag else None
    if pred.event_flag and happened is False:
        title = title_of(pred.event_flag)
        return Outcome(Status.PASS, Text(zh=f"{title.zh}:否", en=f"{title.en}: no"),
                       evidence=((pred.event_flag, False),))
    event = ctx.value(pred.fact)
    title = title_of(pred.fact)
    if pred.forever and (happened is True or event is not None):
        return Outcome(Status.FAIL, Text(zh=f"{title.zh}:{event or '是'};永久不得再申请",
                                         en=f"{title.en}: {event or 'yes'}; may never re-apply"))
    if event is None:
        missing = (pred.fact,) if happened is True or not pred.event_flag else (pred.event_flag,)
        if not pred.event_flag or happened is True:
            return Outcome(Status.UNKNOWN, Text(zh=f"{title.zh}未知", en=f"{title.en} is unknown"),
                           missing=missing)
        flag_title = title_of(pred.event_flag)
        return Outcome(Status.UNKNOWN, Text(zh=f"{flag_title.zh}未知", en=f"{flag_title.en} is unknown"),
                       missing=(pred.event_flag,))
    if pred.forever:  # pragma: no cover - handled above
        raise AssertionError
    last, rule = _period_end(pred, event)
    earliest = add_days(last, 1)  # the day after the period's last day (Civil Code art. 201-203)
    ok = ctx.today >= earliest

    def detail() -> Text:
        return Text(zh=f"{title.zh}为 {event};期限 {rule.zh},至 {last} 止,{earliest} 起不再受此限制",
                    en=f"{title.en} is {event}; a period of {rule.en}, through {last}, no longer applies from "
                    f"{earliest}")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, earliest=None if ok else earliest,
                   evidence=((pred.fact, event),))


def _period_end(pred: p.Cooldown, event: date) -> tuple[date, Text]:
    """The last day of the waiting period (the event's day is day 0 and not counted) and the rule's words."""
    if pred.days is not None:
        return add_days(event, pred.days), Text(zh=f"{pred.days} 天", en=f"{pred.days} days")
    if pred.years is not None:
        return add_years(event, pred.years), Text(zh=f"{pred.years} 年", en=f"{pred.years} year(s)")
    assert pred.natural_years is not None
    last = add_days(new_year(event.year + pred.natural_years), -1)
    return last, Text(zh=f"{pred.natural_years} 个自然年", en=f"{pred.natural_years} natural year(s)")


def not_expired(pred: p.NotExpired, ctx: Context) -> Outcome:
    expiry = ctx.value(pred.fact)
    if expiry is None:
        return unknown(pred.fact)
    today = ctx.today
    ok = today <= expiry

    def detail() -> Text:
        title = title_of(pred.fact)
        if ok:
            return Text(zh=f"{title.zh}为 {expiry},{today} 仍在服务期内",
                        en=f"{title.en} is {expiry}: still in service on {today}")
        return Text(zh=f"{title.zh}为 {expiry},服务已于该日结束({today} 已过期)",
                    en=f"{title.en} is {expiry}: the service ended that day (expired by {today})")

    return Outcome(Status.PASS if ok else Status.FAIL, detail, evidence=((pred.fact, expiry),))
