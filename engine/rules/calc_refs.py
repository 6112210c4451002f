"""What a calculator refers to: input references and embedded predicates (for the loader and the runner)."""

from __future__ import annotations

from pydantic import BaseModel

from engine.rules import calculators as c


def input_refs(calc: BaseModel) -> list[str]:
    """Every input reference the calculator names (fact paths, declared inputs, ``calc:`` refs)."""
    refs: list[str] = []
    for name in ("input", "base", "metric", "top_flag", "event"):
        value = getattr(calc, name, None)
        if isinstance(value, str):
            refs.append(value)
    if isinstance(calc, c.Sum):
        refs += [f"calc:{ident}" for ident in calc.of]
    if isinstance(calc, c.Cutoff):
        refs += calc.events
    if isinstance(calc, c.TieredPoints):
        refs += [b.input for t in calc.tiers for b in t.bonuses]
    if isinstance(calc, c.Bands):
        refs += [b.clamp.input for band in calc.bands for b in band.benefits if b.clamp]
    if isinstance(calc, c.PrioritySlots):
        for cand in calc.candidates:
            refs += [cand.input] + ([cand.add] if cand.add else [])
    return list(dict.fromkeys(refs))


def predicates(calc: BaseModel) -> list[BaseModel]:
    """Every predicate embedded in the calculator."""
    out: list[BaseModel] = []
    if isinstance(calc, c.Condition):
        out.append(calc.test)
    if isinstance(calc, c.DatedRule):
        out += [v.test for v in calc.versions]
    if isinstance(calc, c.Sum):
        out += [b.when for b in calc.bonuses]
    if isinstance(calc, c.PrioritySlots):
        out += [p for p in (calc.only_when, calc.combine_when) if p is not None]
    return out


def split_ref(ref: str) -> tuple[str, str]:
    """``calc:id.output`` -> (id, output); ``calc:id`` -> (id, "value")."""
    body = ref.removeprefix("calc:")
    ident, _, output = body.partition(".")
    return ident, output or "value"
