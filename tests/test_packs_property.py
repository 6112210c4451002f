"""Property tests (seeded, bounded): the edition in force agrees with the periods shown; any text survives the
.ics file; a damaged pack file is refused with a message, never a crash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packs_support import BJ, example_files, registry_at

from engine.calendar import entries
from engine.calendar.ics import ics_text
from engine.i18n import Text
from engine.packs import PackFileError
from engine.packs.bundle import bundle_bytes
from engine.packs.install import install_pack
from engine.rules import get_pack
from engine.rules.editions import edition_at, periods, version_key

BASE = get_pack("icbu-2020-06-online-fair-live")
FIRST = date(2024, 1, 1)


def _edition(version: str, day: date | None):
    return BASE.model_copy(update={"version": version,
                                   "source": BASE.source.model_copy(update={"published": day, "effective": None})})


editions_st = st.lists(st.tuples(st.integers(1, 40), st.one_of(st.none(), st.integers(0, 400))), min_size=1,
                       max_size=4, unique_by=lambda t: t[0])


@settings(max_examples=150, deadline=None, derandomize=True)
@given(editions_st, st.integers(-30, 450))
def test_the_edition_in_force_is_the_one_whose_period_holds_the_moment(specs, offset):
    packs = [_edition(f"2024.{n}", FIRST + timedelta(days=d) if d is not None else None) for n, d in specs]
    moment = datetime.combine(FIRST + timedelta(days=offset), time(12), tzinfo=BJ)
    chosen = edition_at(packs, moment)
    holding = [p for p in periods(packs) if not p.never and (p.start is None or p.start <= moment)
               and (p.end is None or moment < p.end)]
    if holding:
        assert [p.pack for p in holding] == [chosen]
    else:  # before every edition's start: the earliest one answers
        starts = [p for p in periods(packs) if p.start is not None]
        assert all(moment < p.start for p in starts)
        assert chosen is min(packs, key=lambda p: (p.source.published, version_key(p.version)))


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f") | st.sampled_from(
    [",", ";", "\\", "\n", ":", "“", "报", "名"]), max_size=120)


@settings(max_examples=120, deadline=None, derandomize=True)
@given(texts, texts)
def test_any_title_survives_the_calendar_file(zh, en):
    (entry,) = [e for e in entries([BASE]) if e.window == "registration"]
    special = replace(entry, title=Text(zh=zh, en=en))
    raw = ics_text([special], "en", title=zh or "calendar", stamp=datetime(2024, 1, 1, tzinfo=BJ))
    assert all(len(line.encode("utf-8")) <= 75 for line in raw.split("\r\n"))
    (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"{entry.window_title.en} · {en}"


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6))
def test_a_damaged_pack_file_is_refused_or_installed_never_a_crash(tmp_path_factory, flips):
    data = bytearray(bundle_bytes(example_files()))
    for where, value in flips:
        data[where % len(data)] = value
    folder = tmp_path_factory.mktemp("damaged")
    path = folder / "damaged.mecpack"
    path.write_bytes(bytes(data))
    reg = registry_at(folder / "data")
    try:
        install_pack(reg, path)
    except PackFileError as exc:
        assert exc.message("en") and exc.message("zh")
        assert not (folder / "data" / "packs").exists() or list((folder / "data" / "packs").iterdir()) == []
    else:
        assert [p.name for p in (folder / "data" / "packs").iterdir()] == ["example-spring-showcase-2031@2031.01.1"]


PACK_TEXT = example_files()["pack.yaml"].decode("utf-8")
CASES_TEXT = example_files()["cases.yaml"].decode("utf-8")
edits = st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(list(":{}[],-\n #\"'0a!&*|>")), st.booleans()),
                 min_size=1, max_size=5)


def _mutate(text: str, changes) -> str:
    chars = list(text)
    for where, char, insert in changes:
        at = where % len(chars)
        if insert:
            chars.insert(at, char)
        else:
            chars[at] = char
    return "".join(chars)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(edits, st.booleans())
def test_a_mistyped_pack_or_case_file_gets_problems_with_places_never_a_crash(changes, in_cases):
    from engine.packs.bundle import Bundle
    from engine.packs.validate import check_bundle

    files = example_files()
    name = "cases.yaml" if in_cases else "pack.yaml"
    files[name] = _mutate(CASES_TEXT if in_cases else PACK_TEXT, changes).encode("utf-8")
    checked = check_bundle(Bundle(name="typo", files=files), run_cases=True)
    for problem in checked.problems:
        assert problem.file in ("pack.yaml", "cases.yaml") and problem.text
        assert problem.line is None or problem.line >= 1
