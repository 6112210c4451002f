"""A database written by schema version 1 (tests/fixtures/store-v1.sqlite3) opens, migrates and keeps its data."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import PROGRAM, integrity

from engine.store import StoreError, open_store
from engine.store import schema as schema_mod
from engine.store.db import DB_NAME

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "store-v1.sqlite3"
OLD = "a1" * 16


@pytest.fixture
def v1_folder(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / DB_NAME)
    return folder


def _version(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_fixture_is_version_one():
    assert _version(FIXTURE) == 1


def test_v1_database_migrates_after_a_backup_and_keeps_everything(v1_folder):
    with open_store(v1_folder) as s:
        assert _version(v1_folder / DB_NAME) == schema_mod.LATEST == 3
        names = {p.name for p in s.list_profiles()}
        assert names == {"宁波示例机械有限公司", "旧版本商家"}  # no demo merchants in existing data
        assert [r.revision for r in s.revisions(OLD)] == [1, 2]
        assert s.get(OLD).profile.notes == "second revision"
        (check,) = s.checks(OLD)
        assert (check.program, check.revision, check.status) == (PROGRAM, 2, "eligible")
        assert s.get_setting("ui.language") == "zh"
        s.set_checklist_tick(OLD, PROGRAM, "doc", "done")  # the table version 2 added
        assert s.checklist_ticks(OLD) == {(PROGRAM, "doc"): "done"}
        backups = [b for b in s.list_backups() if b.label == "migration"]  # one before each step
    assert sorted(_version(b.path) for b in backups) == [1, 2]
    assert all(integrity(b.path) == "ok" for b in backups)
    assert integrity(v1_folder / DB_NAME) == "ok"


def test_a_failing_migration_rolls_back_to_the_previous_version(v1_folder, monkeypatch):
    broken = dict(schema_mod.MIGRATIONS)
    broken[2] = schema_mod.V2 + "\nCREATE TABLE profiles (oops TEXT);"
    monkeypatch.setattr("engine.store.migrations.MIGRATIONS", broken)
    with pytest.raises(StoreError):
        open_store(v1_folder)
    conn = sqlite3.connect(v1_folder / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'checklist_ticks'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 3
    conn.close()
    monkeypatch.undo()
    with open_store(v1_folder) as s:
        assert len(s.list_profiles()) == 2


def test_read_only_open_of_an_old_database_asks_for_an_upgrade(v1_folder):
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_store(v1_folder, read_only=True)
    assert _version(v1_folder / DB_NAME) == 1


def test_restoring_a_v1_backup_migrates_it(tmp_path):
    with open_store(tmp_path / "d") as s:
        s.restore_backup(FIXTURE)
        assert {p.name for p in s.list_profiles()} == {"宁波示例机械有限公司", "旧版本商家"}
        s.set_checklist_tick(OLD, PROGRAM, "doc", "todo")
        assert s.checklist_ticks(OLD) == {(PROGRAM, "doc"): "todo"}
    assert _version(tmp_path / "d" / DB_NAME) == schema_mod.LATEST


def test_version_three_hashes_every_revision_already_stored(v1_folder):
    with open_store(v1_folder):
        pass
    conn = sqlite3.connect(v1_folder / DB_NAME)
    rows = conn.execute("SELECT CAST(document AS BLOB), sha256 FROM revisions").fetchall()
    conn.close()
    assert len(rows) == 3
    assert all(digest == hashlib.sha256(document).hexdigest() for document, digest in rows)


def test_a_failing_python_step_rolls_back_with_its_sql(v1_folder, monkeypatch):
    def broken(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("engine.store.migrations.PYTHON_STEPS", {3: broken})
    with pytest.raises(StoreError, match="Input/output error"):
        open_store(v1_folder)
    conn = sqlite3.connect(v1_folder / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    columns = [r[1] for r in conn.execute("PRAGMA table_info(revisions)")]
    conn.close()
    assert "sha256" not in columns
