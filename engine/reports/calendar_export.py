"""The calendar of programmes as files: an Excel workbook (the windows; the merchant's programmes when one is
given) and an iCalendar file, each written atomically."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

import engine
from engine.calendar.agenda import Agenda, Entry
from engine.calendar.ics import ics_text
from engine.calendar.merchant import MerchantRow
from engine.calendar.words import row_when
from engine.groups import GROUPS
from engine.i18n import Lang, Text
from engine.reports.files import atomic_target, save_atomic
from engine.reports.sheets import finish, table, title_block
from engine.reports.words import status_text, w
from engine.when import moment_text

C: dict[str, Text] = {
    "title": Text(zh="项目日历", en="Programme calendar"),
    "sheet": Text(zh="日历", en="Calendar"),
    "merchant_sheet": Text(zh="商家", en="Merchant"),
    "horizon": Text(zh="查看范围", en="Looking ahead"),
    "days": Text(zh="未来 {n} 天", en="the next {n} days"),
    "when": Text(zh="情况", en="When"),
    "open": Text(zh="正在开放", en="Open now"),
    "closing": Text(zh="正在开放，{n} 天内截止", en="Open, closes within {n} days"),
    "opening": Text(zh="{n} 天内开始", en="Opens within {n} days"),
    "platform": Text(zh="平台", en="Platform"),
    "period": Text(zh="时间段", en="Period"),
    "start_bj": Text(zh="开始（北京时间）", en="Starts (Beijing time)"),
    "end_bj": Text(zh="截止（北京时间）", en="Ends (Beijing time)"),
    "own_zone": Text(zh="项目所在时区", en="Programme's own zone"),
    "edition": Text(zh="规则版本", en="Rules edition"),
    "same_zone": Text(zh="同北京时间", en="Beijing time"),
    "nothing": Text(zh="这段时间内没有开放或即将开始的项目", en="No programme is open or opens in this period"),
    "meets": Text(zh="已符合", en="Meets"),
    "not_met": Text(zh="未满足条件", en="Requirements not met"),
    "to_enter": Text(zh="待补充信息", en="Facts to enter"),
    "deadline": Text(zh="报名与截止", en="Registration and deadlines"),
    "due": Text(zh="需在截止前完成", en="Due before the deadline"),
    "reasons": Text(zh="主要原因", en="Main reasons"),
    "closest": Text(zh="最接近符合", en="Closest to meeting"),
    "no_rows": Text(zh="这段时间内没有开放或即将开始的项目", en="No programme is open or opens in this period"),
}


def c(key: str, lang: Lang, **params: object) -> str:
    text = C[key].get(lang)
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _when(entry: Entry, agenda: Agenda, lang: Lang) -> str:
    if entry in agenda.closing:
        return c("closing", lang, n=agenda.days)
    if entry in agenda.open_now:
        return c("open", lang)
    return c("opening", lang, n=agenda.days)


def _own(entry: Entry, lang: Lang) -> str:
    zones = [z for z in entry.zones if z != "Asia/Shanghai"]
    parts = []
    for zone in zones:
        start = moment_text(entry.start, zone).get(lang) if entry.start else "…"
        end = moment_text(entry.end, zone).get(lang) if entry.end else "…"
        parts.append(f"{start} → {end}")
    return "\n".join(parts) or c("same_zone", lang)


def _calendar_sheet(ws: Worksheet, agenda: Agenda, lang: Lang) -> int:
    start = title_block(ws, c("title", lang), [
        (w("as_of", lang), moment_text(agenda.now).get(lang)),
        (c("horizon", lang), c("days", lang, n=agenda.days)),
        (w("app_version", lang), engine.__version__),
    ], lang)
    headers = [c(k, lang) for k in ("when",)] + [w("program", lang)] + \
        [c(k, lang) for k in ("platform", "period", "start_bj", "end_bj", "own_zone", "edition")] + [w("source", lang)]
    rows = [[_when(e, agenda, lang), e.title.get(lang), _platform(e.platform, lang), e.window_title.get(lang),
             moment_text(e.start).get(lang) if e.start else "…", moment_text(e.end).get(lang) if e.end else "…",
             _own(e, lang), e.version, e.source.get(lang)] for e in agenda.all()]
    if not rows:
        rows = [[c("nothing", lang)] + [""] * (len(headers) - 1)]
    states = ["open" if e in agenda.open_now else "upcoming" for e in agenda.all()]
    return table(ws, start, headers, rows, [16, 30, 14, 18, 24, 24, 30, 11, 30], status_cols=[1], statuses=states)


def _platform(platform: str, lang: Lang) -> str:
    names = GROUPS.get(platform)
    return (names[0] if lang == "zh" else names[1]) if names else platform


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _due(row: MerchantRow, lang: Lang) -> str:
    if lang == "zh":
        return "\n".join(f"• {d.title.zh}（{moment_text(d.deadline).zh}前）" for d in row.due)
    return "\n".join(f"• {d.title.en} (by {moment_text(d.deadline).en})" for d in row.due)


def _merchant_sheet(ws: Worksheet, name: str, rows: list[MerchantRow], now: datetime, lang: Lang) -> int:
    start = title_block(ws, f"{c('title', lang)} — {name}", [(w("as_of", lang), moment_text(now).get(lang))], lang)
    headers = [w("program", lang), w("status", lang)] + [c(k, lang) for k in ("not_met", "to_enter", "deadline",
                                                                              "due", "reasons")]
    body: list[list[object]] = [
        [r.title.get(lang), status_text(r.status.value, lang), r.failing, r.missing, _capital(row_when(r).get(lang)),
         _due(r, lang), "\n".join(f"• {t.get(lang)}" for t in r.reasons)]
        for r in rows]
    if not body:
        body = [[c("no_rows", lang), *([""] * (len(headers) - 1))]]
    return table(ws, start, headers, body, [30, 14, 10, 10, 34, 44, 50], status_cols=[2],
                 statuses=[r.status.value for r in rows])


def build_calendar(agenda: Agenda, lang: Lang, *, merchant: tuple[str, list[MerchantRow]] | None = None) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = c("sheet", lang)
    date_text = moment_text(agenda.now).get(lang)[:14 if lang == "zh" else 11].strip()
    title = c("title", lang)
    finish(ws, _calendar_sheet(ws, agenda, lang), merchant=title, date_text=date_text, lang=lang, landscape=True)
    if merchant is not None:
        sheet = wb.create_sheet(c("merchant_sheet", lang))
        finish(sheet, _merchant_sheet(sheet, merchant[0], merchant[1], agenda.now, lang), merchant=merchant[0],
               date_text=date_text, lang=lang, landscape=True)
    wb.properties.title = title
    wb.properties.creator = f"Merchant Eligibility Checker {engine.__version__}"
    wb.properties.created = datetime.now(UTC).replace(tzinfo=None)
    return wb


def write_calendar(path: Path, agenda: Agenda, lang: Lang, *,
                   merchant: tuple[str, list[MerchantRow]] | None = None) -> Path:
    """The calendar workbook at ``path`` (.xlsx), atomically; ``ReportError`` when it cannot be written."""
    wb = build_calendar(agenda, lang, merchant=merchant)
    return save_atomic(Path(path), wb.save)


def write_ics(path: Path, entries: list[Entry], lang: Lang, *, stamp: datetime | None = None) -> Path:
    """The calendar as an .ics file at ``path``, atomically; ``ReportError`` when it cannot be written."""
    text = ics_text(entries, lang, title=c("title", lang), stamp=stamp)
    with atomic_target(Path(path)) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
    return Path(path)
