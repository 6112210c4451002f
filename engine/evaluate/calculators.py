"""Run a pack's calculators: ``run_calculator`` for one (with caller inputs), ``run_all`` for a whole pack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from engine.evaluate import calc_numeric as num
from engine.evaluate import calc_rules as rules
from engine.evaluate.calc_env import CalcEnv
from engine.evaluate.calc_result import CalcResult
from engine.facts import MerchantProfile
from engine.rules import calculators as c
from engine.rules.pack import Pack

DEFAULT_ZONE = "Asia/Shanghai"

_HANDLERS: dict[type, Callable[[Any, CalcEnv], num.Computed]] = {
    c.Lookup: num.lookup,
    c.TieredPoints: num.tiered_points,
    c.EnteredPoints: num.entered_points,
    c.Sum: num.sum_points,
    c.Bands: num.bands,
    c.PercentCapped: num.percent_capped,
    c.Threshold: num.threshold,
    c.CountSlots: num.count_slots,
    c.Escalation: rules.escalation,
    c.PrioritySlots: rules.priority_slots,
    c.Condition: rules.condition,
    c.DatedRule: rules.dated_rule,
    c.DeadlineCalc: rules.deadline,
    c.Cutoff: rules.cutoff,
}


def run_calculator(calc: Any, profile: MerchantProfile, as_of: datetime, inputs: dict[str, Any] | None = None,
                   *, pack: Pack | None = None, results: dict[str, CalcResult] | None = None) -> CalcResult:
    """Run one calculator. Inputs come from profile facts; ``inputs`` (declared input names or fact
    paths, values typed or as text) supply or override them. ``pack`` gives the time zone and the earlier
    calculators a ``calc:`` reference needs (run on demand when ``results`` lacks them).
    Raises ValueError for an unknown input name or a value of the wrong type."""
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        raise ValueError("as_of must be timezone-aware")
    done: dict[str, CalcResult] = dict(results or {})
    if pack is not None:
        for earlier in pack.calculators:
            if earlier.id == calc.id:
                break
            if earlier.id not in done:
                done[earlier.id] = run_calculator(earlier, profile, as_of, pack=pack, results=done)
    zone = pack.timezone if pack is not None else DEFAULT_ZONE
    env = CalcEnv(calc, profile, as_of, zone, dict(inputs or {}), done)
    computed = _HANDLERS[type(calc)](calc, env)
    return CalcResult(
        id=calc.id,
        kind=calc.kind,
        title=calc.title,
        clause=calc.clause,
        source_file=pack.citation_file(calc.clause) if pack is not None else calc.clause.file,
        value=computed.value,
        low=computed.low,
        high=computed.high,
        text=computed.text,
        inputs=list(env.used.values()),
        outputs=computed.outputs,
        missing=list(dict.fromkeys(env.missing)) if computed.value is None else [],
        reading=calc.reading,
    )


def run_all(pack: Pack, profile: MerchantProfile, as_of: datetime) -> dict[str, CalcResult]:
    """Every calculator of the pack on the profile alone, in pack order (id -> result)."""
    done: dict[str, CalcResult] = {}
    for calc in pack.calculators:
        done[calc.id] = run_calculator(calc, profile, as_of, pack=pack, results=done)
    return done


def find_calculator(pack: Pack, calc_id: str) -> Any:
    for calc in pack.calculators:
        if calc.id == calc_id:
            return calc
    known = ", ".join(x.id for x in pack.calculators) or "none"
    raise KeyError(f"programme {pack.id} has no calculator {calc_id!r} (calculators: {known})")
