"""Merchant profiles and their append-only revisions (SQL over one connection; callers own transactions)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from engine.groups import GROUPS
from engine.store.errors import ProfileNotFound
from engine.store.models import ProfileSummary, RevisionInfo, StoredProfile, parse_stamp, stamp
from engine.store.revisions import document_hash, load_revision

if TYPE_CHECKING:
    from engine.facts import MerchantProfile

# engine.facts (pydantic models) is imported where a document is read or written, not with the module:
# opening the store and listing merchants (what the app's first paint needs) do without it.


def document_of(profile: MerchantProfile) -> str:
    """The canonical JSON text of a profile; validated again so nothing invalid is ever written."""
    from engine.facts import parse_profile

    data = profile.model_dump(mode="json")
    parse_profile(data)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _put_revision(conn: sqlite3.Connection, pid: str, revision: int, now: datetime, name: str, document: str) -> None:
    conn.execute("INSERT INTO revisions (profile_id, revision, saved_at, name, document, sha256) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 (pid, revision, stamp(now), name, document, document_hash(document.encode("utf-8"))))


def display_name(profile: MerchantProfile) -> str:
    return profile.name or profile.company.legal_name or ""


def platforms_of(profile: MerchantProfile) -> list[str]:
    """Platform groups with at least one known fact (an empty list is known: "none")."""
    out = []
    for group in GROUPS:
        if group == "company":
            continue
        values = getattr(profile, group).model_dump().values()
        if any(v is not None for v in values):
            out.append(group)
    return out


def _index_columns(profile: MerchantProfile) -> tuple[str, str | None, str]:
    return display_name(profile), profile.company.unified_social_credit_code, json.dumps(platforms_of(profile))


def insert(conn: sqlite3.Connection, pid: str, profile: MerchantProfile, is_demo: bool, now: datetime) -> None:
    name, usci, platforms = _index_columns(profile)
    conn.execute(
        "INSERT INTO profiles (id, name, usci, platforms, is_demo, revision, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
        (pid, name, usci, platforms, int(is_demo), stamp(now), stamp(now)),
    )
    _put_revision(conn, pid, 1, now, name, document_of(profile))


def row(conn: sqlite3.Connection, pid: str) -> sqlite3.Row:
    found: sqlite3.Row | None = conn.execute("SELECT * FROM profiles WHERE id = ?", (pid,)).fetchone()
    if found is None:
        raise ProfileNotFound(pid)
    return found


def append(conn: sqlite3.Connection, pid: str, profile: MerchantProfile, now: datetime) -> int:
    """Append a revision unless the document equals the latest one; return the current revision."""
    current = row(conn, pid)
    document = document_of(profile)
    latest = conn.execute("SELECT CAST(document AS BLOB) FROM revisions WHERE profile_id = ? AND revision = ?",
                          (pid, current["revision"])).fetchone()
    if latest is not None and bytes(latest[0]) == document.encode("utf-8"):
        return int(current["revision"])
    revision = int(current["revision"]) + 1
    name, usci, platforms = _index_columns(profile)
    _put_revision(conn, pid, revision, now, name, document)
    conn.execute("UPDATE profiles SET name = ?, usci = ?, platforms = ?, revision = ?, updated_at = ? WHERE id = ?",
                 (name, usci, platforms, revision, stamp(now), pid))
    return revision


def stored(conn: sqlite3.Connection, pid: str) -> StoredProfile:
    """The current revision; values the model refuses are unknown in ``profile`` and listed in ``invalid``."""
    r = row(conn, pid)
    profile, invalid = load_revision(conn, pid, int(r["revision"]))
    return StoredProfile(id=pid, revision=int(r["revision"]), profile=profile,
                         updated=parse_stamp(r["updated_at"]), is_demo=bool(r["is_demo"]),
                         deleted=r["deleted_at"] is not None, invalid=tuple(invalid))


def get_revision(conn: sqlite3.Connection, pid: str, revision: int) -> MerchantProfile:
    return load_revision(conn, pid, revision)[0]


def revisions(conn: sqlite3.Connection, pid: str) -> list[RevisionInfo]:
    row(conn, pid)
    return [RevisionInfo(int(r[0]), parse_stamp(r[1]), r[2]) for r in conn.execute(
        "SELECT revision, saved_at, name FROM revisions WHERE profile_id = ? ORDER BY revision", (pid,))]


def _latest_statuses(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for pid, program, status in conn.execute(
        "SELECT profile_id, program, status FROM checks WHERE id IN "
        "(SELECT max(id) FROM checks GROUP BY profile_id, program)"
    ):
        out.setdefault(pid, {})[program] = status
    return out


def summaries(conn: sqlite3.Connection, query: str | None, include_deleted: bool) -> list[ProfileSummary]:
    sql = "SELECT id, name, platforms, updated_at, revision, is_demo, deleted_at FROM profiles WHERE 1 = 1"
    params: list[str] = []
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    if query and query.strip():
        like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql += " AND (name LIKE ? ESCAPE '\\' OR usci LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')"
        params += [like, like, like]
    sql += " ORDER BY updated_at DESC, name, id"
    statuses = _latest_statuses(conn)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # a damaged byte in an indexed name: list it, replaced, all the same
        if "decode" not in str(exc):
            raise
        rows = _tolerant(conn, sql, params)
    return [
        ProfileSummary(id=r[0], name=r[1], platforms=_platforms(r[2]), updated=parse_stamp(r[3]),
                       revision=int(r[4]), is_demo=bool(r[5]), deleted=r[6] is not None,
                       statuses=statuses.get(r[0], {}))
        for r in rows
    ]


def _tolerant(conn: sqlite3.Connection, sql: str, params: list[str]) -> list[sqlite3.Row]:
    factory = conn.text_factory
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.text_factory = factory


def _platforms(text: str) -> list[str]:
    """The platforms index column (an index only: a damaged one lists no platform rather than failing)."""
    try:
        found = json.loads(text)
    except ValueError:
        return []
    return [str(p) for p in found] if isinstance(found, list) else []


_SEARCHED = ("$.company.legal_name", "$.company.unified_social_credit_code",
             ("$.company.registered_place", "$.company.registered_city"), "$.notes")


def _column(paths: str | tuple[str, ...]) -> str:
    """One searched column: the fact's text, or several facts' texts joined by a space ("" when unknown)."""
    parts = (paths,) if isinstance(paths, str) else paths
    return " || ' ' || ".join(f"coalesce(json_extract(r.document, '{path}'), '')" for path in parts)


def search_fields(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str, str]]:
    """id -> the latest revision's legal name, credit code, city and notes ("" when unknown): what a search
    matches besides the listed name; read with SQLite's JSON functions, without building the profile models."""
    columns = ", ".join(_column(paths) for paths in _SEARCHED)
    sql = (f"SELECT p.id, {columns} FROM profiles p JOIN revisions r "
           "ON r.profile_id = p.id AND r.revision = p.revision")
    return {str(f[0]): (str(f[1]), str(f[2]), str(f[3]), str(f[4])) for f in conn.execute(sql)}


def find_conflict(conn: sqlite3.Connection, pid: str | None, profile: MerchantProfile) -> str | None:
    """An existing profile that is the same merchant: same id, or same name and social credit code."""
    if pid and conn.execute("SELECT 1 FROM profiles WHERE id = ?", (pid,)).fetchone():
        return pid
    usci = profile.company.unified_social_credit_code
    if not usci:
        return None
    found = conn.execute("SELECT id FROM profiles WHERE usci = ? AND name = ? ORDER BY deleted_at IS NOT NULL "
                         "LIMIT 1", (usci, display_name(profile))).fetchone()
    return str(found[0]) if found else None
