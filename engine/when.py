"""Moments and days written for people, in both languages: 2021 年 9 月 30 日 23:59（美西时间） /
30 Sep 2021, 23:59 PDT. ISO text is for JSON only."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.i18n import Text

BEIJING = "Asia/Shanghai"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ZONE_ZH = {"Asia/Shanghai": "北京时间", "Asia/Hong_Kong": "香港时间", "Asia/Taipei": "台北时间",
            "America/Los_Angeles": "美西时间", "America/New_York": "美东时间", "Europe/London": "伦敦时间",
            "Asia/Tokyo": "东京时间", "Europe/Berlin": "中欧时间", "UTC": "协调世界时"}


def _offset(local: datetime) -> str:
    text = local.strftime("%z") or "+0000"
    hours, minutes = int(text[1:3]), text[3:5]
    return f"UTC{text[0]}{hours}" + (f":{minutes}" if minutes != "00" else "")


def zone_name(zone: str, moment: datetime) -> Text:
    """北京时间 / Beijing time; 美西时间 / PDT; other zones by their offset (UTC+9)."""
    local = moment.astimezone(ZoneInfo(zone))
    offset = _offset(local)
    if zone == BEIJING:
        return Text(zh="北京时间", en="Beijing time")
    abbreviation = local.tzname() or ""
    en = abbreviation if abbreviation.isalpha() and zone != "UTC" else offset
    return Text(zh=_ZONE_ZH.get(zone, offset), en=en if zone != "UTC" else "UTC")


def day_text(day: date) -> Text:
    return Text(zh=f"{day.year} 年 {day.month} 月 {day.day} 日", en=f"{day.day} {_MONTHS[day.month - 1]} {day.year}")


def moment_text(moment: datetime, zone: str = BEIJING) -> Text:
    """The moment in ``zone``, with the zone named: 2021 年 9 月 30 日 23:59（美西时间） / 30 Sep 2021, 23:59 PDT."""
    local = moment.astimezone(ZoneInfo(zone))
    day = day_text(local.date())
    name = zone_name(zone, moment)
    return Text(zh=f"{day.zh} {local:%H:%M}（{name.zh}）", en=f"{day.en}, {local:%H:%M} {name.en}")
