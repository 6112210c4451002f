"""The eligibility report workbook: content, meaningful fills, dropdowns, print settings, literal user text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reports_support import AS_OF, HOSTILE, assert_no_formulas, example, mixed_profile, results_for

from engine.reports import ReportError, write_report
from engine.reports.cells import put
from engine.reports.files import atomic_target
from engine.reports.sheetnames import SheetNamer


@pytest.fixture(scope="module")
def report_zh(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("r") / "report.xlsx"
    profile = mixed_profile()
    write_report(path, profile, results_for(profile), lang="zh", as_of=AS_OF,
                 ticks={("icbu-2020-06-online-fair-live", "audition-video"): "done"})
    return path


def test_sheets_and_summary_content(report_zh):
    wb = load_workbook(report_zh)
    assert wb.sheetnames == ["概览", "阿里巴巴国际站 2020 年 6 月网交会 · 直播会场", "申请清单", "待补充信息"]
    ws = wb["概览"]
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "资格自查报告 — 宁波示例机械有限公司" in texts
    assert "检查时间：2020 年 5 月 20 日 00:00（北京时间）" in texts
    assert not any("icbu-" in str(t) or ".txt" in str(t) for t in texts)  # no programme ids, no file names
    header = next(r for r in ws.iter_rows() if r[0].value == "项目")
    row = header[0].row + 1
    assert ws.cell(row, 1).value == "阿里巴巴国际站 2020 年 6 月网交会 · 直播会场"
    status = ws.cell(row, 2)
    assert status.value == "✘ 不符合条件"
    assert status.fill.start_color.rgb == "00FFC7CE"
    assert ws.cell(row, 3).value == "报名截至 2020 年 5 月 28 日 14:59（北京时间）"
    reasons = ws.cell(row, 4).value
    assert reasons.splitlines()[0].startswith("• ") and "失信" in reasons.splitlines()[0]
    assert "违规分值" in reasons
    assert wb.properties.title == "资格自查报告 — 宁波示例机械有限公司"
    assert wb.properties.creator.startswith("Merchant Eligibility Checker")
    assert wb.properties.created is not None


def test_programme_sheet_criteria(report_zh):
    ws = load_workbook(report_zh).worksheets[1]
    header = next(r for r in ws.iter_rows() if r[0].value == "#")
    assert [c.value for c in header] == ["#", "条件", "结果", "原因", "依据的数值", "条款", "原文", "整改建议",
                                         "差距", "最早满足日期"]
    rows = {r[1].value: r for r in ws.iter_rows(min_row=header[0].row + 1)}
    unknown = rows["违规分值低于 24 分"]
    assert unknown[2].value == "? 未知"
    assert unknown[2].fill.start_color.rgb == "00FFEB9C"
    assert unknown[3].value == "尚未填写违规分值；须低于 24 分。"
    assert unknown[5].value == "阿里巴巴国际站 2020 年 6 月网交会直播会场招商 · 商家門檻 5"  # the document, never its file
    assert "違規分值<24分" in unknown[6].value
    assert unknown[7].value  # a remedy is given for what is not yet met
    passed = rows["近 3 年参加过广交会"]
    assert passed[2].value == "✔ 符合" and passed[2].fill.start_color.rgb == "00C6EFCE"
    assert passed[7].value is None  # no remedy for a pass
    failed = rows["非法院失信被执行人"]
    assert failed[2].value == "✘ 不符合" and failed[2].fill.start_color.rgb == "00FFC7CE"


def test_checklist_sheet_dropdown_and_colours(report_zh):
    ws = load_workbook(report_zh)["申请清单"]
    header = next(r for r in ws.iter_rows() if r[0].value == "#")
    assert [c.value for c in header][-2:] == ["截止时间", "进度"]
    data = list(ws.iter_rows(min_row=header[0].row + 1, values_only=True))
    assert len(data) == 3
    assert {r[2] for r in data} == {"阿里巴巴国际站 2020 年 6 月网交会 · 直播会场"}
    video = next(r for r in data if "视频" in r[1])
    assert video[6] == "已完成"  # the stored tick
    assert video[5] == "2020 年 5 月 28 日 14:59（北京时间）"  # not overdue on 20 May
    assert {r[6] for r in data if r is not video} == {"待办"}
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"待办,进行中,已完成,不需要"'
    assert str(dv.sqref) == f"G{header[0].row + 1}:G{header[0].row + 3}"
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    assert {tuple(r.formula) for r in rules} == {('"已完成"',), ('"进行中"',), ('"不需要"',)}
    assert all(r.dxf.fill is not None for r in rules)


def test_missing_facts_sheet(report_zh):
    ws = load_workbook(report_zh)["待补充信息"]
    header = next(r for r in ws.iter_rows() if r[0].value == "#")
    data = list(ws.iter_rows(min_row=header[0].row + 1, values_only=True))
    assert data == [(1, "违规分值", "阿里巴巴国际站 2020 年 6 月网交会 · 直播会场", 1, "阿里巴巴国际站")]
    assert [c.value for c in header][-1] == "所属平台"  # where to find it in the form; never a field path


def test_print_settings_on_every_sheet(report_zh):
    wb = load_workbook(report_zh)
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize == 9
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        header_row = next(r[0].row for r in ws.iter_rows() if r[0].value in ("#", "项目"))
        assert ws.print_title_rows == f"${header_row}:${header_row}"
        assert ws.freeze_panes == f"A{header_row + 1}"
        assert ws.auto_filter.ref.startswith(f"A{header_row}:")
        assert ws.oddHeader.left.text == "宁波示例机械有限公司"
        assert ws.oddHeader.right.text == "2020 年 5 月 20 日"
        assert ws.oddFooter.right.text == "第 &P 页，共 &N 页"
        assert ws.column_dimensions["B"].width > 8
        assert any(c.alignment.wrap_text for row in ws.iter_rows(min_row=header_row) for c in row)
    assert_no_formulas(report_zh)


def test_english_report(tmp_path):
    profile = mixed_profile()
    path = write_report(tmp_path / "en.xlsx", profile, results_for(profile), lang="en", as_of=AS_OF)
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-2:] == ["Checklist", "Missing facts"]
    assert wb["Summary"].oddFooter.right.text == "Page &P of &N"
    (dv,) = wb["Checklist"].data_validations.dataValidation
    assert dv.formula1 == '"to do,in progress,done,not needed"'


def test_hostile_merchant_text_is_stored_literally(tmp_path):
    for text in HOSTILE:
        profile = example().model_copy(update={"name": text, "notes": text})
        path = write_report(tmp_path / "h.xlsx", profile, results_for(profile), lang="en", as_of=AS_OF)
        assert_no_formulas(path)
        wb = load_workbook(path)
        stored = text.replace("\r", "\n")  # XML normalises a bare CR to LF; the text stays literal
        cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
                 if isinstance(c.value, str) and stored in c.value]
        exact = [c for c in cells if c.value == f"Merchant: {stored}"]
        assert exact and all(c.data_type == "s" for c in cells)
        assert [c.value for c in cells if c.value.startswith("Notes")] == [f"Notes: {stored}"]
        assert wb["Summary"].oddHeader.left.text == text.replace("&", "&&")


def test_cell_writer_quotes_formula_like_text(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row, text in enumerate([*HOSTILE, "plain", "bad\x01char"], start=1):
        put(ws, row, 1, text)
    wb.save(tmp_path / "c.xlsx")
    back = load_workbook(tmp_path / "c.xlsx").active
    for row, text in enumerate(HOSTILE, start=1):
        cell = back.cell(row, 1)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text.replace("\r", "\n"), "s", True)
    assert back.cell(len(HOSTILE) + 1, 1).quotePrefix is False
    assert back.cell(len(HOSTILE) + 2, 1).value == "bad\ufffdchar"


def test_sheet_names_valid_and_unique():
    namer = SheetNamer(["Summary"])
    names = [namer(n) for n in ["a/b:c*d?e[f]g\\h", "x" * 40, "x" * 40, "summary", "History", "'quoted'"]]
    assert names[0] == "a_b_c_d_e_f_g_h"
    assert names[1] == "x" * 31 and names[2] == "x" * 29 + "~2"
    assert names[3] == "summary~2" and names[4] == "History_" and names[5] == "quoted"
    assert all(len(n) <= 31 for n in names)


def test_atomic_write_leaves_old_file_on_failure(tmp_path):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_target(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["keep.xlsx"]


def test_locked_target_gives_clear_message(tmp_path, monkeypatch):
    def locked(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", locked)
    profile = example()
    with pytest.raises(ReportError) as info:
        write_report(tmp_path / "open.xlsx", profile, results_for(profile), lang="zh", as_of=AS_OF)
    assert "Excel 或 WPS 中打开" in info.value.message("zh")
    assert "open in Excel or WPS" in info.value.message("en")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_reported(tmp_path):
    profile = example()
    with pytest.raises(ReportError, match="folder does not exist"):
        write_report(tmp_path / "no" / "r.xlsx", profile, results_for(profile), lang="en")


def test_every_programme_gets_a_valid_sheet(tmp_path):
    from engine.rules import load_packs

    profile = mixed_profile()
    results = results_for(profile, every_pack=True)
    path = write_report(tmp_path / "all.xlsx", profile, results, lang="zh", as_of=AS_OF)
    wb = load_workbook(path)
    assert len(wb.sheetnames) == len(load_packs()) + 3 == len(set(n.casefold() for n in wb.sheetnames))
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in wb.sheetnames)
    summary_titles = [c.value for c in wb["概览"]["A"] if c.value and c.row > 8]
    assert summary_titles == [r.title.zh for r in results]
    assert_no_formulas(path)


def test_written_file_gets_normal_permissions(tmp_path):
    from engine.reports.files import _UMASK

    profile = example()
    path = write_report(tmp_path / "m.xlsx", profile, results_for(profile), lang="en", as_of=AS_OF)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o666 & ~_UMASK
    path.chmod(0o640)
    write_report(path, profile, results_for(profile), lang="en", as_of=AS_OF)  # replacing keeps the mode
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o640
