"""Damaged, foreign and too-new files are refused and kept byte for byte; backups are offered."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from store_helpers import example, integrity

from engine.store import StoreDamaged, StoreError, StoreTooNew, open_store, restore_damaged
from engine.store.db import DB_NAME
from engine.store.schema import LATEST


@pytest.fixture
def folder(tmp_path):
    """A data folder with one saved merchant, a manual backup, and the store closed."""
    path = tmp_path / "data"
    with open_store(path) as s:
        s.create(example())
        s.backup_now("manual")
    return path


def _damage_and_open(folder, data: bytes):
    db = folder / DB_NAME
    db.write_bytes(data)
    with pytest.raises(StoreDamaged) as info:
        open_store(folder)
    assert db.read_bytes() == data  # kept exactly as found
    return info.value


def test_truncated_file(folder):
    data = (folder / DB_NAME).read_bytes()
    err = _damage_and_open(folder, data[: len(data) // 3])
    assert "truncated" in err.found
    assert err.backups and err.backups[0].name.endswith("-manual.sqlite3")
    assert "已原样保留" in err.message("zh") and str(err.backups[0]) in err.message("en")


def test_zero_filled_file(folder):
    err = _damage_and_open(folder, bytes(8192))
    assert err.found == "zero-filled: no SQLite header"


def test_garbage_file(folder):
    err = _damage_and_open(folder, b"PK\x03\x04 this is a zip file, not a database" * 50)
    assert "unknown header" in err.found


def test_damaged_pages_inside_a_valid_header(folder):
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over every page but the first
        data[offset + 8: offset + 200] = b"\xa5" * 192
    err = _damage_and_open(folder, bytes(data))
    assert "quick_check" in err.found or "malformed" in err.found


def test_foreign_sqlite_database_is_not_touched(tmp_path):
    folder = tmp_path / "foreign"
    folder.mkdir()
    db = folder / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreDamaged) as info:
        open_store(folder)
    assert "not a database of this app" in info.value.found and "photos" in info.value.found
    assert db.read_bytes() == before
    assert not (folder / (DB_NAME + "-wal")).exists()  # not even switched to WAL


def test_database_from_a_newer_version_is_never_migrated_backwards(folder):
    db = folder / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = db.read_bytes()
    for read_only in (False, True):
        with pytest.raises(StoreTooNew) as info:
            open_store(folder, read_only=read_only)
        assert f"schema {LATEST + 1}" in str(info.value) and "更新版本" in info.value.message("zh")
    assert db.read_bytes() == before


def test_missing_wal_keeps_what_was_checkpointed(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as s:
        kept = s.create(example()).id  # closing checkpoints this into the main file
    copy = tmp_path / "copy"
    with open_store(folder) as s:
        s.set_setting("wal_only", "yes")
        lost = s.create(example()).id
        assert (folder / (DB_NAME + "-wal")).stat().st_size > 0
        copy.mkdir()
        shutil.copy2(folder / DB_NAME, copy / DB_NAME)  # a copy that missed the -wal
        shutil.copy2(folder / (DB_NAME + "-shm"), copy / (DB_NAME + "-shm"))
    with open_store(copy) as s:
        ids = {p.id for p in s.list_profiles()}
        assert kept in ids and lost not in ids
        assert s.get_setting("wal_only") is None
    assert integrity(copy / DB_NAME) == "ok"


def test_restore_damaged_keeps_the_damaged_file_and_brings_back_the_backup(folder):
    db = folder / DB_NAME
    db.write_bytes(bytes(4096))
    with pytest.raises(StoreDamaged) as info:
        open_store(folder)
    kept = restore_damaged(folder, info.value.backups[0])
    assert kept.name.startswith(f"{DB_NAME}.damaged-") and kept.read_bytes() == bytes(4096)
    with open_store(folder) as s:
        assert [p.name for p in s.list_profiles() if not p.is_demo] == ["宁波示例机械有限公司"]
    assert integrity(db) == "ok"


def test_unusable_backup_is_refused(folder, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    with open_store(folder) as s, pytest.raises(StoreError, match="cannot be used"):
        s.restore_backup(bad)
