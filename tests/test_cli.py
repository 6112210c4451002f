"""The CLI contract other parts and scripts rely on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from engine.cli.main import main
from engine.resources import resource_path

EXAMPLE = resource_path("examples", "ningbo-machinery.json")
PROGRAM = "icbu-2020-06-online-fair-live"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_programs_json(capsys):
    code, out, _ = run(capsys, "programs", "--format", "json")
    assert code == 0
    items = json.loads(out)
    ids = [i["id"] for i in items]
    assert PROGRAM in ids
    item = items[ids.index(PROGRAM)]
    assert item["version"] == "2020.06.1"
    assert item["source"] == "000_c4f4461ef599c68b.txt"
    assert item["title"]["zh"].startswith("阿里巴巴国际站")


def test_schema_lists_fields_with_bilingual_titles(capsys):
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    company = schema["$defs"]["Company"]["properties"]["registered_capital_cny"]
    assert company["title_zh"] == "注册资本"
    assert company["unit"] == "CNY"


def test_check_example_json_is_eligible(capsys):
    code, out, _ = run(capsys, "check", str(EXAMPLE), "--program", PROGRAM, "--as-of", "2020-05-20T12:00:00+08:00",
                       "--format", "json")
    assert code == 0
    data = json.loads(out)
    (result,) = data["results"]
    assert result["program"] == PROGRAM
    assert result["status"] == "eligible"
    assert result["window"]["state"] == "open"
    by_id = {c["id"]: c for c in result["criteria"]}
    assert by_id["violation-score"]["status"] == "pass"
    assert "6" in by_id["violation-score"]["reason"]["zh"] and "24" in by_id["violation-score"]["reason"]["en"]
    assert by_id["violation-score"]["clause"]["quote"].startswith("商家報名賬號的違規分值<24分")
    assert result["missing"] == []


def test_check_text_in_both_languages(capsys, tmp_path):
    profile = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    profile["alibaba_com"]["violation_score_points"] = 30
    path = tmp_path / "p.json"
    path.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    code, zh, _ = run(capsys, "--lang", "zh", "check", str(path), "--as-of", "2020-05-20")
    assert code == 0
    assert "不符合条件" in zh and "违规分值 30 分，须低于 24 分（须减少 7 分）。" in zh
    code, en, _ = run(capsys, "--lang", "en", "check", str(path), "--as-of", "2020-05-20")
    assert "Not eligible" in en and "Violation score 30 points; it must be below 24 points (7 points too many)." in en


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "file not found"),
        ("{not json", [], "invalid JSON at line 1"),
        ('{"alibaba_com": {"violation_score_points": "many"}}', [], "Violation score (alibaba_com.violation_score_points): must be a whole number"),
        ('{"company": {"registration_date": "15/03/2012"}}', [], "must be a date as YYYY-MM-DD"),
        ("[1, 2]", [], "a profile must be a JSON object"),
        ("{}", ["--program", "nope"], "unknown programme 'nope'"),
        ("{}", ["--as-of", "yesterday"], "is not an ISO 8601 date"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, content, args, message):
    path = tmp_path / "p.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, _out, err = run(capsys, "--lang", "en", "check", str(path), *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_console_script_runs_as_a_process():
    proc = subprocess.run([sys.executable, "-m", "engine", "check", "/nonexistent.json"], capture_output=True,
                          text=True, encoding="utf-8")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "eligibility-cli: error: /nonexistent.json: file not found"


def test_text_report_lists_calculator_results(capsys):
    code, out, _ = run(capsys, "--lang", "en", "check", str(EXAMPLE), "--program", "icbu-assurance-upgrade-2021",
                       "--as-of", "2021-09-10")
    assert code == 0
    assert "Calculators:" in out
    assert "= Compensation for a late dispatch: Trade Assurance order amount not entered" in out
