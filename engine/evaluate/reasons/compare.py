"""``compare``: a number or a date against a bound, in the words a merchant uses for bounds.

达到 … （含） / at least (``ge``), 超过 / more than (``gt``), 不得超过 / at most (``le``), 低于 / below (``lt``);
for dates 不早于 / 晚于 / 不晚于 / 早于. A failing number says how far it is from passing when that is known.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from engine.evaluate.reasons.base import Why, cat, negated_status, not_entered, title
from engine.evaluate.status import Status
from engine.facts.numbers import plain
from engine.facts.paths import fact_spec, fact_value_text
from engine.i18n import Text

# op -> (zh, en) for: the requirement (fail, unknown), the requirement met (pass), the requirement as a list item.
_NUMBER = {
    "ge": (("须达到 {v}（含）", "at least {v} is required"), ("达到 {v}的要求", "meets the minimum of {v}"),
           ("{t}达到 {v}", "{t} of at least {v}")),
    "gt": (("须超过 {v}", "more than {v} is required"), ("超过 {v}", "is above {v}"), ("{t}超过 {v}", "{t} above {v}")),
    "le": (("不得超过 {v}", "at most {v} is allowed"), ("未超过 {v}", "is within the {v} limit"),
           ("{t}不超过 {v}", "{t} of at most {v}")),
    "lt": (("须低于 {v}", "it must be below {v}"), ("低于 {v}", "is below {v}"), ("{t}低于 {v}", "{t} below {v}")),
    "eq": (("须为 {v}", "it must be {v}"), ("符合要求", "as required"), ("{t}为 {v}", "{t} of {v}")),
    "ne": (("不得为 {v}", "it must not be {v}"), ("不为 {v}", "is not {v}"), ("{t}不为 {v}", "{t} other than {v}")),
}
_DATE = {
    "ge": (("须不早于 {v}", "it must be on or after {v}"), ("不早于 {v}", "is on or after {v}"),
           ("{t}不早于 {v}", "{t} on or after {v}")),
    "gt": (("须晚于 {v}", "it must be after {v}"), ("晚于 {v}", "is after {v}"), ("{t}晚于 {v}", "{t} after {v}")),
    "le": (("须不晚于 {v}", "it must be on or before {v}"), ("不晚于 {v}", "is on or before {v}"),
           ("{t}不晚于 {v}", "{t} on or before {v}")),
    "lt": (("须早于 {v}", "it must be before {v}"), ("早于 {v}", "is before {v}"), ("{t}早于 {v}", "{t} before {v}")),
    "eq": (("须为 {v}", "it must be {v}"), ("符合要求", "as required"), ("{t}为 {v}", "{t} on {v}")),
    "ne": (("不得为 {v}", "it must not be {v}"), ("不为 {v}", "is not {v}"), ("{t}不为 {v}", "{t} other than {v}")),
}
_NONE = (("须为 {v}", "there must be none"), ("为 {v}", "none"), ("{t}为 {v}", "no {t}"))
_OPPOSITE = {"ge": "lt", "lt": "ge", "gt": "le", "le": "gt", "eq": "ne", "ne": "eq"}


def _fill(pair: tuple[str, str], **values: Text) -> Text:
    zh, en = pair
    for key, text in values.items():
        zh = zh.replace("{" + key + "}", "\0" + key + "\0")
        en = en.replace("{" + key + "}", text.en)
    parts = zh.split("\0")
    pieces = [values[p].zh if i % 2 else p for i, p in enumerate(parts)]
    return Text(zh=cat(*pieces), en=en)


class CompareWhy(Why):
    """Why ``fact op bound`` holds or not: the value read (None: unknown) and the gap to passing, if known."""

    __slots__ = ("actual", "bound", "fact", "gap", "increase", "op")

    def __init__(self, status: Status, fact: str, op: str, bound: Decimal | date, actual: Any,
                 gap: Decimal | None = None, increase: bool = True) -> None:
        super().__init__(status)
        self.fact, self.op, self.bound, self.actual, self.gap, self.increase = fact, op, bound, actual, gap, increase

    def _phrases(self) -> tuple[tuple[str, str], ...]:
        if self._none():
            return _NONE
        return (_DATE if isinstance(self.bound, date) else _NUMBER)[self.op]

    def _none(self) -> bool:
        """A count that must be zero (``< 1`` or ``≤ 0``): said as "none", not as a bound."""
        if isinstance(self.bound, date) or fact_spec(self.fact).kind != "int":
            return False
        return (self.op == "lt" and self.bound == 1) or (self.op == "le" and self.bound == 0)

    def _v(self, value: Any) -> Text:
        return fact_value_text(self.fact, value)

    def _gap(self) -> Text:
        if self.gap is None or self.gap <= 0 or self._none():
            return Text(zh="", en="")
        unit = fact_spec(self.fact).measure
        if unit is not None and unit.prefix is not None:  # levels: "1 级", not "L1"
            n = plain(self.gap)
            gap = Text(zh=f"{n} 级", en=f"{n} level" + ("" if self.gap == 1 else "s"))
        else:
            gap = self._v(self.gap)
        if self.increase:
            return Text(zh=f"（还差 {gap.zh}）", en=f" ({gap.en} short)")
        return Text(zh=f"（须减少 {gap.zh}）", en=f" ({gap.en} too many)")

    def state(self) -> Text:
        if self.actual is None:
            return not_entered([self.fact])
        t, v = title(self.fact), self._v(self.actual)
        sep = ": " if t.en[-1:].isdigit() else " "  # "… to 31 May: 2 merchants", not "… 31 May 2 merchants"
        return Text(zh=cat(t.zh, v.zh), en=f"{t.en}{sep}{v.en}")

    def _bound(self) -> Text:
        return self._v(0 if self._none() else self.bound)

    def rule(self) -> Text:
        return _fill(self._phrases()[0], v=self._bound())

    def wanted(self) -> Text:
        return _fill(self._phrases()[2], t=title(self.fact), v=self._bound())

    def text(self) -> Text:
        state, rule = self.state(), self.rule()
        if self.actual is None:
            return Text(zh=f"{state.zh}；{rule.zh}", en=f"{state.en}; {rule.en}")
        if self._none() and self.status is Status.PASS:
            return Text(zh=state.zh, en=f"{title(self.fact).en}: none")
        if self.status is Status.PASS:
            met = _fill(self._phrases()[1], v=self._bound())
            return Text(zh=f"{state.zh}，{met.zh}", en=f"{state.en} {met.en}")
        gap = self._gap()
        return Text(zh=f"{state.zh}，{rule.zh}{gap.zh}", en=f"{state.en}; {rule.en}{gap.en}")

    def negate(self) -> Why:
        return CompareWhy(negated_status(self.status), self.fact, _OPPOSITE[self.op], self.bound, self.actual)
