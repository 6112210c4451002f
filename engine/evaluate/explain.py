"""The explanation of a programme result, built on first use: criteria with reasons, missing facts, checklist,
windows and calculators.

Criteria are explained from their outcomes, which hold the values read when the profile was evaluated. The
checklist conditions and the calculators read the profile itself, so the values they read are recorded when
the profile is evaluated (``late_facts``); should the profile have been changed in place since, they are
explained from a copy with those values put back, never from facts the result was not decided on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from operator import attrgetter
from typing import Any

from engine.evaluate.calc_env import fact_refs
from engine.evaluate.calc_memo import CalcRun
from engine.evaluate.calc_result import CalcResult
from engine.evaluate.identity_cache import identity_cache
from engine.evaluate.memo import MEMO
from engine.evaluate.outcome import Outcome
from engine.evaluate.reasons.base import fill, sentence
from engine.evaluate.reasons.composite import atoms
from engine.evaluate.reasons.conditional import ImpliesWhy
from engine.evaluate.reasons.places import PlaceInWhy
from engine.evaluate.result import ChecklistEntry, CriterionResult, DistanceOut, MissingFact, WindowResult
from engine.evaluate.status import Status
from engine.evaluate.values import Context
from engine.evaluate.windows import window_result
from engine.facts.paths import fact_spec, fact_value_text
from engine.facts.profile import MerchantProfile
from engine.i18n import Text
from engine.rules.pack import ChecklistItem, Criterion, Pack
from engine.rules.predicates import fact_paths

Snapshot = Callable[[MerchantProfile], Any]


@identity_cache
def late_facts(pack: Pack) -> tuple[tuple[str, ...], Snapshot | None]:
    """The facts read after evaluation (calculator inputs, checklist conditions) and a reader for them."""
    paths = [path for calc in pack.calculators for path in fact_refs(calc)]
    paths += [path for item in pack.checklist if item.when is not None for path in fact_paths(item.when)]
    unique = tuple(dict.fromkeys(paths))
    return unique, (attrgetter(*unique) if unique else None)


def snapshot(read: Snapshot | None, profile: MerchantProfile, count: int) -> tuple[Any, ...]:
    if read is None:
        return ()
    values = (read(profile),) if count == 1 else read(profile)
    if not any(issubclass(kind, list) for kind in set(map(type, values))):  # a few distinct types
        return values
    return tuple(list(v) if isinstance(v, list) else v for v in values)  # lists: a copy of their items


def restored(profile: MerchantProfile, paths: tuple[str, ...], values: tuple[Any, ...]) -> MerchantProfile:
    """A copy of ``profile`` with ``paths`` set back to ``values`` (already validated once)."""
    copy = profile.model_copy(deep=True)
    for path, value in zip(paths, values, strict=True):
        group, _, name = path.partition(".")
        getattr(copy, group).__dict__[name] = list(value) if isinstance(value, list) else value
    return copy


class Explainer:
    """Everything needed to explain one evaluation later, and the functions that do it."""

    def __init__(self, pack: Pack, profile: MerchantProfile, as_of: datetime, ctx: Context, calcs: CalcRun,
                 outcomes: list[Outcome]) -> None:
        self.pack = pack
        self.as_of = as_of
        self.outcomes = outcomes
        self._profile = profile
        self._ctx = ctx
        self._calcs = calcs
        self._paths, read = late_facts(pack)
        self._values = snapshot(read, profile, len(self._paths))
        self._read = read

    def _as_evaluated(self) -> tuple[Context, CalcRun]:
        """The context and calculators on the profile as it was evaluated."""
        now = snapshot(self._read, self._profile, len(self._paths))
        if now != self._values:
            profile = restored(self._profile, self._paths, self._values)
            self._profile = profile
            self._ctx = Context(profile, self._ctx.today, calcs=None)
            self._calcs = CalcRun(self.pack, profile, self.as_of, self._calcs.run, self._calcs.chain_of)
            self._ctx.calcs = self._calcs
        return self._ctx, self._calcs

    def criteria(self) -> list[CriterionResult]:
        pack = self.pack
        return [criterion_result(pack, crit, out) for crit, out in zip(pack.criteria, self.outcomes, strict=True)]

    def calculators(self) -> list[CalcResult]:
        return list(self._as_evaluated()[1].all().values())

    def checklist(self) -> list[ChecklistEntry]:
        ctx = self._as_evaluated()[0]
        entries: list[ChecklistEntry] = []
        for item, sure, maybe in _entries(self.pack):
            if item.when is None:
                entries.append(sure)
                continue
            status = MEMO.status(item.when, ctx)
            if status != Status.FAIL:
                entries.append(sure if status == Status.PASS else maybe)
        as_of = self.as_of
        return [e.model_copy(update={"overdue": True}) if e.deadline is not None and e.deadline < as_of else e
                for e in entries]

    def windows(self) -> list[WindowResult]:
        return [window_result(self.pack, w, self.as_of) for w in self.pack.windows]


_EXCEPTION = {
    "advisory": Text(zh="此项仅供参考，不影响结论", en="for reference only: it does not change the result"),
    "review": Text(zh="原文允许例外，由平台审核", en="the rule allows an exception, which the platform reviews"),
}


def reason(crit: Criterion, out: Outcome) -> Text:
    """The criterion's reason as a finished sentence: the kind's explanation, a note when a failure only asks for
    review, or the pack's template for this outcome (``$detail`` = the explanation, ``$<fact name>`` = a value
    read, e.g. ``$registered_city``, ``$situation`` = the situation an ``implies`` rule is for, as it stands,
    ``$place`` = the place a ``place_in`` rule read, as chosen)."""
    why = out.why
    detail = out.detail
    if out.status is Status.REVIEW and why.status is Status.FAIL:
        advisory = crit.severity == "advisory"
        note = _EXCEPTION["advisory" if advisory else "review"]
        told = why.state() if advisory else detail  # an advisory point is not a requirement: no "须…"
        detail = Text(zh=f"{told.zh}；{note.zh}", en=f"{told.en}; {note.en}")
    if not crit.reasons:
        return sentence(detail)
    key: Any = "does_not_apply" if isinstance(why, ImpliesWhy) and why.not_applicable else out.status.value
    template = crit.reasons.get(key) or crit.reasons.get(out.status.value)
    if template is None:
        return sentence(detail)
    values = {path.rpartition(".")[2]: fact_value_text(path, value) for path, value in out.evidence}
    place = next((leaf for leaf in atoms(why) if isinstance(leaf, PlaceInWhy) and leaf.side is not None), None)
    if place is not None and place.side is not None:
        values["place"] = place.side.place()  # the place as chosen, or as typed with what it names
    if isinstance(why, ImpliesWhy):
        values["situation"] = why.cond.why.state()  # the facts the rule's situation is judged on
    return sentence(fill(template, {**values, "detail": detail}))


def criterion_result(pack: Pack, crit: Criterion, out: Outcome) -> CriterionResult:
    status = out.status
    open_ = status != Status.PASS
    return CriterionResult(
        id=crit.id,
        title=crit.title,
        status=status,
        severity=crit.severity,
        reason=reason(crit, out),
        clause=crit.clause,
        source_file=pack.citation_file(crit.clause),
        remedy=crit.remedy if open_ else None,
        reading=crit.reading,
        distance=DistanceOut(**vars(out.distance)) if out.distance and open_ else None,
        earliest_pass=out.earliest if open_ else None,
        missing=list(out.missing) if status in (Status.UNKNOWN, Status.REVIEW) else [],
        evidence=dict(out.evidence),
    )


def missing_facts(pack: Pack, outcomes: list[Outcome]) -> list[MissingFact]:
    by_fact: dict[str, list[str]] = {}
    for crit, out in zip(pack.criteria, outcomes, strict=True):
        if crit.severity != "required" or out.status not in (Status.UNKNOWN, Status.REVIEW):
            continue
        for path in out.missing:
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


def summary(counts: dict[str, int]) -> Text:
    n_pass, n_fail, n_unknown, n_review = (counts[s.value] for s in Status)
    total = n_pass + n_fail + n_unknown + n_review
    return Text(
        zh=f"{total} 项要求中 {n_pass} 项符合，{n_fail} 项不符合，{n_unknown} 项未知，{n_review} 项需审核",
        en=f"{n_pass} of {total} {'requirement' if total == 1 else 'requirements'} met, {n_fail} failed, "
        f"{n_unknown} unknown, {n_review} {'needs' if n_review == 1 else 'need'} review",
    )

