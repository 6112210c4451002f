"""Local storage of merchant profiles, their revisions, checks, checklist ticks and settings (SQLite)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.store.backup import BackupInfo
from engine.store.errors import (
    ProfileNotFound,
    RevisionDamaged,
    StoreDamaged,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)
from engine.store.models import (
    CHECKLIST_STATES,
    ProfileSummary,
    RevisionInfo,
    StatusChange,
    StoredCheck,
    StoredProfile,
)
from engine.store.opening import APP_NAME, default_data_dir, open_store
from engine.store.restore import restore_damaged
from engine.store.store import Store

if TYPE_CHECKING:
    from engine.store.io import ConflictPolicy, ImportInvalid, ImportProblem, ImportReport

_IO_NAMES = ("ConflictPolicy", "ImportInvalid", "ImportProblem", "ImportReport")


def __getattr__(name: str) -> Any:
    """The import formats (engine.store.io) load when first asked for: opening the store does without them."""
    if name in _IO_NAMES:
        from engine.store import io

        return getattr(io, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "APP_NAME",
    "CHECKLIST_STATES",
    "BackupInfo",
    "ConflictPolicy",
    "ImportInvalid",
    "ImportProblem",
    "ImportReport",
    "ProfileNotFound",
    "ProfileSummary",
    "RevisionDamaged",
    "RevisionInfo",
    "StatusChange",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreTooNew",
    "StoredCheck",
    "StoredProfile",
    "default_data_dir",
    "open_store",
    "restore_damaged",
]
