"""Time-based kinds: a date within a period, years or days since a date, a waiting period after an event.

A failing rule says from which day it will pass; dates are written for people (2023 年 8 月 29 日 / 29 Aug 2023).
A waiting period (``cooldown``) says what it blocks in the source's words (``blocks``: 再申请, 再准入, 再加入,
使用信用保障服务), through which day, and from which day it is possible again: periods count as the Civil Code
does (the event's day is not counted): 2023 年 3 月 1 日 + 180 天 -> 至 2023 年 8 月 28 日；2023 年 8 月 29 日起可
再申请.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from engine.evaluate.reasons.base import Why, cat, not_entered, title
from engine.evaluate.status import Status
from engine.facts.moments import day
from engine.facts.paths import fact_value_text
from engine.facts.units import quantity_text, unit_of
from engine.i18n import Text
from engine.rules import predicates as p

_YEARS, _DAYS = unit_of("years"), unit_of("days")
_EXCLUDED = {"start": ("（不含末日）", " (the last day excluded)"),
             "end": ("（不含首日）", " (the first day excluded)"),
             "neither": ("（不含首尾两日）", " (both ends excluded)")}


def fact_state(fact: str, value: Any) -> Text:
    if value is None:
        return not_entered([fact])
    t, v = title(fact), fact_value_text(fact, value)
    return Text(zh=cat(t.zh, v.zh), en=f"{t.en} {v.en}")


class DateBetweenWhy(Why):
    __slots__ = ("actual", "pred")

    def __init__(self, status: Status, pred: p.DateBetween, actual: Any) -> None:
        super().__init__(status)
        self.pred, self.actual = pred, actual

    def _period(self) -> Text:
        s, e = day(self.pred.start), day(self.pred.end)
        zh, en = _EXCLUDED.get(self.pred.inclusive, ("", ""))
        return Text(zh=f"{s.zh}至 {e.zh}期间{zh}", en=f"between {s.en} and {e.en}{en}")

    def state(self) -> Text:
        if self.actual is None:
            return not_entered([self.pred.fact])
        t, v = title(self.pred.fact), fact_value_text(self.pred.fact, self.actual)
        return Text(zh=f"{t.zh}：{v.zh}", en=f"{t.en}: {v.en}")

    def wanted(self) -> Text:
        t, period = title(self.pred.fact), self._period()
        return Text(zh=cat(t.zh, "在", period.zh), en=f"{t.en} {period.en}")

    def text(self) -> Text:
        state, period = self.state(), self._period()
        if self.status is Status.PASS:
            return Text(zh=cat(state.zh, "，在", period.zh), en=f"{state.en}, {period.en}")
        some = isinstance(self.actual, list)
        need = Text(zh=cat("须有一次在" if some else "须在", period.zh),
                    en=f"{'one must be' if some else 'it must be'} {period.en}")
        return Text(zh=f"{state.zh}，{need.zh}" if self.actual is not None else f"{state.zh}；{need.zh}",
                    en=f"{state.en}; {need.en}")


class SinceWhy(Why):
    """``years_since`` / ``days_since``: at least (``ge``) or more than (``gt``) N years or days since a date."""

    __slots__ = ("earliest", "elapsed", "fact", "n", "op", "start", "years")

    def __init__(self, status: Status, fact: str, n: int, op: str, years: bool, start: date | None,
                 elapsed: int = 0, earliest: date | None = None) -> None:
        super().__init__(status)
        self.fact, self.n, self.op, self.years = fact, n, op, years
        self.start, self.elapsed, self.earliest = start, elapsed, earliest

    def _n(self, count: int) -> Text:
        return quantity_text(count, _YEARS if self.years else _DAYS)

    def rule(self) -> Text:
        n = self._n(self.n)
        if self.op == "gt":
            return Text(zh=f"须超过 {n.zh}", en=f"more than {n.en} required")
        return Text(zh=f"须满 {n.zh}", en=f"at least {n.en} required")

    def state(self) -> Text:
        return fact_state(self.fact, self.start)

    def wanted(self) -> Text:
        t, n = title(self.fact), self._n(self.n)
        more = self.op == "gt"
        return Text(zh=cat(t.zh, "已超过 " if more else "已满 ", n.zh),
                    en=f"{t.en} {'more than' if more else 'at least'} {n.en} ago")

    def text(self) -> Text:
        state, rule = self.state(), self.rule()
        if self.start is None:
            return Text(zh=f"{state.zh}；{rule.zh}", en=f"{state.en}; {rule.en}")
        elapsed = self._n(self.elapsed)
        full = "full " if self.years else ""
        if self.status is Status.PASS:
            return Text(zh=f"{state.zh}，已满 {elapsed.zh}（{rule.zh}）",
                        en=f"{state.en}, {elapsed.en.replace(' ', ' ' + full, 1)} ago ({rule.en})")
        n, when = self._n(self.n), day(self.earliest) if self.earliest else None
        short = "未超过" if self.op == "gt" else "不满"
        zh = f"{state.zh}，{short} {n.zh}"
        en = f"{state.en}, {'not more than' if self.op == 'gt' else 'less than'} {n.en} ago"
        if when is not None:
            zh += f"；{when.zh}起{'超过' if self.op == 'gt' else '满'} {n.zh}"
            en += f"; met from {when.en}"
        return Text(zh=zh, en=en)


_REAPPLY = Text(zh="再申请", en="re-application")


class CooldownWhy(Why):
    """A period after an event in which something is not possible (re-application unless the pack's ``blocks``
    says what): none (the event never happened), forever, or through its last day and possible from the next
    (Civil Code art. 201: the event's day is not counted)."""

    __slots__ = ("earliest", "event", "last", "missing", "pred")

    def __init__(self, status: Status, pred: p.Cooldown, event: Any = None, earliest: date | None = None,
                 last: date | None = None, missing: str | None = None) -> None:
        super().__init__(status)
        self.pred, self.event, self.earliest, self.last, self.missing = pred, event, earliest, last, missing

    def _what(self) -> Text:
        return self.pred.blocks or _REAPPLY

    def _period(self) -> tuple[Text, str]:
        """180 天 / 180 days, and the English adjective (180-day)."""
        pred = self.pred
        if pred.days is not None:
            return quantity_text(pred.days, _DAYS), f"{pred.days}-day"
        if pred.years is not None:
            return quantity_text(pred.years, _YEARS), f"{pred.years}-year"
        n = pred.natural_years or 1
        return Text(zh=f"{n} 个自然年", en=f"{n} calendar year{'s' if n != 1 else ''}"), f"{n}-calendar-year"

    def _rule(self) -> Text:
        what = self._what()
        if self.pred.forever:
            return Text(zh=f"永久不得{what.zh}", en=f"{what.en} is never possible")
        period, _ = self._period()
        return Text(zh=cat(period.zh, f"内不得{what.zh}"), en=f"no {what.en} for {period.en}")

    def state(self) -> Text:
        pred = self.pred
        if self.missing is not None:
            return not_entered([self.missing])
        if self.event is not None:
            return fact_state(pred.fact, self.event)
        flag = title(pred.event_flag or pred.fact)
        happened = self.status is not Status.PASS
        return Text(zh=f"{flag.zh}：{'是' if happened else '否'}", en=f"{flag.en}: {'yes' if happened else 'no'}")

    def wanted(self) -> Text:
        t = title(self.pred.fact)
        if self.pred.forever:
            return Text(zh=cat("从未", t.zh.removeprefix("曾")), en=f"never: {t.en}")
        period, _ = self._period()
        return Text(zh=cat(t.zh, "后", period.zh, "已过"), en=f"{period.en} past the {t.en[:1].lower()}{t.en[1:]}")

    def text(self) -> Text:
        state, rule, what = self.state(), self._rule(), self._what()
        if self.status is Status.UNKNOWN:
            if self.missing == self.pred.fact and not self.pred.forever:
                return Text(zh=f"{state.zh}；" + cat("自该日起", rule.zh), en=f"{state.en}; {rule.en} after it")
            if self.missing is not None and self.missing == self.pred.event_flag:  # whether it happened at all
                event = title(self.pred.fact)
                since = "" if self.pred.forever else cat("自", event.zh, "起")
                return Text(zh=f"{state.zh}；如是，" + cat(since, rule.zh),
                            en=f"{state.en}; if so, {rule.en}" + ("" if self.pred.forever else
                                                                  f" from the {event.en[:1].lower()}{event.en[1:]}"))
            return Text(zh=f"{state.zh}；{rule.zh}", en=f"{state.en}; {rule.en}")
        if self.event is None and self.status is Status.PASS:  # the event never happened
            flag = title(self.pred.event_flag or self.pred.fact)
            zh = f"不适用：从未{flag.zh[1:]}" if flag.zh.startswith("曾") else f"不适用（{state.zh}）"
            return Text(zh=zh, en=f"does not apply ({state.en})")
        if self.pred.forever or self.earliest is None or self.last is None:
            return Text(zh=f"{state.zh}，{rule.zh}", en=f"{state.en}; {rule.en}")
        when, last = day(self.earliest), day(self.last)
        period, adjective = self._period()
        if self.status is Status.PASS:
            return Text(zh=cat(state.zh, "，", period.zh, f"已过（{when.zh}起可{what.zh}）"),
                        en=f"{state.en}; the {adjective} period is over ({what.en} possible again from {when.en})")
        return Text(zh=f"{state.zh}，{rule.zh}（至 {last.zh}）；{when.zh}起可{what.zh}",
                    en=f"{state.en}; {rule.en} (through {last.en}), possible again from {when.en}")
