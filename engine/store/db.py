"""Opening the SQLite file safely: header check, pragmas, quick_check, ownership and version checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from engine.store.errors import translate
from engine.store.schema import APPLICATION_ID

DB_NAME = "merchants.sqlite3"
HEADER = b"SQLite format 3\x00"


def file_problem(path: Path) -> str | None:
    """What is wrong with the file before SQLite even reads it (None if it looks like a database)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    if len(head) == 0:
        return "empty file (0 bytes)"
    if len(head) < 100:
        return f"truncated: only {len(head)} bytes"
    if head[:16] != HEADER:
        if head.count(0) == len(head):
            return "zero-filled: no SQLite header"
        return "not an SQLite database: unknown header"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    size = path.stat().st_size
    size_valid = head[92:96] == head[24:28]  # the in-header size counts only when written with the counter
    if size_valid and pages and size < page_size * pages and not path.with_name(path.name + "-wal").exists():
        return f"truncated: {size} bytes but the header declares {pages} pages of {page_size}"
    return None


def connect(path: Path, *, read_only: bool, busy_timeout_ms: int, immutable: bool = False) -> sqlite3.Connection:
    """``immutable``: the file cannot change while open (a read-only folder): SQLite reads it without locks and
    without the -shm file a WAL database otherwise needs, which cannot be created in such a folder."""
    try:
        if read_only:
            uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=busy_timeout_ms / 1000)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                                   timeout=busy_timeout_ms / 1000)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.row_factory = sqlite3.Row
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    return conn


def enable_wal(conn: sqlite3.Connection) -> None:
    """Write-ahead log and full sync: only after the file has been found sound and ours."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file itself is damaged or foreign (rather than full, locked, unreadable)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc)
    return "malformed" in text or "not a database" in text


def health(conn: sqlite3.Connection) -> str | None:
    """Run quick_check; a description of the damage, or None when the database is sound. An error that is not
    damage (a full disk, an I/O error, a folder that cannot be written) is raised, not reported as damage."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(100)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return f"SQLite reports: {exc}"
    faults = [r for r in rows if r != "ok" and r not in ROW_FAULTS]
    if faults:
        return "quick_check: " + "; ".join(faults[:5])
    return None


#: quick_check findings that concern one stored row's content (a document or a check result that is no longer
#: JSON), not the file: the store opens, that revision or check reads as damaged, ``verify`` names it.
ROW_FAULTS = frozenset({"CHECK constraint failed in revisions", "CHECK constraint failed in checks"})


def ownership(conn: sqlite3.Connection) -> str | None:
    """None if the file is ours or empty; otherwise what makes it foreign."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id == APPLICATION_ID:
        return None
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' LIMIT 5")]
    if app_id == 0 and not tables:
        return None
    return f"not a database of this app (application_id {app_id:#x}, tables: {', '.join(tables) or 'none'})"


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
