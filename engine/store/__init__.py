"""Local storage of merchant profiles, their revisions, checks, checklist ticks and settings (SQLite)."""

from __future__ import annotations

from engine.store.backup import BackupInfo
from engine.store.errors import ProfileNotFound, StoreDamaged, StoreError, StoreLocked, StoreTooNew
from engine.store.io import ConflictPolicy, ImportInvalid, ImportProblem, ImportReport
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
    "RevisionInfo",
    "StatusChange",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreLocked",
    "StoreTooNew",
    "StoredCheck",
    "StoredProfile",
    "default_data_dir",
    "open_store",
    "restore_damaged",
]
