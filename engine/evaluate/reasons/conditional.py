"""``implies`` (a rule for one situation) and ``due_by`` (a target with a deadline).

``implies`` says "does not apply" with the situation as it stands (不适用（最近一次退出原因为主动申请退出）); when the
situation is unknown it asks for the facts once and says what would follow. ``due_by`` says how many days are
left while a target is pending, and never speaks of a passed deadline as the future.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from engine.evaluate.reasons.base import Why, cat, joined, not_entered
from engine.evaluate.status import Status
from engine.facts.moments import day
from engine.facts.units import quantity_text, unit_of
from engine.i18n import Text

if TYPE_CHECKING:
    from engine.evaluate.outcome import Outcome


class ImpliesWhy(Why):
    __slots__ = ("cond", "then")

    def __init__(self, status: Status, cond: Outcome, then: Outcome | None) -> None:
        super().__init__(status)
        self.cond, self.then = cond, then

    @property
    def not_applicable(self) -> bool:
        return self.cond.status is Status.FAIL

    def text(self) -> Text:
        cond, then = self.cond, self.then
        if then is None or cond.status is Status.FAIL:
            state = cond.why.state()
            return Text(zh=f"不适用（{state.zh}）", en=f"does not apply ({state.en})")
        if cond.status is Status.PASS:
            return joined([cond.why.state(), then.why.text()])
        if self.status is Status.PASS:
            return then.why.text()
        if then.status is Status.UNKNOWN and then.missing:
            return not_entered(list(dict.fromkeys(cond.missing + then.missing)))
        when = cond.why.wanted()
        return Text(zh=f"{cond.why.state().zh}；如{when.zh}：{then.why.text().zh}",
                    en=f"{cond.why.state().en}; if {when.en}: {then.why.text().en}")

    def wanted(self) -> Text:
        when = self.cond.why.wanted()
        then = self.then.why.wanted() if self.then is not None else Text(zh="", en="")
        return Text(zh=f"如{when.zh}，则{then.zh}", en=f"if {when.en}, {then.en}")

    def state(self) -> Text:
        return joined([self.cond.why.state(), *([self.then.why.state()] if self.then is not None else [])])


class DueByWhy(Why):
    __slots__ = ("due", "inner", "today")

    def __init__(self, status: Status, due: date, today: date, inner: Outcome) -> None:
        super().__init__(status)
        self.due, self.today, self.inner = due, today, inner

    @property
    def pending(self) -> bool:
        return self.today <= self.due and self.inner.status is not Status.PASS

    def text(self) -> Text:
        due, inner = day(self.due), self.inner.why
        if self.pending:
            left = (self.due - self.today).days
            days = quantity_text(left, unit_of("days"))
            rest = Text(zh="今天截止", en="due today") if left == 0 else \
                Text(zh=f"还剩 {days.zh}", en=f"{days.en} left")
            want, now = inner.wanted(), inner.state()
            return Text(zh=cat(f"截至 {due.zh}须满足：{want.zh}；{rest.zh}，目前", now.zh),
                        en=f"due by {due.en} ({rest.en}): {want.en}; so far: {now.en}")
        if self.today > self.due:
            note = Text(zh=f"考核已于 {due.zh}截止", en=f"the deadline was {due.en}")
        else:
            note = Text(zh=f"考核截至 {due.zh}", en=f"due by {due.en}")
        text = inner.text()
        return Text(zh=f"{text.zh}；{note.zh}", en=f"{text.en}; {note.en}")

    def wanted(self) -> Text:
        want, due = self.inner.why.wanted(), day(self.due)
        return Text(zh=f"截至 {due.zh}{want.zh}", en=f"{want.en} by {due.en}")

    def state(self) -> Text:
        return self.inner.why.state()
