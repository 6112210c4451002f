"""Evaluate one programme for one profile at one instant."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.evaluate.calc_memo import CalcRun
from engine.evaluate.calc_result import CalcResult
from engine.evaluate.calculators import dependencies, run_calculator
from engine.evaluate.explain import Explainer
from engine.evaluate.identity_cache import identity_cache
from engine.evaluate.memo import MEMO
from engine.evaluate.outcome import Outcome
from engine.evaluate.predicates import compiled
from engine.evaluate.program_result import ProgramResult
from engine.evaluate.status import ProgramStatus, Status, program_status
from engine.evaluate.values import Check, Context
from engine.facts.profile import MerchantProfile
from engine.rules.editions import in_force
from engine.rules.pack import Criterion, Pack


class NaiveInstantError(ValueError):
    pass


_ZERO = {s.value: 0 for s in Status}


Plan = list[tuple[Criterion, Check, bool, bool]]


@identity_cache
def _plan(pack: Pack) -> Plan:
    """Per criterion: its compiled test, whether a failure only asks for review, whether it is required."""
    return [(crit, compiled(crit.test), crit.on_fail == "review" or crit.severity == "advisory",
             crit.severity == "required") for crit in pack.criteria]


def _outcome(crit: Criterion, check: Check, review: bool, ctx: Context) -> Outcome:
    key = MEMO.key(crit, ctx.profile, ctx.today)
    if key is not None:
        hit = MEMO.get(key)
        if hit is not None:
            shared, has_list = hit
            if not has_list:
                return shared  # the values it holds equal this profile's: they are its key
            # Equal values, but the evidence must be this profile's own list objects.
            evidence = tuple((path, ctx.value(path)) for path, _ in shared.evidence)
            return Outcome(shared.status, shared.raw_detail, shared.missing, shared.distance, shared.earliest,
                           evidence)
    out = check(ctx)
    if review and out.status is Status.FAIL:
        out = out.with_status(Status.REVIEW)
    if key is not None:
        MEMO.put(key, out)
    return out


_DATES: dict[tuple[datetime, str], date] = {}


def _local_date(as_of: datetime, zone: str) -> date:
    """The as-of date in a programme's zone (a batch asks the same few instants again and again). Aware
    datetimes are equal when they are the same instant, and the date depends on the instant alone."""
    key = (as_of, zone)
    hit = _DATES.get(key)
    if hit is None:
        if len(_DATES) >= 256:
            _DATES.clear()
        hit = _DATES[key] = as_of.astimezone(ZoneInfo(zone)).date()
    return hit


def evaluate(profile: MerchantProfile, pack: Pack, as_of: datetime) -> ProgramResult:
    """Evaluate ``pack`` for ``profile`` at the tz-aware instant ``as_of``. The result's status is decided here;
    its explanation is built when first read, from the values read here."""
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        raise NaiveInstantError("as_of must be timezone-aware")

    def run(calc: object, facts: MerchantProfile, done: dict[str, CalcResult]) -> CalcResult:
        return run_calculator(calc, facts, as_of, pack=pack, results=done)

    calcs = CalcRun(pack, profile, as_of, run, dependencies)
    ctx = Context(profile, _local_date(as_of, pack.timezone), calcs=calcs)
    outcomes = []
    counts = dict(_ZERO)
    missing: set[str] = set()
    for crit, check, review, required in _plan(pack):
        out = _outcome(crit, check, review, ctx)
        outcomes.append(out)
        if required:
            st = out.status
            counts[st] += 1  # a StrEnum member finds its value's key (Enum.value is a slow descriptor)
            if st is Status.UNKNOWN or st is Status.REVIEW:
                missing.update(out.missing)
    status = _STATUS[counts[Status.FAIL] > 0, counts[Status.UNKNOWN] > 0, counts[Status.REVIEW] > 0]
    return ProgramResult(program=pack.id, version=pack.version, title=pack.title, platform=pack.platform,
                         source=pack.source.file, as_of=as_of, status=status, counts=counts,
                         missing_count=len(missing), explainer=Explainer(pack, profile, as_of, ctx, calcs, outcomes))


# program_status of the statuses present, by (any fail, any unknown, any review)
_STATUS = {(f, u, r): program_status([s for s, on in ((Status.FAIL, f), (Status.UNKNOWN, u), (Status.REVIEW, r)) if on])
           for f in (False, True) for u in (False, True) for r in (False, True)}


_ORDER = {
    ProgramStatus.ELIGIBLE: 0,
    ProgramStatus.REVIEW: 1,
    ProgramStatus.INCOMPLETE: 2,
    ProgramStatus.NOT_ELIGIBLE: 3,
}


def rank_key(result: ProgramResult) -> tuple[int, int, int, str]:
    """Eligible first, then closest to eligible: fewest failures, then fewest missing facts."""
    return (_ORDER[result.status], result.counts()[Status.FAIL.value], result.missing_count, result.program)


def evaluate_all(profile: MerchantProfile, packs: Iterable[Pack], as_of: datetime) -> list[ProgramResult]:
    """Evaluate every programme, each in the edition in force at ``as_of`` (``engine.rules.editions``: a pack
    with no other edition is itself), and rank the results as the app shows them."""
    return sorted((evaluate(profile, in_force(pack, as_of), as_of) for pack in packs), key=rank_key)
