"""Disk full, an unusable folder and locks give clear bilingual errors and leave the last good state intact."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest
from store_helpers import ROOT, example, integrity

from engine.store import StoreError, StoreLocked, open_store
from engine.store.db import DB_NAME


def test_disk_full_keeps_the_last_good_state(tmp_path):
    with open_store(tmp_path / "d") as s:
        pid = s.create(example()).id
        pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
        s._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the "disk" has two pages left
        big = example().model_copy(update={"notes": "长" * 4900})
        saved = 0
        with pytest.raises(StoreError) as info:
            for _ in range(50):
                s.save(pid, big.model_copy(update={"notes": f"{saved}" + "长" * 4900}))
                saved += 1
        assert "disk is full" in str(info.value) and "磁盘已满" in info.value.message("zh")
        assert s.get(pid).revision == saved + 1  # every save before the failure, nothing half-written
        s._conn.execute("PRAGMA max_page_count = 1073741823")
        assert s.save(pid, example().model_copy(update={"notes": "after"})).revision == saved + 2
    assert integrity(tmp_path / "d" / DB_NAME) == "ok"


def test_data_dir_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as info:
        open_store(blocker / "data")
    assert "Cannot create the data folder" in str(info.value) and "无法创建数据文件夹" in info.value.message("zh")


def test_database_locked_by_another_connection(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as s:
        pid = s.create(example()).id
    other = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with open_store(folder, busy_timeout_ms=200) as s:
            assert s.get(pid).revision == 1  # WAL: reading goes on
            with pytest.raises(StoreLocked) as info:
                s.save(pid, example().model_copy(update={"notes": "blocked"}))
            assert "in use by another program" in str(info.value) and "正被另一个程序使用" in info.value.message("zh")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_store(folder) as s:
        assert s.get(pid).revision == 1
        assert s.save(pid, example().model_copy(update={"notes": "now"})).revision == 2


def test_writer_lock_held_by_another_process(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as s:
        pid = s.create(example()).id
    code = (
        "import sys, time\nfrom pathlib import Path\nfrom engine.store.lock import WriterLock\n"
        "lock = WriterLock(Path(sys.argv[1]) / 'store.lock', 5)\nlock.acquire()\nprint('held', flush=True)\n"
        "time.sleep(30)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with open_store(folder, read_only=True) as reader:  # reading never waits for the writer
            assert reader.get(pid).revision == 1
        started = time.monotonic()
        with pytest.raises(StoreLocked) as info:
            open_store(folder, busy_timeout_ms=300)
        assert time.monotonic() - started < 3
        assert f"process {holder.pid}" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    with open_store(folder) as s:  # the dead holder's lock is gone with it
        s.set_setting("after", "1")
        assert s.get_setting("after") == "1"


@pytest.mark.parametrize(("message", "english", "chinese", "kind"), [
    ("database or disk is full", "disk is full", "磁盘已满", StoreError),
    ("attempt to write a readonly database", "read-only", "只读", StoreError),
    ("database is locked", "in use by another program", "正被另一个程序使用", StoreLocked),
    ("unable to open database file", "Cannot open the data file", "无法打开数据文件", StoreError),
    ("disk I/O error", "Input/output error", "读写数据文件时出错", StoreError),
])
def test_sqlite_errors_become_clear_bilingual_messages(tmp_path, message, english, chinese, kind):
    from engine.store.errors import translate

    err = translate(sqlite3.OperationalError(message), tmp_path / DB_NAME)
    assert type(err) is kind
    assert english in err.message("en") and chinese in err.message("zh") and str(tmp_path) in str(err)
