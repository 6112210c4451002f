"""Calculators over rules and time: escalation, priority slots, conditions, dated rules, deadlines, cut-offs."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from engine.evaluate.calc_env import CalcEnv, shown
from engine.evaluate.calc_numeric import Computed, out, unknown
from engine.evaluate.dates import add_days, shift
from engine.evaluate.status import STATUS_TEXT, Status
from engine.evaluate.workdays import add_workdays, calendar_text
from engine.facts.moments import moment as moment_of
from engine.i18n import Text
from engine.rules import calculators as c


def _step(calc: c.Escalation, nth: int) -> c.Step:
    return [s for s in calc.steps if s.from_nth <= nth][-1]


def _cumulative(calc: c.Escalation, n: int) -> Decimal:
    """Points for offences 1..n, step by step (no loop over every offence)."""
    total = Decimal(0)
    for i, step in enumerate(calc.steps):
        last = calc.steps[i + 1].from_nth - 1 if i + 1 < len(calc.steps) else n
        count = max(0, min(n, last) - step.from_nth + 1)
        total += step.points * count
    return total


def escalation(calc: c.Escalation, env: CalcEnv) -> Computed:
    n = env.get(calc.input)
    if n is None:
        return unknown(env, calc.input)
    n = int(n)
    total = _cumulative(calc, n)
    outputs = []
    closure = 0
    if n >= 1:
        step = _step(calc, n)
        outputs.append(out("nth_points", step.points, step.action))
        closure = step.closure_days or 0
    days = shown(closure, "days")
    outputs.append(out("closure_days", closure, Text(zh=f"关闭 {days.zh}" if closure else "不关闭",
                                                     en=f"closed for {days.en}" if closure else "not closed")))
    nxt = _step(calc, n + 1)
    outputs.append(out("next_points", nxt.points, Text(zh=f"第 {n + 1} 次：{nxt.action.zh}",
                                                       en=f"offence {n + 1}: {nxt.action.en}")))
    points, times = shown(total, "points"), shown(n, "offences")
    outputs.append(out("cumulative", total, Text(zh=f"{times.zh}累计扣 {points.zh}",
                                                 en=f"{times.en}: {points.en} in all")))
    base = env.get(calc.base) if calc.base else None
    after_next = None if base is None else Decimal(base) + nxt.points
    after = shown(after_next, "points")
    outputs.append(out("after_next", after_next, Text(zh=f"再违规一次后的违规分值：{after.zh}",
                                                      en=f"score after one more offence: {after.en}")))
    if calc.warn_at is not None:
        bar = calc.warn_at.points
        warn = True if total >= bar else (None if after_next is None else after_next >= bar)
        outputs.append(out("warning", warn, calc.warn_at.text if warn else Text(
            zh=f"是否达到 {shown(bar, 'points').zh}：{shown(warn).zh}",
            en=f"reaches {shown(bar, 'points').en}: {shown(warn).en}")))
    text = Text(zh=f"已违规 {times.zh}，累计扣 {points.zh}；下一次：{nxt.action.zh}",
                en=f"{times.en}, {points.en} in all; next: {nxt.action.en}")
    return Computed(total, text, outputs)


def priority_slots(calc: c.PrioritySlots, env: CalcEnv) -> Computed:
    if calc.only_when is not None:
        gate = env.check(calc.only_when)
        if gate.status == Status.FAIL:
            return Computed([], Text(zh=f"不展示：{gate.detail.zh}", en=f"not shown: {gate.detail.en}"))
        if gate.status != Status.PASS:
            return Computed(None, Text(zh=f"尚未确定：{gate.detail.zh}", en=f"not known yet: {gate.detail.en}"))
    combine = env.check(calc.combine_when).status if calc.combine_when is not None else Status.FAIL
    shown_ids: list[str] = []
    outputs = []
    pending: c.Candidate | None = None
    for cand in sorted(calc.candidates, key=lambda x: x.rank):
        own = env.get(cand.input)
        amount: Any = own
        if cand.add and combine != Status.FAIL:
            extra = env.get(cand.add)
            amount = None if own is None or extra is None or combine != Status.PASS else own + extra
        present = None if own is None else own > 0 or bool(amount)
        if len(shown_ids) < calc.slots and pending is None:
            if present is None:
                pending = cand
            elif present:
                shown_ids.append(cand.id)
        value = env.said(cand.input, amount)
        outputs.append(out(cand.id, amount, Text(zh=f"{cand.title.zh}：{value.zh}", en=f"{cand.title.en}: {value.en}")))
    titles = {cand.id: cand.title for cand in calc.candidates}
    zh = "、".join(titles[i].zh for i in shown_ids) or "无"
    en = ", ".join(titles[i].en for i in shown_ids) or "none"
    if pending is not None:
        return Computed(None, Text(zh=f"已确定：{zh}；{pending.title.zh}尚未填写，其后的位置待定",
                                   en=f"settled: {en}; {pending.title.en} not entered, later places open"),
                        [out("settled", shown_ids, Text(zh=zh, en=en)), *outputs])
    return Computed(shown_ids, Text(zh=f"展示：{zh}", en=f"shown: {en}"), outputs)


def _status_text(status: Status) -> Text:
    return STATUS_TEXT[status.value]


def condition(calc: c.Condition, env: CalcEnv) -> Computed:
    res = env.check(calc.test)
    outputs = []
    if calc.metric is not None:
        metric = env.get(calc.metric)
        title = env.title(calc.metric)
        said = env.said(calc.metric, metric)
        outputs.append(out("metric", metric, Text(zh=f"排序指标：{title.zh}，{said.zh}",
                                                  en=f"ranked by {title.en}: {said.en}")))
    value = None if res.status == Status.UNKNOWN else res.status.value
    head = _status_text(res.status)
    return Computed(value, Text(zh=f"{head.zh}（{res.detail.zh}）", en=f"{head.en} ({res.detail.en})"), outputs)


def dated_rule(calc: c.DatedRule, env: CalcEnv) -> Computed:
    day = env.today
    version = [v for v in calc.versions if v.effective_from is None or v.effective_from <= day][-1]
    res = env.check(version.test)
    since = version.effective_from.isoformat() if version.effective_from else "—"
    outputs = [out("version", since, version.note)]
    value = None if res.status == Status.UNKNOWN else res.status.value
    head = _status_text(res.status)
    when = shown(day)
    return Computed(value, Text(zh=f"{head.zh}（{res.detail.zh}；{when.zh}适用的规则：{version.note.zh}）",
                                en=f"{head.en} ({res.detail.en}; rule in force on {when.en}: {version.note.en})"),
                    outputs)


def _instant(env: CalcEnv, value: date | datetime, end_of_day: bool) -> datetime:
    if isinstance(value, datetime):
        return value
    moment = time(23, 59, 59) if end_of_day else time(0, 0, 0)
    return datetime.combine(value, moment, tzinfo=env.zone)


def _period(calc: c.DeadlineCalc, env: CalcEnv, event: date | datetime) -> tuple[datetime, Text | None]:
    """The deadline's instant, and which calendar counted working days (Civil Code art. 201-203)."""
    if calc.hours:
        start = event if isinstance(event, datetime) else _instant(env, event, end_of_day=False)
        return shift(start, timedelta(hours=calc.hours)), None
    day = event.astimezone(env.zone).date() if isinstance(event, datetime) else event
    note = None
    if calc.workdays:
        span = add_workdays(day, calc.workdays, calc.calendar)
        last, note = span.last, calendar_text(calc.calendar, span)
    else:
        last = add_days(day, calc.days)
    if calc.mode == "until":
        return _instant(env, last, end_of_day=True), note
    first = last if calc.mode == "nth_day" else add_days(last, 1)
    return _instant(env, first, end_of_day=False), note


