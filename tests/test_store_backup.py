"""Automatic and manual backups: made with the backup API, rotated, daily, restorable."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from store_helpers import example, integrity

from engine.store import backup as backups
from engine.store import open_store
from engine.store.schema import LATEST


def _fake(folder, label, when):
    path = folder / "backups" / f"merchants-{when.strftime('%Y%m%dT%H%M%S%f')}Z-{label}.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def test_manual_backup_is_a_sound_copy(tmp_path):
    with open_store(tmp_path / "d") as s:
        pid = s.create(example()).id
        path = s.backup_now("before fair 2024!")
    assert path.name.endswith("-before-fair-2024.sqlite3")
    assert integrity(path) == "ok"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM profiles WHERE id = ?", (pid,)).fetchone()[0] == "宁波示例机械有限公司"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    conn.close()
    assert not list((tmp_path / "d" / "backups").glob("*.partial"))


def test_daily_backup_once_per_day_and_not_for_a_brand_new_store(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as s:
        assert s.list_backups() == []
    with open_store(folder) as s:
        assert [b.label for b in s.list_backups()] == ["daily"]
    with open_store(folder) as s:
        assert [b.label for b in s.list_backups()] == ["daily"]


def test_rotation_keeps_a_few_automatic_backups_and_every_manual_one(tmp_path):
    folder = tmp_path / "d"
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for day in range(10):
        _fake(folder, "daily", start + timedelta(days=day))
        _fake(folder, "manual", start + timedelta(days=day, hours=1))
    for n in range(8):
        _fake(folder, "migration", start + timedelta(hours=n))
    backups.rotate(folder)
    infos = backups.list_backups(folder)
    daily = [b for b in infos if b.label == "daily"]
    assert len(daily) == backups.KEEP["daily"] == 7
    assert daily[0].created == start + timedelta(days=9) and daily[-1].created == start + timedelta(days=3)
    assert len([b for b in infos if b.label == "migration"]) == 5
    assert len([b for b in infos if b.label == "manual"]) == 10


def test_restore_backup_brings_back_old_data_and_keeps_the_current(tmp_path):
    with open_store(tmp_path / "d") as s:
        pid = s.create(example()).id
        snapshot = s.backup_now()
        s.save(pid, example().model_copy(update={"notes": "after the backup"}))
        later = s.create(example()).id
        saved = s.restore_backup(snapshot)
        assert s.get(pid).revision == 1 and later not in {p.id for p in s.list_profiles()}
        assert "pre-restore" in saved.name
        with open_store(tmp_path / "d", read_only=True) as reader:  # other connections see the restored data
            assert reader.get(pid).revision == 1
        s.restore_backup(saved)  # and the state before the restore is one restore away
        assert s.get(pid).revision == 2 and later in {p.id for p in s.list_profiles()}


def test_daily_backup_for_an_app_left_open(tmp_path):
    with open_store(tmp_path / "d") as s:
        first = s.daily_backup()
        assert first is not None and first.name.endswith("-daily.sqlite3")
        assert s.daily_backup() is None


def test_a_failing_daily_backup_does_not_keep_the_data_closed(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as s:
        pid = s.create(example()).id
    (folder / "backups").write_text("a file where the backups folder should be")
    with open_store(folder) as s:
        assert s.get(pid).revision == 1
        (warning,) = s.warnings
        assert "Cannot write the backup" in str(warning) and "无法写入备份" in warning.message("zh")
