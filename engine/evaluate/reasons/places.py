"""``place_in`` and ``same_place``: places said as chosen, and the city asked for when a place cannot tell.

A place reads as the merchant chose it (注册地广东省深圳市 / Registered province and city: Shenzhen, Guangdong), a
typed one with what it was read as (注册城市或地址“Shen Zhen”（广东省深圳市）). The places a rule names are
said by their short names (广州、深圳). ``place_in`` under ``none_of`` reads as the exclusion it is
(注册地浙江省宁波市，不在广州、深圳). A place that cannot be resolved, or that names only a province, asks for the
city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from engine.evaluate.reasons.base import Why, cat, listed, negated_status, not_entered, title
from engine.evaluate.status import Status
from engine.facts.divisions import Division, divisions
from engine.i18n import Text

_BRACKETS = re.compile(r"\s*[（(][^（）()]*[）)]$")

Found = Literal["in", "out", "province", "unresolved"]


@dataclass(frozen=True)
class Side:
    """One place as read: the fact read (the chosen place, or its free-text fallback), the fact to ask for when
    it does not settle the rule (the chosen place), the value and the division it names (None: unresolved)."""

    path: str
    ask: str
    value: Any
    division: Division | None

    def subject(self) -> Text:
        """The fact's title without its bracketed note: 注册地 for 注册地（省、市）."""
        t = title(self.path)
        return Text(zh=_BRACKETS.sub("", t.zh), en=t.en)

    def place(self) -> Text:
        """广东省深圳市 / Shenzhen, Guangdong; typed text with what it names: “Shen Zhen”（广东省深圳市）."""
        typed = str(self.value).strip()
        if self.division is None:
            return Text(zh=f"“{typed}”", en=f'"{typed}"')
        table = divisions()
        full, english = table.full_name(self.division), table.english_name(self.division)
        zh = full if typed == full else f"“{typed}”（{full}）"
        en = english if typed in (full, english) else f'"{typed}" ({english})'
        return Text(zh=zh, en=en)

    def state(self) -> Text:
        """注册地广东省深圳市 (a chosen place); 注册城市或地址为“Shen Zhen”（广东省深圳市） (a typed one)."""
        s, p = self.subject(), self.place()
        return Text(zh=cat(s.zh, "" if self.path == self.ask else "为", p.zh), en=f"{s.en}: {p.en}")

    def ask_city(self) -> Text:
        """Why the city is needed: the text names no single city, or only the province."""
        state = self.state()
        if self.division is not None:
            return Text(zh=f"{state.zh}：只能确定到{self.division.name}，请选择所在的市",
                        en=f"{state.en}: only {self.division.english} is known; choose the city")
        return Text(zh=f"{state.zh}：无法确定是哪个城市，请选择所在的省和市",
                    en=f"{state.en}: it is not clear which city this is; choose the province and city")


def names(divs: list[Division], last: str = "、", en_last: str = "and") -> Text:
    """广州、深圳 / Guangzhou and Shenzhen."""
    return listed((Text(zh=d.short or d.name, en=d.english) for d in divs), last, en_last)


