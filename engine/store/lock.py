"""An advisory writer lock across processes: a lock file holding the writer's pid.

POSIX uses ``fcntl.flock``, Windows ``msvcrt.locking``; the operating system releases the lock when the
process dies, so a crash never leaves a stale lock behind. It is taken around each write transaction
(together with SQLite's ``BEGIN IMMEDIATE``) and around migrations and restores.
"""

from __future__ import annotations

import errno
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import IO

from engine.store.errors import StoreError, StoreLocked, StoreReadOnly


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class WriterLock:
    """Re-entrant within one Store; exclusive across processes."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._depth = 0
        try:
            # not O_APPEND: the pid is written over what is there (see ``_note_pid``)
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StoreReadOnly(path.parent) from None
            raise StoreError(f"无法创建锁文件 {path}:{exc.strerror or exc}",
                             f"Cannot create the lock file {path}: {exc.strerror or exc}") from None
        self._handle: IO[bytes] = os.fdopen(self._fd, "r+b", buffering=0)

    def holder(self) -> str:
        """The pid written by the process holding the lock (the first number in the file), or "?"."""
        try:
            found = re.search(r"\d+", self.path.read_text(encoding="ascii", errors="replace")[:64])
        except OSError:
            return "?"
        return found.group(0) if found else "?"

    def _note_pid(self) -> None:
        """Rewrite the file with our pid alone: truncate, then write at offset 0, unbuffered, so a failed write
        (a full disk) leaves nothing pending that a later write could append."""
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass  # the pid is informative only; the lock itself is held

    def acquire(self) -> None:
        if self._depth:
            self._depth += 1
            return
        deadline = time.monotonic() + self.timeout
        while not _try_lock(self._handle):
            if time.monotonic() >= deadline:
                pid = self.holder()
                raise StoreLocked(f"另一个程序（进程 {pid}）正在写入数据，请稍后重试：{self.path.parent}",
                                  f"Another program (process {pid}) is writing the data; try again shortly: "
                                  f"{self.path.parent}")
            time.sleep(random.uniform(0.0005, 0.003))  # short and jittered, so a busy writer cannot starve us
        self._depth = 1
        self._note_pid()

    def release(self) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            _unlock(self._handle)

    def close(self) -> None:
        if self._depth:
            self._depth = 1
            self.release()
        self._handle.close()
