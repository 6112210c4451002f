"""Restoring a backup. The current data is never thrown away: it is backed up, or (if damaged) moved aside."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from engine.store.backup import backup_problem, make_backup
from engine.store.db import DB_NAME, connect, enable_wal
from engine.store.errors import StoreError, translate
from engine.store.lock import WriterLock
from engine.store.migrations import migrate

LOCK_NAME = "store.lock"


def _check(backup: Path) -> None:
    problem = backup_problem(backup)
    if problem:
        raise StoreError(f"备份不可用：{backup}({problem})", f"The backup cannot be used: {backup} ({problem})")


def _copy(backup: Path, target: sqlite3.Connection) -> None:
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(target)
    finally:
        source.close()


def restore_into(conn: sqlite3.Connection, data_dir: Path, backup: Path, lock: WriterLock) -> Path:
    """Copy a backup over the open, healthy database (backup API: atomic for every reader)."""
    _check(backup)
    lock.acquire()
    try:
        saved = make_backup(conn, data_dir, "pre-restore")
        try:
            _copy(backup, conn)
            migrate(conn)  # a backup from an older version is brought up to date like any old database
        except sqlite3.Error as exc:
            raise translate(exc, data_dir / DB_NAME) from None
        return saved
    finally:
        lock.release()


_PARTS = ("", "-wal", "-shm")


def _unused_stamp(db: Path) -> str:
    """A time stamp (to the microsecond) that no kept damaged file carries yet, with -2, -3, ... if needed."""
    base = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    for n in itertools.count(1):
        stamp = base if n == 1 else f"{base}-{n}"
        if not any(db.with_name(f"{DB_NAME}.damaged-{stamp}{suffix}").exists() for suffix in _PARTS):
            return stamp
    raise AssertionError("unreachable")


def restore_damaged(data_dir: Path, backup: Path) -> Path:
    """Put a backup in place of a damaged (or missing) database. The damaged file and its -wal/-shm are
    renamed to ``merchants.sqlite3.damaged-<time>`` and kept. Returns that new name (or the db path if none)."""
    _check(backup)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(data_dir / LOCK_NAME, timeout=10)
    db = data_dir / DB_NAME
    kept = db
    lock.acquire()
    try:
        stamp = _unused_stamp(db)
        try:
            for suffix in _PARTS:
                part = db.with_name(db.name + suffix)
                if part.exists():
                    moved = part.with_name(f"{DB_NAME}.damaged-{stamp}{suffix}")
                    if moved.exists():  # never: the stamp was chosen free; a kept file is never overwritten
                        raise OSError(f"{moved.name} exists")
                    part.rename(moved)
                    kept = moved if suffix == "" else kept
        except OSError as exc:
            raise StoreError(f"无法移走损坏的数据文件：{exc.strerror or exc}",
                             f"Cannot move the damaged data file aside: {exc.strerror or exc}") from None
        conn = connect(db, read_only=False, busy_timeout_ms=5000)
        try:
            _copy(backup, conn)
            enable_wal(conn)
        except sqlite3.Error as exc:
            raise translate(exc, db) from None
        finally:
            conn.close()
        return kept
    finally:
        lock.close()
