"""``in_set``: a choice among allowed values, and the same set read as an exclusion (``none_of``).

A set of one is named as it is (须为金品诚企), a short set as alternatives (出口通、全球宝或金品诚企), a long one
by its ``label`` or its size (本次开放的 32 个行业). For a list fact (capabilities) the rule is that it includes one
of the values.
"""

from __future__ import annotations

from typing import Any

from engine.evaluate.reasons.base import Why, cat, listed, negated_status, not_entered, title
from engine.evaluate.status import Status
from engine.facts.labels import label_text
from engine.facts.paths import fact_spec, fact_value_text
from engine.i18n import Text
from engine.rules import predicates as p

SHORT = 6  # sets up to this size are named in full


def item_text(fact: str, value: str) -> Text:
    """One allowed value as people read it (an enum's label, a text as written)."""
    enum = fact_spec(fact).enum
    if enum is not None:
        try:
            return label_text(enum(value))
        except ValueError:
            pass
    return Text(zh=value, en=value)


_SETS: dict[int, tuple[p.InSet, tuple[Text, bool]]] = {}  # id -> (the predicate, kept alive; its set's name)


def set_text(pred: p.InSet) -> tuple[Text, bool]:
    """The allowed set as people name it, and whether it is named in full (one value or a short list)."""
    hit = _SETS.get(id(pred))
    if hit is not None and hit[0] is pred:
        return hit[1]
    if pred.label is not None:
        named = pred.label, False
    elif len(pred.values) <= SHORT:
        named = listed((item_text(pred.fact, v) for v in pred.values), "或", "or"), True
    else:
        n = len(pred.values)
        named = Text(zh=f"规定的 {n} 项", en=f"the {n} listed values"), False
    if len(_SETS) >= 4096:
        _SETS.clear()
    _SETS[id(pred)] = (pred, named)
    return named


class InSetWhy(Why):
    """Why a value is (not) among the allowed ones; ``excluded``: the set lists what is not allowed."""

    __slots__ = ("actual", "excluded", "pred")

    def __init__(self, status: Status, pred: p.InSet, actual: Any, excluded: bool = False) -> None:
        super().__init__(status)
        self.pred, self.actual, self.excluded = pred, actual, excluded

    @property
    def many(self) -> bool:
        return isinstance(self.actual, list)

    def _hits(self) -> list[Any]:
        allowed = set(self.pred.values)
        return [v for v in self.actual if str(v) in allowed]

    def state(self) -> Text:
        if self.actual is None:
            return not_entered([self.pred.fact])
        t, v = title(self.pred.fact), fact_value_text(self.pred.fact, self.actual)
        return Text(zh=cat(t.zh, "为", v.zh), en=f"{t.en}: {v.en}")

    def rule(self) -> Text:
        """须为金品诚企 / 须为出口通、全球宝或金品诚企 / 不在本次开放的 32 个行业之内 (as a requirement)."""
        named, full = set_text(self.pred)
        if self.excluded:
            return Text(zh=cat("不得为" if full else "不得属于", named.zh), en=f"it must not be {named.en}")
        if self.many:
            one = len(self.pred.values) == 1
            return Text(zh=cat("须包括", named.zh, "" if one else "中的一项"),
                        en=f"{named.en} is required" if one else f"one of {named.en} is required")
        if full:
            return Text(zh=cat("须为", named.zh), en=f"it must be {named.en}")
        return Text(zh=cat("须属于", named.zh), en=f"it must be one of {named.en}")

    def wanted(self) -> Text:
        t, (named, full) = title(self.pred.fact), set_text(self.pred)
        if self.excluded:
            return Text(zh=cat(t.zh, "不为", named.zh), en=f"{t.en} not {named.en}")
        if self.many:
            return Text(zh=cat(t.zh, "包括", named.zh), en=f"{t.en} including {named.en}")
        return Text(zh=cat(t.zh, "为" if full else "属于", named.zh), en=f"{t.en}: {named.en}")

    def text(self) -> Text:
        state = self.state()
        if self.actual is None:
            rule = self.rule()
            return Text(zh=f"{state.zh}；{rule.zh}", en=f"{state.en}; {rule.en}")
        named, full = set_text(self.pred)
        passed = self.status is Status.PASS
        if self.excluded:
            if passed:
                return Text(zh=cat(state.zh, "，不属于", named.zh), en=f"{state.en}, not {named.en}")
            if len(self.pred.values) == 1:
                return Text(zh=f"{state.zh}，属于本条排除的情形", en=f"{state.en}, which this rule excludes")
            return Text(zh=cat(state.zh, "，而本条排除", named.zh), en=f"{state.en}, which this rule excludes")
        if passed:
            if self.many:
                hits = fact_value_text(self.pred.fact, self._hits())
                return Text(zh=cat(title(self.pred.fact).zh, "包括", hits.zh), en=f"{state.en}, including {hits.en}")
            if not full:
                return Text(zh=cat(state.zh, "，属于", named.zh), en=f"{state.en}, one of {named.en}")
            return state
        if not full and not self.many:
            return Text(zh=cat(state.zh, "，不在", named.zh, "之内"), en=f"{state.en}, not one of {named.en}")
        return Text(zh=f"{state.zh}，{self.rule().zh}", en=f"{state.en}; {self.rule().en}")

    def negate(self) -> Why:
        return InSetWhy(negated_status(self.status), self.pred, self.actual, not self.excluded)
