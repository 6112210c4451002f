"""The batch matrix's fast path: ready cells written as openpyxl writes them, and no cached value served stale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from openpyxl import Workbook, load_workbook
from openpyxl.styles.styleable import StyleableObject
from reports_support import AS_OF, example, mixed_profile, one_pack
from test_property import profiles

from engine.evaluate import evaluate
from engine.facts import MerchantProfile
from engine.reports.batch import write_batch
from engine.reports.cells import WoStyles, wo_cell
from engine.reports.rows import first_reason, top_reasons
from engine.reports.sheets import LINE_HEIGHT, lines_needed
from engine.reports.styles import BOLD, TITLE_FONT, WRAP, fill_for
from engine.reports.wo_sheet import add_cell_sheet, row_attrs
from engine.rules import load_packs

GREEN, RED = "00C6EFCE", "00FFC7CE"


def _rows(make, fixed):  # type: ignore[no-untyped-def]
    """The same rows for either path: (cells, height or None)."""
    return [
        ([make("标题", font=TITLE_FONT)], None),
        ([], None),
        ([make("plain", alignment=WRAP), None, make(3, fill=fill_for("fail"), font=BOLD), "raw text", 4.5,
          make(date(2020, 1, 2)), make("=1+1", alignment=WRAP), fixed()], 45.0),
        ([None, make("-x", fill=fill_for("pass")), make("a\nb", alignment=WRAP), None, fixed(), 7], 30.0),
        ([make(""), make(None, fill=fill_for("unknown")), fixed(), make("@x")], None),
    ]


def _write(path, fast: bool) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook(write_only=True)
    ws = add_cell_sheet(wb, "s") if fast else wb.create_sheet("s")
    st = WoStyles(ws)
    if fast:
        rows = _rows(lambda v, **k: st.cell(ws, v, **k), lambda: st.fixed(ws, "✔", fill=fill_for("pass"), font=BOLD))
    else:
        rows = _rows(lambda v, **k: wo_cell(ws, v, **k), lambda: wo_cell(ws, "✔", fill=fill_for("pass"), font=BOLD))
    for number, (cells, height) in enumerate(rows, 1):
        if fast:
            ws.append_sized(number, cells, height)
        else:
            if height is not None:
                ws.row_dimensions[number].height = height
            ws.append(cells)
    wb.save(path)


def _view(path):  # type: ignore[no-untyped-def]
    ws = load_workbook(path)["s"]
    cells = [(c.coordinate, c.value, c.data_type, repr(c.font), repr(c.fill), repr(c.alignment), c.number_format,
              c.quotePrefix, c.has_style) for row in ws.iter_rows() for c in row]  # style objects by content
    heights = {n: d.height for n, d in ws.row_dimensions.items() if d.height is not None}
    return cells, heights


def test_ready_cells_read_back_as_openpyxls_own_cells(tmp_path):
    _write(tmp_path / "fast.xlsx", fast=True)
    _write(tmp_path / "plain.xlsx", fast=False)
    fast, plain = _view(tmp_path / "fast.xlsx"), _view(tmp_path / "plain.xlsx")
    assert fast == plain
    cells = {c[0]: c for c in fast[0]}
    assert fast[1] == {3: 45.0, 4: 30.0}
    assert cells["D3"][1:3] == ("raw text", "s") and cells["E3"][1] == 4.5 and cells["F4"][1] == 7
    assert cells["G3"][1:3] == ("=1+1", "s") and cells["G3"][7] is True and cells["A3"][7] is False
    assert cells["H3"][1] == cells["E4"][1] == cells["C5"][1] == "✔"  # one shared cell in three places
    assert "00FFEB9C" in cells["B5"][4] and cells["B5"][1] is None  # styled, empty: still there
    assert cells["F3"][1].date() == date(2020, 1, 2) and cells["F3"][6] == "yyyy-mm-dd"


def test_kept_style_index_is_the_one_openpyxl_finds():
    wb = Workbook(write_only=True)
    ws = add_cell_sheet(wb, "s")
    st = WoStyles(ws)
    cells = [st.cell(ws, "x", alignment=WRAP), st.cell(ws, "=y", alignment=WRAP), st.cell(ws, 1, font=BOLD),
             st.cell(ws, "plain")]
    assert [c.style_id for c in cells] == [StyleableObject.style_id.fget(c) for c in cells]
    assert len({c.style_id for c in cells}) == 4 and [c.has_style for c in cells] == [True, True, True, False]


def test_styled_cells_hold_what_set_value_stores():
    wb = Workbook(write_only=True)
    ws = add_cell_sheet(wb, "s")
    st = WoStyles(ws)
    values = ["plain", "", "a\x01b", "x" * 40_000, "=1+1", "-2", "\t=x", 7, -3, True, 2.5, Decimal("1.10"),
              date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, tzinfo=UTC), datetime(2020, 1, 2, 3, 4), None, ["a"]]
    for value in values:
        fast, plain = st.cell(ws, value, alignment=WRAP), wo_cell(ws, value, alignment=WRAP)
        assert (fast.value, fast.data_type, fast.quotePrefix, fast.number_format) == (
            plain.value, plain.data_type, plain.quotePrefix, plain.number_format), value
        assert list(fast._style) == list(plain._style), value
    assert st.cell(ws, "a\x01b").value == "a\ufffdb" and len(st.cell(ws, "x" * 40_000).value) == 32767


def test_row_attributes_as_a_row_dimension_writes_them():
    assert dict(row_attrs(45.0)) == {"ht": "45", "customHeight": "1"}
    assert dict(row_attrs(22.5)) == {"ht": "22.5", "customHeight": "1"}
    assert row_attrs(45.0) is row_attrs(45.0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles())
def test_first_reason_is_top_reasons_first(profile):
    for pack in load_packs():
        result = evaluate(profile, pack, AS_OF)
        for lang in ("zh", "en"):
            top = top_reasons(result, lang, 1)
            assert first_reason(result, lang) == (top[0] if top else None)


def test_first_reason_with_known_results():
    packs = list(load_packs())
    empty = [evaluate(MerchantProfile(), p, AS_OF) for p in packs]
    assert all(first_reason(r, "en") == top_reasons(r, "en", 1)[0] for r in empty)  # all unknown: a reason each
    failing = evaluate(mixed_profile(), one_pack()[0], AS_OF)
    assert first_reason(failing, "zh") == top_reasons(failing, "zh", 1)[0]
    assert failing.status.value == "not_eligible"
    passing = evaluate(example(), one_pack()[0], AS_OF)
    assert top_reasons(passing, "en", 1) == [] and first_reason(passing, "en") is None


def _expected_height(name: str, reasons: str) -> float | None:
    lines = max(lines_needed(name, 30), sum(lines_needed(line, 48) for line in reasons.split("\n")))
    return min(lines * LINE_HEIGHT, 409) if lines > 1 else None


def test_repeated_reasons_and_statuses_are_right_in_every_row(tmp_path):
    packs = [*one_pack(), *(p for p in load_packs() if p.id != one_pack()[0].id)][:3]
    merchants = [example().model_copy(update={"name": "甲"}), mixed_profile().model_copy(update={"name": "乙"}),
                 example().model_copy(update={"name": "甲"}), mixed_profile().model_copy(update={"name": "乙"}),
                 mixed_profile().model_copy(update={"name": "甲"}), MerchantProfile(name="丙" * 150)]
    path = tmp_path / "m.xlsx"
    write_batch(path, merchants, packs, AS_OF, lang="zh")
    ws = load_workbook(path)["资格矩阵"]
    for row, profile in enumerate(merchants, 5):
        results = [evaluate(profile, p, AS_OF) for p in packs]
        reasons = "\n".join(f"{r.title.zh}: {x}" for r in results for x in top_reasons(r, "zh", 1))
        assert ws.cell(row, 2).value == profile.name
        assert ws.cell(row, 3 + len(packs)).value == (reasons or None)
        assert ws.row_dimensions[row].height == _expected_height(profile.name or "", reasons)
        first = results[0].status.value
        assert ws.cell(row, 3).fill.start_color.rgb == fill_for(first).start_color.rgb
    assert ws.row_dimensions[5].height == ws.row_dimensions[7].height != ws.row_dimensions[6].height
    assert ws.row_dimensions[6].height == ws.row_dimensions[8].height
    assert ws["C5"].fill.start_color.rgb == GREEN and ws["C9"].fill.start_color.rgb == RED  # same name, own status
    assert ws.row_dimensions[10].height > ws.row_dimensions[9].height  # the long name makes its row taller


def test_a_changed_merchant_or_language_is_not_served_from_before(tmp_path):
    profile = example().model_copy(update={"name": "甲"})
    write_batch(tmp_path / "a.xlsx", [profile], one_pack(), AS_OF, lang="zh")
    profile.company.court_dishonest_listed = True
    profile.name = "甲\n乙\n丙"
    write_batch(tmp_path / "b.xlsx", [profile], one_pack(), AS_OF, lang="zh")
    write_batch(tmp_path / "c.xlsx", [profile], one_pack(), AS_OF, lang="en")
    a, b = load_workbook(tmp_path / "a.xlsx")["资格矩阵"], load_workbook(tmp_path / "b.xlsx")["资格矩阵"]
    c = load_workbook(tmp_path / "c.xlsx")["Matrix"]
    assert (a["C5"].value, a["C5"].fill.start_color.rgb, a["D5"].value) == ("✔ 符合条件", GREEN, None)
    assert (b["C5"].value, b["C5"].fill.start_color.rgb) == ("✘ 不符合条件", RED) and "失信" in b["D5"].value
    assert a.row_dimensions[5].height is None and b.row_dimensions[5].height == 3 * LINE_HEIGHT
    assert c["C5"].value == "✘ Not eligible" and c["D5"].value.startswith("Alibaba")
