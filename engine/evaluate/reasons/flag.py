"""``flag``: a yes/no fact that must be yes (or must be no)."""

from __future__ import annotations

from engine.evaluate.reasons.base import Why, cat, negated_status, not_entered, title
from engine.evaluate.status import Status
from engine.i18n import Text

_YES = Text(zh="是", en="yes")
_NO = Text(zh="否", en="no")


class FlagWhy(Why):
    __slots__ = ("actual", "expect", "fact")

    def __init__(self, status: Status, fact: str, expect: bool, actual: bool | None) -> None:
        super().__init__(status)
        self.fact, self.expect, self.actual = fact, expect, actual

    def state(self) -> Text:
        if self.actual is None:
            return not_entered([self.fact])
        t, v = title(self.fact), _YES if self.actual else _NO
        return Text(zh=f"{t.zh}：{v.zh}", en=f"{t.en}: {v.en}")

    def wanted(self) -> Text:
        t = title(self.fact)
        if self.expect:
            return t
        return Text(zh=cat(t.zh, "为“否”"), en=f"{t.en}: no")

    def text(self) -> Text:
        state = self.state()
        if self.actual is None or self.status is Status.PASS:
            return state
        want = _YES if self.expect else _NO
        return Text(zh=f"{state.zh}，须为“{want.zh}”", en=f"{state.en}; it must be {want.en}")

    def negate(self) -> Why:
        return FlagWhy(negated_status(self.status), self.fact, not self.expect, self.actual)
