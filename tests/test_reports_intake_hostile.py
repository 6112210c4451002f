"""Hostile and odd intake workbooks, built here from a real template: each finishes in seconds with a correct
import or a clear message, and no row is lost without its number being said."""

from __future__ import annotations

import re
import time
import zipfile

import pytest
from reports_support import example

from engine.cli.main import main
from engine.reports import ReportError
from engine.reports.intake import read_intake
from engine.reports.template import columns, write_template

SHEET = "xl/worksheets/sheet2.xml"  # the merchant sheet of the template


def _template(tmp_path, n=5):
    return write_template(tmp_path / "t.xlsx", "en", [example().model_copy(update={"name": f"M{i}"})
                                                      for i in range(n)])


def _rewrite(src, dst, change, extra=()):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, change(item.filename, zin.read(item.filename)))
        for name, data in extra:
            zout.writestr(name, data)
    return dst


def _sheet(change):
    return lambda name, data: change(data) if name == SHEET else data


def _col(path):
    from openpyxl.utils import get_column_letter

    return get_column_letter(columns().index(path) + 1)


def _timed(fn, *args):
    started = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - started


# -- the declared dimension is never trusted ---------------------------------------------------------------------

@pytest.mark.parametrize("ref", ["A1:EL5", "A1", "A1:B2", "ZZ99999"])
def test_a_wrong_dimension_never_drops_a_merchant(tmp_path, ref):
    path = _rewrite(_template(tmp_path), tmp_path / "dim.xlsx",
                    _sheet(lambda d: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), d)))
    result = read_intake(path)
    assert result.ok and [p.name for p in result.profiles] == [f"M{i}" for i in range(5)]
    assert result.rows == [4, 5, 6, 7, 8]


# -- row numbers ----------------------------------------------------------------------------------------------

def test_a_row_numbered_two_billion_is_named_not_padded_to(tmp_path):
    def far(data):
        return data.replace(b'<row r="8">', b'<row r="2000000000">').replace(b' r="A8"', b' r="A2000000000"')

    path = _rewrite(_template(tmp_path), tmp_path / "far.xlsx", _sheet(lambda d: re.sub(
        rb'(<row r="8">.*?</row>)', lambda m: far(m.group(1)), d, flags=re.S)))
    result, seconds = _timed(read_intake, path)
    assert seconds < 10
    assert not result.ok and [p.row for p in result.problems] == [2_000_000_000]
    assert "beyond Excel's last row 1,048,576" in result.problems[0].message("en")
    assert "第 2000000000 行" in result.problems[0].message("zh")


def test_an_empty_row_beyond_the_last_and_blank_rows_are_read_past_quickly(tmp_path):
    blanks = b"".join(b'<row r="%d"/>' % i for i in range(9, 200_009))

    def change(data):
        data = data.replace(b"</sheetData>", blanks + b'<row r="3000000000"/></sheetData>')
        return data

    path = _rewrite(_template(tmp_path), tmp_path / "blank.xlsx", _sheet(change))
    result, seconds = _timed(read_intake, path)
    assert result.ok and len(result.profiles) == 5
    assert seconds < 10


def test_a_merchant_after_many_blank_rows_is_read_with_its_own_row_number(tmp_path):
    def change(data):
        row8 = re.search(rb'<row r="8">.*?</row>', data, re.S).group(0)
        moved = row8.replace(b'<row r="8">', b'<row r="150000">')
        moved = re.sub(rb' r="([A-Z]+)8"', rb' r="\g<1>150000"', moved)
        return data.replace(row8, b"".join(b'<row r="%d"/>' % i for i in range(8, 100_000)) + moved)

    path = _rewrite(_template(tmp_path), tmp_path / "gap.xlsx", _sheet(change))
    result = read_intake(path)
    assert result.ok and result.rows == [4, 5, 6, 7, 150000]


def test_repeated_and_backwards_row_numbers_are_problems_by_number(tmp_path):
    path = _rewrite(_template(tmp_path), tmp_path / "back.xlsx",
                    _sheet(lambda d: d.replace(b'<row r="7">', b'<row r="5">', 1)))
    result = read_intake(path)
    assert not result.ok and [p.row for p in result.problems] == [5]
    assert "repeats or goes back (after row 6)" in result.problems[0].message("en")


