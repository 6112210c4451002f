"""Times as the app shows them: local time with its offset from UTC, e.g. "2026-11-22 14:05 (UTC+08:00)"."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    """The current moment, aware (one place, so tests can move the clock)."""
    return datetime.now().astimezone()


def zone_text(moment: datetime | None = None) -> str:
    """The local zone as an offset, e.g. "UTC+08:00" (the one in force at ``moment``, or now)."""
    local = (moment or datetime.now().astimezone()).astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_text(moment: datetime, *, seconds: bool = False, zone: bool = True) -> str:
    """A stored (aware) time in local time, with its zone unless ``zone`` is False."""
    local = moment.astimezone()
    text = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{text} ({zone_text(local)})" if zone else text
