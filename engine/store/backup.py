"""Backups with the SQLite backup API: automatic (rotating, daily, before migrations) and manual ones."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from engine.store.db import connect, file_problem, health, ownership, user_version
from engine.store.errors import StoreError, translate
from engine.store.schema import LATEST

BACKUP_DIR = "backups"
_NAME = re.compile(r"^merchants-(\d{8}T\d{12})Z-([A-Za-z0-9_-]+)\.sqlite3$")
#: How many automatic backups of each kind are kept; other labels (the user's own) are never rotated away.
KEEP = {"daily": 7, "migration": 5, "pre-restore": 5, "pre-empty-trash": 5, "pre-import": 5}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware, UTC
    label: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.label in KEEP


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def _clean_label(label: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", label).strip("-")[:40]
    return cleaned or "manual"


def make_backup(conn: sqlite3.Connection, data_dir: Path, label: str) -> Path:
    """Copy the live database into backups/ (complete file written aside, fsynced, then renamed)."""
    folder = backup_dir(data_dir)
    now = datetime.now(UTC)
    while True:  # a name no backup has: a backup is never written over another
        target = folder / f"merchants-{now.strftime('%Y%m%dT%H%M%S%f')}Z-{_clean_label(label)}.sqlite3"
        partial = target.with_name(target.name + ".partial")
        if not target.exists() and not partial.exists():
            break
        now += timedelta(microseconds=1)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        partial.replace(target)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise translate(exc, partial) from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"无法写入备份 {target}:{exc.strerror or exc}",
                         f"Cannot write the backup {target}: {exc.strerror or exc}") from None
    rotate(data_dir)
    return target


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup, newest first."""
    out: list[BackupInfo] = []
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m:
            continue
        created = _stamp_of(m.group(1))
        with contextlib.suppress(OSError):
            out.append(BackupInfo(path, created, m.group(2), path.stat().st_size))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def _stamp_of(text: str) -> datetime:
    """``YYYYmmddTHHMMSSffffff`` (as _NAME matched it) read by hand: ``strptime`` imports _strptime, locale and
    calendar (~5 ms), and every start lists the backups."""
    d, t = text[:8], text[9:]
    return datetime(int(d[:4]), int(d[4:6]), int(d[6:]), int(t[:2]), int(t[2:4]), int(t[4:6]), int(t[6:]), tzinfo=UTC)


def rotate(data_dir: Path) -> None:
    """Drop the oldest automatic backups beyond KEEP, and leftovers of backups interrupted an hour ago."""
    hour_ago = datetime.now(UTC).timestamp() - 3600
    for partial in backup_dir(data_dir).glob("*.partial"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < hour_ago:
                partial.unlink()
    seen: dict[str, int] = {}
    for info in list_backups(data_dir):
        keep = KEEP.get(info.label)
        if keep is None:
            continue
        seen[info.label] = seen.get(info.label, 0) + 1
        if seen[info.label] > keep:
            with contextlib.suppress(OSError):
                info.path.unlink()


def has_backup_today(data_dir: Path, label: str = "daily") -> bool:
    today = datetime.now().astimezone().date()
    return any(b.label == label and b.created.astimezone().date() == today for b in list_backups(data_dir))


def backup_problem(path: Path) -> str | None:
    """None if ``path`` is a sound backup of ours that this version can open."""
    problem = file_problem(path)
    if problem:
        return problem
    try:
        conn = connect(path, read_only=True, busy_timeout_ms=1000)
    except StoreError as exc:
        return str(exc)
    try:
        problem = health(conn) or ownership(conn)
        if problem is None and user_version(conn) > LATEST:
            problem = f"made by a newer app version (schema {user_version(conn)} > {LATEST})"
        return problem
    except sqlite3.Error as exc:
        return f"SQLite reports: {exc}"
    finally:
        conn.close()


def good_backups(data_dir: Path, limit: int = 3) -> list[Path]:
    """The newest backups that pass quick_check, newest first."""
    found: list[Path] = []
    for info in list_backups(data_dir):
        if backup_problem(info.path) is None:
            found.append(info.path)
            if len(found) >= limit:
                break
    return found
