"""Bring a database up to the schema version this app knows, one migration per transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from engine.store.schema import APPLICATION_ID, LATEST, MIGRATIONS

_CHUNK = 500


def _hash_revisions(conn: sqlite3.Connection) -> None:
    """v3: the hash of every revision stored before hashes existed (in chunks: documents are not all loaded)."""
    from engine.store.revisions import document_hash

    keys = conn.execute("SELECT profile_id, revision FROM revisions WHERE sha256 IS NULL").fetchall()
    for start in range(0, len(keys), _CHUNK):
        for pid, revision in keys[start:start + _CHUNK]:
            (raw,) = conn.execute("SELECT CAST(document AS BLOB) FROM revisions WHERE profile_id = ? AND revision = ?",
                                  (pid, revision)).fetchone()
            conn.execute("UPDATE revisions SET sha256 = ? WHERE profile_id = ? AND revision = ?",
                         (document_hash(bytes(raw)), pid, revision))


#: Steps in Python that complete a version's SQL, inside the same transaction.
PYTHON_STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {3: _hash_revisions}


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def migrate(
    conn: sqlite3.Connection,
    *,
    target: int = LATEST,
    before_each: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Apply the missing migrations in order; each one and its ``user_version`` bump commit together.

    ``before_each(current, next)`` runs before each step (the store makes a backup there). A failing step
    rolls back entirely and leaves the database at the previous version. Returns the versions applied.
    """
    applied: list[int] = []
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(current + 1, target + 1):
        if before_each is not None:
            before_each(current, version)
        conn.execute("BEGIN IMMEDIATE")
        try:
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= version:
                conn.execute("COMMIT")  # another process applied it meanwhile
                current = version
                continue
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            step = PYTHON_STEPS.get(version)
            if step is not None:
                step(conn)
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("INSERT INTO meta (key, value) VALUES ('app', 'MerchantEligibilityChecker')")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
        current = version
    return applied
