"""JSON export and import of profiles. Import validates everything first and saves all or nothing.

One profile: ``{"format_version": 1, "id": ..., "profile": {...}}`` (``id`` optional); many:
``{"format_version": 1, "profiles": [{"id": ..., "name": ..., "profile": {...}}, ...]}``. A bare profile
object is accepted too.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from engine.store import profiles as profiles_sql
from engine.store.errors import RevisionDamaged, StoreError
from engine.store.models import now_utc
from engine.store.revisions import read_document

if TYPE_CHECKING:  # pydantic models are imported when a document is read, not when the store opens
    from engine.facts import MerchantProfile
    from engine.i18n import Lang, Text

FORMAT_VERSION = 1
ConflictPolicy = Literal["keep_both", "replace", "skip"]
POLICIES: tuple[ConflictPolicy, ...] = ("keep_both", "replace", "skip")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class ImportItem:
    index: int
    id: str | None
    profile: MerchantProfile

    @property
    def name(self) -> str:
        return profiles_sql.display_name(self.profile)


@dataclass(frozen=True)
class ImportProblem:
    index: int  # position in the file, from 0
    label: str  # the profile's name or id as given in the file
    path: str  # field path, "" for the entry as a whole
    problem: Text  # names the field (title and path) when there is one

    def message(self, lang: Lang) -> str:
        where = f"#{self.index + 1}" + (f" {self.label}" if self.label else "")
        return f"{where}: {self.problem.get(lang)}"


class ImportInvalid(StoreError):
    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message("zh") for p in problems), "\n".join(p.message("en") for p in problems))


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def one_document(conn: sqlite3.Connection, pid: str) -> dict[str, Any]:
    """The export of one profile: its current revision's document as saved (RevisionDamaged if unreadable)."""
    revision = int(profiles_sql.row(conn, pid)["revision"])
    return {"format_version": FORMAT_VERSION, "id": pid, "profile": read_document(conn, pid, revision)}


def many_document(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Any]:
    """The export of several profiles, each current revision's document as saved.

    A stored value the model now refuses is exported as it was saved, so nothing is lost (importing it asks
    for a correction). A profile whose current revision is damaged is left out and listed under ``skipped``
    (id, revision, what was found), so the rest stays exportable and the file says what it lacks.
    """
    entries: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for pid in ids:
        r = profiles_sql.row(conn, pid)
        try:
            document = read_document(conn, pid, int(r["revision"]))
        except RevisionDamaged as exc:
            skipped.append({"id": pid, "name": r["name"], "revision": exc.revision, "problem": exc.found})
            continue
        entries.append({"id": pid, "name": r["name"], "profile": document})
    out: dict[str, Any] = {"format_version": FORMAT_VERSION, "profiles": entries}
    if skipped:
        out["skipped"] = skipped
    return out


def _entries(data: Any) -> list[tuple[Any, Any, Any]]:
    """(id, name, profile) of each entry, as given."""
    from engine.i18n import Text

    bad = Text(zh="不是商家档案文件（应为 JSON 对象）", en="not a merchant profile file (expected a JSON object)")
    if not isinstance(data, dict):
        raise ImportInvalid([ImportProblem(0, "", "", bad)])
    if "format_version" not in data:
        return [(None, data.get("name"), data)]
    version = data["format_version"]
    if version != FORMAT_VERSION:
        raise ImportInvalid([ImportProblem(0, "", "format_version", Text(
            zh=f"format_version：不支持的文件格式版本 {version!r}（本程序支持 {FORMAT_VERSION}）",
            en=f"format_version: unsupported version {version!r} (this app reads {FORMAT_VERSION})"))])
    if "profiles" in data:
        items = data["profiles"]
        if not isinstance(items, list):
            raise ImportInvalid([ImportProblem(0, "", "profiles", Text(zh="profiles：应为列表",
                                                                       en="profiles: must be a list"))])
        return [(i.get("id"), i.get("name"), i.get("profile")) if isinstance(i, dict) else (None, None, i)
                for i in items]
    if "profile" in data:
        profile = data["profile"]
        return [(data.get("id"), profile.get("name") if isinstance(profile, dict) else None, profile)]
    raise ImportInvalid([ImportProblem(0, "", "", bad)])


def parse_document(data: Any) -> list[ImportItem]:
    """Every profile in an export document, validated; ImportInvalid lists every problem of every entry."""
    from engine.facts import ProfileInvalid, parse_profile
    from engine.i18n import Text

    problems: list[ImportProblem] = []
    items: list[ImportItem] = []
    seen: set[str] = set()
    for index, (pid, name, raw) in enumerate(_entries(data)):
        label = str(name or pid or "")
        if pid is not None and (not isinstance(pid, str) or not _ID.match(pid)):
            problems.append(ImportProblem(index, label, "id", Text(zh="id：编号无效", en="id: invalid")))
            continue
        if pid is not None and pid in seen:
            problems.append(ImportProblem(index, label, "id", Text(zh="id：文件中编号重复",
                                                                   en="id: duplicate in the file")))
            continue
        if pid is not None:
            seen.add(pid)
        if not isinstance(raw, dict):
            problems.append(ImportProblem(index, label, "profile", Text(zh="profile：应为一组字段",
                                                                        en="profile: must be an object")))
            continue
        try:
            items.append(ImportItem(index, pid, parse_profile(raw)))
        except ProfileInvalid as exc:
            problems += [ImportProblem(index, label, p.path, Text(zh=p.message("zh"), en=p.message("en")))
                         for p in exc.problems]
    if problems:
        raise ImportInvalid(problems)
    return items


def conflicts(conn: sqlite3.Connection, items: list[ImportItem]) -> dict[int, str]:
    """index -> id of the stored profile that is the same merchant."""
    out: dict[int, str] = {}
    for item in items:
        found = profiles_sql.find_conflict(conn, item.id, item.profile)
        if found is not None:
            out[item.index] = found
    return out


def apply(conn: sqlite3.Connection, items: list[ImportItem], policy: ConflictPolicy) -> ImportReport:
    """Save validated items (the caller holds one transaction around this)."""
    if policy not in POLICIES:
        raise StoreError(f"未知的冲突处理方式 {policy!r}", f"unknown conflict policy {policy!r}")
    import uuid

    report = ImportReport()
    now = now_utc()
    existing = conflicts(conn, items)
    for item in items:
        other = existing.get(item.index)
        if other is not None and policy == "skip":
            report.skipped.append(other)
        elif other is not None and policy == "replace":
            conn.execute("UPDATE profiles SET deleted_at = NULL WHERE id = ?", (other,))
            profiles_sql.append(conn, other, item.profile, now)
            report.replaced.append(other)
        else:
            taken = item.id is None or conn.execute("SELECT 1 FROM profiles WHERE id = ?", (item.id,)).fetchone()
            pid = uuid.uuid4().hex if taken or item.id is None else item.id
            profiles_sql.insert(conn, pid, item.profile, False, now)
            report.created.append(pid)
    return report
