"""``eligibility-cli report | batch | template``: files written, progress on stderr, exit 2 with one line."""

from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook
from reports_support import EXAMPLE, assert_no_formulas, example

from engine.cli.main import main
from engine.reports.pdf_hook import set_pdf_renderer
from engine.reports.template import write_template


def _err_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    return err


def test_report_xlsx_for_selected_programme(tmp_path):
    out = tmp_path / "r.xlsx"
    code = main(["--lang", "zh", "report", str(EXAMPLE), "--out", str(out), "--program",
                 "icbu-2020-06-online-fair-live", "--as-of", "2020-05-20", "--lang", "en"])
    assert code == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Summary"  # the subcommand's --lang wins
    assert "Checked as of: 20 May 2020, 00:00 Beijing time" in [c.value for c in wb["Summary"]["A"]]
    assert_no_formulas(out)


def test_pdf_without_renderer_exits_2(tmp_path, capsys):
    set_pdf_renderer(None)
    code = main(["report", str(EXAMPLE), "--out", str(tmp_path / "r.xlsx"), "--pdf", str(tmp_path / "r.pdf")])
    assert code == 2
    assert "--pdf" in _err_line(capsys)
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize("args, text", [
    (["report", "missing.json", "--out", "r.xlsx"], "missing.json"),
    (["report", str(EXAMPLE), "--out", "r.csv"], "must end in .xlsx"),
    (["report", str(EXAMPLE), "--out", "NOFOLDER/r.xlsx"], "does not exist"),
    (["report", str(EXAMPLE), "--out", "r.xlsx", "--pdf", "NOFOLDER/r.pdf"], "does not exist"),
    (["report", str(EXAMPLE), "--out", "r.xlsx", "--pdf", "r.xlsx"], "must end in .pdf"),
    (["report", str(EXAMPLE), "--out", "r.xlsx", "--program", "nope"], "nope"),
    (["report", str(EXAMPLE), "--out", "r.xlsx", "--as-of", "yesterday"], "--as-of"),
    (["template", "--out", "t.txt"], "must end in .xlsx"),
    (["batch", "--out", "m.xlsx"], "give INPUT"),
    (["batch", "EMPTY", "--out", "m.xlsx"], "no profile .json files"),
    (["batch", "NOTXLSX", "--out", "m.xlsx"], "not an Excel workbook"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, monkeypatch, args, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "EMPTY").mkdir()
    (tmp_path / "NOTXLSX").write_text("a,b\n")
    code = main(["--lang", "en", *args])
    assert code == 2
    line = _err_line(capsys)
    assert line.startswith("eligibility-cli: error:") and text in line


def test_template_then_batch_from_xlsx(tmp_path, capsys):
    tpl = tmp_path / "t.xlsx"
    assert main(["template", "--out", str(tpl), "--lang", "zh"]) == 0
    assert load_workbook(tpl).sheetnames == ["填写说明", "商家信息", "lists"]
    filled = write_template(tmp_path / "filled.xlsx", "zh", [example(), example().model_copy(update={"name": "乙"})])
    out = tmp_path / "m.xlsx"
    assert main(["--lang", "en", "batch", str(filled), "--out", str(out), "--as-of", "2020-05-20"]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip().endswith("2/2")
    assert "2 merchants" in captured.out
    rows = list(load_workbook(out)["Matrix"].iter_rows(min_row=5, max_row=6, values_only=True))
    assert [r[1] for r in rows] == ["宁波示例机械有限公司", "乙"]


def test_batch_from_folder_with_merchant_sheets(tmp_path):
    folder = tmp_path / "profiles"
    folder.mkdir()
    for i in range(3):
        doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        doc["name"] = f"M{i}"
        (folder / f"m{i}.json").write_text(json.dumps(doc), encoding="utf-8")
    shutil.copy(EXAMPLE, folder / "notes.txt")  # ignored: not .json
    out = tmp_path / "m.xlsx"
    assert main(["--lang", "en", "batch", str(folder), "--out", str(out), "--per-merchant"]) == 0
    assert load_workbook(out).sheetnames == ["Matrix", "Counts", "M0", "M1", "M2"]


def test_batch_with_problems_writes_problem_workbook(tmp_path, capsys):
    filled = write_template(tmp_path / "f.xlsx", "en", [example()])
    wb = load_workbook(filled)
    wb["Merchants"]["H4"] = "perhaps"
    wb.save(filled)
    problems = tmp_path / "problems.xlsx"
    code = main(["--lang", "en", "batch", str(filled), "--out", str(tmp_path / "m.xlsx"), "--problems",
                 str(problems)])
    assert code == 2
    line = _err_line(capsys)
    assert "1 problem(s), nothing imported" in line and "row 4, column H" in line and str(problems) in line
    assert not (tmp_path / "m.xlsx").exists()
    assert any(r[0] == 4 for r in load_workbook(problems).active.iter_rows(values_only=True))
