"""Every programme window on one calendar, and what is open, opening or closing around a moment.

Windows come from every edition of every programme. A window of an edition is left out only when another
edition of the programme is in force at the window's start (its end, when it has no start) and has a window
with the same id over the same time: a corrected edition replaces the windows of the one it corrects, while a
new season's edition leaves the old season's windows where they were. Ends are inclusive (the last second of
the window), as the packs write them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.evaluate.status import WindowState
from engine.i18n import Text
from engine.rules.citation import Citation
from engine.rules.editions import edition_at
from engine.rules.pack import Pack, Window
from engine.when import BEIJING

#: The look-ahead periods the app offers (days).
HORIZONS = (30, 90)
MAX_DAYS = 366


@dataclass(frozen=True)
class Entry:
    """One window of one programme edition."""

    program: str
    version: str
    title: Text
    platform: str
    window: str
    kind: str
    window_title: Text
    start: datetime | None
    end: datetime | None
    zone: str  # the zone the source states the window in
    zones: tuple[str, ...]  # Beijing time first, then the programme's own zones
    clause: Citation
    source: Text  # the source document's title

    def state(self, now: datetime) -> WindowState:
        if self.start is not None and now < self.start:
            return WindowState.UPCOMING
        if self.end is not None and now > self.end:
            return WindowState.CLOSED
        return WindowState.OPEN

    @property
    def moment(self) -> datetime:
        """When the window begins, or ends when it has no start (for sorting and the calendar file)."""
        found = self.start or self.end
        assert found is not None  # a window has a start or an end
        return found


@dataclass(frozen=True)
class Agenda:
    now: datetime
    days: int
    open_now: list[Entry]  # open at ``now``, the ones closing soonest first
    opening: list[Entry]  # starting after ``now`` and within ``days``
    closing: list[Entry]  # open now and ending within ``days`` (also in ``open_now``)

    @property
    def until(self) -> datetime:
        return self.now + timedelta(days=self.days)

    def all(self) -> list[Entry]:
        """Every entry once: open now, then opening."""
        return [*self.open_now, *self.opening]


def _entry(pack: Pack, window: Window) -> Entry:
    zones = tuple(dict.fromkeys([BEIJING, window.zone, *pack.display_zones]))
    return Entry(program=pack.id, version=pack.version, title=pack.title, platform=pack.platform,
                 window=window.id, kind=window.kind, window_title=window.title, start=window.start,
                 end=window.end, zone=window.zone, zones=zones, clause=window.clause, source=pack.source.title)


def entries(editions: Sequence[Pack]) -> list[Entry]:
    """Every window of every edition that is not replaced by a later edition (see the module text), in time
    order. ``editions``: every edition of every programme (``PackRegistry.editions``), or one per programme."""
    by_id: dict[str, list[Pack]] = {}
    for pack in editions:
        by_id.setdefault(pack.id, []).append(pack)
    out: list[Entry] = []
    for group in by_id.values():
        for pack in group:
            for window in pack.windows:
                moment = window.start or window.end
                assert moment is not None
                ruling = edition_at(group, moment)
                if ruling is not pack and any(w.id == window.id and _overlap(w, window) for w in ruling.windows):
                    continue
                out.append(_entry(pack, window))
    return sorted(out, key=lambda e: (e.moment, e.program, e.window))


def _overlap(a: Window, b: Window) -> bool:
    """The two windows share a moment (a missing start or end is open)."""
    starts_before_b_ends = a.start is None or b.end is None or a.start <= b.end
    b_starts_before_a_ends = b.start is None or a.end is None or b.start <= a.end
    return starts_before_b_ends and b_starts_before_a_ends


def agenda(editions: Sequence[Pack], now: datetime, days: int = HORIZONS[0]) -> Agenda:
    """What is open at ``now`` and what opens or closes within ``days`` (1 to 366) after it."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_DAYS}, not {days}")
    if now.tzinfo is None:
        raise ValueError("now must carry a time zone")
    until = now + timedelta(days=days)
    every = entries(editions)
    open_now = sorted((e for e in every if e.state(now) == WindowState.OPEN),
                      key=lambda e: (e.end is None, e.end or now, e.program, e.window))
    opening = [e for e in every if e.start is not None and now < e.start <= until]
    closing = [e for e in open_now if e.end is not None and e.end <= until]
    return Agenda(now=now, days=days, open_now=open_now, opening=opening, closing=closing)
