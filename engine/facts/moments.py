"""Dates and instants as people read them: 2021 年 9 月 30 日 23:59（美西时间） / 30 Sep 2021, 23:59 PDT.

ISO 8601 is for JSON only. An instant is shown in the zone it is given in (or converted to ``zone``), named the
way the platforms name it: 北京时间 / Beijing time, 美西时间 / PDT or PST (also for a fixed offset that
matches one of them at that instant); any other zone by its UTC offset.
Seconds are shown only when they are not :00 or :59 (a deadline of 23:59:59 is written 23:59).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from engine.i18n import Lang, Text

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ZONES = {"Asia/Shanghai": ("北京时间", "Beijing time"), "America/Los_Angeles": ("美西时间", None)}
_ZONE_CACHE: dict[str, ZoneInfo] = {}


def day_text(day: date, lang: Lang, *, year: bool = True) -> str:
    """2021 年 9 月 30 日 / 30 Sep 2021 (``year=False``: 9 月 30 日 / 30 Sep)."""
    if lang == "zh":
        head = f"{day.year} 年 " if year else ""
        return f"{head}{day.month} 月 {day.day} 日"
    tail = f" {day.year}" if year else ""
    return f"{day.day} {_MONTHS[day.month - 1]}{tail}"


def day(value: date) -> Text:
    return Text(zh=day_text(value, "zh"), en=day_text(value, "en"))


def _zone(key: str) -> ZoneInfo | None:
    found = _ZONE_CACHE.get(key)
    if found is None:
        try:
            found = _ZONE_CACHE[key] = ZoneInfo(key)
        except (ValueError, KeyError, OSError):
            return None
    return found


def _abbreviation(moment: datetime, key: str | None) -> str | None:
    """PDT / PST: the zone's own abbreviation at that instant."""
    zone = _zone(key) if key else None
    try:
        return moment.astimezone(zone).tzname() if zone is not None else None
    except (OverflowError, ValueError):
        return None


def _matches(moment: datetime, key: str) -> bool:
    zone = _zone(key)
    try:
        return zone is not None and moment.utcoffset() == moment.astimezone(zone).utcoffset()
    except (OverflowError, ValueError):
        return False


def _offset(delta: timedelta | None) -> str:
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def zone_name(moment: datetime, lang: Lang) -> str:
    """北京时间 / Beijing time, 美西时间 / PDT, or the UTC offset for any other zone."""
    key = getattr(moment.tzinfo, "key", None)
    if key is None:  # a fixed offset (as the packs state times) is named after the platform zone it matches then
        key = next((k for k in _ZONES if _matches(moment, k)), None)
    names = _ZONES.get(key) if isinstance(key, str) else None
    if names is not None:
        if lang == "zh":
            return names[0]
        return names[1] or _abbreviation(moment, key) or _offset(moment.utcoffset())
    return _offset(moment.utcoffset())


def _in_zone(moment: datetime, zone: str | tzinfo | None) -> datetime:
    if zone is None or moment.tzinfo is None:
        return moment
    target = _zone(zone) if isinstance(zone, str) else zone
    if target is None:
        return moment
    try:
        return moment.astimezone(target)
    except (OverflowError, ValueError):  # at the ends of the calendar: keep the zone it was given in
        return moment


def clock(moment: datetime) -> str:
    seconds = f":{moment.second:02d}" if moment.second not in (0, 59) else ""
    return f"{moment.hour:02d}:{moment.minute:02d}{seconds}"


def moment_text(moment: datetime, lang: Lang, zone: str | tzinfo | None = None, *, year: bool = True,
                named: bool = True) -> str:
    """2021 年 9 月 30 日 23:59（美西时间） / 30 Sep 2021, 23:59 PDT; a naive instant (or ``named=False``) gets no
    zone name."""
    local = _in_zone(moment, zone)
    name = zone_name(local, lang) if local.tzinfo is not None and named else ""
    when = day_text(local.date(), lang, year=year)
    if lang == "zh":
        return f"{when} {clock(local)}" + (f"（{name}）" if name else "")
    return f"{when}, {clock(local)}" + (f" {name}" if name else "")


def moment(value: datetime, zone: str | tzinfo | None = None) -> Text:
    return Text(zh=moment_text(value, "zh", zone), en=moment_text(value, "en", zone))