def test_a_value_outside_the_template_columns_alone_in_its_row_is_a_problem(tmp_path):
    extra = b'<row r="9"><c r="ZZ9" t="inlineStr"><is><t>someone</t></is></c></row>'
    path = _rewrite(_template(tmp_path), tmp_path / "extra.xlsx",
                    _sheet(lambda d: d.replace(b"</sheetData>", extra + b"</sheetData>")))
    result = read_intake(path)
    assert not result.ok and [p.row for p in result.problems] == [9]
    assert "only in columns that are not fields of the template (ZZ)" in result.problems[0].message("en")


def test_a_cell_beyond_excels_last_column_is_named(tmp_path):
    bad = b'<c r="XFE5" t="inlineStr"><is><t>x</t></is></c>'
    path = _rewrite(_template(tmp_path), tmp_path / "col.xlsx",
                    _sheet(lambda d: re.sub(rb'(<row r="5">)', rb"\1" + bad, d)))
    result = read_intake(path)
    assert not result.ok and [(p.row, p.column) for p in result.problems] == [(5, "XFE5")]


# -- values ---------------------------------------------------------------------------------------------------

def _put(column: str, rest: bytes):
    """A change putting the cell ``<c r="{column}4" ...rest</c>`` into row 4 (instead of any there)."""
    ref = column.encode() + b"4"

    def change(data):
        data = re.sub(rb'<c r="' + ref + rb'"[^>]*?(/>|>.*?</c>)', b"", data, flags=re.S)
        row = re.search(rb'<row r="4"[^>]*>.*?</row>', data, re.S).group(0)
        return data.replace(row, row[:-len(b"</row>")] + b'<c r="' + ref + b'"' + rest + b"</c></row>")

    return change


@pytest.mark.parametrize(("cell", "said"), [
    (b'<is><t>1E+99999999</t></is>', "too large"),
    (b'<is><t>1E+4300</t></is>', "too large"),
    (b'<is><t>' + b"9" * 5000 + b"</t></is>", "too large"),
])
def test_huge_numbers_in_a_whole_number_column_are_problems_at_once(tmp_path, cell, said):
    path = _rewrite(_template(tmp_path), tmp_path / "num.xlsx",
                    _sheet(_put(_col("company.employees_count"), b' t="inlineStr">' + cell)))
    result, seconds = _timed(read_intake, path)
    assert seconds < 10
    assert not result.ok and [p.row for p in result.problems] == [4]
    assert said in result.problems[0].message("en")


def test_a_number_cell_with_a_huge_exponent_is_a_problem(tmp_path):
    path = _rewrite(_template(tmp_path), tmp_path / "inf.xlsx",
                    _sheet(_put(_col("company.employees_count"), b"><v>1E+99999999</v>")))
    result = read_intake(path)
    assert not result.ok and "must be a number" in result.problems[0].message("en")


# -- shared strings -------------------------------------------------------------------------------------------

def _with_shared_strings(tmp_path, sst: bytes):
    """The template with its first merchant's name as shared string 0 and the given sharedStrings part."""
    src = _template(tmp_path)

    def change(name, data):
        if name == SHEET:
            return re.sub(rb'<c r="A4" t="inlineStr"><is><t>M0</t></is></c>', b'<c r="A4" t="s"><v>0</v></c>', data)
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        return data

    return _rewrite(src, tmp_path / "sst.xlsx", change, [("xl/sharedStrings.xml", sst)])


def test_shared_strings_are_read(tmp_path):
    sst = b'<sst xmlns="x" count="1" uniqueCount="1"><si><r><t>Sha</t></r><r><t>red</t></r><rPh><t>x</t></rPh></si></sst>'
    result = read_intake(_with_shared_strings(tmp_path, sst))
    assert result.ok and result.profiles[0].name == "Shared"


