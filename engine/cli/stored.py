"""CLI access to the local store: open it with one-line errors, find profiles by id or id prefix."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from engine.cli.common import CliError
from engine.evaluate import ProgramResult
from engine.facts import MerchantProfile
from engine.i18n import Lang
from engine.store import (
    ProfileNotFound,
    Store,
    StoreDamaged,
    StoredProfile,
    StoreError,
    StoreLocked,
    StoreTooNew,
    default_data_dir,
    open_store,
)
from engine.store.db import DB_NAME

#: Exit status for a store that cannot be used (damaged, too new, locked, disk full).
STORE_FAILED = 4
MIN_PREFIX = 4


def data_dir(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "data_dir", None)
    return Path(value) if value else None


def _one_line(exc: StoreError, args: argparse.Namespace) -> str:
    return " ".join(exc.message(getattr(args, "lang", "en")).split())


def _open(args: argparse.Namespace, reading: bool) -> Store:
    try:
        return open_store(data_dir(args))
    except (StoreDamaged, StoreTooNew, StoreLocked):
        raise
    except StoreError:
        folder = data_dir(args) or default_data_dir()
        if not reading or not (folder / DB_NAME).exists():
            raise
        return open_store(folder, read_only=True)  # e.g. a write-protected USB stick: reading still works


@contextlib.contextmanager
def opened(args: argparse.Namespace, *, reading: bool = False) -> Iterator[Store]:
    """The store of ``--data-dir`` (or the default folder); store problems become one-line CLI errors.

    ``reading``: commands that only read fall back to a read-only store when the folder cannot be written.
    """
    try:
        store = _open(args, reading)
    except StoreError as exc:
        raise CliError(_one_line(exc, args), STORE_FAILED) from None
    for warning in store.warnings:
        print(f"eligibility-cli: warning: {_one_line(warning, args)}", file=sys.stderr)
    try:
        yield store
    except ProfileNotFound as exc:
        raise CliError(_one_line(exc, args)) from None
    except StoreError as exc:
        raise CliError(_one_line(exc, args), STORE_FAILED) from None
    finally:
        store.close()


def find_id(store: Store, ref: str, *, include_deleted: bool = True) -> str | None:
    """A stored profile id from the full id or a unique prefix of at least four characters."""
    ref = ref.strip().lower()
    ids = [s.id for s in store.list_profiles(include_deleted=include_deleted)]
    if ref in ids:
        return ref
    if len(ref) < MIN_PREFIX:
        return None
    matches = [i for i in ids if i.startswith(ref)]
    if len(matches) > 1:
        raise CliError(f"{ref}: matches {len(matches)} stored profiles; give more of the id")
    return matches[0] if matches else None


def require_id(store: Store, ref: str) -> str:
    found = find_id(store, ref)
    if found is None:
        raise CliError(f"{ref}: no stored profile with this id (see `eligibility-cli profiles list`)")
    return found


def resolve_stored(ref: str, args: argparse.Namespace) -> MerchantProfile | None:
    """Resolver for ``check``: a stored profile id; remembers id and revision on ``args`` for ``--save``.

    A lookup never creates a data folder: without a database there is no stored profile to find.
    """
    if not ((data_dir(args) or default_data_dir()) / DB_NAME).exists():
        return None
    with opened(args, reading=True) as store:
        pid = find_id(store, ref, include_deleted=False)
        if pid is None:
            return None
        stored = store.get(pid)
    warn_invalid(stored, getattr(args, "lang", "en"))
    args.stored_profile = (stored.id, stored.revision)
    return stored.profile


def invalid_lines(stored: StoredProfile, lang: Lang) -> list[str]:
    """One line per stored value the model refuses (it counts as unknown; see docs/storage.md)."""
    who = stored.profile.name or stored.profile.company.legal_name or stored.id
    return [f"{who} ({stored.id}): {fact.message(lang)}" for fact in stored.invalid]


def warn_invalid(stored: StoredProfile, lang: Lang) -> None:
    for line in invalid_lines(stored, lang):
        print(f"eligibility-cli: warning: {line}", file=sys.stderr)


def record_results(args: argparse.Namespace, results: list[ProgramResult]) -> list[int]:
    ref = getattr(args, "stored_profile", None)
    if ref is None:
        raise CliError("--save needs a stored profile id, not a file (import it with `profiles import`)")
    pid, revision = ref
    with opened(args) as store:
        return [store.record_check(pid, revision, r) for r in results]
