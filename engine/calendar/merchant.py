"""One merchant on the calendar: the programmes still ahead (a window open or to come) that it meets or is
closest to meeting, with the next deadline of each and the checklist items due before then."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.evaluate import ProgramResult, ProgramStatus, WindowState, evaluate_all
from engine.evaluate.result import WindowResult
from engine.facts import MerchantProfile
from engine.i18n import Text
from engine.rules.pack import Pack

#: Order of the rows: programmes met first, then those left to the platform's review, then by how close.
_RANK = {ProgramStatus.ELIGIBLE: 0, ProgramStatus.REVIEW: 1, ProgramStatus.INCOMPLETE: 2,
         ProgramStatus.NOT_ELIGIBLE: 3}


@dataclass(frozen=True)
class Due:
    title: Text
    deadline: datetime


@dataclass(frozen=True)
class Moment:
    """The next moment on a programme's calendar: a window that starts or ends."""

    title: Text
    at: datetime
    starts: bool


@dataclass(frozen=True)
class MerchantRow:
    program: str
    version: str
    title: Text
    status: ProgramStatus
    failing: int  # required criteria not met
    missing: int  # facts still to enter that would settle required criteria
    deadline: datetime | None  # the registration window's end, while registration is open or to come
    opens: datetime | None  # when registration opens, if it has not yet
    next: Moment | None  # the next start or end of any window (for programmes without registration)
    due: tuple[Due, ...]  # checklist items with a deadline still ahead
    reasons: tuple[Text, ...]  # what stands in the way (the deciding reasons, at most three)

    @property
    def meets(self) -> bool:
        return self.status in (ProgramStatus.ELIGIBLE, ProgramStatus.REVIEW)


def _ahead(windows: list[WindowResult]) -> list[WindowResult]:
    return [w for w in windows if w.state != WindowState.CLOSED]


def _next(windows: list[WindowResult], now: datetime) -> Moment | None:
    moments = [Moment(w.title, w.start, True) for w in windows if w.start is not None and w.start > now]
    moments += [Moment(w.title, w.end, False) for w in windows if w.end is not None and w.end >= now]
    return min(moments, key=lambda m: m.at) if moments else None


def _row(result: ProgramResult, now: datetime, until: datetime | None) -> MerchantRow | None:
    ahead = _ahead(result.windows)
    if until is not None:
        soon = [w for w in ahead if w.state == WindowState.OPEN or (w.start is not None and w.start <= until)]
        ahead = ahead if soon else []
    if not ahead:
        return None
    registration = next((w for w in ahead if w.kind == "registration"), None)
    opens = registration.start if registration is not None and registration.state == WindowState.UPCOMING else None
    due = tuple(Due(i.title, i.deadline) for i in result.checklist if i.deadline is not None and i.deadline >= now)
    return MerchantRow(program=result.program, version=result.version, title=result.title, status=result.status,
                       failing=result.counts()["fail"], missing=result.missing_count,
                       deadline=registration.end if registration is not None else None, opens=opens,
                       next=_next(ahead, now), due=tuple(sorted(due, key=lambda d: d.deadline)),
                       reasons=tuple(result.deciding_reasons(3)))


def merchant_rows(profile: MerchantProfile, packs: Sequence[Pack], now: datetime, *,
                  days: int | None = None) -> list[MerchantRow]:
    """The programmes with a window open or to come (with ``days``: open now or opening within that many days),
    best first: met, then left to review, then the closest (fewest requirements not met, then fewest facts to
    enter), then the nearest deadline."""
    until = now + timedelta(days=days) if days is not None else None
    rows = [row for result in evaluate_all(profile, packs, now) if (row := _row(result, now, until)) is not None]
    return sorted(rows, key=lambda r: (_RANK[r.status], r.failing, r.missing, r.deadline is None,
                                       r.deadline or (r.next.at if r.next else now), r.program))