def test_too_many_shared_strings_are_refused_before_the_rows(tmp_path, monkeypatch):
    monkeypatch.setattr("engine.reports.xlsx_parts.MAX_SHARED_STRINGS", 1000)
    declared = b'<sst xmlns="x" uniqueCount="99999999999"><si><t>a</t></si></sst>'
    with pytest.raises(ReportError, match=r"too many shared strings \(99,999,999,999 declared"):
        read_intake(_with_shared_strings(tmp_path, declared))
    many = b'<sst xmlns="x">' + b"<si><t>s</t></si>" * 1001 + b"</sst>"
    with pytest.raises(ReportError, match="more than 1,000"):
        read_intake(_with_shared_strings(tmp_path, many))


def test_shared_text_beyond_the_character_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("engine.reports.xlsx_parts.MAX_SHARED_CHARS", 10_000)
    long = b'<sst xmlns="x">' + (b"<si><t>" + b"y" * 6000 + b"</t></si>") * 2 + b"</sst>"
    with pytest.raises(ReportError, match="more than 10,000 characters"):
        read_intake(_with_shared_strings(tmp_path, long))


def test_the_real_shared_string_cap_refuses_fast(tmp_path):
    many = b'<sst xmlns="x">' + b"".join(b"<si><t>%x</t></si>" % (i * 7919) for i in range(500_001)) + b"</sst>"
    with pytest.raises(ReportError, match="more than 500,000") as info:
        started = time.perf_counter()
        read_intake(_with_shared_strings(tmp_path, many))
    assert time.perf_counter() - started < 10 and "共享字符串过多" in info.value.message("zh")


def test_a_shared_string_index_that_does_not_exist_is_refused(tmp_path):
    sst = b'<sst xmlns="x"><si><t>only</t></si></sst>'
    path = _with_shared_strings(tmp_path, sst)
    broken = _rewrite(path, tmp_path / "idx.xlsx",
                      _sheet(lambda d: d.replace(b'<c r="A4" t="s"><v>0</v></c>', b'<c r="A4" t="s"><v>7</v></c>')))
    with pytest.raises(ReportError, match="shared string that does not exist"):
        read_intake(broken)


# -- other caps ------------------------------------------------------------------------------------------------

def test_more_cells_than_the_cap_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("engine.reports.xlsx_rows.MAX_CELLS", 50)
    with pytest.raises(ReportError, match="more than 50 cells"):
        read_intake(_template(tmp_path))


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path):
    long = b'<c r="B4" t="inlineStr"><is><t>' + b"z" * 40_000 + b"</t></is></c>"
    path = _rewrite(_template(tmp_path), tmp_path / "long.xlsx",
                    _sheet(lambda d: re.sub(rb'<c r="B4"[^>]*>.*?</c>', long, d, count=1, flags=re.S)))
    with pytest.raises(ReportError, match="more than 32,767 characters"):
        read_intake(path)


def test_a_sheet_part_over_its_size_cap_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr("engine.reports.xlsx_rows.MAX_SHEET_BYTES", 1000)
    with pytest.raises(ReportError, match="is too large"):
        read_intake(_template(tmp_path))


# -- files that are not workbooks we can read ---------------------------------------------------------------------

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_a_password_protected_workbook_says_what_it_is_and_what_to_do(tmp_path, capsys):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE2 + b"\x00" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 3000)
    with pytest.raises(ReportError) as info:
        read_intake(path)
    assert "password to open" in info.value.message("en") and "Encrypt with Password" in info.value.message("en")
    assert "设有打开密码" in info.value.message("zh")
    assert main(["--lang", "en", "batch", str(path), "--out", str(tmp_path / "m.xlsx")]) == 2
    assert "password to open" in capsys.readouterr().err
    assert main(["--lang", "en", "--data-dir", str(tmp_path / "d"), "profiles", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "password-protected workbook" in err and "not UTF-8" not in err


def test_an_old_xls_workbook_says_to_save_it_as_xlsx(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(OLE2 + b"\x00" * 4000)
    with pytest.raises(ReportError, match=r"Excel 97-2003 workbook \(\.xls\)"):
        read_intake(path)


def test_profiles_import_of_an_intake_workbook_says_how_to_use_it(tmp_path, capsys):
    path = _template(tmp_path)
    assert main(["--lang", "en", "--data-dir", str(tmp_path / "d"), "profiles", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Excel workbook" in err and f"eligibility-cli batch {path}" in err and "File ▸ Import" in err
    assert err.count("\n") == 1
