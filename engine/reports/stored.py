"""A small adapter over ``engine.store`` (when present) for reports: stored profiles and checklist ticks.

Coded against the store contract; when the store module is not installed every lookup answers None.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
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


def iter_stored(data_dir: Path | None, warn: Callable[[str], None] | None = None,
                lang: str = "en") -> Iterator[MerchantProfile]:
    """Every stored (not deleted) profile, for the batch matrix. A profile whose current revision is damaged
    is left out and a stored value the model refuses counts as unknown; ``warn`` hears of each, by name."""
    store = _open(data_dir)
    if store is None:
        return
    say = warn or (lambda _line: None)
    with store:
        for warning in getattr(store, "warnings", ()):
            say(" ".join(warning.message(lang).split()))
        for summary in store.list_profiles():
            try:
                stored = store.get(summary.id)
            except Exception as exc:
                message = store_error_message(exc, lang)
                if message is None or type(exc).__name__ != "RevisionDamaged":
                    raise
                say(" ".join(message.split()))
                continue
            for fact in getattr(stored, "invalid", ()):
                say(f"{getattr(summary, 'name', '') or summary.id} ({summary.id}): {fact.message(lang)}")
            yield stored.profile


def count_stored(data_dir: Path | None) -> int:
    store = _open(data_dir)
    if store is None:
        return 0
    with store:
        return len(store.list_profiles())
