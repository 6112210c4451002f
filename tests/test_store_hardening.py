"""Honest storage: stored values the model refuses still open everywhere, a damaged revision is named and the
rest stays usable, hashes are checked, a read-only folder is read read-only, kept files are never overwritten,
the lock file names one pid."""

from __future__ import annotations

import errno
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from store_helpers import ROOT, example

from engine.cli.main import main
from engine.store import RevisionDamaged, StoreError, StoreLocked, open_store, restore_damaged
from engine.store.db import DB_NAME

LEGACY = {"name": "旧数据商家", "notes": "saved before the bounds",
          "company": {"legal_name": "旧数据商家有限公司", "registered_capital_cny": "1e28", "employees_count": 120,
                      "province": "浙江"},
          "alibaba_com": {"assurance_upgrade_start_date": "9999-12-31", "violation_score_points": 3}}


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def cli(folder, capsys):
    def run(*argv):
        code = main(["--lang", "en", "--data-dir", str(folder), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _store_raw(folder, pid, document):
    """Write a revision's document as an older app version would have (valid JSON, a matching hash)."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("UPDATE revisions SET document = ?, sha256 = ? WHERE profile_id = ?",
                     (text, hashlib.sha256(text.encode()).hexdigest(), pid))
    conn.close()


def _legacy_store(folder):
    with open_store(folder) as s:
        pid = s.create(example().model_copy(update={"name": "旧数据商家"})).id
        others = [p.id for p in s.list_profiles() if p.id != pid]
    _store_raw(folder, pid, LEGACY)
    return pid, others


def _flip(path, marker: bytes, offset: int = 0, bit: int = 1):
    """Flip one bit of the byte ``offset`` after ``marker`` in the file on disk (a damaged sector)."""
    data = bytearray(path.read_bytes())
    at = data.index(marker) + offset
    data[at] ^= bit
    path.write_bytes(bytes(data))


# -- stored values the model refuses ------------------------------------------------------------------------

def test_a_stored_out_of_range_value_is_unknown_listed_with_its_raw_text_and_kept_as_saved(folder):
    pid, _ = _legacy_store(folder)
    with open_store(folder) as s:
        stored = s.get(pid)
        assert stored.profile.company.registered_capital_cny is None  # unknown for the check, not guessed
        assert stored.profile.company.employees_count == 120  # the rest is read as saved
        assert stored.profile.alibaba_com.assurance_upgrade_start_date is None
        found = {f.path: f for f in stored.invalid}
        assert set(found) == {"company.registered_capital_cny", "company.province",
                              "alibaba_com.assurance_upgrade_start_date"}
        assert found["company.registered_capital_cny"].raw == "1e28"
        assert "1e28" in found["company.registered_capital_cny"].message("zh")
        assert "按未知处理" in found["company.registered_capital_cny"].message("zh")
        assert "10,000,000,000,000" in found["company.registered_capital_cny"].message("en")
        assert s.document(pid, 1)["company"]["registered_capital_cny"] == "1e28"  # nothing lost
        assert s.get_revision(pid, 1).company.employees_count == 120


def test_a_stored_out_of_range_value_never_breaks_check_report_batch_list_or_export(cli, folder, tmp_path):
    pid, others = _legacy_store(folder)
    code, out, err = cli("check", pid, "--as-of", "2021-09-01", "--format", "json")
    assert code == 0 and len(json.loads(out)["results"]) == 12
    assert "warning: 旧数据商家" in err and "1e28" in err and "counts as unknown" in err
    code, _, err = cli("report", pid, "--out", str(tmp_path / "r.xlsx"), "--as-of", "2021-09-01")
    assert code == 0 and "1e28" in err
    assert load_workbook(tmp_path / "r.xlsx").sheetnames
    code, out, err = cli("batch", "--store", "--out", str(tmp_path / "b.xlsx"), "--as-of", "2021-09-01")
    assert code == 0 and f"{len(others) + 1} merchants" in out and "1e28" in err
    cells = {c.value for row in load_workbook(tmp_path / "b.xlsx").worksheets[0].iter_rows() for c in row}
    assert "旧数据商家" in cells
    code, out, _ = cli("profiles", "list", "--format", "json")
    assert code == 0 and pid in {p["id"] for p in json.loads(out)}
    code, out, err = cli("profiles", "export")
    exported = {e["id"]: e for e in json.loads(out)["profiles"]}
    assert code == 0 and exported[pid]["profile"]["company"]["registered_capital_cny"] == "1e28"
    assert "1e28" in err
    code, out, _ = cli("verify")
    assert code == 0 and "to correct" in out and "1e28" in out and "no damage found" in out


# -- damaged revisions and checks ------------------------------------------------------------------------------

def test_a_flipped_bit_in_a_note_is_caught_by_the_hash(cli, folder, tmp_path):
    with open_store(folder) as s:
        pid = s.create(example().model_copy(update={"notes": "call back on Monday"})).id
    _flip(folder / DB_NAME, b"call back on Monday", offset=5, bit=4)  # "back" -> "bafk": still valid JSON
    with open_store(folder) as s, pytest.raises(RevisionDamaged) as info:
        s.get(pid)
    assert info.value.revision == 1 and "does not match the hash" in str(info.value)
    assert "第 1 版已损坏" in info.value.message("zh")
    code, _, err = cli("check", pid)
    assert code == 4 and "Revision 1 of merchant profile" in err and err.count("\n") == 1
    code, out, _ = cli("verify")
    assert code == 4 and "revision 1, is damaged" in out and "1 damaged" in out


def test_a_damaged_revision_is_named_and_the_rest_stays_exportable_and_checkable(cli, folder, tmp_path):
    with open_store(folder) as s:
        pid = s.create(example().model_copy(update={"notes": "MARKER-NOTE"})).id
        others = [p.id for p in s.list_profiles() if p.id != pid]
    _flip(folder / DB_NAME, b'"MARKER-NOTE"', offset=0)  # the opening quote becomes '#': not JSON any more
    code, out, err = cli("profiles", "export", "-o", str(tmp_path / "all.json"))
    assert code == 4 and pid in err and "not valid JSON" in err and "Traceback" not in err
    written = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert sorted(e["id"] for e in written["profiles"]) == sorted(others)
    assert written["skipped"] == [{"id": pid, "name": "宁波示例机械有限公司", "revision": 1,
                                   "problem": "not valid JSON"}]
    code, out, err = cli("batch", "--store", "--out", str(tmp_path / "b.xlsx"))
    assert code == 0 and f"{len(others)} merchants" in out and pid in err
    code, _, _ = cli("check", others[0])
    assert code == 0
    code, out, _ = cli("profiles", "list", "--format", "json")
    assert code == 0 and pid in {p["id"] for p in json.loads(out)}


def test_a_damaged_check_is_left_out_of_the_history_and_named_by_verify(cli, folder):
    with open_store(folder) as s:
        pid = s.list_profiles()[0].id
    assert cli("check", pid, "--save", "--program", "icbu-2020-06-online-fair-live")[0] == 0
    assert cli("check", pid, "--save", "--program", "icbu-2020-06-online-fair-live")[0] == 0
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE checks SET result = '{\"program\": ' WHERE id = 1")
    conn.close()
    with open_store(folder) as s:
        assert [c.id for c in s.checks(pid)] == [2]
    code, out, _ = cli("verify")
    assert code == 4 and "stored check #1" in out


def test_verify_of_sound_data_finds_nothing(cli, folder):
    code, out, _ = cli("verify", "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["revisions"] == 5 and report["damaged"] == [] and report["to_correct"] == []


# -- a folder that cannot be written ---------------------------------------------------------------------------

def _read_only(monkeypatch):
    monkeypatch.setattr("engine.store.opening.writable", lambda folder: False)


def test_a_read_only_folder_is_read_read_only_said_so_and_writes_are_refused(cli, folder, tmp_path, monkeypatch):
    with open_store(folder) as s:
        pid = s.list_profiles()[0].id
    before = sorted(p.name for p in folder.iterdir())
    _read_only(monkeypatch)
    for argv in (["profiles", "list"], ["profiles", "export"], ["check", pid], ["verify"],
                 ["report", pid, "--out", str(tmp_path / "r.xlsx")],
                 ["batch", "--store", "--out", str(tmp_path / "b.xlsx")]):
        code, _, err = cli(*argv)
        assert code == 0, (argv, err)
        assert "read-only" in err and "damaged" not in err, argv
    code, _, err = cli("profiles", "delete", pid)
    assert code == 4 and "The data folder is read-only" in err and err.count("\n") == 1
    code, _, err = cli("check", pid, "--save")
    assert code == 4 and "The data folder is read-only" in err
    assert sorted(p.name for p in folder.iterdir()) == before  # no -shm, no lock, nothing written
    with open_store(folder, read_only=True) as s:
        assert s.read_only and "只读" in s.warnings[0].message("zh")
        with pytest.raises(StoreError, match="data folder is read-only"):
            s.backup_now()


def test_a_read_only_folder_with_changes_in_its_wal_reads_them_from_a_copy(folder, monkeypatch):
    writer = open_store(folder)
    pid = writer.create(example().model_copy(update={"name": "only in the WAL"})).id
    assert (folder / (DB_NAME + "-wal")).stat().st_size > 0
    _read_only(monkeypatch)
    with open_store(folder, read_only=True) as s:
        assert s.get(pid).profile.name == "only in the WAL"
        scratch = s._scratch
        assert scratch is not None and scratch.exists()
    assert not scratch.exists()
    writer.close()


def test_a_folder_that_says_it_is_writable_but_is_not_is_still_read(folder, monkeypatch):
    """As a write-protected stick on Windows: the folder looks writable, but SQLite cannot make its -shm."""
    from engine.store import opening
    from engine.store.errors import translate

    with open_store(folder) as s:
        pid = s.list_profiles()[0].id
    real = opening.connect

    def connect(path, *, read_only, busy_timeout_ms, immutable=False):
        if read_only and not immutable:
            raise translate(sqlite3.OperationalError("unable to open database file"), path)
        return real(path, read_only=read_only, busy_timeout_ms=busy_timeout_ms, immutable=immutable)

    monkeypatch.setattr(opening, "connect", connect)
    with open_store(folder, read_only=True) as s:
        assert s.get(pid).profile.name and "read-only" in s.warnings[0].message("en")


def test_an_io_error_at_open_is_said_as_such_not_as_damage(folder, monkeypatch):
    open_store(folder).close()

    def failing(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("engine.store.opening.health", failing)
    with pytest.raises(StoreError) as info:
        open_store(folder)
    assert "Input/output error" in str(info.value) and "damaged" not in str(info.value)


# -- kept files are never overwritten ---------------------------------------------------------------------------

class _Frozen(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime(2024, 6, 1, 8, 0, 0, 123456, tzinfo=UTC)


def test_two_restores_in_the_same_instant_keep_both_damaged_files(folder, monkeypatch):
    with open_store(folder) as s:
        backup = s.backup_now("good")
    monkeypatch.setattr("engine.store.restore.datetime", _Frozen)
    kept = []
    for content in (b"first damaged file" * 10, b"second damaged file" * 10):
        (folder / DB_NAME).write_bytes(content)
        kept.append(restore_damaged(folder, backup))
    assert kept[0] != kept[1]
    assert kept[0].read_bytes().startswith(b"first") and kept[1].read_bytes().startswith(b"second")
    assert kept[1].name.endswith("-2")


def test_two_backups_in_the_same_instant_get_two_names(folder, monkeypatch):
    monkeypatch.setattr("engine.store.backup.datetime", _Frozen)
    with open_store(folder) as s:
        first, second = s.backup_now("same"), s.backup_now("same")
    assert first != second and first.exists() and second.exists()


# -- the writer lock names one pid ----------------------------------------------------------------------------

def test_the_lock_file_is_rewritten_with_one_pid(tmp_path, monkeypatch):
    from engine.store.lock import WriterLock

    path = tmp_path / "store.lock"
    path.write_text("4414\n4242\n", encoding="ascii")
    lock = WriterLock(path, timeout=1)
    lock.acquire()
    assert path.read_text(encoding="ascii") == f"{__import__('os').getpid()}\n"
    lock.release()
    real_write = __import__("os").write

    def full_disk(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("engine.store.lock.os.write", full_disk)
    lock.acquire()  # the pid cannot be written; the lock is held all the same and nothing stays pending
    lock.release()
    monkeypatch.setattr("engine.store.lock.os.write", real_write)
    lock.acquire()
    assert path.read_text(encoding="ascii") == f"{__import__('os').getpid()}\n"
    lock.close()
    path.write_text("4414\n4242\n", encoding="ascii")
    assert WriterLock(path, timeout=1).holder() == "4414"


def test_the_held_lock_message_shows_the_holders_pid_once(tmp_path):
    folder = tmp_path / "d"
    open_store(folder).close()
    (folder / "store.lock").write_text("4414\n", encoding="ascii")  # left by an earlier writer
    code = ("import sys, time\nfrom pathlib import Path\nfrom engine.store.lock import WriterLock\n"
            "lock = WriterLock(Path(sys.argv[1]) / 'store.lock', 5)\nlock.acquire()\nprint('held', flush=True)\n"
            "time.sleep(30)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(StoreLocked) as info:
            open_store(folder, busy_timeout_ms=200)
        assert time.monotonic() - started < 3
        assert re.findall(r"process ([\d ]+)\)", str(info.value)) == [str(holder.pid)]
    finally:
        holder.kill()
        holder.wait()
