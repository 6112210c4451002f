"""The calendar as an iCalendar file (RFC 5545) a calendar app imports: one event per programme window.

Times are written in UTC (``...Z``), which every calendar app shows in the user's own zone; the description
gives them in Beijing time and the programme's own zone as well. A window's end is its last second, so the
event ends one second later (DTEND is exclusive). Text is escaped, lines are folded at 75 octets without
splitting a character, and lines end in CRLF.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import engine
from engine.calendar.agenda import Entry
from engine.i18n import Lang
from engine.when import moment_text

PRODID = "-//Merchant Eligibility Checker//Programme calendar//EN"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]+$")
_ONE_SECOND = timedelta(seconds=1)


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets (3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = char, width, 74  # continuation lines start with a space
        else:
            current += char
            size += width
    out.append(current)
    return "\r\n ".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _uid(entry: Entry) -> str:
    raw = f"{entry.program}-{entry.version}-{entry.window}"
    ident = raw if _SAFE_ID.match(raw) else hashlib.sha256(raw.encode()).hexdigest()[:32]
    return f"{ident}@merchant-eligibility-checker"


_WORDS = {
    "zh": {"opens": "开始", "closes": "截止", "edition": "规则版本", "source": "依据文件", "from": "开始",
           "until": "截止", "clause": "条款"},
    "en": {"opens": "opens", "closes": "closes", "edition": "Rules edition", "source": "Source",
           "from": "From", "until": "Until", "clause": "Clause"},
}


def _times(entry: Entry, lang: Lang) -> list[str]:
    words = _WORDS[lang]
    sep = "：" if lang == "zh" else ": "
    lines = []
    for label, moment in ((words["from"], entry.start), (words["until"], entry.end)):
        if moment is not None:
            lines.append(label + sep + " / ".join(moment_text(moment, z).get(lang) for z in entry.zones))
    return lines


def _event(entry: Entry, lang: Lang, stamp: datetime) -> list[str]:
    words = _WORDS[lang]
    sep = "：" if lang == "zh" else ": "
    summary = f"{entry.window_title.get(lang)} · {entry.title.get(lang)}"
    if entry.start is None:
        summary += f"（{words['closes']}）" if lang == "zh" else f" ({words['closes']})"
        start, end = entry.moment, entry.moment + _ONE_SECOND
    elif entry.end is None:
        summary += f"（{words['opens']}）" if lang == "zh" else f" ({words['opens']})"
        start, end = entry.start, entry.start + _ONE_SECOND
    else:
        start, end = entry.start, entry.end + _ONE_SECOND
    description = "\n".join([
        *_times(entry, lang),
        f"{words['edition']}{sep}{entry.version}",
        f"{words['source']}{sep}{entry.source.get(lang)}",
        f"{words['clause']}{sep}{entry.clause.ref}「{entry.clause.quote}」",
    ])
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid(entry)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(description)}",
        f"CATEGORIES:{escape(entry.kind)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def ics_text(entries: Sequence[Entry], lang: Lang, *, title: str, stamp: datetime | None = None) -> str:
    """The iCalendar document for ``entries`` (CRLF line ends)."""
    stamp = stamp or datetime.now(UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape(title)}", f"X-APP-VERSION:{escape(engine.__version__)}"]
    for entry in entries:
        lines += _event(entry, lang, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