def deadline(calc: c.DeadlineCalc, env: CalcEnv) -> Computed:
    event = env.get(calc.event)
    if event is None:
        return unknown(env, calc.event)
    moment, note = _period(calc, env, event)
    local = moment.astimezone(env.zone)
    if calc.mode == "until":
        ok = env.as_of <= moment
        at = moment_of(local)
        state = Text(zh="仍可办理", en="still open") if ok else Text(zh="已过期", en="passed")
        text = Text(zh=f"截止 {at.zh}（{state.zh}）", en=f"until {at.en} ({state.en})")
    else:
        ok = env.as_of >= moment
        at = moment_of(local)
        state = Text(zh="已可办理", en="allowed now") if ok else Text(zh="尚未到时间", en="not yet")
        text = Text(zh=f"最早 {at.zh}（{state.zh}）", en=f"from {at.en} ({state.en})")
    day = shown(local.date())
    outputs = [out("date", local.date(), Text(zh=f"日期：{day.zh}", en=f"date: {day.en}")), out("open", ok, state)]
    if note is not None:
        text = Text(zh=f"{text.zh}；{note.zh}", en=f"{text.en}; {note.en}")
        outputs.append(out("calendar", calc.calendar, note))
    return Computed(local, text, outputs)


def cutoff(calc: c.Cutoff, env: CalcEnv) -> Computed:
    values = [env.get(ref) for ref in calc.events]
    by = calc.by  # shown in the zone the source states it in
    late = [ref for ref, v in zip(calc.events, values, strict=True)
            if v is not None and _instant(env, v, end_of_day=True) > calc.by]
    if late:
        names = [env.title(r) for r in late]
        at = moment_of(by)
        return Computed(False, Text(zh=f"晚于 {at.zh}：" + "、".join(n.zh for n in names),
                                    en=f"after {at.en}: " + ", ".join(n.en for n in names)))
    at = moment_of(by)
    if any(v is None for v in values):
        return Computed(None, Text(zh=f"尚未确定（须不晚于 {at.zh}）", en=f"not known yet (must be by {at.en})"))
    return Computed(True, Text(zh=f"均不晚于 {at.zh}", en=f"all by {at.en}"))
