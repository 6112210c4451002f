"""Intake template and import: structure, round trip, row-level problems, hostile and malformed files."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal

import annotated_types
import pytest
from fact_values import item_bounds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from reports_support import HOSTILE, assert_no_formulas, example

from engine.facts import MerchantProfile, fact_specs
from engine.reports import ReportError
from engine.reports.intake import read_intake
from engine.reports.problems import write_problems
from engine.reports.template import columns, write_template


def _col(path: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(columns().index(path) + 1)


def test_template_headers_dropdowns_and_comments(tmp_path):
    path = write_template(tmp_path / "t.xlsx", "zh")
    wb = load_workbook(path)
    assert wb.sheetnames == ["填写说明", "商家信息", "lists"]
    assert wb["lists"].sheet_state == "hidden"
    ws = wb["商家信息"]
    assert [c.value for c in ws[1]] == columns()
    assert ws.row_dimensions[1].hidden is True
    spec = fact_specs()["company.general_taxpayer"]
    title = ws[f"{_col('company.general_taxpayer')}3"]
    assert title.value == spec.title("zh") == "一般纳税人"
    assert spec.help("zh") in title.comment.text and "是 / 否 / 未知" in title.comment.text
    assert ws["A3"].value == "商家名称"
    assert ws.freeze_panes == "B4" and ws.print_title_rows == "$2:$3" and ws.page_setup.paperSize == 9
    by_col = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            by_col[rng.split(":")[0].rstrip("0123456789")] = dv
    assert len(by_col) == sum(s.kind in ("bool", "enum") for s in fact_specs().values())
    yes_no = by_col[_col("company.general_taxpayer")]
    assert yes_no.formula1 == '"是,否,未知"'
    region = by_col[_col("company.region")]
    assert region.type == "list" and region.formula1.startswith("'lists'!$")
    letter = region.formula1.split("!")[1].split("$")[1]
    assert str(region.sqref) == f"{_col('company.region')}4:{_col('company.region')}1004"
    options = [c.value for c in wb["lists"][letter] if c.value]
    assert options[:2] == ["中国大陆", "中国香港"] and options[-1] == "未知"
    assert_no_formulas(path)


def test_list_of_options_names_them_in_the_comment(tmp_path):
    from engine.reports.values import enum_labels

    lists = [s for s in fact_specs().values() if s.kind == "list" and s.enum is not None]
    assert lists, "the profile has a list of options (e.g. taobao_live.capabilities)"
    ws = load_workbook(write_template(tmp_path / "t.xlsx", "zh"))["商家信息"]
    for spec in lists:
        comment = ws[f"{_col(spec.path)}3"].comment.text
        assert "可选：" + "; ".join(enum_labels(spec.enum, "zh")) in comment


def test_english_template_headers(tmp_path):
    wb = load_workbook(write_template(tmp_path / "t.xlsx", "en"))
    ws = wb["Merchants"]
    assert ws[f"{_col('company.registered_capital_cny')}3"].value == "Registered capital"
    assert "(CNY)" in ws[f"{_col('company.registered_capital_cny')}3"].comment.text


def test_example_round_trip_both_languages_and_cross_language(tmp_path):
    profile = example()
    never = example().model_copy(deep=True)
    never.company.canton_fair_exhibition_dates = []  # "none", not unknown
    never.company.registered_capital_cny = None
    for lang in ("zh", "en"):
        result = read_intake(write_template(tmp_path / f"{lang}.xlsx", lang, [profile, never]))
        assert result.ok and result.rows == [4, 5]
        assert result.profiles == [profile, never]
        assert result.profiles[1].company.canton_fair_exhibition_dates == []
        assert result.profiles[1].company.registered_capital_cny is None


def test_unknown_words_and_empty_cells_are_unknown_never_false(tmp_path):
    path = write_template(tmp_path / "t.xlsx", "zh")
    wb = load_workbook(path)
    ws = wb["商家信息"]
    ws["A4"] = "甲"
    ws[f"{_col('company.general_taxpayer')}4"] = "未知"
    ws[f"{_col('company.listed_company')}4"] = "Unknown"
    ws[f"{_col('company.high_tech_enterprise')}4"] = "否"
    ws[f"{_col('company.canton_fair_exhibition_dates')}4"] = "2019-04-15; 2019-10-15"
    ws[f"{_col('company.registration_date')}4"] = date(2012, 3, 15)
    ws[f"{_col('alibaba_com.main_industry')}4"] = "Machinery"
    ws[f"{_col('company.region')}4"] = "中国香港"
    wb.save(path)
    (profile,) = read_intake(path).profiles
    assert profile.company.general_taxpayer is None
    assert profile.company.listed_company is None
    assert profile.company.high_tech_enterprise is False
    assert profile.company.tax_status_abnormal is None  # empty cell
    assert profile.company.canton_fair_exhibition_dates == [date(2019, 4, 15), date(2019, 10, 15)]
    assert profile.company.registration_date == date(2012, 3, 15)
    assert profile.alibaba_com.main_industry.value == "Machinery"
    assert profile.company.region.value == "hong_kong"


def test_every_problem_by_row_and_column_nothing_imported(tmp_path):
    path = write_template(tmp_path / "t.xlsx", "en", [example(), example()])
    wb = load_workbook(path)
    ws = wb["Merchants"]
    ws[f"{_col('company.general_taxpayer')}4"] = "maybe"
    ws[f"{_col('company.registered_capital_cny')}5"] = "lots"
    ws[f"{_col('alibaba_com.violation_score_points')}5"] = -3
    ws[f"{_col('company.canton_fair_exhibition_dates')}6"] = "2019-04-15; 15/10/2019"
    ws[f"{_col('company.region')}7"] = "Atlantis"
    ws["A8"] = "=1+1"  # a formula typed into a text cell: read as text, never evaluated
    wb.save(path)
    result = read_intake(path)
    assert result.profiles == [] and not result.ok
    found = {(p.row, p.column): p for p in result.problems}
    assert set(found) == {(4, _col("company.general_taxpayer")), (5, _col("company.registered_capital_cny")),
                          (5, _col("alibaba_com.violation_score_points")),
                          (6, _col("company.canton_fair_exhibition_dates")), (7, _col("company.region"))}
    assert found[(4, _col("company.general_taxpayer"))].message("en") == \
        f"row 4, column {_col('company.general_taxpayer')} General VAT taxpayer: must be yes, no or unknown"
    assert found[(5, _col("alibaba_com.violation_score_points"))].problem.en == "must not be less than 0"
    assert "允许" in found[(7, _col("company.region"))].problem.zh or "可选" in found[(7, _col("company.region"))].problem.zh
    out = write_problems(tmp_path / "problems.xlsx", result.problems, "zh", "t.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    header = rows.index(("行", "列", "字段", "填写的值", "问题"))
    assert len(rows) - header - 1 == 5
    assert (4, _col("company.general_taxpayer"), "一般纳税人", "maybe", "应为 是 / 否 / 未知") in rows


def test_formula_in_intake_is_text_and_problem_values_stay_literal(tmp_path):
    path = write_template(tmp_path / "t.xlsx", "en")
    wb = load_workbook(path)
    ws = wb["Merchants"]
    ws["A4"] = "=1+1"
    ws[f"{_col('company.general_taxpayer')}5"] = "=cmd|' /C calc'!A0"
    wb.save(path)
    result = read_intake(path)
    (problem,) = result.problems
    assert problem.value == "=cmd|' /C calc'!A0"
    out = write_problems(tmp_path / "p.xlsx", result.problems, "en")
    assert_no_formulas(out)
    ws[f"{_col('company.general_taxpayer')}5"] = None
    wb.save(path)
    (first,) = read_intake(path).profiles
    assert first.name == "=1+1"


def test_hostile_text_prefilled_is_literal_and_round_trips(tmp_path):
    profiles = [example().model_copy(update={"name": t, "notes": t}) for t in HOSTILE if t.strip() == t]
    path = write_template(tmp_path / "h.xlsx", "en", profiles)
    assert_no_formulas(path)
    assert [p.name for p in read_intake(path).profiles] == [p.name for p in profiles]


# --- hostile and malformed files -------------------------------------------------------------------------------

def _zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def test_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"this is a CSV, not a workbook\n")
    with pytest.raises(ReportError) as info:
        read_intake(path)
    assert info.value.message("en") == "x.xlsx: not an Excel workbook (.xlsx)"
    assert "不是 Excel" in info.value.message("zh")


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = _zip(tmp_path / "bomb.xlsx", [("[Content_Types].xml", "<x/>"),
                                         ("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))])
    with pytest.raises(ReportError, match="compression ratio"):
        read_intake(path)


def test_too_large_unpacked_is_refused(tmp_path, monkeypatch):
    import engine.reports.files as files

    monkeypatch.setattr(files, "MAX_UNCOMPRESSED", 1000)
    path = _zip(tmp_path / "big.xlsx", [("[Content_Types].xml", "<x/>"), ("xl/a.xml", "a" * 2000)])
    with pytest.raises(ReportError, match="too large when unpacked"):
        read_intake(path)


def test_too_many_entries_is_refused(tmp_path):
    path = _zip(tmp_path / "many.xlsx", [("[Content_Types].xml", "<x/>")] + [(f"xl/{i}.xml", "") for i in range(2001)])
    with pytest.raises(ReportError, match="too many parts"):
        read_intake(path)


def test_zip_without_workbook_parts_is_refused(tmp_path):
    path = _zip(tmp_path / "other.xlsx", [("readme.txt", "hello")])
    with pytest.raises(ReportError, match="not an Excel workbook"):
        read_intake(path)


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, change(item.filename, zin.read(item.filename)))
        for name, data in change(None, None) or []:
            zout.writestr(name, data)
    return dst


def test_entity_expansion_is_refused(tmp_path):
    src = write_template(tmp_path / "t.xlsx", "en", [example()])
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')

    def change(name, data):
        if name and name.startswith("xl/worksheets/sheet"):
            return laughs + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
        return data

    path = _rewrite(src, tmp_path / "lol.xlsx", change)
    with pytest.raises(ReportError) as info:
        read_intake(path)
    assert info.value.message("en") == "lol.xlsx: unsafe workbook content (a DTD or entity declaration); refused"


def test_external_links_are_not_kept(tmp_path):
    src = write_template(tmp_path / "t.xlsx", "en", [example()])
    link = (b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships" r:id="rId1"/></externalLink>')
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/externalLinkPath" Target="http://attacker.invalid/x.xlsx" TargetMode="External"/>'
            b"</Relationships>")

    def change(name, data):
        if name is None:
            return [("xl/externalLinks/externalLink1.xml", link),
                    ("xl/externalLinks/_rels/externalLink1.xml.rels", rels)]
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.'
                                b'org/officeDocument/2006/relationships/externalLink" Target="externalLinks/'
                                b'externalLink1.xml"/></Relationships>')
        return data

    path = _rewrite(src, tmp_path / "link.xlsx", change)
    assert read_intake(path).profiles == [example()]  # the link part is never read, nothing is fetched


# --- round trip with generated profiles ----------------------------------------------------------------------

_TEXT = st.text(st.characters(categories=("L", "N", "P", "S"), exclude_characters=";\uff1b"), min_size=1,
                max_size=30).filter(lambda s: s.strip() == s and s.casefold() not in ("unknown", "未知", "none", "无"))


def _bounds(spec):
    lo, hi, max_len = 0, 10**9, 30
    for meta in spec.info.metadata:
        if isinstance(meta, annotated_types.Ge) and not isinstance(meta.ge, date):
            lo = max(lo, int(meta.ge))
        if isinstance(meta, annotated_types.Le) and not isinstance(meta.le, date):
            hi = min(hi, int(meta.le))
        if isinstance(meta, annotated_types.MaxLen):
            max_len = min(max_len, meta.max_length)
    return lo, hi, max_len


def _one(kind, enum, spec, item=False):
    lo, hi, max_len = _bounds(spec)
    if item:  # a list entry: the bounds its item type carries
        bounds = item_bounds(spec)
        lo, hi = int(bounds.get("ge", lo)) if kind != "date" else lo, int(bounds.get("le", hi)) if kind != "date" else hi
    return {
        "bool": st.booleans(),
        "int": st.integers(lo, hi),
        "decimal": st.decimals(lo, min(hi, 10**12), places=2, allow_nan=False, allow_infinity=False),
        "date": st.dates(date(1950, 1, 1), date(2100, 12, 31)),
        "datetime": st.datetimes(datetime(1950, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)),
        "enum": st.sampled_from(list(enum)) if enum else st.nothing(),
        "str": _TEXT.filter(lambda s: len(s) <= max_len),
    }[kind]


def _value(spec):
    if spec.place:  # a place chosen from the divisions is stored as its full name
        return st.none() | st.sampled_from(["浙江省金华市义乌市", "广东省深圳市", "北京市朝阳区", "浙江省"])
    if spec.kind == "list":
        return st.none() | st.lists(_one(spec.item_kind, spec.enum, spec, item=True), max_size=4).map(
            lambda v: sorted(v, key=str))
    return st.none() | _one(spec.kind, spec.enum, spec)


@st.composite
def profiles(draw):
    doc: dict = {"name": draw(st.none() | _TEXT), "notes": draw(st.none() | _TEXT)}
    for path, spec in fact_specs().items():
        value = draw(_value(spec))
        if value is not None:
            group, name = path.split(".")
            doc.setdefault(group, {})[name] = value
    return MerchantProfile.model_validate(doc)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(profiles(), min_size=1, max_size=3), st.sampled_from(["zh", "en"]))
def test_generated_profiles_round_trip(tmp_path, batch, lang):
    path = write_template(tmp_path / "g.xlsx", lang, batch)
    result = read_intake(path)
    assert result.problems == []
    expected = [p for p in batch if p != MerchantProfile()]  # an all-unknown row is an empty row
    assert result.profiles == expected


def test_the_largest_plausible_amounts_round_trip_to_the_fen(tmp_path):
    profile = example().model_copy(deep=True)
    profile.company.registered_capital_cny = Decimal("9999999999999.99")  # 15 digits: the most a double holds
    profile.company.annual_export_cny = Decimal("10000000000000")
    (back,) = read_intake(write_template(tmp_path / "d.xlsx", "en", [profile])).profiles
    assert back.company.registered_capital_cny == Decimal("9999999999999.99")
    assert back.company.annual_export_cny == Decimal("10000000000000")
