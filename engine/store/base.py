"""The connection under a Store: every logical change in one transaction, under the writer lock."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

from engine.store.errors import StoreError, translate
from engine.store.lock import WriterLock


class StoreBase:
    """One SQLite connection shared by the threads of one process (serialised by a re-entrant mutex)."""

    def __init__(self, data_dir: Path, path: Path, conn: sqlite3.Connection, lock: WriterLock | None, *,
                 refusal: StoreError | None = None, scratch: Path | None = None) -> None:
        self.data_dir = data_dir
        self.path = path
        self._conn = conn
        self._lock = lock
        self._mutex = threading.RLock()
        self._read_only = lock is None
        #: Why writes are refused (a read-only folder says so); the general read-only message otherwise.
        self._refusal = refusal or StoreError("数据以只读方式打开，不能修改。",
                                              "The data is open read-only; it cannot be changed.")
        self._scratch = scratch  # a temporary copy read instead of a folder that cannot be written; removed on close
        #: Problems that did not stop the store from opening (e.g. the daily backup could not be written).
        self.warnings: list[StoreError] = []

    @property
    def read_only(self) -> bool:
        return self._read_only

    # -- transactions -------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self._lock is None:
            raise self._refusal
        with self._mutex:
            self._lock.acquire()
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None
            finally:
                self._lock.release()

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._mutex:
            try:
                self._conn.execute("BEGIN")
                try:
                    yield self._conn
                finally:
                    self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None

    # -- lifetime -----------------------------------------------------------------------------------------
    def close(self) -> None:
        with self._mutex:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            if self._lock is not None:
                self._lock.close()
                self._lock = None
            if self._scratch is not None:
                shutil.rmtree(self._scratch, ignore_errors=True)
                self._scratch = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
