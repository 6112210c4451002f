"""Stored checks (a programme result for one profile revision), status history and checklist ticks."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from engine.store.errors import ProfileNotFound, StoreError
from engine.store.models import CHECKLIST_STATES, StatusChange, StoredCheck, parse_stamp, stamp
from engine.store.profiles import row

if TYPE_CHECKING:
    from engine.evaluate import ProgramResult


def record(conn: sqlite3.Connection, pid: str, revision: int, result: ProgramResult, now: datetime) -> int:
    row(conn, pid)
    if conn.execute("SELECT 1 FROM revisions WHERE profile_id = ? AND revision = ?", (pid, revision)).fetchone() \
            is None:
        raise ProfileNotFound(f"{pid} revision {revision}")
    document = json.dumps(result.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    cur = conn.execute(
        "INSERT INTO checks (profile_id, revision, program, pack_version, as_of, ran_at, status, result) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (pid, revision, result.program, result.version, stamp(result.as_of), stamp(now), result.status.value,
         document),
    )
    assert cur.lastrowid is not None
    return int(cur.lastrowid)


def _check(r: sqlite3.Row) -> StoredCheck:
    from engine.evaluate import ProgramResult

    return StoredCheck(id=int(r["id"]), profile_id=r["profile_id"], revision=int(r["revision"]), program=r["program"],
                       pack_version=r["pack_version"], as_of=parse_stamp(r["as_of"]), ran_at=parse_stamp(r["ran_at"]),
                       status=r["status"], result=ProgramResult.model_validate(json.loads(bytes(r["raw"]))))


CHECK_COLUMNS = "id, profile_id, revision, program, pack_version, as_of, ran_at, status, CAST(result AS BLOB) AS raw"


def checks(conn: sqlite3.Connection, pid: str, program: str | None) -> list[StoredCheck]:
    """Checks of a profile, oldest first. A check whose stored result cannot be read any more (damaged) is
    left out of this list; it is a record of an earlier result, and ``verify`` names it."""
    row(conn, pid)
    sql = f"SELECT {CHECK_COLUMNS} FROM checks WHERE profile_id = ?"
    params = [pid]
    if program is not None:
        sql += " AND program = ?"
        params.append(program)
    out = []
    for r in conn.execute(sql + " ORDER BY id", params):
        try:
            out.append(_check(r))
        except (ValueError, TypeError, RecursionError):  # JSON, UTF-8, validation (pydantic errors are ValueErrors)
            continue
    return out


def status_changes(conn: sqlite3.Connection, pid: str) -> list[StatusChange]:
    """Each time a programme's status differed from its previous check (the first check counts), oldest first."""
    row(conn, pid)
    last: dict[str, str] = {}
    out: list[StatusChange] = []
    for r in conn.execute("SELECT id, program, revision, ran_at, status FROM checks WHERE profile_id = ? ORDER BY id",
                          (pid,)):
        before = last.get(r["program"])
        if before != r["status"]:
            out.append(StatusChange(program=r["program"], check_id=int(r["id"]), revision=int(r["revision"]),
                                    ran_at=parse_stamp(r["ran_at"]), before=before, after=r["status"]))
        last[r["program"]] = r["status"]
    return out


def ticks(conn: sqlite3.Connection, pid: str) -> dict[tuple[str, str], str]:
    row(conn, pid)
    return {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT program, item_id, state FROM checklist_ticks WHERE profile_id = ?", (pid,))}


def set_tick(conn: sqlite3.Connection, pid: str, program: str, item_id: str, state: str, now: datetime) -> None:
    if state not in CHECKLIST_STATES:
        raise StoreError(f"清单状态无效：{state!r}（可选 {', '.join(CHECKLIST_STATES)}）",
                         f"invalid checklist state {state!r} (allowed: {', '.join(CHECKLIST_STATES)})")
    row(conn, pid)
    conn.execute(
        "INSERT INTO checklist_ticks (profile_id, program, item_id, state, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (profile_id, program, item_id) DO UPDATE SET state = excluded.state, "
        "updated_at = excluded.updated_at",
        (pid, program, item_id, state, stamp(now)),
    )
