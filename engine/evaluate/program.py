"""Evaluate one programme for one profile at one instant."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from engine.evaluate.calculators import run_all
from engine.evaluate.identity_cache import identity_cache
from engine.evaluate.memo import MEMO
from engine.evaluate.outcome import Outcome
from engine.evaluate.predicates import Context, evaluate_predicate
from engine.evaluate.result import (
    ChecklistEntry,
    CriterionResult,
    DistanceOut,
    MissingFact,
    ProgramResult,
)
from engine.evaluate.status import ProgramStatus, Status, program_status
from engine.evaluate.windows import window_result
from engine.facts.paths import fact_spec
from engine.facts.profile import MerchantProfile
from engine.i18n import Text
from engine.rules.pack import ChecklistItem, Criterion, Pack


class NaiveInstantError(ValueError):
    pass


def _outcome(crit: Criterion, ctx: Context) -> tuple[Outcome, Text]:
    key = MEMO.key(crit, ctx.profile, ctx.today)
    if key is not None:
        hit = MEMO.get(key)
        if hit is not None:
            memo_out, memo_reason = hit
            # Equal values, but the evidence must be this profile's own objects (lists are mutable).
            o = memo_out
            evidence = tuple((path, ctx.value(path)) for path, _ in o.evidence)
            return Outcome(o.status, o.detail, o.missing, o.distance, o.earliest, evidence), memo_reason
    out: Outcome = evaluate_predicate(crit.test, ctx)
    status = out.status
    if status == Status.FAIL and (crit.on_fail == "review" or crit.severity == "advisory"):
        status = Status.REVIEW
        out = replace(out, status=status)
    reason = crit.reasons.get(status.value)
    reason_text = reason.fill(detail=out.detail) if reason is not None else out.detail
    if key is not None:
        MEMO.put(key, out, reason_text)
    return out, reason_text


def _criterion(pack: Pack, crit: Criterion, ctx: Context) -> CriterionResult:
    out, reason_text = _outcome(crit, ctx)
    status = out.status
    return CriterionResult(
        id=crit.id,
        title=crit.title,
        status=status,
        severity=crit.severity,
        reason=reason_text,
        clause=crit.clause,
        source_file=pack.citation_file(crit.clause),
        remedy=crit.remedy if status != Status.PASS else None,
        reading=crit.reading,
        distance=DistanceOut(**vars(out.distance)) if out.distance and status != Status.PASS else None,
        earliest_pass=out.earliest if status != Status.PASS else None,
        missing=list(out.missing) if status in (Status.UNKNOWN, Status.REVIEW) else [],
        evidence={path: value for path, value in out.evidence},
    )


def _missing(criteria: Iterable[CriterionResult]) -> list[MissingFact]:
    by_fact: dict[str, list[str]] = {}
    for crit in criteria:
        if crit.severity != "required":
            continue
        for path in crit.missing:
            by_fact.setdefault(path, []).append(crit.id)
    ranked = sorted(by_fact.items(), key=lambda kv: -len(kv[1]))
    return [MissingFact(path=p, title=fact_spec(p).text, criteria=ids) for p, ids in ranked]


@identity_cache
def _entries(pack: Pack) -> list[tuple[ChecklistItem, ChecklistEntry, ChecklistEntry]]:
    """Per checklist item: its entry as known to apply and as conditional. They depend on the pack alone,
    so they are built once and shared by every result (cached: do not mutate)."""
    out = []
    for item in pack.checklist:
        deadline = None
        if item.deadline is not None:
            if item.deadline.window:
                window = pack.window(item.deadline.window)
                deadline = window.end if window else None
            else:
                deadline = item.deadline.at
        sure, maybe = (ChecklistEntry(id=item.id, kind=item.kind, title=item.title, detail=item.detail,
                                      clause=item.clause, deadline=deadline, conditional=flag)
                       for flag in (False, True))
        out.append((item, sure, maybe))
    return out


def _checklist(pack: Pack, ctx: Context) -> list[ChecklistEntry]:
    entries: list[ChecklistEntry] = []
    for item, sure, maybe in _entries(pack):
        if item.when is None:
            entries.append(sure)
            continue
        status = MEMO.status(item.when, ctx)
        if status != Status.FAIL:
            entries.append(sure if status == Status.PASS else maybe)
    return entries


def _summary(status: ProgramStatus, criteria: list[CriterionResult]) -> Text:
    required = [c for c in criteria if c.severity == "required"]
    n_pass = sum(c.status == Status.PASS for c in required)
    n_fail = sum(c.status == Status.FAIL for c in required)
    n_unknown = sum(c.status == Status.UNKNOWN for c in required)
    n_review = sum(c.status == Status.REVIEW for c in required)
    return Text(
        zh=f"{len(required)} 项要求中 {n_pass} 项符合,{n_fail} 项不符合,{n_unknown} 项未知,{n_review} 项需审核",
        en=f"{n_pass} of {len(required)} requirements met, {n_fail} failed, {n_unknown} unknown, "
        f"{n_review} need review",
    )


def evaluate(profile: MerchantProfile, pack: Pack, as_of: datetime) -> ProgramResult:
    """Evaluate ``pack`` for ``profile`` at the tz-aware instant ``as_of``."""
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        raise NaiveInstantError("as_of must be timezone-aware")
    calcs = run_all(pack, profile, as_of)
    ctx = Context(profile, as_of.astimezone(ZoneInfo(pack.timezone)).date(), calcs=calcs)
    criteria = [_criterion(pack, c, ctx) for c in pack.criteria]
    status = program_status(c.status for c in criteria if c.severity == "required")
    windows = [window_result(pack, w, as_of) for w in pack.windows]
    registration = next((w for w in windows if w.kind == "registration"), None)
    return ProgramResult(
        program=pack.id,
        version=pack.version,
        title=pack.title,
        platform=pack.platform,
        source=pack.source.file,
        as_of=as_of,
        status=status,
        summary=_summary(status, criteria),
        window=registration,
        windows=windows,
        criteria=criteria,
        missing=_missing(criteria),
        checklist=_checklist(pack, ctx),
        calculators=list(calcs.values()),
    )


_ORDER = {
    ProgramStatus.ELIGIBLE: 0,
    ProgramStatus.REVIEW: 1,
    ProgramStatus.INCOMPLETE: 2,
    ProgramStatus.NOT_ELIGIBLE: 3,
}


def rank_key(result: ProgramResult) -> tuple[int, int, int, str]:
    """Eligible first, then closest to eligible: fewest failures, then fewest missing facts."""
    required = [c for c in result.criteria if c.severity == "required"]
    fails = sum(c.status == Status.FAIL for c in required)
    return (_ORDER[result.status], fails, len(result.missing), result.program)


def evaluate_all(profile: MerchantProfile, packs: Iterable[Pack], as_of: datetime) -> list[ProgramResult]:
    """Evaluate every pack and rank the results as the app shows them."""
    return sorted((evaluate(profile, pack, as_of) for pack in packs), key=rank_key)
