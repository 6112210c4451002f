"""The batch matrix: 2,000 merchants streamed in write-only mode, progress, cancel, per-merchant sheets."""

from __future__ import annotations

import os

import pytest
from openpyxl import load_workbook
from reports_support import AS_OF, HOSTILE, assert_no_formulas, example, one_pack

from engine.reports import Cancelled
from engine.reports.batch import write_batch


def _variant(unknown: bool, failing: bool):
    profile = example()
    if unknown:
        profile.alibaba_com.violation_score_points = None  # unknown -> incomplete
    if failing:
        profile.company.court_dishonest_listed = True  # fails -> not eligible
    return profile


def _profiles(n: int):
    variants = {(u, f): _variant(u, f) for u in (False, True) for f in (False, True)}
    for i in range(n):
        yield variants[(i % 3 == 0, i % 5 == 0)].model_copy(update={"name": f"商家 {i:04d}"})


def _expected(n: int) -> dict[str, int]:
    fail = sum(1 for i in range(n) if i % 5 == 0)
    incomplete = sum(1 for i in range(n) if i % 3 == 0 and i % 5)
    return {"eligible": n - fail - incomplete, "not_eligible": fail, "incomplete": incomplete, "review": 0}


def test_two_thousand_merchants_stream_with_progress(tmp_path):
    calls: list[tuple[int, int]] = []
    path = tmp_path / "matrix.xlsx"
    summary = write_batch(path, _profiles(2000), one_pack(), AS_OF, lang="zh", total=2000,
                          progress=lambda done, total: calls.append((done, total)) or True)
    assert summary.merchants == 2000
    assert summary.counts["icbu-2020-06-online-fair-live"] == _expected(2000)
    assert len(calls) == 2000 and calls[0] == (1, 2000) and calls[-1] == (2000, 2000)
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["资格矩阵", "统计"]
    rows = list(wb["资格矩阵"].iter_rows(values_only=True))
    assert rows[3][:3] == ("#", "商家", "阿里巴巴国际站 2020 年 6 月网交会 · 直播会场\n（报名截至 2020 年 5 月 28 日 14:59（北京时间））")
    assert rows[4][:3] == (1, "商家 0000", "✘ 不符合条件")
    assert rows[5][:3] == (2, "商家 0001", "✔ 符合条件")
    assert rows[7][:3] == (4, "商家 0003", "? 信息不全")
    assert "尚未填写违规分值；须低于 24 分。" in rows[7][3]
    tail = {r[1]: r[2] for r in rows[2005:] if r and r[1]}
    assert tail == {"✔ 符合条件": 1067, "✘ 不符合条件": 400, "? 信息不全": 533, "! 需人工审核": 0}
    counts = list(wb["统计"].iter_rows(values_only=True))
    assert counts[1] == ("阿里巴巴国际站 2020 年 6 月网交会 · 直播会场", 1067, 400, 533, 0, 2000)


def test_matrix_colours_and_print_settings(tmp_path):
    path = tmp_path / "m.xlsx"
    write_batch(path, _profiles(6), one_pack(), AS_OF, lang="en")
    wb = load_workbook(path)
    ws = wb["Matrix"]
    assert ws["C5"].value == "✘ Not eligible" and ws["C5"].fill.start_color.rgb == "00FFC7CE"
    assert ws["C6"].value == "✔ Eligible" and ws["C6"].fill.start_color.rgb == "00C6EFCE"
    assert ws["C8"].value == "? Incomplete" and ws["C8"].fill.start_color.rgb == "00FFEB9C"
    assert ws.page_setup.paperSize == 9 and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$4:$4" and ws.freeze_panes == "C5"
    assert ws.auto_filter.ref == "A4:D10"
    assert ws.oddFooter.right.text == "Page &P of &N"
    assert ws.column_dimensions["B"].width == 30
    assert_no_formulas(path)


def test_cancel_writes_nothing(tmp_path):
    path = tmp_path / "cancelled.xlsx"
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 10

    with pytest.raises(Cancelled) as info:
        write_batch(path, _profiles(100), one_pack(), AS_OF, lang="en", total=100, progress=progress)
    assert seen[-1] == 10
    assert not path.exists() and os.listdir(tmp_path) == []
    assert "已取消" in info.value.message("zh")


def test_per_merchant_sheets_and_hostile_names(tmp_path):
    profiles = [example().model_copy(update={"name": text}) for text in HOSTILE]
    path = tmp_path / "m.xlsx"
    write_batch(path, profiles, one_pack(), AS_OF, lang="en", total=len(profiles), per_merchant=True)
    assert_no_formulas(path)
    wb = load_workbook(path)
    assert len(wb.sheetnames) == 2 + len(HOSTILE)
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in wb.sheetnames)
    names = [wb["Matrix"].cell(row, 2) for row in range(5, 5 + len(HOSTILE))]
    assert [c.value for c in names] == [t.replace("\r", "\n") for t in HOSTILE]
    assert all(c.data_type == "s" for c in names)
    sheet = wb.worksheets[2]
    assert sheet["A1"].value == "=1+1" and sheet["A1"].data_type == "s"
    assert sheet["C4"].value in ("✔ Pass", "✘ Fail", "? Unknown", "! Needs review")
