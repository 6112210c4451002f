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


_TIMES: dict[int, tuple[Window, tuple[str, ...], list[dict[str, ZonedTime | None]]]] = {}


def _times(pack: Pack, window: Window) -> list[dict[str, ZonedTime | None]]:
    """The window's start and end in each display zone; they depend on the pack only, so computed once."""
    zones = tuple(dict.fromkeys([window.zone, *pack.display_zones]))
    hit = _TIMES.get(id(window))
    if hit is not None and hit[0] is window and hit[1] == zones:
        return hit[2]
    times = [{"start": _zoned(window.start, z), "end": _zoned(window.end, z)} for z in zones]
    if len(_TIMES) >= 4096:
        _TIMES.clear()
    _TIMES[id(window)] = (window, zones, times)  # the window is kept alive, so its id stays unique
    return times


def window_result(pack: Pack, window: Window, as_of: datetime) -> WindowResult:
    return WindowResult(
        id=window.id,
        kind=window.kind,
        title=window.title,
        state=window_state(window, as_of),
        start=window.start,
        end=window.end,
        zone=window.zone,
        times=_times(pack, window),  # validation copies the list and dicts into the result
        clause=window.clause,
    )
