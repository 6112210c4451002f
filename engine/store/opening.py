"""``open_store``: find or create the data folder, check the file, migrate (after a backup), seed demos."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from engine.store import demo
from engine.store.backup import good_backups, has_backup_today, list_backups, make_backup
from engine.store.db import (
    DB_NAME,
    connect,
    enable_wal,
    file_problem,
    health,
    is_damage,
    ownership,
    user_version,
)
from engine.store.errors import StoreDamaged, StoreError, StoreLocked, StoreReadOnly, StoreTooNew, translate
from engine.store.lock import WriterLock
from engine.store.migrations import migrate
from engine.store.restore import LOCK_NAME
from engine.store.schema import LATEST
from engine.store.store import Store

APP_NAME = "MerchantEligibilityChecker"


def default_data_dir() -> Path:
    import platformdirs  # ~5 ms; a start given --data-dir does without

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def _damaged(data_dir: Path, db: Path, found: str) -> StoreDamaged:
    return StoreDamaged(
        f"数据文件已损坏或不是本程序的数据，已原样保留，未做任何修改：{db}\n发现的问题：{found}",
        f"The data file is damaged or not one of ours; it has been kept untouched: {db}\nFound: {found}",
        path=db, found=found, backups=good_backups(data_dir),
    )


def _too_new(db: Path, version: int) -> StoreTooNew:
    return StoreTooNew(f"数据由更新版本的程序创建（数据版本 {version}，本程序支持到 {LATEST}），请升级程序：{db}",
                       f"The data was written by a newer version of the app (schema {version}, this app knows "
                       f"up to {LATEST}); please update the app: {db}")


def _inspect(conn: sqlite3.Connection, data_dir: Path, db: Path) -> int:
    """Refuse a damaged, foreign or too-new database; return its schema version. An error that is not damage
    (a full disk, an I/O error, a folder that cannot be written) is said as what it is."""
    try:
        problem = health(conn) or ownership(conn)
        version = user_version(conn)
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise translate(exc, db) from None
        problem, version = f"SQLite reports: {exc}", 0
    if problem:
        raise _damaged(data_dir, db, problem)
    if version > LATEST:
        raise _too_new(db, version)
    return version


def writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (false on a write-protected stick or read-only mount)."""
    return os.access(folder, os.W_OK)


def _open_read_only(data_dir: Path, db: Path, busy_timeout_ms: int) -> Store:
    """Reading without ever writing. In a folder that cannot be written the file is read as immutable (no lock,
    no -shm file), or, when a -wal file holds changes or the schema is older than this app's, from a checked
    copy in a temporary folder that is brought up to date there; the store then says it is read-only."""
    if not db.exists():
        raise StoreError(f"数据文件不存在：{db}", f"There is no data file at {db}")
    problem = file_problem(db)
    if problem:
        raise _damaged(data_dir, db, problem)
    if not writable(data_dir):
        return _open_unwritable(data_dir, db, busy_timeout_ms)
    try:
        conn = connect(db, read_only=True, busy_timeout_ms=busy_timeout_ms)
    except StoreError:  # the folder said it was writable but is not (a write-protected stick on Windows)
        return _open_unwritable(data_dir, db, busy_timeout_ms)
    try:
        version = _inspect(conn, data_dir, db)
    except (StoreDamaged, StoreTooNew, StoreLocked):
        conn.close()
        raise
    except StoreError:  # no -shm could be made: the medium is read-only after all
        conn.close()
        return _open_unwritable(data_dir, db, busy_timeout_ms)
    if version < LATEST:
        conn.close()
        raise StoreError("数据需要升级，请先以可写方式打开一次。",
                         "The data needs an upgrade; open it once for writing first.")
    return Store(data_dir, db, conn, None)


