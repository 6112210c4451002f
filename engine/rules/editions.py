"""Editions of a programme: packs with the same id and different versions, and which one is in force when.

An edition is **in force from** the first of these its pack gives: ``source.effective``, else
``source.published`` (either as the start of that day in the pack's zone), else the earliest start of its
windows; a pack with none of them is in force from the beginning. At a moment ``t`` the edition in force is
the one with the highest version among those in force from ``t`` or earlier; before every edition's start it is
the earliest edition (a check dated before a programme existed still has rules to read, and its windows say
*upcoming*). A higher version therefore supersedes a lower one from its own start on; both stay available.

Versions compare number by number (``2024.04.1 < 2024.04.2 < 2024.10.1``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from engine.rules.pack import Pack

#: The form of a version a pack must have to be installed: numbers separated by dots.
VERSION = re.compile(r"^[0-9]{1,9}(\.[0-9]{1,9}){0,5}$")

VersionKey = tuple[tuple[int, int | str], ...]


def version_key(version: str) -> VersionKey:
    """Sort key of a version: numbers compare as numbers; a part that is not a number sorts before them."""
    return tuple((1, int(p)) if p.isdigit() else (0, p) for p in version.strip().split("."))


def in_force_from(pack: Pack) -> datetime | None:
    """The moment the edition starts to apply (see the module text); ``None``: from the beginning."""
    day = pack.source.effective or pack.source.published
    if day is not None:
        return datetime.combine(day, time(0), tzinfo=ZoneInfo(pack.timezone))
    starts = [w.start for w in pack.windows if w.start is not None]
    return min(starts) if starts else None


@dataclass(frozen=True)
class Period:
    """When an edition applies: from ``start`` (``None`` = from the beginning) until ``end`` (exclusive,
    ``None`` = open-ended), when ``superseded_by`` takes over; ``never`` when a higher version starts at the same
    moment or earlier (a corrected edition replaces this one entirely)."""

    pack: Pack
    start: datetime | None
    end: datetime | None
    superseded_by: str | None
    never: bool = False


def _started(start: datetime | None, moment: datetime) -> bool:
    return start is None or start <= moment


def edition_at(editions: Sequence[Pack], as_of: datetime) -> Pack:
    """The edition in force at ``as_of`` among ``editions`` of one programme."""
    if len(editions) == 1:
        return editions[0]
    started = [e for e in editions if _started(in_force_from(e), as_of)]
    if started:
        return max(started, key=lambda e: version_key(e.version))
    return min(editions, key=lambda e: (in_force_from(e) or as_of, version_key(e.version)))


def periods(editions: Sequence[Pack]) -> list[Period]:
    """Each edition of one programme with the period it is in force, lowest version first."""
    ordered = sorted(editions, key=lambda e: version_key(e.version))
    out: list[Period] = []
    for index, pack in enumerate(ordered):
        start = in_force_from(pack)
        end: datetime | None = None
        by: str | None = None
        never = False
        for later in ordered[index + 1:]:
            their = in_force_from(later)
            if their is None or (start is not None and their <= start):
                end, by, never = their, later.version, True
                break
            if end is None or their < end:
                end, by = their, later.version
        out.append(Period(pack, start, end, by, never))
    return out


class _Table:
    """The editions of every programme that has more than one, for ``in_force`` (replaced as a whole)."""

    def __init__(self) -> None:
        self.by_id: dict[str, tuple[Pack, ...]] = {}


_TABLE = _Table()


def register_editions(packs: Iterable[Pack]) -> None:
    """Make these the editions ``in_force`` chooses from (all programmes, bundled and added, every version)."""
    grouped: dict[str, list[Pack]] = {}
    for pack in packs:
        grouped.setdefault(pack.id, []).append(pack)
    _TABLE.by_id = {ident: tuple(group) for ident, group in grouped.items() if len(group) > 1}


def editions_of(program_id: str) -> tuple[Pack, ...]:
    """The registered editions of a programme (empty when it has only one)."""
    return _TABLE.by_id.get(program_id, ())


def in_force(pack: Pack, as_of: datetime) -> Pack:
    """The edition of ``pack``'s programme in force at ``as_of`` (``pack`` itself when it has no other)."""
    editions = _TABLE.by_id.get(pack.id)
    if editions is None:
        return pack
    return edition_at(editions, as_of)
