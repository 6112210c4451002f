"""A small adapter over ``engine.store`` (when present) for reports: stored profiles and checklist ticks.

Coded against the store contract; when the store module is not installed every lookup answers None.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.facts import MerchantProfile


@dataclass
class StoredMerchant:
    id: str
    profile: MerchantProfile
    ticks: dict[tuple[str, str], str] = field(default_factory=dict)


def _store_module() -> Any | None:
    try:
        return importlib.import_module("engine.store")
    except ImportError:
        return None


def store_available() -> bool:
    return _store_module() is not None


def _exists(module: Any, data_dir: Path | None) -> bool:
    """A lookup never creates a data folder: without a database there is nothing stored."""
    folder = data_dir or module.default_data_dir()
    try:
        db_name = importlib.import_module("engine.store.db").DB_NAME
    except (ImportError, AttributeError):
        return Path(folder).is_dir()
    return (Path(folder) / str(db_name)).exists()


def _open(data_dir: Path | None) -> Any:
    module = _store_module()
    if module is None or not _exists(module, data_dir):
        return None
    return module.open_store(data_dir, read_only=True)


def load_ticks(profile_id: str, data_dir: Path | None) -> dict[tuple[str, str], str]:
    """Checklist states of a stored profile ({} without a store)."""
    store = _open(data_dir)
    if store is None:
        return {}
    with store:
        return dict(store.checklist_ticks(profile_id))


def store_error_message(exc: Exception, lang: str) -> str | None:
    """The store's own message for its errors (StoreError.message(lang)), else None."""
    module = _store_module()
    if module is not None and isinstance(exc, module.StoreError):
        message = getattr(exc, "message", None)
        return str(message(lang)) if callable(message) else str(exc)
    return None


def load_stored(ref: str, data_dir: Path | None) -> StoredMerchant | None:
    """The stored profile with id ``ref`` and its checklist ticks, or None when absent (or no store)."""
    store = _open(data_dir)
    if store is None:
        return None
    with store:
        try:
            stored = store.get(ref)
        except (KeyError, LookupError):
            return None
        except Exception as exc:
            if type(exc).__name__ in ("NotFound", "ProfileNotFound", "StoreNotFound"):
                return None
            raise
        ticks = dict(store.checklist_ticks(ref))
        return StoredMerchant(id=ref, profile=stored.profile, ticks=ticks)


def iter_stored(data_dir: Path | None) -> Iterator[MerchantProfile]:
    """Every stored (not deleted) profile, for the batch matrix."""
    store = _open(data_dir)
    if store is None:
        return
    with store:
        summaries = store.list_profiles()
        for summary in summaries:
            yield store.get(summary.id).profile


def count_stored(data_dir: Path | None) -> int:
    store = _open(data_dir)
    if store is None:
        return 0
    with store:
        return len(store.list_profiles())
