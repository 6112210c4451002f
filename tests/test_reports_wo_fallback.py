"""The batch matrix without openpyxl's internals: the public write-only API writes the same workbook content."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import Cell, WriteOnlyCell
from reports_support import AS_OF, example, mixed_profile

from engine.facts import MerchantProfile
from engine.reports import batch, wo_sheet
from engine.reports.batch import write_batch
from engine.reports.cells import WoStyles
from engine.reports.styles import BOLD, WRAP, fill_for
from engine.rules import load_packs

ROOT = Path(__file__).resolve().parent.parent
MISSING = {
    "module gone": (None, "_values_to_row"),  # openpyxl.worksheet._write_only moved: _internal() gave None
    "attribute renamed": (Cell, "_no_such_slot"),
}


def _force_public(monkeypatch: pytest.MonkeyPatch, missing: tuple[object, str]) -> list[object]:
    monkeypatch.setattr(wo_sheet, "INTERNALS", [*wo_sheet.INTERNALS, missing])
    made: list[object] = []
    real = batch.add_cell_sheet

    def spy(wb, title):  # type: ignore[no-untyped-def]
        made.append(real(wb, title))
        return made[-1]

    monkeypatch.setattr(batch, "add_cell_sheet", spy)
    return made


def test_the_tested_openpyxl_has_the_internals_and_is_capped_to_its_minor_version():
    assert wo_sheet.fast_path()
    assert isinstance(wo_sheet.add_cell_sheet(Workbook(write_only=True), "s"), wo_sheet.CellSheet)
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (spec,) = [d for d in deps if d.startswith("openpyxl")]
    low, high = re.fullmatch(r"openpyxl>=([\d.]+),<([\d.]+)", spec).groups()
    major, minor = (int(n) for n in openpyxl.__version__.split(".")[:2])
    assert high == f"{major}.{minor + 1}" and low.startswith(f"{major}.{minor}")


@pytest.mark.parametrize("missing", MISSING.values(), ids=MISSING.keys())
def test_missing_internals_give_public_sheets_and_cells(monkeypatch, missing, tmp_path):
    monkeypatch.setattr(wo_sheet, "INTERNALS", [*wo_sheet.INTERNALS, missing])
    assert not wo_sheet.fast_path()
    wb = Workbook(write_only=True)
    ws = wo_sheet.add_cell_sheet(wb, "s")
    assert type(ws).__name__ == "WriteOnlyWorksheet" and wb.sheetnames == ["s"]
    st = WoStyles(ws)
    cell, fixed = st.cell(ws, "=1+1", alignment=WRAP), st.fixed(ws, "✔", fill=fill_for("pass"), font=BOLD)
    assert type(cell) is type(WriteOnlyCell(ws)) is Cell and cell.quotePrefix and cell.alignment.wrap_text
    assert type(fixed) is Cell and fixed is not st.fixed(ws, "✔", fill=fill_for("pass"), font=BOLD)
    wo_sheet.append_sized(ws, 1, [cell, fixed], 45.0)
    wo_sheet.append_sized(ws, 2, [fixed], None)
    wb.save(tmp_path / "s.xlsx")
    back = load_workbook(tmp_path / "s.xlsx")["s"]
    assert [[c.value for c in row] for row in back.iter_rows()] == [["=1+1", "✔"], ["✔", None]]
    assert back.row_dimensions[1].height == 45.0 and back.row_dimensions[2].height is None
    assert back["A2"].fill.start_color.rgb == back["B1"].fill.start_color.rgb == fill_for("pass").start_color.rgb and back["A1"].data_type == "s"


def _content(path: Path) -> dict[str, object]:
    """Everything a reader sees in the workbook: cells with their styles, sizes, panes, filters, print set-up."""
    wb = load_workbook(path)
    view: dict[str, object] = {"sheets": wb.sheetnames, "title": wb.properties.title}
    for ws in wb.worksheets:
        view[ws.title] = {
            "cells": [(c.coordinate, c.value, c.data_type, repr(c.font), repr(c.fill), repr(c.alignment),
                       c.number_format, c.quotePrefix) for row in ws.iter_rows() for c in row],
            "heights": {n: d.height for n, d in ws.row_dimensions.items() if d.height is not None},
            "widths": {k: d.width for k, d in ws.column_dimensions.items()},
            "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "titles": ws.print_title_rows,
            "page": (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth),
            "header": (ws.oddHeader.left.text, ws.oddHeader.right.text, ws.oddFooter.center.text),
        }
    return view


@pytest.mark.parametrize("missing", MISSING.values(), ids=MISSING.keys())
def test_forced_fallback_workbook_reads_back_identically(tmp_path, monkeypatch, missing):
    merchants = [example().model_copy(update={"name": "甲"}), mixed_profile().model_copy(update={"name": "乙"}),
                 MerchantProfile(name="丙" * 150), example().model_copy(update={"name": "=HYPERLINK(1)"})]
    packs = list(load_packs())
    fast_summary = write_batch(tmp_path / "fast.xlsx", merchants, packs, AS_OF, lang="zh", per_merchant=True)
    made = _force_public(monkeypatch, missing)
    public_summary = write_batch(tmp_path / "public.xlsx", merchants, packs, AS_OF, lang="zh", per_merchant=True)
    assert len(made) == 2 + len(merchants) and not any(isinstance(ws, wo_sheet.CellSheet) for ws in made)
    assert public_summary == fast_summary
    fast, public = _content(tmp_path / "fast.xlsx"), _content(tmp_path / "public.xlsx")
    assert public == fast
    matrix = fast["资格矩阵"]
    assert len(matrix["cells"]) > 50 and matrix["heights"] and matrix["freeze"] == "C5"  # real content compared
    assert ("B8", "=HYPERLINK(1)", "s") in [c[:3] for c in matrix["cells"]]
