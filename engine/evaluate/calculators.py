"""Run a pack's calculators: ``run_calculator`` for one (with caller inputs), ``run_all`` for a whole pack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from engine.evaluate import calc_numeric as num
from engine.evaluate import calc_rules as rules
from engine.evaluate.calc_env import CalcEnv, fact_refs
from engine.evaluate.calc_memo import run_memoised
from engine.evaluate.calc_result import CalcResult
from engine.evaluate.identity_cache import identity_cache
from engine.facts import MerchantProfile
from engine.rules import calculators as c
from engine.rules.calc_refs import input_refs, predicates, split_ref
from engine.rules.pack import Pack
from engine.rules.predicates import calc_refs

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
    if not inputs and pack is not None and results is not None and all(
            d.id in results for d in dependencies(pack, calc)):  # what a programme's check asks for
        return _result(calc, CalcEnv(calc, profile, as_of, pack.timezone, {}, results), pack)
    given = dict(inputs or {})
    done: dict[str, CalcResult] = results if results is not None else {}
    own = {k: v for k, v in given.items() if k in accepted(calc)}
    if pack is not None:
        chain = dependencies(pack, calc)
        stray = [k for k in given if k not in own and not any(k in accepted(d) for d in chain)]
        if given or any(dep.id not in done for dep in chain):
            done = dict(done)  # the caller's results are not changed
            for dep in chain:
                theirs = {k: v for k, v in given.items() if k in accepted(dep)}
                if theirs or dep.id not in done:
                    done[dep.id] = run_calculator(dep, profile, as_of, theirs, pack=pack, results=done)
    else:
        stray = [k for k in given if k not in own]
    if stray:
        names = ", ".join(sorted(accepted(calc))) or "none"
        raise ValueError(f"calculator {calc.id}: unknown input {stray[0]!r} (inputs: {names})")
    zone = pack.timezone if pack is not None else DEFAULT_ZONE
    return _result(calc, CalcEnv(calc, profile, as_of, zone, own, done), pack)


def _result(calc: Any, env: CalcEnv, pack: Pack | None) -> CalcResult:
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


@identity_cache
def accepted(calc: Any) -> set[str]:
    """Input names a calculator takes: declared inputs, the facts it reads, and their short names (cached)."""
    facts = fact_refs(calc)
    return {i.name for i in calc.inputs} | set(facts) | {f.split(".", 1)[1] for f in facts}


@identity_cache
def dependencies(pack: Pack, calc: Any) -> list[Any]:
    """The earlier calculators ``calc`` refers to, directly or not, in pack order (cached: do not mutate)."""
    by_id = {x.id: x for x in pack.calculators}
    wanted: set[str] = set()
    todo = [calc]
    while todo:
        current = todo.pop()
        refs = [split_ref(r)[0] for r in input_refs(current) if r.startswith("calc:")]
        refs += [r for pred in predicates(current) for r in calc_refs(pred)]
        for ref in refs:
            if ref not in wanted and ref in by_id:
                wanted.add(ref)
                todo.append(by_id[ref])
    return [x for x in pack.calculators if x.id in wanted]


def run_all(pack: Pack, profile: MerchantProfile, as_of: datetime) -> dict[str, CalcResult]:
    """Every calculator of the pack on the profile alone, in pack order (id -> result; memoised by the facts
    each reads, see calc_memo: do not mutate the results)."""

    def run(calc: Any, facts: MerchantProfile, done: dict[str, CalcResult]) -> CalcResult:
        return run_calculator(calc, facts, as_of, pack=pack, results=done)

    return run_memoised(pack, profile, as_of, run, dependencies)


def find_calculator(pack: Pack, calc_id: str) -> Any:
    for calc in pack.calculators:
        if calc.id == calc_id:
            return calc
    known = ", ".join(x.id for x in pack.calculators) or "none"
    raise KeyError(f"programme {pack.id} has no calculator {calc_id!r} (calculators: {known})")
