"""Reading one revision's document: its hash checked, its JSON parsed, its profile validated or salvaged.

Every revision stores the SHA-256 of its document (schema v3). A document whose bytes no longer match, that is
not UTF-8 or not JSON, is a damaged revision (``RevisionDamaged``, naming it); the other revisions and
profiles read as before. A document that reads fine but holds a value the model now refuses (saved before a
bound existed) is salvaged: the value counts as unknown and is listed (``engine.facts.salvage``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import TYPE_CHECKING, Any

from engine.store.errors import ProfileNotFound, RevisionDamaged

if TYPE_CHECKING:
    from engine.facts import MerchantProfile
    from engine.facts.salvage import InvalidFact


def document_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _missing(conn: sqlite3.Connection, pid: str, revision: int) -> ProfileNotFound:
    if conn.execute("SELECT 1 FROM profiles WHERE id = ?", (pid,)).fetchone() is None:
        return ProfileNotFound(pid)
    return ProfileNotFound(f"{pid} revision {revision}")


def read_document(conn: sqlite3.Connection, pid: str, revision: int) -> Any:
    """The parsed JSON document of a revision, checked against its hash."""
    found = conn.execute("SELECT CAST(document AS BLOB), sha256, CAST(name AS BLOB) FROM revisions "
                         "WHERE profile_id = ? AND revision = ?", (pid, revision)).fetchone()
    if found is None:
        raise _missing(conn, pid, revision)
    raw, digest = bytes(found[0] or b""), found[1]
    try:
        if digest is not None and document_hash(raw) != digest:
            raise ValueError(_NO_MATCH)
        return json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # also UnicodeDecodeError and JSONDecodeError
        name = bytes(found[2] or b"").decode("utf-8", "replace")
        raise RevisionDamaged(pid, revision, name, document_problem(raw, digest) or "unreadable") from None


_NO_MATCH = "its content does not match the hash saved with it"


def document_problem(raw: bytes, digest: str | None) -> str | None:
    """What is wrong with a stored document's bytes (None when they are as saved)."""
    try:
        json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except (json.JSONDecodeError, RecursionError):
        return "not valid JSON"
    if digest is not None and document_hash(raw) != digest:
        return _NO_MATCH
    return None


def load_revision(conn: sqlite3.Connection, pid: str, revision: int) -> tuple[MerchantProfile, list[InvalidFact]]:
    """The profile of a revision and any stored values the model refuses (set aside as unknown)."""
    from engine.facts.salvage import salvage

    return salvage(read_document(conn, pid, revision))
