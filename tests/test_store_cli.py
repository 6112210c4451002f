"""eligibility-cli profiles / backup / check --save over a --data-dir."""

from __future__ import annotations

import json

import pytest
from store_helpers import PROGRAM

from engine.cli.main import main
from engine.facts import parse_profile
from engine.resources import resource_path

EXAMPLE = resource_path("examples", "ningbo-machinery.json")


@pytest.fixture
def cli(tmp_path, capsys):
    data = str(tmp_path / "data")

    def run(*argv):
        code = main(["--lang", "en", "--data-dir", data, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _ids(cli, *extra):
    code, out, _ = cli("profiles", "list", "--format", "json", *extra)
    assert code == 0
    return {p["name"]: p for p in json.loads(out)}


def test_fresh_data_dir_lists_the_demo_merchants(cli):
    listed = _ids(cli)
    assert len(listed) == 5
    item = listed["宁波海曙精工机械有限公司"]
    assert item["is_demo"] and len(item["id"]) == 32 and item["updated"].endswith("+00:00")


def test_import_check_save_history_export_round_trip(cli, tmp_path):
    code, out, _ = cli("profiles", "import", str(EXAMPLE))
    assert code == 0 and out.startswith("created 1, replaced 0, skipped 0")
    pid = _ids(cli)["宁波示例机械有限公司"]["id"]
    code, out, _ = cli("check", pid[:8], "--program", PROGRAM, "--as-of", "2020-05-20", "--save", "--format", "json")
    assert code == 0 and json.loads(out)["results"][0]["status"] == "eligible"
    assert _ids(cli)["宁波示例机械有限公司"]["statuses"] == {PROGRAM: "eligible"}
    code, out, _ = cli("profiles", "history", pid, "--format", "json")
    history = json.loads(out)
    assert [r["revision"] for r in history["revisions"]] == [1]
    assert [(c["before"], c["after"]) for c in history["status_changes"]] == [(None, "eligible")]
    target = tmp_path / "out.json"
    assert cli("profiles", "export", pid, "-o", str(target))[0] == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format_version"] == 1 and doc["id"] == pid
    assert doc["profile"] == parse_profile(json.loads(EXAMPLE.read_text(encoding="utf-8"))).model_dump(mode="json")
    code, _, err = cli("profiles", "import", str(target))
    assert code == 2 and "already stored" in err and "--on-conflict" in err and err.count("\n") == 1
    code, out, _ = cli("profiles", "import", str(target), "--on-conflict", "skip")
    assert code == 0 and f"skipped\t{pid}" in out


def test_import_reports_every_problem_and_saves_nothing(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format_version": 1, "profiles": [
        {"id": "x1", "name": "好的", "profile": {"name": "好的"}},
        {"id": "x2", "name": "坏的", "profile": {"name": "坏的", "alibaba_com": {"violation_score_points": "many"}}},
        {"id": "x3", "name": "也坏", "profile": {"company": {"registration_date": "15/03/2012", "colour": "red"}}},
    ]}, ensure_ascii=False), encoding="utf-8")
    before = _ids(cli)
    code, _, err = cli("profiles", "import", str(bad))
    assert code == 2 and err.count("\n") == 1
    assert "nothing imported, 3 problem(s)" in err
    assert "#2 坏的: Violation score (alibaba_com.violation_score_points): must be a whole number" in err
    assert "#3 也坏: Registration date (company.registration_date): must be a date as YYYY-MM-DD" in err
    assert "#3 也坏: Company (company.colour): is not a known field" in err
    assert _ids(cli) == before


def test_edit_restore_delete_and_trash(cli, tmp_path):
    pid = _ids(cli)["深圳市晨光智能电子有限公司"]["id"]
    code, out, _ = cli("profiles", "show", pid)
    doc = json.loads(out)
    doc["profile"]["company"]["registered_city"] = "东莞"
    edited = tmp_path / "e.json"
    edited.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli("profiles", "import", str(edited), "--on-conflict", "replace")[0] == 0
    assert _ids(cli)["深圳市晨光智能电子有限公司"]["revision"] == 2
    code, out, _ = cli("profiles", "restore", pid, "1")
    assert code == 0 and "restored as revision 3" in out
    code, out, _ = cli("profiles", "show", pid)
    assert json.loads(out)["profile"]["company"]["registered_city"] == "深圳"
    code, out, _ = cli("profiles", "show", pid, "--revision", "2")
    assert json.loads(out)["profile"]["company"]["registered_city"] == "东莞"
    assert cli("profiles", "delete", pid)[0] == 0
    assert "深圳市晨光智能电子有限公司" not in _ids(cli)
    assert _ids(cli, "--trash")["深圳市晨光智能电子有限公司"]["deleted"] is True
    assert cli("profiles", "delete", pid, "--undo")[0] == 0
    assert "深圳市晨光智能电子有限公司" in _ids(cli)


def test_backup_create_list_restore(cli):
    code, out, _ = cli("backup", "create", "--label", "before-fair")
    assert code == 0 and out.strip().endswith("-before-fair.sqlite3")
    name = out.strip().rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    pid = _ids(cli)["香港永盛贸易有限公司"]["id"]
    assert cli("profiles", "delete", pid)[0] == 0
    assert cli("profiles", "empty-trash")[0] == 0
    code, out, _ = cli("backup", "list", "--format", "json")
    labels = [b["label"] for b in json.loads(out)]
    assert "before-fair" in labels and "pre-empty-trash" in labels
    code, out, _ = cli("backup", "restore", name)
    assert code == 0 and "pre-restore" in out
    assert "香港永盛贸易有限公司" in _ids(cli)


@pytest.mark.parametrize(("argv", "message"), [
    (["profiles", "show", "nope"], "nope: no stored profile with this id"),
    (["profiles", "restore", "0000", "1"], "no stored profile"),
    (["check", str(EXAMPLE), "--save"], "--save needs a stored profile id"),
    (["check", "deadbeefdeadbeef"], "no such file or stored profile"),
    (["backup", "restore", "missing.sqlite3"], "no such backup"),
])
def test_bad_input_exits_2_with_one_line(cli, argv, message):
    code, _, err = cli(*argv)
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_damaged_store_exits_4_with_one_line(cli, tmp_path):
    cli("profiles", "list")
    (tmp_path / "data" / "merchants.sqlite3").write_bytes(b"\0" * 4096)
    code, _, err = cli("profiles", "list")
    assert code == 4 and "zero-filled" in err and err.count("\n") == 1


def test_reading_commands_work_when_the_folder_cannot_be_written(cli, tmp_path):
    names = set(_ids(cli))
    lock = tmp_path / "data" / "store.lock"
    lock.unlink()
    lock.mkdir()  # the lock file cannot be created, as on a write-protected stick
    assert set(_ids(cli)) == names
    pid = _ids(cli)["香港永盛贸易有限公司"]["id"]
    code, out, _ = cli("profiles", "show", pid)
    assert code == 0 and json.loads(out)["profile"]["company"]["region"] == "hong_kong"
    code, _, err = cli("profiles", "delete", pid)
    assert code == 4 and "Cannot create the lock file" in err and err.count("\n") == 1
