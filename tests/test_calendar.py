"""The calendar of programmes: windows across packs and editions, what is open, opening and closing, a
merchant's programmes, and the .ics and Excel exports read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import icalendar
import openpyxl
import pytest
from packs_support import BJ, EXAMPLE_ID, make_pack, registry_at, second_edition

from engine.calendar import agenda, entries, merchant_rows
from engine.calendar.ics import fold, ics_text
from engine.calendar.words import row_status, row_when
from engine.evaluate import ProgramStatus
from engine.facts import parse_profile
from engine.i18n import Text
from engine.packs.install import install_pack
from engine.reports.calendar_export import write_calendar, write_ics
from engine.rules import get_pack, load_packs

PDT_FESTIVAL = "icbu-sept-2021-festival"
NOW = datetime(2021, 8, 28, 12, 0, tzinfo=BJ)
FESTIVAL_START = datetime(2021, 9, 1, 15, 0, tzinfo=BJ)  # 00:00 PDT
MEETS = {"company": {"registered_capital_cny": 500000, "registration_date": "2029-01-10"},
         "alibaba_com": {"violation_score_points": 23, "valid_inquiries_90d": 21}}


def _ids(found):
    return [(e.program, e.window) for e in found]


def test_open_opening_and_closing_across_packs():
    found = agenda(load_packs(), NOW, 30)
    assert ("icbu-quality-trade-zone-2021", "app-banner") in _ids(found.closing)
    assert (PDT_FESTIVAL, "festival") in _ids(found.opening)
    assert set(_ids(found.closing)) <= set(_ids(found.open_now))
    assert not set(_ids(found.opening)) & set(_ids(found.open_now))
    programmes = {e.program for e in found.all()}
    assert len(programmes) >= 6  # windows of many packs on one calendar
    ends = [e.end for e in found.open_now if e.end is not None]
    assert ends == sorted(ends)  # closing soonest first


def test_a_window_end_is_its_last_second_and_the_look_ahead_includes_its_last_moment():
    festival = next(e for e in entries(load_packs()) if (e.program, e.window) == (PDT_FESTIVAL, "festival"))
    assert festival.zone == "America/Los_Angeles" and festival.zones == ("Asia/Shanghai", "America/Los_Angeles")
    end = festival.end
    assert end is not None
    assert (PDT_FESTIVAL, "festival") in _ids(agenda(load_packs(), end, 1).open_now)
    assert (PDT_FESTIVAL, "festival") not in _ids(agenda(load_packs(), end + timedelta(seconds=1), 1).open_now)
    before = FESTIVAL_START - timedelta(days=30)
    assert (PDT_FESTIVAL, "festival") in _ids(agenda(load_packs(), before, 30).opening)
    assert (PDT_FESTIVAL, "festival") not in _ids(agenda(load_packs(), before - timedelta(seconds=1), 30).opening)
    assert (PDT_FESTIVAL, "festival") in _ids(agenda(load_packs(), FESTIVAL_START, 30).open_now)


def test_ninety_days_see_further_than_thirty():
    early = datetime(2021, 7, 1, tzinfo=BJ)
    thirty, ninety = agenda(load_packs(), early, 30), agenda(load_packs(), early, 90)
    assert set(_ids(thirty.opening)) < set(_ids(ninety.opening))
    assert (PDT_FESTIVAL, "festival") in _ids(ninety.opening)


def test_bad_periods_are_refused():
    with pytest.raises(ValueError, match="between 1 and 366"):
        agenda(load_packs(), NOW, 0)
    with pytest.raises(ValueError, match="time zone"):
        agenda(load_packs(), NOW.replace(tzinfo=None), 30)


def test_editions_keep_their_own_seasons_and_a_correction_replaces_windows(tmp_path):
    reg = registry_at(tmp_path / "data")
    install_pack(reg, make_pack(tmp_path))

    def next_season(text: str) -> str:
        return (text.replace('version: "2031.01.1"', 'version: "2032.01.1"')
                .replace("published: 2031-01-15", "published: 2032-01-15").replace("2031-03-", "2032-03-")
                .replace("2031-04-", "2032-04-").replace(
                    'quote: "报名时间：2031 年 3 月 1 日 00:00:00 至 2031 年 3 月 20 日 23:59:59（北京时间）"',
                    'quote: "报名时间：...（北京时间）"')
                .replace('quote: "审核时间：2031 年 3 月 21 日至 2031 年 3 月 25 日"', 'quote: "审核时间：..."')
                .replace('quote: "活动时间：2031 年 4 月 1 日 00:00:00 至 2031 年 4 月 30 日 23:59:59（北京时间）"',
                         'quote: "活动时间：..."'))

    def next_cases(text: str) -> str:
        return text.replace("2031-0", "2032-0").replace("2029-03-10", "2030-03-10")

    install_pack(reg, make_pack(tmp_path, "next.mecpack", pack=next_season, cases=next_cases))
    every = [(e.version, e.window, e.start.year) for e in entries([e.pack for e in reg.editions])
             if e.program == EXAMPLE_ID]
    assert ("2031.01.1", "registration", 2031) in every and ("2032.01.1", "registration", 2032) in every
    install_pack(reg, second_edition(tmp_path, version="2031.01.2", published="2031-01-15"))  # a correction
    every = [(e.version, e.window) for e in entries([e.pack for e in reg.editions]) if e.program == EXAMPLE_ID]
    assert ("2031.01.1", "registration") not in every and ("2031.01.2", "registration") in every
    assert ("2032.01.1", "registration") in every


def test_a_merchant_sees_what_it_meets_first_then_the_closest(tmp_path):
    reg = registry_at(tmp_path / "data")
    install_pack(reg, make_pack(tmp_path))
    before = datetime(2031, 2, 20, 9, 0, tzinfo=BJ)
    rows = merchant_rows(parse_profile(MEETS), reg.programmes(before), before)
    assert rows and rows[0].program == EXAMPLE_ID and rows[0].meets
    row = rows[0]
    assert row.status == ProgramStatus.ELIGIBLE
    assert row.opens == datetime(2031, 3, 1, tzinfo=BJ) and row.deadline == datetime(2031, 3, 20, 23, 59, 59, tzinfo=BJ)
    assert [d.title.en for d in row.due] == ["Scan of the business licence", "List of new products (at least 5)"]
    assert row_when(row).zh == "报名 2031 年 3 月 1 日 00:00（北京时间）开始，2031 年 3 月 20 日 23:59（北京时间）截止"
    assert row_when(row).en == ("registration opens 1 Mar 2031, 00:00 Beijing time, closes 20 Mar 2031, 23:59 Beijing "
                                "time")
    short_rows = merchant_rows(parse_profile({**MEETS, "company": {**MEETS["company"], "registered_capital_cny": 1}}),
                               reg.programmes(before), before)
    short = next(r for r in short_rows if r.program == EXAMPLE_ID)
    assert short_rows[-1] is short  # the one not met comes after those only missing facts
    assert short.status == ProgramStatus.NOT_ELIGIBLE and short.failing == 1 and short.missing == 0
    assert row_status(short).zh == "不符合条件 · 1 项不满足"
    assert row_status(short).en == "Not eligible · 1 requirement not met"
    unknown = next(r for r in merchant_rows(parse_profile({}), reg.programmes(before), before)
                   if r.program == EXAMPLE_ID)
    assert row_status(unknown).en == "Incomplete · 4 facts to enter"
    assert EXAMPLE_ID in [r.program for r in merchant_rows(parse_profile(MEETS), reg.programmes(before), before,
                                                           days=30)]  # registration opens in 9 days
    assert EXAMPLE_ID not in [r.program for r in merchant_rows(parse_profile(MEETS), reg.programmes(before), before,
                                                               days=8)]
    after = datetime(2031, 5, 1, tzinfo=BJ)
    assert EXAMPLE_ID not in [r.program for r in merchant_rows(parse_profile(MEETS), reg.programmes(after), after)]


def test_ics_is_rfc5545_and_a_calendar_library_reads_it_back(tmp_path):
    found = agenda(load_packs(), NOW, 30)
    stamp = datetime(2021, 8, 28, 4, 0, tzinfo=BJ)
    path = write_ics(tmp_path / "cal.ics", found.all(), "zh", stamp=stamp)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    assert len(events) == len(found.all()) and len({str(e["UID"]) for e in events}) == len(events)
    festival = next(e for e in events if str(e["UID"]).startswith(f"{PDT_FESTIVAL}-2021.09.1-festival@"))
    assert festival.decoded("DTSTART") == FESTIVAL_START
    assert festival.decoded("DTEND") == datetime(2021, 10, 1, 15, 0, tzinfo=BJ)  # the last second, plus one
    assert str(festival["SUMMARY"]) == "九月采购节 · 阿里巴巴国际站 2021 九月采购节 · 热卖榜单与营销权益"
    description = str(festival["DESCRIPTION"])
    assert "2021 年 9 月 1 日 15:00（北京时间） / 2021 年 9 月 1 日 00:00（美西时间）" in description
    assert festival.decoded("DTSTAMP") == stamp


def test_ics_escapes_text_and_folds_without_splitting_characters():
    assert fold("A" * 80) == "A" * 75 + "\r\n " + "A" * 5
    folded = fold("SUMMARY:" + "报名" * 40)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # raises if a character was cut
    pack = get_pack(PDT_FESTIVAL)
    one = [e for e in entries([pack]) if e.window == "festival"]
    special = replace(one[0], title=Text(zh="甲；乙", en="Fair; hall 2, booth\\3\nnext line"))
    text = ics_text([special], "en", title="Calendar", stamp=NOW)
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:September procurement festival · Fair\\; hall 2\\, booth\\\\3\\nnext line\r\n" in unfolded
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event["SUMMARY"]) == "September procurement festival · Fair; hall 2, booth\\3\nnext line"


def test_the_calendar_workbook_reads_back(tmp_path):
    found = agenda(load_packs(), NOW, 30)
    rows = merchant_rows(parse_profile({"company": {"registered_capital_cny": 500000}}), load_packs(), NOW)
    path = write_calendar(tmp_path / "cal.xlsx", found, "en", merchant=("Ningbo Example", rows))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Calendar", "Merchant"]
    ws = wb["Calendar"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = values.index(["When", "Programme", "Platform", "Period", "Starts (Beijing time)", "Ends (Beijing time)",
                           "Programme's own zone", "Rules edition", "Source document"])
    body = values[header + 1:]
    assert len(body) == len(found.all())
    festival = next(r for r in body if r[3] == "September procurement festival")
    assert festival[0] == "Opens within 30 days" and festival[2] == "Alibaba.com"
    assert festival[4] == "1 Sep 2021, 15:00 Beijing time" and festival[5] == "1 Oct 2021, 14:59 Beijing time"
    assert festival[6] == "1 Sep 2021, 00:00 PDT → 30 Sep 2021, 23:59 PDT"
    merchant = [[c.value for c in row] for row in wb["Merchant"].iter_rows()]
    assert merchant[0][0] == "Programme calendar — Ningbo Example"
    assert len([r for r in merchant if r[1] and str(r[1]).startswith(("✔", "✘", "?", "!"))]) == len(rows)
    assert ws.print_title_rows == f"${header + 1}:${header + 1}" and ws.page_setup.paperSize == 9


def test_an_empty_period_says_so(tmp_path):
    later = datetime(2030, 1, 1, tzinfo=BJ)
    found = agenda([get_pack(PDT_FESTIVAL)], later, 30)
    assert found.all() == []
    wb = openpyxl.load_workbook(write_calendar(tmp_path / "empty.xlsx", found, "zh"))
    texts = [c.value for row in wb["日历"].iter_rows() for c in row if c.value]
    assert "这段时间内没有开放或即将开始的项目" in texts
