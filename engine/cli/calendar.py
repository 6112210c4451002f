"""``calendar`` subcommand: what is open now and what opens or closes in the next days, across every pack;
with ``--merchant``, the programmes that merchant meets or is closest to meeting; ``--xlsx`` and ``--ics``
write the calendar as files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engine.calendar import Agenda, Entry, MerchantRow, agenda, merchant_rows
from engine.calendar.agenda import HORIZONS, MAX_DAYS, entries
from engine.calendar.words import row_status, row_when
from engine.cli.check import resolve_profile
from engine.cli.common import CliError, parse_as_of, print_json
from engine.cli.packs import registry
from engine.i18n import Lang
from engine.reports import ReportError
from engine.reports.calendar_export import c, write_calendar, write_ics
from engine.reports.excel_report import merchant_name
from engine.when import moment_text

#: How many programmes not yet met are listed for a merchant, closest first.
CLOSEST = 5


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if not 1 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{value} days: give 1 to {MAX_DAYS}")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calendar", help="what is open now and what opens or closes soon, across every programme")
    p.add_argument("--as-of", default=None, help="ISO 8601 date or date-time; default now")
    p.add_argument("--days", type=_days, default=HORIZONS[0], help=f"how far ahead to look (default {HORIZONS[0]})")
    p.add_argument("--merchant", default=None, help="a profile JSON file or stored profile id: its programmes")
    p.add_argument("--xlsx", type=Path, default=None, help="also write the calendar as an Excel workbook")
    p.add_argument("--ics", type=Path, default=None, help="also write the calendar as an .ics file")
    p.add_argument("--all", action="store_true", help="the .ics holds every window still ahead, not only the period")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=run)


def _times(moment: Any, entry: Entry, lang: Lang) -> str:
    return " / ".join(moment_text(moment, zone).get(lang) for zone in entry.zones)


def _entry_json(e: Entry) -> dict[str, Any]:
    return {"program": e.program, "version": e.version, "title": e.title.model_dump(), "platform": e.platform,
            "window": e.window, "kind": e.kind, "window_title": e.window_title.model_dump(),
            "start": e.start.isoformat() if e.start else None, "end": e.end.isoformat() if e.end else None,
            "zone": e.zone,
            "times": {z: {"start": e.start.astimezone(_zone(z)).isoformat() if e.start else None,
                          "end": e.end.astimezone(_zone(z)).isoformat() if e.end else None} for z in e.zones}}


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _row_json(r: MerchantRow) -> dict[str, Any]:
    return {"program": r.program, "version": r.version, "title": r.title.model_dump(), "status": r.status.value,
            "meets": r.meets, "failing": r.failing, "missing": r.missing,
            "deadline": r.deadline.isoformat() if r.deadline else None,
            "opens": r.opens.isoformat() if r.opens else None,
            "next": {"title": r.next.title.model_dump(), "at": r.next.at.isoformat(), "starts": r.next.starts}
            if r.next else None,
            "due": [{"title": d.title.model_dump(), "deadline": d.deadline.isoformat()} for d in r.due],
            "reasons": [t.model_dump() for t in r.reasons]}


def _entry_line(e: Entry, lang: Lang) -> str:
    zh = lang == "zh"
    head = f"{e.window_title.get(lang)} · {e.title.get(lang)}"
    parts = []
    if e.start:
        parts.append(("开始 " if zh else "starts ") + _times(e.start, e, lang))
    if e.end:
        parts.append(("截止 " if zh else "ends ") + _times(e.end, e, lang))
    return f"  {head}\n    " + ("；" if zh else "; ").join(parts)


def _text(found: Agenda, lang: Lang, merchant: tuple[str, list[MerchantRow]] | None) -> str:
    zh = lang == "zh"
    lines = [f"{c('title', lang)} · {moment_text(found.now).get(lang)} · {c('days', lang, n=found.days)}"]
    closing = [e for e in found.open_now if e in found.closing]
    still = [e for e in found.open_now if e not in found.closing]
    for key, group in (("closing", closing), ("open", still), ("opening", found.opening)):
        if group:
            lines.append(c(key, lang, n=found.days) + ("：" if zh else ":"))
            lines += [_entry_line(e, lang) for e in group]
    if not found.all():
        lines.append(c("nothing", lang))
    if merchant is not None:
        name, rows = merchant
        lines.append(("商家 " if zh else "Merchant ") + name + ("：" if zh else ":"))
        met = [r for r in rows if r.meets]
        closest = [r for r in rows if not r.meets][:CLOSEST]
        for key, chosen in (("meets", met), ("closest", closest)):
            if chosen:
                lines.append("  " + c(key, lang) + ("：" if zh else ":"))
                sep = "；" if zh else "; "
                lines += [f"    {r.title.get(lang)}{'：' if zh else ': '}{row_status(r).get(lang)}{sep}"
                          f"{row_when(r).get(lang)}" for r in chosen]
        if not rows:
            lines.append("  " + c("no_rows", lang))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    now = parse_as_of(args.as_of)
    reg = registry(args)
    editions = [e.pack for e in reg.editions]
    found = agenda(editions, now, args.days)
    merchant: tuple[str, list[MerchantRow]] | None = None
    if args.merchant:
        profile = resolve_profile(args.merchant, args)
        merchant = (merchant_name(profile, lang), merchant_rows(profile, reg.programmes(now), now, days=args.days))
    for option, path, suffix in (("--xlsx", args.xlsx, ".xlsx"), ("--ics", args.ics, ".ics")):
        if path is not None and path.suffix.lower() != suffix:
            raise CliError(f"{option}: {path} must end in {suffix}")
    try:
        if args.xlsx is not None:
            write_calendar(args.xlsx, found, lang, merchant=merchant)
        if args.ics is not None:
            chosen = [e for e in entries(editions) if e.end is None or e.end >= now] if args.all else found.all()
            write_ics(args.ics, chosen, lang)
    except ReportError as exc:
        raise CliError(exc.message(lang)) from None
    if args.format == "json":
        print_json({"as_of": now.isoformat(), "days": found.days,
                    "open_now": [_entry_json(e) for e in found.open_now],
                    "opening": [_entry_json(e) for e in found.opening],
                    "closing": [_entry_json(e) for e in found.closing],
                    "merchant": {"name": merchant[0], "programmes": [_row_json(r) for r in merchant[1]]}
                    if merchant else None})
    else:
        print(_text(found, lang, merchant))
    return 0
