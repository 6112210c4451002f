"""Evaluation of the place predicates: ``place_in`` (e.g. registered in Guangzhou or Shenzhen) and ``same_place``
(the entity's city is the service city). Places are resolved to divisions (``engine.facts.places``); a place
that cannot be resolved to a city leaves the rule unknown and asks for the city, never passes or fails it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.evaluate.outcome import Outcome
from engine.evaluate.status import Status
from engine.evaluate.values import Context, title_of, unknown
from engine.facts.divisions import Division, divisions
from engine.facts.places import resolve
from engine.i18n import Text
from engine.rules import predicates as p
from engine.rules.place_predicates import target_places


@dataclass(frozen=True)
class _Side:
    path: str  # the fact read (the chosen place, or the free-text fallback)
    ask: str  # the fact to ask for when it does not settle the rule: the chosen place
    value: Any
    division: Division | None

    def shown(self) -> Text:
        title = title_of(self.path)
        if self.division is None:
            return Text(zh=f"{title.zh}为 {self.value}", en=f"{title.en} is {self.value}")
        table = divisions()
        full, english = table.full_name(self.division), table.english_name(self.division)
        zh = str(self.value) if str(self.value) == full else f"{self.value}({full})"
        en = str(self.value) if str(self.value) == english else f"{self.value} ({english})"
        return Text(zh=f"{title.zh}为 {zh}", en=f"{title.en} is {en}")


def _side(ctx: Context, fact: str, fallback: str | None) -> _Side | None:
    for path in (fact, fallback):
        if path is None:
            continue
        value = ctx.value(path)
        if value is not None:
            return _Side(path, fact, value, resolve(str(value)).division)
    return None


def _names(divs: list[Division], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(d.name if lang == "zh" else d.english for d in divs)


def _ask(side: _Side, why: Text) -> Outcome:
    shown = side.shown()
    return Outcome(Status.UNKNOWN, Text(zh=f"{shown.zh}:{why.zh}", en=f"{shown.en}: {why.en}"),
                   missing=(side.ask,), evidence=((side.path, side.value),))


_NO_CITY = Text(zh="无法确定是哪个城市,请选择所在的省和市",
                en="cannot tell which city this is; choose the province and city")


def place_in(pred: p.PlaceIn, ctx: Context) -> Outcome:
    side = _side(ctx, pred.fact, pred.fallback)
    if side is None:
        return unknown(pred.fact)
    if side.division is None:
        return _ask(side, _NO_CITY)
    table = divisions()
    targets = target_places(pred)
    shown = side.shown()
    inside = [t for t in targets if table.within(side.division, t)]
    evidence = ((side.path, side.value),)
    if inside:
        return Outcome(Status.PASS, Text(zh=f"{shown.zh},位于{_names(inside, 'zh')}",
                                         en=f"{shown.en}, in {_names(inside, 'en')}"), evidence=evidence)
    if any(table.within(t, side.division) for t in targets):
        return _ask(side, Text(zh=f"只能确定在{side.division.name},请选择所在的市",
                               en=f"only the province ({side.division.english}) is known; choose the city"))
    return Outcome(Status.FAIL, Text(zh=f"{shown.zh},不在{_names(targets, 'zh')}",
                                     en=f"{shown.en}, not in {_names(targets, 'en')}"), evidence=evidence)


def same_place(pred: p.SamePlace, ctx: Context) -> Outcome:
    first, second = _side(ctx, pred.fact, pred.fallback), _side(ctx, pred.other, pred.other_fallback)
    if first is None or second is None:
        missing = tuple(fact for side, fact in ((first, pred.fact), (second, pred.other)) if side is None)
        outs = [unknown(fact) for fact in missing]
        return Outcome(Status.UNKNOWN, Text(zh=";".join(o.detail.zh for o in outs),
                                            en="; ".join(o.detail.en for o in outs)), missing=missing)
    for side in (first, second):
        if side.division is None:
            return _ask(side, _NO_CITY)
    assert first.division is not None and second.division is not None
    table = divisions()
    evidence = ((first.path, first.value), (second.path, second.value))
    a, b = first.shown(), second.shown()
    both = Text(zh=f"{a.zh},{b.zh}", en=f"{a.en}, {b.en}")
    city_a, city_b = table.city_of(first.division), table.city_of(second.division)
    if city_a is None or city_b is None:
        if table.chain(first.division)[0] != table.chain(second.division)[0]:
            return Outcome(Status.FAIL, Text(zh=f"{both.zh};不在同一省份", en=f"{both.en}; not in the same province"),
                           evidence=evidence)
        return _ask(first if city_a is None else second, _NO_CITY)
    if city_a == city_b:
        return Outcome(Status.PASS, Text(zh=f"{both.zh};同为{city_a.name}", en=f"{both.en}; both {city_a.english}"),
                       evidence=evidence)
    inner, outer = (city_a, city_b) if city_a.parent == city_b.code else (city_b, city_a)
    if inner.parent == outer.code:
        return Outcome(Status.REVIEW, Text(
            zh=f"{both.zh};{inner.name}是{outer.name}下辖的县级市,是否算同一城市由平台认定",
            en=f"{both.en}; {inner.english} is a county-level city within {outer.english}: the platform decides "
               f"whether that is the same city"), evidence=evidence)
    return Outcome(Status.FAIL, Text(zh=f"{both.zh};不是同一城市({city_a.name}、{city_b.name})",
                                     en=f"{both.en}; not the same city ({city_a.english}, {city_b.english})"),
                   evidence=evidence)
