"""``eligibility-cli packs ...`` and ``calendar``: JSON and text, exit 0 / 1 (problems found) / 2 (bad input)."""

from __future__ import annotations

import json

import icalendar
import openpyxl
from packs_support import EXAMPLE, EXAMPLE_ID, make_pack, second_edition

from engine.cli.main import main
from engine.resources import resource_path

PROFILE = resource_path("examples", "ningbo-machinery.json")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_install_list_show_remove(tmp_path, capsys):
    data = str(tmp_path / "data")
    code, out, err = run(capsys, "--lang", "en", "--data-dir", data, "packs", "install", str(make_pack(tmp_path)))
    assert (code, err) == (0, "")
    assert out == (f"installed: Example spring 2031 new-product showcase (practice) ({EXAMPLE_ID}) edition 2031.01.1;"
                   " 9 cases passed\n")
    code, out, _ = run(capsys, "--lang", "zh", "--data-dir", data, "packs", "install", str(second_edition(tmp_path)))
    assert code == 0 and out.startswith("已安装：示例平台 2031 春季新品专场（练习用）") and "取代 2031.01.1 版" in out
    code, out, _ = run(capsys, "--data-dir", data, "packs", "list", "--format", "json", "--as-of", "2031-03-10")
    listed = json.loads(out)
    mine = [e for e in listed["editions"] if e["id"] == EXAMPLE_ID]
    assert [(e["version"], e["current"], e["origin"]["kind"]) for e in mine] == [
        ("2031.01.1", True, "added"), ("2031.08.1", False, "added")]
    assert mine[0]["in_force"] == {"from": "2031-01-15T00:00:00+08:00", "until": "2031-08-01T00:00:00+08:00",
                                   "superseded_by": "2031.08.1", "never": False}
    assert len(listed["editions"]) == 14 and listed["problems"] == []
    code, out, _ = run(capsys, "--lang", "zh", "--data-dir", data, "packs", "list", "--as-of", "2031-09-01")
    line = next(x for x in out.splitlines() if "\t2031.08.1\t" in x)
    assert line.startswith(f"* {EXAMPLE_ID}\t2031.08.1\t已添加\t2031 年 8 月 1 日起\t")
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", data, "packs", "show", EXAMPLE_ID, "--as-of",
                       "2031-03-10")
    assert code == 0
    assert "  Edition: 2031.01.1 (in force) · from 15 Jan 2031; edition 2031.08.1 applies from 1 Aug 2031" in out
    assert "    Registration: 1 Mar 2031, 00:00 Beijing time to 20 Mar 2031, 23:59 Beijing time" in out
    assert ("  Source: Example platform spring 2031 new-product showcase recruitment, Example platform merchant "
            "recruitment, 15 Jan 2031") in out
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", data, "packs", "remove", EXAMPLE_ID)
    assert code == 2 and out == ""
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", data, "packs", "remove", EXAMPLE_ID, "--version",
                       "2031.08.1")
    assert code == 0 and out.startswith(f"removed: Example spring 2031 new-product showcase (practice) ({EXAMPLE_ID})"
                                        " edition 2031.08.1; in force now: edition 2031.01.1 (added on ")


def test_a_refused_install_is_one_line_and_exit_2(tmp_path, capsys):
    bad = make_pack(tmp_path, pack=lambda t: t.replace("op: lt, value: 24", "op: below, value: 24"))
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(tmp_path / "data"), "packs", "install", str(bad))
    assert code == 2 and out == ""
    assert err == ("eligibility-cli: error: example.mecpack was not installed: pack.yaml:62:69: criteria "
                   "violation-score (test.compare.op): Input should be 'lt', 'le', 'gt', 'ge', 'eq' or 'ne'\n")
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data" / "packs").iterdir())
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "data"), "packs", "install", str(tmp_path / "nope.mecpack"))
    assert code == 2 and err == "eligibility-cli: error: nope.mecpack: no such file or folder\n"


def test_validate_and_test_a_folder_being_written(tmp_path, capsys):
    code, out, _ = run(capsys, "--lang", "en", "packs", "validate", str(EXAMPLE))
    assert code == 0 and out == f"{EXAMPLE_ID} 2031.01.1: valid (cases not run; `packs test` runs them)\n"
    code, out, _ = run(capsys, "--lang", "zh", "packs", "test", str(EXAMPLE))
    assert code == 0 and out.splitlines()[-1] == f"{EXAMPLE_ID} 2031.01.1：检查通过，9 个测试用例全部通过"
    assert "  ✔ capital one fen short fails" in out.splitlines()
    import shutil

    folder = tmp_path / "draft"
    shutil.copytree(EXAMPLE, folder)
    cases = folder / "cases.yaml"
    cases.write_text(cases.read_text(encoding="utf-8").replace("{violation-score: fail}", "{violation-score: pass}"),
                     encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "en", "packs", "test", str(folder), "--format", "json")
    data = json.loads(out)
    assert code == 1 and not data["ok"]
    (problem,) = data["problems"]
    assert (problem["file"], problem["line"], problem["column"]) == ("cases.yaml", 25, 5)
    assert problem["text"].startswith("case '24 violation points fail': violation-score: fail, expected pass (")
    assert [c["ok"] for c in data["cases"]].count(False) == 1
    code, out, err = run(capsys, "packs", "validate", str(tmp_path / "missing"))
    assert code == 2 and "missing: no such file or folder" in err


