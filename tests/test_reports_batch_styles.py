"""The batch matrix's cheap styling: shared style arrays, row heights kept, no per-row state left behind."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from reports_support import AS_OF, example, one_pack

import engine.reports.batch as batch
from engine.reports.cells import WoStyles, wo_cell
from engine.reports.styles import BOLD, WRAP, fill_for
from engine.reports.wo_sheet import add_cell_sheet


def test_style_templates_match_per_cell_styles_and_do_not_leak(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    st = WoStyles(ws)
    formula_like = st.cell(ws, "=1+1", fill=fill_for("fail"), font=BOLD, alignment=WRAP)
    plain = st.cell(ws, "fine", fill=fill_for("fail"), font=BOLD, alignment=WRAP)
    reference = wo_cell(ws, "fine", fill=fill_for("fail"), font=BOLD, alignment=WRAP)
    assert formula_like.quotePrefix is True and plain.quotePrefix is False  # one cell's prefix is its own
    assert list(plain._style) == list(reference._style)
    assert st.cell(ws, 3, alignment=WRAP)._style.alignmentId == reference._style.alignmentId
    ws.append([formula_like, plain, reference])
    wb.save(tmp_path / "s.xlsx")
    cells = next(load_workbook(tmp_path / "s.xlsx")["s"].iter_rows())
    assert [c.fill.start_color.rgb for c in cells] == ["00FFC7CE"] * 3
    assert [c.font.b for c in cells] == [True] * 3 and cells[0].quotePrefix and not cells[1].quotePrefix


def test_rows_keep_their_height_but_no_row_dimensions_pile_up(tmp_path, monkeypatch):
    sheets = []

    def spy(wb, title):  # type: ignore[no-untyped-def]
        sheets.append(add_cell_sheet(wb, title))
        return sheets[-1]

    monkeypatch.setattr(batch, "add_cell_sheet", spy)
    names = [f"商家 {i}" if i % 2 else f"商家 {i}\n第二行\n第三行" for i in range(40)]
    profiles = [example().model_copy(update={"name": name}) for name in names]
    path = tmp_path / "m.xlsx"
    batch.write_batch(path, profiles, one_pack(), AS_OF, lang="zh", total=len(profiles))
    assert sheets[0].title == "资格矩阵" and len(sheets[0].row_dimensions) == 0
    ws = load_workbook(path)["资格矩阵"]
    assert ws.row_dimensions[5].height == 45 and ws["B5"].value == names[0]
    assert ws.row_dimensions[6].height is None and ws["B6"].value == names[1]
    assert ws["C6"].fill.start_color.rgb == "00C6EFCE" and ws["C6"].font.b
