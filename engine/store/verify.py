"""The integrity check of the whole store: SQLite's own check, every revision's hash and content, every check.

Nothing is changed. Damage (a revision whose bytes no longer match their hash, a check that cannot be read,
SQLite's integrity_check finding a fault) is reported by name; so are stored values the model now refuses
(not damage: they were saved before a bound existed, count as unknown and can be corrected).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Literal

from engine.store.revisions import document_problem

_INTEGRITY_ROWS = 20


@dataclass(frozen=True)
class Finding:
    kind: Literal["damage", "invalid"]
    zh: str
    en: str

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass
class Report:
    revisions: int = 0
    checks: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def damaged(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "damage"]


def _who(name: str, pid: str) -> tuple[str, str]:
    return (f"商家档案 {name} ({pid})", f"merchant profile {name} ({pid})") if name else (f"商家档案 {pid}",
                                                                                       f"merchant profile {pid}")


def verify(conn: sqlite3.Connection) -> Report:
    report = Report()
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({_INTEGRITY_ROWS})")]
    if rows != ["ok"]:
        found = "; ".join(rows)
        report.findings.append(Finding("damage", f"数据库文件：SQLite 发现问题：{found}",
                                       f"database file: SQLite's integrity check found: {found}"))
    _revisions(conn, report)
    _checks(conn, report)
    return report


def _revisions(conn: sqlite3.Connection, report: Report) -> None:
    from engine.facts.salvage import salvage

    names = {r[0]: bytes(r[1] or b"").decode("utf-8", "replace")
             for r in conn.execute("SELECT id, CAST(name AS BLOB) FROM profiles")}
    current = dict(conn.execute("SELECT id, revision FROM profiles").fetchall())
    keys = conn.execute("SELECT profile_id, revision FROM revisions ORDER BY profile_id, revision").fetchall()
    for pid, revision in keys:
        raw, digest = conn.execute("SELECT CAST(document AS BLOB), sha256 FROM revisions WHERE profile_id = ? "
                                   "AND revision = ?", (pid, revision)).fetchone()
        report.revisions += 1
        zh, en = _who(names.get(pid, ""), pid)
        problem = document_problem(bytes(raw or b""), digest)
        if problem is not None:
            report.findings.append(Finding("damage", f"{zh} 第 {revision} 版已损坏：{problem}",
                                           f"{en}, revision {revision}, is damaged: {problem}"))
            continue
        if revision != current.get(pid):
            continue  # an earlier revision: read back only when restored, which checks it again
        for fact in salvage(json.loads(bytes(raw).decode("utf-8")))[1]:
            report.findings.append(Finding("invalid", f"{zh} 第 {revision} 版：{fact.message('zh')}",
                                           f"{en}, revision {revision}: {fact.message('en')}"))
    present = {(pid, rev) for pid, rev in keys}
    for pid, revision in current.items():
        if (pid, revision) not in present:
            zh, en = _who(names.get(pid, ""), pid)
            report.findings.append(Finding("damage", f"{zh}：当前版本（第 {revision} 版）缺失",
                                           f"{en}: its current revision {revision} is missing"))


def _checks(conn: sqlite3.Connection, report: Report) -> None:
    for check_id, pid, program, raw in conn.execute(
            "SELECT id, profile_id, program, CAST(result AS BLOB) FROM checks ORDER BY id"):
        report.checks += 1
        try:
            data = json.loads(bytes(raw or b"").decode("utf-8"))
            sound = isinstance(data, dict) and data.get("program") == program
        except (ValueError, RecursionError):
            sound = False
        if not sound:
            report.findings.append(Finding(
                "damage", f"检查记录 #{check_id}（{pid}，{program}）已损坏，无法读取，历史中不再显示",
                f"stored check #{check_id} ({pid}, {program}) is damaged and cannot be read; the history leaves it "
                "out"))