def _open_unwritable(data_dir: Path, db: Path, busy_timeout_ms: int) -> Store:
    refusal = StoreReadOnly(data_dir)
    wal = db.with_name(db.name + "-wal")
    conn = connect(db, read_only=True, busy_timeout_ms=busy_timeout_ms, immutable=True)
    copy: Path | None = None
    try:
        wal_changes = wal.exists() and wal.stat().st_size > 0
        if wal_changes or _inspect(conn, data_dir, db) < LATEST:
            conn.close()
            copy = Path(tempfile.mkdtemp(prefix="merchants-readonly-"))
            for part in (db, wal):
                if part.exists():
                    shutil.copyfile(part, copy / part.name)
            conn = connect(copy / db.name, read_only=False, busy_timeout_ms=busy_timeout_ms)
            _inspect(conn, data_dir, db)
            migrate(conn)
            conn.execute("PRAGMA query_only = ON")
    except OSError as exc:
        conn.close()
        raise StoreError(f"无法读取只读的数据文件夹 {data_dir}:{exc.strerror or exc}",
                         f"Cannot read the read-only data folder {data_dir}: {exc.strerror or exc}") from None
    except BaseException:
        conn.close()
        if copy is not None:
            shutil.rmtree(copy, ignore_errors=True)
        raise
    store = Store(data_dir, db, conn, None, refusal=refusal, scratch=copy)
    store.warnings.append(refusal)
    return store


def _seeding_was_interrupted(conn: sqlite3.Connection) -> bool:
    """A folder created by us whose demo seeding never committed (e.g. the first start was killed)."""
    seeded = conn.execute("SELECT 1 FROM meta WHERE key = 'demo_seeded'").fetchone()
    return seeded is None and conn.execute("SELECT count(*) FROM profiles").fetchone()[0] == 0 \
        and conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def _is_new(data_dir: Path, db: Path) -> bool:
    """No database yet (an empty file counts only when there is no backup that could hold lost data)."""
    if not db.exists():
        return True
    wal = db.with_name(db.name + "-wal")
    return db.stat().st_size == 0 and not wal.exists() and not list_backups(data_dir)


def open_store(data_dir: Path | None = None, *, read_only: bool = False, busy_timeout_ms: int = 10_000) -> Store:
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    db = data_dir / DB_NAME
    if read_only:
        return _open_read_only(data_dir, db, busy_timeout_ms)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"无法创建数据文件夹 {data_dir}:{exc.strerror or exc}",
                         f"Cannot create the data folder {data_dir}: {exc.strerror or exc}") from None
    if not writable(data_dir):
        raise StoreReadOnly(data_dir)
    lock = WriterLock(data_dir / LOCK_NAME, timeout=busy_timeout_ms / 1000)
    warnings: list[StoreError] = []
    try:
        lock.acquire()
        try:
            conn = _prepare(data_dir, db, busy_timeout_ms, warnings)
        finally:
            lock.release()
    except BaseException:
        lock.close()
        raise
    store = Store(data_dir, db, conn, lock)
    store.warnings.extend(warnings)
    return store


def _prepare(data_dir: Path, db: Path, busy_timeout_ms: int, warnings: list[StoreError]) -> sqlite3.Connection:
    new = _is_new(data_dir, db)
    if not new:
        problem = file_problem(db)
        if problem:
            raise _damaged(data_dir, db, problem)
    conn = connect(db, read_only=False, busy_timeout_ms=busy_timeout_ms)
    try:
        _inspect(conn, data_dir, db)
        enable_wal(conn)

        def before(current: int, _next: int) -> None:
            if current > 0 and not new:
                make_backup(conn, data_dir, "migration")

        migrate(conn, before_each=before)
        if new or _seeding_was_interrupted(conn):
            conn.execute("BEGIN IMMEDIATE")
            try:
                demo.seed(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        elif not has_backup_today(data_dir):
            try:
                make_backup(conn, data_dir, "daily")
            except StoreError as exc:  # e.g. a full disk: the data opens all the same, the app shows the warning
                warnings.append(exc)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, db) from None
    except BaseException:
        conn.close()
        raise
    return conn
