"""``calc``: a calculator's output against a value, worded by what the calculator means.

A band number becomes the score it stands for (服务分 35 分，须达到 40 分（含）), a closure of N days becomes the
offence from which the closure applies, a count of places becomes the items that qualify. Other calculators are
explained by their own result text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine.evaluate.calc_result import CalcResult
from engine.evaluate.reasons.base import Why, cat, not_entered
from engine.evaluate.status import Status
from engine.facts.paths import fact_specs, fact_value_text
from engine.facts.units import quantity_text, unit_of
from engine.i18n import Text
from engine.rules import calculators as c
from engine.rules import predicates as p

_POINTS = unit_of("points")


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class CalcRefWhy(Why):
    __slots__ = ("calc", "pred", "result")

    def __init__(self, status: Status, pred: p.CalcRef, calc: Any, result: CalcResult | None) -> None:
        super().__init__(status)
        self.pred, self.calc, self.result = pred, calc, result

    def _input(self) -> tuple[Text, Any]:
        result, name = self.result, getattr(self.calc, "input", "")
        used = next((u for u in result.inputs if u.name == name), None) if result is not None else None
        if used is None:
            return Text(zh=name, en=name), None
        return used.title, used.value

    def _value(self, value: Any, unit: str | None = None) -> Text:
        name = getattr(self.calc, "input", "")
        if unit is None and name in fact_specs():
            return fact_value_text(name, value)
        return quantity_text(value, unit_of(unit)) if isinstance(value, Decimal | int) else \
            Text(zh=str(value), en=str(value))

    def _missing(self) -> list[str]:
        return [m for m in (self.result.missing if self.result is not None else []) if m in fact_specs()]

    def _unknown(self, rule: Text) -> Text:
        missing = self._missing()
        head = not_entered(missing) if missing else Text(zh=cat(self._input()[0].zh, "尚未确定"),
                                                         en=f"{self._input()[0].en} not known yet")
        return Text(zh=f"{head.zh}；{rule.zh}", en=f"{head.en}; {rule.en}")

    def text(self) -> Text:
        pred, calc = self.pred, self.calc
        value = self.result.output(pred.output) if self.result is not None else None
        if isinstance(calc, c.Bands) and pred.output == "value" and pred.op in ("ge", "gt"):
            return self._band(int(Decimal(str(pred.value))) + (1 if pred.op == "gt" else 0), value)
        if self._is_closure():
            return self._closure(value)
        if isinstance(calc, c.CountSlots) and pred.output == "value" and pred.op in ("ge", "gt"):
            return self._slots(int(Decimal(str(pred.value))) + (1 if pred.op == "gt" else 0), value)
        title = self.result.title if self.result is not None else Text(zh="计算结果", en="The result")
        if value is None or self.result is None:
            return self._unknown(Text(zh=cat(title.zh, "须先确定"), en=f"{title.en} is needed"))
        return Text(zh=f"{title.zh}：{self.result.text.zh}", en=f"{title.en}: {self.result.text.en}")

    def _band(self, band: int, value: Any) -> Text:
        bands = self.calc.bands
        floor = bands[min(max(band, 1), len(bands)) - 1].min or Decimal(0)
        need, (title, score) = quantity_text(floor, _POINTS), self._input()
        rule = Text(zh=f"须达到 {need.zh}（含）", en=f"at least {need.en} is required")
        if value is not None and score is None and self.status is Status.PASS:  # settled from the range it lies in
            return Text(zh=cat(title.zh, f"尚未完全确定，但已可确定达到 {need.zh}"),
                        en=f"{title.en} is not fully known yet but already reaches {need.en}")
        if value is None or score is None:
            return self._unknown(Text(zh=cat(title.zh, rule.zh), en=f"{title.en}: {rule.en}"))
        got = quantity_text(score, _POINTS)
        if self.status is Status.PASS:
            return Text(zh=cat(title.zh, got.zh, f"，达到 {need.zh}的要求"),
                        en=f"{title.en} {got.en} meets the minimum of {need.en}")
        gap = quantity_text(floor - Decimal(str(score)), _POINTS)
        return Text(zh=cat(title.zh, got.zh, f"，{rule.zh}（还差 {gap.zh}）"),
                    en=f"{title.en} {got.en}; {rule.en} ({gap.en} short)")

    def _is_closure(self) -> bool:
        """Whether this asks if an escalation's closure applies: ``closure_days`` = 0 (none) or > 0 (it applies)."""
        pred = self.pred
        return (isinstance(self.calc, c.Escalation) and pred.output == "closure_days" and pred.op in ("eq", "gt")
                and not isinstance(pred.value, bool | str) and pred.value == 0)

    def _closes(self) -> bool:
        """Whether the closure applies (for either way of asking)."""
        return (self.status is Status.PASS) == (self.pred.op == "gt")

    def _closure(self, value: Any) -> Text:
        step = next((s for s in self.calc.steps if s.closure_days), None)
        title, count = self._input()
        if step is None:
            return Text(zh=cat(title.zh, "不会导致关闭"), en=f"{title.en} never leads to a closure")
        rule = Text(zh=f"第 {step.from_nth} 次起{step.action.zh}",
                    en=f"from the {ordinal(step.from_nth)}: {step.action.en}")
        if value is None or count is None:
            return self._unknown(rule)
        shown = self._value(count)
        if not self._closes():
            return Text(zh=cat(title.zh, shown.zh, f"，未到第 {step.from_nth} 次（{rule.zh}）"),
                        en=f"{title.en}: {shown.en}, below the {ordinal(step.from_nth)} ({step.action.en} from then)")
        return Text(zh=cat(title.zh, shown.zh, f"：{rule.zh}"), en=f"{title.en}: {shown.en}; {rule.en}")

    def _slots(self, need: int, value: Any) -> Text:
        calc, (title, items) = self.calc, self._input()
        bar = self._value(calc.value, "points" if calc.input not in fact_specs() else None)
        word = Text(zh="（含）", en=" or more") if calc.op == "ge" else Text(zh="（不含）", en=" (exclusive)")
        rule = Text(zh=f"须至少 {need} 个达到 {bar.zh}{word.zh}",
                    en=f"at least {need} must reach {bar.en}{word.en}")
        if value is None or items is None:
            return self._unknown(rule)
        shown = self._value(items)
        hits = self.result.output("qualifying") if self.result is not None else None
        if self.status is Status.PASS:
            return Text(zh=cat(title.zh, "：", shown.zh, f"，其中 {hits} 个达到 {bar.zh}{word.zh}"),
                        en=f"{title.en}: {shown.en}; {hits} {'reaches' if hits == 1 else 'reach'} {bar.en}{word.en}")
        return Text(zh=cat(title.zh, "：", shown.zh, f"，{rule.zh}"), en=f"{title.en}: {shown.en}; {rule.en}")

    def state(self) -> Text:
        if not self._is_closure():
            return self.text()
        title, count = self._input()
        missing = self._missing()
        if count is None:
            return not_entered(missing) if missing else Text(zh=cat(title.zh, "尚未确定"),
                                                               en=f"{title.en} not known yet")
        shown = self._value(count)
        return Text(zh=cat(title.zh, shown.zh), en=f"{title.en}: {shown.en}")

    def wanted(self) -> Text:
        step = next((s for s in self.calc.steps if s.closure_days), None) if self._is_closure() else None
        if step is not None:
            title = self._input()[0]
            n = self._value(step.from_nth)
            if self.pred.op == "gt":
                return Text(zh=cat(title.zh, "达到 ", n.zh), en=f"{title.en}: {n.en} or more")
            return Text(zh=cat(title.zh, "不到 ", n.zh), en=f"{title.en}: fewer than {n.en}")
        title = self.result.title if self.result is not None else Text(zh="计算结果", en="the result")
        return Text(zh=cat(title.zh, "符合要求"), en=f"{title.en} as required")
