"""Typed input: amounts, dates and the unified social credit code as people write them (engine, no Qt)."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field

from engine.facts import fact_specs, uscc
from engine.facts.typed_bounds import Bounds, field_bounds
from engine.facts.typed_dates import date_text, parse_date
from engine.facts.typed_input import number_text, parse_fact, parse_number

SEEDED = settings(max_examples=200, deadline=None, derandomize=True)
FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


@pytest.mark.parametrize(("text", "expected"), [
    ("5000000", 5_000_000), ("5,000,000", 5_000_000), ("5 000 000", 5_000_000), ("500万", 5_000_000),
    ("500 万元", 5_000_000), ("1.5亿", 150_000_000), ("1亿2000万", 120_000_000), ("3千万", 30_000_000),
    ("¥5,000,000", 5_000_000), ("５００万", 5_000_000), ("５，０００，０００", 5_000_000), ("5 million", 5_000_000),
    ("0.5", Decimal("0.5")), (".5", Decimal("0.5")), ("12,345.678", Decimal("12345.678")), ("0", 0),
])
def test_amounts_as_people_write_them(text, expected):
    parsed = parse_number(text, unit="CNY")
    assert parsed.ok and parsed.value == expected


@pytest.mark.parametrize(("text", "why"), [
    ("lots", "not a number"), ("1,5", "grouped in threes"), ("5,00,000", "grouped in threes"),
    ("5 00", "grouped in threes"), ("3万5", "unclear"), ("$5", "enter it in CNY"), ("5美元", "enter it in CNY"),
    ("50%", "enter it in CNY"), ("1e6", "not a number"), ("1亿20000万", "not a number"), ("5人", "not a number"),
    ("x" * 100, "too long"), ("1.2.3", "not a number"), ("--5", "not a number"),
])
def test_anything_else_is_refused_with_the_reason(text, why):
    parsed = parse_number(text, unit="CNY")
    assert parsed.value is None and parsed.error is not None and why in parsed.error.en
    assert parsed.error.zh and not any("a" <= ch <= "z" for ch in parsed.error.zh.replace("x", ""))


def test_empty_is_unknown_not_zero():
    for text in ("", "   ", "\u3000"):
        assert parse_number(text).value is None and parse_number(text).ok
        assert parse_date(text).value is None and parse_date(text).ok
        assert uscc.problem(text) is None


def test_whole_numbers_and_the_fields_bounds():
    assert parse_fact("company.rd_staff_count", "1.5").error.en == "must be a whole number"
    assert parse_fact("company.rd_staff_count", "1.5万").value == 15_000
    assert isinstance(parse_fact("company.rd_staff_count", "12").value, int)
    # ge=0, le=100 on a rate: both limits are allowed (不能小于 / 不能大于 include the number), beyond is refused
    rate = "alibaba_com.reply_rate_90d_pct"
    assert parse_fact(rate, "0").value == 0 and parse_fact(rate, "100%").value == 100
    assert parse_fact(rate, "100.01").error.en == "must not be greater than 100"
    assert parse_fact(rate, "-0.01").error.zh == "不能小于 0"
    assert parse_fact("company.registered_capital_cny", "-5").error.en == "must not be less than 0"


def test_bounds_are_read_from_the_field_metadata():
    info = Field(default=None, ge=date(2000, 1, 1), lt=date(2030, 1, 1))
    bounds = field_bounds(info)
    assert parse_date("2000-01-01", bounds).value == date(2000, 1, 1)
    assert parse_date("1999-12-31", bounds).error.en == "must not be less than 1 Jan 2000"
    assert parse_date("2030-01-01", bounds).error.zh == "须小于 2030 年 1 月 1 日"
    assert parse_date("2029-12-31", bounds).ok
    assert parse_number("5", bounds=Bounds(gt=5)).error.en == "must be greater than 5"
    assert parse_number("5.0001", bounds=Bounds(gt=5)).ok
    for spec in fact_specs().values():  # every declared bound of the profile model is found
        declared = [m for m in spec.info.metadata if any(hasattr(m, k) for k in ("ge", "gt", "le", "lt"))]
        assert (field_bounds(spec.info) != Bounds()) == bool(declared), spec.path


@pytest.mark.parametrize("text", ["2015-03-18", "2015/3/18", "2015.3.18", "2015年3月18日", "2015 年 3 月 18 日",
                                  "20150318", "２０１５－０３－１８", "2015年03月18号", " 2015-3-18 "])
def test_dates_as_people_write_them(text):
    assert parse_date(text).value == date(2015, 3, 18)


@pytest.mark.parametrize(("text", "why"), [
    ("2015-02-30", "February 2015 has no day 30"), ("2015-13-01", "there is no month 13"),
    ("2015年2月29日", "February 2015 has no day 29"), ("18/3/2015", "put the four-digit year first"),
    ("03/04/2015", "put the four-digit year first"), ("15-3-18", "four-digit year first"), ("2015-3/18", "not a date"),
    ("yesterday", "not a date"), ("2015031", "not a date"), ("0000-01-01", "the year is not valid"),
])
def test_impossible_or_unclear_dates_are_refused(text, why):
    parsed = parse_date(text)
    assert parsed.value is None and why in parsed.error.en


def test_leap_day_and_how_dates_read():
    assert parse_date("2016-02-29").value == date(2016, 2, 29)
    assert date_text(date(2015, 3, 18), "zh") == "2015 年 3 月 18 日"
    assert date_text(date(2015, 3, 18), "en") == "18 Mar 2015"
    assert number_text(Decimal(5_000_000), "zh") == "5,000,000（500 万）"
    assert number_text(Decimal(150_000_000), "zh") == "150,000,000（1.5 亿）"
    assert number_text(Decimal(5_000_000), "en") == "5,000,000"
    assert number_text(Decimal("12345.6"), "zh") == "12,345.6"


@SEEDED
@given(st.dates(min_value=date(1, 1, 1)))
def test_every_date_in_every_written_form_reads_back(day):
    y, m, d = f"{day.year:04d}", day.month, day.day
    forms = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日", f"{y}{m:02d}{d:02d}",
             f"{y}-{m:02d}-{d:02d}".translate(FULL_WIDTH)]
    for form in forms:
        assert parse_date(form).value == day, form


@SEEDED
@given(st.integers(1, 9999), st.integers(1, 40), st.integers(1, 40))
def test_a_day_that_does_not_exist_is_never_stored(year, month, day):
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    parsed = parse_date(f"{year:04d}-{month}-{day}")
    assert parsed.value == real
    assert (parsed.error is None) == (real is not None)


def _grouped(n: int) -> str:
    return f"{n:,}"


@SEEDED
@given(st.integers(0, 10**15), st.integers(0, 99))
def test_every_amount_in_every_written_form_reads_back(whole, cents):
    exact = Decimal(whole) + Decimal(cents) / 100
    plain = format(exact, "f")
    forms = [plain, f"{_grouped(whole)}.{cents:02d}", f"{plain}元", f"¥{plain}", plain.translate(FULL_WIDTH),
             f"{_grouped(whole)}.{cents:02d}".replace(",", " ")]
    if whole % 10_000 == 0 and cents == 0:
        forms.append(f"{whole // 10_000}万")
    for form in forms:
        assert parse_number(form, unit="CNY").value == exact, form


@SEEDED
@given(st.text(max_size=30))
def test_no_text_makes_the_parsers_raise(text):
    for parsed in (parse_number(text, unit="CNY"), parse_number(text, whole=True), parse_date(text)):
        assert (parsed.value is None) or parsed.error is None
    normal = unicodedata.normalize("NFKC", text)
    if parse_number(text).ok and parse_number(text).value is not None:
        assert any(ch.isdigit() for ch in normal)
    uscc.problem(text)


REAL_CODES = ["91330100799655058B", "91110108551385082Q", "91440300708461136T", "91350100M000100Y43"]


def test_real_codes_pass_and_their_typing_variants_too():
    for code in REAL_CODES:
        assert uscc.is_valid(code) and uscc.problem(code) is None
    assert uscc.is_valid("9111 0108 5513 8508 2q") and uscc.is_valid("９１１１０１０８５５１３８５０８２Ｑ")
    assert uscc.normalize("9111-0108 5513 8508 2q") == "91110108551385082Q"


@pytest.mark.parametrize(("text", "why"), [
    ("ABC", "has 18 characters; this one has 3"), ("91110108551385082", "this one has 17"),
    ("9111010855138508ZQ", "character 17, “Z”, never appears"), ("91AB0108551385082Q", "six-digit area code"),
    ("91110108551385082R", "does not match the first 17"), ("91110108551358082Q", "does not match the first 17"),
])
def test_invalid_codes_say_why(text, why):
    found = uscc.problem(text)
    assert found is not None and why in found.en and found.zh


CODE_BODY = st.tuples(st.text(alphabet=uscc.ALPHABET, min_size=2, max_size=2),
                      st.text(alphabet="0123456789", min_size=6, max_size=6),
                      st.text(alphabet=uscc.ALPHABET, min_size=9, max_size=9)).map("".join)


@SEEDED
@given(CODE_BODY, st.integers(0, 17), st.sampled_from(uscc.ALPHABET))
def test_the_check_character_catches_every_single_mistype(body, position, other):
    code = body + uscc.check_character(body)
    assert uscc.is_valid(code)
    typo = code[:position] + other + code[position + 1:]
    assert uscc.is_valid(typo) == (typo == code)


@SEEDED
@given(CODE_BODY, st.integers(0, 15))
def test_the_check_character_catches_swapped_neighbours(body, position):
    code = body + uscc.check_character(body)
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
    assert uscc.is_valid(swapped) == (swapped == code)


def test_the_demo_and_example_merchants_have_valid_credit_codes():
    """A first run must not open on a validation message: every code shipped passes its check character."""
    import json

    from engine.resources import resource_path

    files = [*resource_path("demo").glob("*.json"), *resource_path("examples").glob("*.json")]
    codes = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        code = data.get("profile", data).get("company", {}).get("unified_social_credit_code")
        if code:
            codes.append(code)
            assert uscc.problem(code) is None, (path.name, code)
    assert codes
