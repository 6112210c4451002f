"""``manual`` (the platform decides), ``same_value`` (two facts name the same thing) and ``known`` (a value a
later notice publishes has been entered)."""

from __future__ import annotations

from typing import Any

from engine.evaluate.reasons.base import Why, cat, not_entered, title
from engine.evaluate.status import Status
from engine.facts.paths import fact_value_text
from engine.i18n import Text


class ManualWhy(Why):
    __slots__ = ("evidence",)

    def __init__(self, status: Status, evidence: tuple[tuple[str, Any], ...]) -> None:
        super().__init__(status)
        self.evidence = evidence

    def text(self) -> Text:
        shown = []
        for path, value in self.evidence:
            t = title(path)
            v = fact_value_text(path, value) if value is not None else Text(zh="未填写", en="not entered")
            shown.append(Text(zh=f"{t.zh}：{v.zh}", en=f"{t.en}: {v.en}"))
        head = Text(zh="由平台审核决定", en="decided by the platform's review")
        if not shown:
            return head
        return Text(zh=f"{head.zh}（参考：" + "；".join(s.zh for s in shown) + "）",
                    en=f"{head.en} (for reference: " + "; ".join(s.en for s in shown) + ")")

    def wanted(self) -> Text:
        return Text(zh="平台审核通过", en="the platform's approval")

    def state(self) -> Text:
        return Text(zh="有待平台审核", en="awaiting the platform's review")


class SameValueWhy(Why):
    __slots__ = ("fact", "first", "other", "second")

    def __init__(self, status: Status, fact: str, other: str, first: Any, second: Any) -> None:
        super().__init__(status)
        self.fact, self.other, self.first, self.second = fact, other, first, second

    def state(self) -> Text:
        missing = [p for p, v in ((self.fact, self.first), (self.other, self.second)) if v is None]
        if missing:
            return not_entered(missing)
        t1, t2 = title(self.fact), title(self.other)
        v1, v2 = fact_value_text(self.fact, self.first), fact_value_text(self.other, self.second)
        return Text(zh=cat(t1.zh, v1.zh, "，", t2.zh, v2.zh), en=f"{t1.en} {v1.en}, {t2.en.lower()} {v2.en}")

    def wanted(self) -> Text:
        t1, t2 = title(self.fact), title(self.other)
        return Text(zh=cat(t2.zh, "与", t1.zh, "一致"), en=f"{t2.en} the same as {t1.en.lower()}")

    def text(self) -> Text:
        state = self.state()
        t1, t2 = title(self.fact), title(self.other)
        if self.status is Status.UNKNOWN:
            return Text(zh=cat(state.zh, "；", t2.zh, "须与", t1.zh, "一致"),
                        en=f"{state.en}; it must be the same as the {t1.en.lower()}")
        if self.status is Status.PASS:
            return Text(zh=f"{state.zh}，两者一致", en=f"{state.en}: the same")
        return Text(zh=f"{state.zh}，两者须一致", en=f"{state.en}: they must be the same")


class KnownWhy(Why):
    __slots__ = ("fact", "value")

    def __init__(self, status: Status, fact: str, value: Any) -> None:
        super().__init__(status)
        self.fact, self.value = fact, value

    def state(self) -> Text:
        if self.value is None:
            return not_entered([self.fact])
        t, v = title(self.fact), fact_value_text(self.fact, self.value)
        return Text(zh=f"{t.zh}：{v.zh}", en=f"{t.en}: {v.en}")

    def wanted(self) -> Text:
        t = title(self.fact)
        return Text(zh=cat(t.zh, "已填写"), en=f"{t.en} entered")

    def text(self) -> Text:
        if self.value is None:
            return Text(zh=self.state().zh + "；须先填写才能判断", en=f"{self.state().en}; it is needed to judge this")
        return self.state()
