"""Window states computed in the programme's own time zones."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from engine.evaluate.result import WindowResult, ZonedTime
from engine.evaluate.status import WindowState
from engine.rules.pack import Pack, Window


def window_state(window: Window, as_of: datetime) -> WindowState:
    if window.start is not None and as_of < window.start:
        return WindowState.UPCOMING
    if window.end is not None and as_of > window.end:
        return WindowState.CLOSED
    return WindowState.OPEN


def _zoned(moment: datetime | None, zone: str) -> ZonedTime | None:
    if moment is None:
        return None
    return ZonedTime(zone=zone, local=moment.astimezone(ZoneInfo(zone)).isoformat())


def window_result(pack: Pack, window: Window, as_of: datetime) -> WindowResult:
    zones = list(dict.fromkeys([window.zone, *pack.display_zones]))
    return WindowResult(
        id=window.id,
        kind=window.kind,
        title=window.title,
        state=window_state(window, as_of),
        start=window.start,
        end=window.end,
        zone=window.zone,
        times=[{"start": _zoned(window.start, z), "end": _zoned(window.end, z)} for z in zones],
        clause=window.clause,
    )