class PlaceInWhy(Why):
    """Whether a place lies within the rule's cities; ``excluded``: the rule keeps those cities out."""

    __slots__ = ("excluded", "fact", "found", "side", "targets")

    def __init__(self, status: Status, fact: str, targets: list[Division], side: Side | None,
                 found: Found | None = None, excluded: bool = False) -> None:
        super().__init__(status)
        self.fact, self.targets, self.side, self.found, self.excluded = fact, targets, side, found, excluded

    def _names(self) -> Text:
        return names(self.targets) if self.excluded else names(self.targets, "或", "or")

    def state(self) -> Text:
        return not_entered([self.fact]) if self.side is None else self.side.state()

    def wanted(self) -> Text:
        s, where = Side(self.fact, self.fact, None, None).subject(), self._names()
        if self.excluded:
            return Text(zh=cat(s.zh, "不在", where.zh), en=f"{s.en} outside {where.en}")
        return Text(zh=cat(s.zh, "在", where.zh), en=f"{s.en} in {where.en}")

    def text(self) -> Text:
        where = self._names()
        if self.side is None:
            rule = (Text(zh=cat("不得在", where.zh), en=f"it must not be in {where.en}") if self.excluded
                    else Text(zh=cat("须在", where.zh), en=f"it must be in {where.en}"))
            return Text(zh=f"{self.state().zh}；{rule.zh}", en=f"{self.state().en}; {rule.en}")
        if self.found in ("province", "unresolved"):
            return self.side.ask_city()
        state = self.side.state()
        if self.found == "in":
            division = self.side.division
            assert division is not None
            inside = names([d for d in self.targets if divisions().within(division, d)] or self.targets)
            if not self.excluded:
                return Text(zh=cat(state.zh, "，在", inside.zh), en=f"{state.en}, in {inside.en}")
            return Text(zh=cat(state.zh, "，在本条排除的", where.zh), en=f"{state.en}, in {where.en}, "
                        "which this rule excludes")
        if self.excluded:
            return Text(zh=cat(state.zh, "，不在", where.zh), en=f"{state.en}, outside {where.en}")
        return Text(zh=cat(state.zh, "，不在", where.zh), en=f"{state.en}, not in {where.en}")

    def asks(self) -> tuple[Text, tuple[str, ...]] | None:
        if self.side is None or self.found not in ("province", "unresolved"):
            return None
        return self.side.ask_city(), (self.side.ask,)

    def negate(self) -> Why:
        return PlaceInWhy(negated_status(self.status), self.fact, self.targets, self.side, self.found,
                          not self.excluded)


class SamePlaceWhy(Why):
    """Whether two places name one city; review when one is a county-level city inside the other's prefecture."""

    __slots__ = ("cities", "facts", "missing", "sides", "unresolved")

    def __init__(self, status: Status, facts: tuple[str, str], sides: tuple[Side, Side] | None = None,
                 cities: tuple[Division | None, Division | None] = (None, None), missing: tuple[str, ...] = (),
                 unresolved: Side | None = None) -> None:
        super().__init__(status)
        self.facts, self.sides, self.cities, self.missing, self.unresolved = facts, sides, cities, missing, unresolved

    def _subjects(self) -> tuple[Text, Text]:
        a, b = (Side(f, f, None, None).subject() for f in self.facts)
        return a, b

    def wanted(self) -> Text:
        a, b = self._subjects()
        return Text(zh=cat(a.zh, "与", b.zh, "为同一城市"), en=f"{a.en} and {b.en.lower()} in the same city")

    def state(self) -> Text:
        if self.missing:
            return not_entered(self.missing)
        if self.unresolved is not None or self.sides is None:
            return (self.unresolved or Side(self.facts[0], self.facts[0], None, None)).state()
        a, b = (s.state() for s in self.sides)
        return Text(zh=f"{a.zh}，{b.zh}", en=f"{a.en}; {b.en}")

    def asks(self) -> tuple[Text, tuple[str, ...]] | None:
        side = self.unresolved
        return None if side is None else (side.ask_city(), (side.ask,))

    def text(self) -> Text:
        if self.missing:
            a, b = self._subjects()
            return Text(zh=f"{self.state().zh}；{a.zh}与{b.zh}须为同一城市",
                        en=f"{self.state().en}; both must be in the same city")
        if self.unresolved is not None:
            return self.unresolved.ask_city()
        state = self.state()
        city_a, city_b = self.cities
        if city_a is None or city_b is None:
            return Text(zh=f"{state.zh}，不在同一省份", en=f"{state.en}: not in the same province")
        if self.status is Status.PASS:
            return Text(zh=f"{state.zh}，同在{city_a.short or city_a.name}", en=f"{state.en}: both in {city_a.english}")
        if self.status is Status.REVIEW:
            inner, outer = (city_a, city_b) if city_a.parent == city_b.code else (city_b, city_a)
            return Text(zh=f"{state.zh}：{inner.name}是{outer.name}下辖的县级市，是否算同一城市由平台认定",
                        en=f"{state.en}: {inner.english} is a county-level city within {outer.english}, and the "
                           "platform decides whether that is the same city")
        return Text(zh=f"{state.zh}，不是同一城市", en=f"{state.en}: not the same city")
