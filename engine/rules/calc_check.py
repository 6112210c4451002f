"""Loader checks for calculators: every reference resolves, with a type the calculator can use."""

from __future__ import annotations

from pydantic import BaseModel

from engine.facts.paths import fact_specs
from engine.rules import calculators as c
from engine.rules.calc_refs import input_refs, predicates, split_ref
from engine.rules.predicates import calc_refs
from engine.rules.typecheck import check_predicate

_NUMERIC = ("int", "decimal")
_TIME = ("date", "datetime")


def _kind_of(ref: str, calc: BaseModel, earlier: set[str]) -> str:
    """The type kind of a reference: a fact kind, a declared input type, or ``calc``."""
    if ref.startswith("calc:"):
        ident, _ = split_ref(ref)
        if ident not in earlier:
            raise ValueError(f"{ref!r} must name a calculator listed before this one")
        return "calc"
    declared = {i.name: i.type for i in getattr(calc, "inputs", [])}
    if ref in declared:
        return str(declared[ref])
    spec = fact_specs().get(ref)
    if spec is None:
        raise ValueError(f"input {ref!r} is neither a profile fact nor a declared input")
    if spec.kind == "list":
        return f"list:{spec.item_kind}"
    return spec.kind


def _need(ref: str, kind: str, allowed: tuple[str, ...], what: str) -> None:
    if kind != "calc" and kind not in allowed:
        raise ValueError(f"{what} {ref!r} is {kind}, needs {' or '.join(allowed)}")


def _typed(calc: BaseModel, earlier: set[str]) -> None:
    def kind(ref: str) -> str:
        return _kind_of(ref, calc, earlier)

    numeric = ("input", "base")
    if isinstance(calc, c.TieredPoints | c.EnteredPoints | c.Bands | c.Escalation | c.PercentCapped | c.Threshold):
        for name in numeric:
            ref = getattr(calc, name, None)
            if isinstance(ref, str):
                _need(ref, kind(ref), _NUMERIC, name)
    if isinstance(calc, c.EnteredPoints):
        _need(calc.top_flag, kind(calc.top_flag), ("bool",), "top_flag")
    if isinstance(calc, c.Lookup):
        _need(calc.input, kind(calc.input), ("enum", "str", "int", "bool"), "input")
    if isinstance(calc, c.CountSlots):
        _need(calc.input, kind(calc.input), ("list:decimal", "list:int"), "input")
    if isinstance(calc, c.DeadlineCalc):
        _need(calc.event, kind(calc.event), _TIME, "event")
    if isinstance(calc, c.Cutoff):
        for ref in calc.events:
            _need(ref, kind(ref), _TIME, "event")
    for ref in input_refs(calc):
        kind(ref)


def check_calculators(calcs: list[BaseModel]) -> None:
    """Raise ValueError naming the calculator and the problem."""
    earlier: set[str] = set()
    for calc in calcs:
        ident = getattr(calc, "id", "?")
        try:
            _typed(calc, earlier)
            for pred in predicates(calc):
                check_predicate(pred)
                check_calc_refs(pred, earlier)
        except ValueError as exc:
            raise ValueError(f"calculator {ident}: {exc}") from None
        earlier.add(ident)


def check_calc_refs(pred: BaseModel, known: set[str]) -> None:
    for ref in calc_refs(pred):
        if ref not in known:
            raise ValueError(f"predicate refers to calculator {ref!r}, which is not defined before it")