def test_install_from_the_folder_being_written_then_export_the_one_file_to_share(tmp_path, capsys):
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", data, "packs", "install", str(EXAMPLE))
    assert code == 0 and out.startswith("installed: ")
    code, _, _ = run(capsys, "--data-dir", data, "packs", "export", EXAMPLE_ID, "--out", str(tmp_path / "e.mecpack"))
    assert code == 0
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", str(tmp_path / "other"), "packs", "install",
                       str(tmp_path / "e.mecpack"))
    assert code == 0 and "9 cases passed" in out


def test_test_an_installed_or_bundled_programme_by_id(tmp_path, capsys):
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", str(tmp_path / "d"), "packs", "test",
                       "icbu-2020-06-online-fair-live")
    assert code == 0 and out.splitlines()[-1].startswith("icbu-2020-06-online-fair-live 2020.06.1: valid; all")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "packs", "test", "no-such-programme")
    assert code == 2 and "no such file, folder or programme" in err


def test_export_a_bundled_pack_as_a_start_for_a_new_edition(tmp_path, capsys):
    out_file = tmp_path / "live.mecpack"
    code, _, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "packs", "export", "icbu-2020-06-online-fair-live",
                     "--out", str(out_file))
    assert code == 0
    code, out, _ = run(capsys, "--lang", "en", "packs", "test", str(out_file))
    assert code == 0 and "valid; all" in out
    code, _, err = run(capsys, "packs", "export", "icbu-2020-06-online-fair-live", "--out", str(tmp_path / "x.txt"))
    assert code == 2 and "must end in .mecpack" in err


def test_schema_parts(capsys):
    code, out, _ = run(capsys, "packs", "schema", "cases")
    data = json.loads(out)
    assert code == 0 and data["$id"].endswith("/cases.schema.json") and "cases" in data["properties"]


def test_check_uses_added_programmes_and_the_edition_of_the_date(tmp_path, capsys):
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "packs", "install", str(make_pack(tmp_path)))
    run(capsys, "--data-dir", data, "packs", "install", str(second_edition(tmp_path)))
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"company": {"registered_capital_cny": 600000, "registration_date": "2020-01-01"},
                                   "alibaba_com": {"violation_score_points": 0, "valid_inquiries_90d": 50}}),
                       encoding="utf-8")
    for as_of, version, status in (("2031-03-10", "2031.01.1", "eligible"), ("2031-09-10", "2031.08.1",
                                                                               "not_eligible")):
        code, out, _ = run(capsys, "--data-dir", data, "check", str(profile), "--program", EXAMPLE_ID, "--as-of",
                           as_of, "--format", "json")
        (result,) = json.loads(out)["results"]
        assert code == 0 and (result["version"], result["status"]) == (version, status)
    code, out, _ = run(capsys, "--data-dir", data, "programs", "--format", "json")
    assert EXAMPLE_ID in [p["id"] for p in json.loads(out)]


def test_calendar_text_json_and_files(tmp_path, capsys):
    args = ["--data-dir", str(tmp_path / "d"), "calendar", "--as-of", "2021-08-28T12:00:00+08:00"]
    code, out, _ = run(capsys, "--lang", "en", *args, "--merchant", str(PROFILE))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Programme calendar · 28 Aug 2021, 12:00 Beijing time · the next 30 days"
    assert "Open, closes within 30 days:" in lines and "Opens within 30 days:" in lines
    assert ("    starts 1 Sep 2021, 15:00 Beijing time / 1 Sep 2021, 00:00 PDT; ends 1 Oct 2021, 14:59 Beijing time / "
            "30 Sep 2021, 23:59 PDT") in lines
    assert any(x.startswith("Merchant ") for x in lines) and "  Closest to meeting:" in lines
    code, out, _ = run(capsys, *args, "--days", "90", "--format", "json", "--xlsx", str(tmp_path / "c.xlsx"),
                       "--ics", str(tmp_path / "c.ics"))
    data = json.loads(out)
    assert code == 0 and data["days"] == 90
    festival = next(e for e in data["opening"] if e["window"] == "festival")
    assert festival["times"]["America/Los_Angeles"]["start"] == "2021-09-01T00:00:00-07:00"
    assert festival["times"]["Asia/Shanghai"]["start"] == "2021-09-01T15:00:00+08:00"
    events = icalendar.Calendar.from_ical((tmp_path / "c.ics").read_bytes()).walk("VEVENT")
    assert len(events) == len(data["open_now"]) + len(data["opening"])
    assert openpyxl.load_workbook(tmp_path / "c.xlsx").sheetnames == ["Calendar"]


def test_calendar_bad_input_exits_2(tmp_path, capsys):
    try:
        run(capsys, "calendar", "--days", "0")
    except SystemExit as exc:
        assert exc.code == 2
    _, err = capsys.readouterr()
    assert "0 days: give 1 to 366" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "calendar", "--ics", str(tmp_path / "c.txt"))
    assert code == 2 and err == f"eligibility-cli: error: --ics: {tmp_path / 'c.txt'} must end in .ics\n"
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "calendar", "--as-of", "tomorrow")
    assert code == 2 and "is not an ISO 8601 date" in err
