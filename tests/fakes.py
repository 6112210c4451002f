"""An in-memory implementation of the engine.store contract, used by GUI tests until (and unless) the real
store is importable. ``install_store_if_missing()`` registers it as ``engine.store``."""

from __future__ import annotations

import sys
import types
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from engine.evaluate import ProgramResult
from engine.facts import MerchantProfile


class StoreError(Exception):
    def __init__(self, zh: str, en: str | None = None) -> None:
        super().__init__(en or zh)
        self.zh, self.en = zh, en or zh

    def message(self, lang: str = "en") -> str:
        return self.zh if lang == "zh" else self.en


class StoreLocked(StoreError):
    pass


class StoreDamaged(StoreError):
    def __init__(self, zh: str, en: str, *, path: Path, found: str = "", backups: list[Path] | None = None) -> None:
        super().__init__(zh, en)
        self.path, self.found, self.backups = path, found, backups or []


class StoreTooNew(StoreError):
    pass


@dataclass(frozen=True)
class ProfileSummary:
    id: str
    name: str
    platforms: list[str]
    updated: datetime
    revision: int
    is_demo: bool
    deleted: bool
    statuses: dict[str, str]


@dataclass(frozen=True)
class StoredProfile:
    id: str
    revision: int
    profile: MerchantProfile
    updated: datetime
    is_demo: bool


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    saved_at: datetime
    name: str


@dataclass(frozen=True)
class StoredCheck:
    id: int
    profile_id: str
    revision: int
    program: str
    pack_version: str
    as_of: datetime
    ran_at: datetime
    status: str
    result: ProgramResult


@dataclass
class _Row:
    revisions: list[tuple[datetime, MerchantProfile]]
    is_demo: bool
    deleted: bool = False


@dataclass
class FakeStore:
    path: Path = Path("/nonexistent/fake.sqlite")
    read_only: bool = False
    rows: dict[str, _Row] = field(default_factory=dict)
    check_rows: list[StoredCheck] = field(default_factory=list)
    ticks: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    closed: bool = False

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("只读", "read-only")

    def list_profiles(self, query: str | None = None, include_deleted: bool = False) -> list[ProfileSummary]:
        out = []
        for pid, row in self.rows.items():
            if row.deleted and not include_deleted:
                continue
            updated, prof = row.revisions[-1]
            if query and query.lower() not in (prof.name or "").lower():
                continue
            statuses: dict[str, str] = {}
            for chk in self.check_rows:
                if chk.profile_id == pid:
                    statuses[chk.program] = chk.status
            platforms = [g for g in ("alibaba_com", "taobao_union", "taobao_live", "yanxuan_1688")
                         if getattr(prof, g).model_dump(exclude_none=True)]
            out.append(ProfileSummary(pid, prof.name or "", platforms, updated, len(row.revisions),
                                      row.is_demo, row.deleted, statuses))
        return sorted(out, key=lambda s: s.updated, reverse=True)

    def get(self, profile_id: str) -> StoredProfile:
        row = self.rows[profile_id]
        updated, prof = row.revisions[-1]
        return StoredProfile(profile_id, len(row.revisions), prof, updated, row.is_demo)

    def create(self, profile: MerchantProfile, *, is_demo: bool = False) -> StoredProfile:
        self._writable()
        pid = uuid.uuid4().hex
        self.rows[pid] = _Row([(datetime.now(UTC), profile)], is_demo)
        return self.get(pid)

    def save(self, profile_id: str, profile: MerchantProfile) -> StoredProfile:
        self._writable()
        self.rows[profile_id].revisions.append((datetime.now(UTC), profile))
        return self.get(profile_id)

    def revisions(self, profile_id: str) -> list[RevisionInfo]:
        revs = self.rows[profile_id].revisions
        return [RevisionInfo(i + 1, at, p.name or "") for i, (at, p) in enumerate(revs)]

    def get_revision(self, profile_id: str, revision: int) -> MerchantProfile:
        return self.rows[profile_id].revisions[revision - 1][1]

    def restore(self, profile_id: str, revision: int) -> StoredProfile:
        return self.save(profile_id, self.get_revision(profile_id, revision))

    def delete(self, profile_id: str) -> None:
        self._writable()
        self.rows[profile_id].deleted = True

    def undelete(self, profile_id: str) -> None:
        self.rows[profile_id].deleted = False

    def empty_trash(self) -> int:
        gone = [pid for pid, row in self.rows.items() if row.deleted]
        for pid in gone:
            del self.rows[pid]
        return len(gone)

    def record_check(self, profile_id: str, revision: int, result: ProgramResult) -> int:
        self._writable()
        cid = len(self.check_rows) + 1
        self.check_rows.append(StoredCheck(cid, profile_id, revision, result.program, result.version,
                                           result.as_of, datetime.now(UTC), result.status.value, result))
        return cid

    def checks(self, profile_id: str, program: str | None = None) -> list[StoredCheck]:
        found = [c for c in self.check_rows if c.profile_id == profile_id and program in (None, c.program)]
        return sorted(found, key=lambda c: c.id, reverse=True)

    def checklist_ticks(self, profile_id: str) -> dict[tuple[str, str], str]:
        return dict(self.ticks.get(profile_id, {}))

    def set_checklist_tick(self, profile_id: str, program: str, item_id: str, state: str) -> None:
        self._writable()
        assert state in ("todo", "in_progress", "done", "not_needed")
        self.ticks.setdefault(profile_id, {})[(program, item_id)] = state

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.settings[key] = value

    def backup_now(self, label: str = "manual") -> Path:
        return self.path.with_suffix(f".{label}.bak")

    def list_backups(self) -> list[object]:
        return []

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> FakeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_STORES: dict[str, FakeStore] = {}


def open_store(data_dir: Path | None = None, *, read_only: bool = False) -> FakeStore:
    key = str(data_dir)
    if key not in _STORES:
        store = FakeStore(path=Path(str(data_dir)) / "fake.sqlite")
        example = Path(__file__).resolve().parent.parent / "resources" / "examples" / "ningbo-machinery.json"
        store.create(MerchantProfile.model_validate_json(example.read_text(encoding="utf-8")), is_demo=True)
        _STORES[key] = store
    store = _STORES[key]
    store.read_only = read_only
    return store


def default_data_dir() -> Path:
    return Path.home() / ".merchant-eligibility-fake"


def install_store_if_missing() -> bool:
    """Register this module as ``engine.store`` when the real store is not importable. True if installed."""
    try:
        import engine.store  # noqa: F401
    except ImportError:
        pass
    else:
        return False
    module = types.ModuleType("engine.store")
    for name in ("open_store", "default_data_dir", "StoreError", "StoreLocked", "StoreDamaged", "StoreTooNew",
                 "ProfileSummary", "StoredProfile", "RevisionInfo", "StoredCheck"):
        setattr(module, name, globals()[name])
    module.Store = FakeStore  # type: ignore[attr-defined]
    sys.modules["engine.store"] = module
    return True
