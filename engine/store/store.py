"""The Store: what the app and the CLI do with their local data, each call one transaction (see base.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.store import backup as backups
from engine.store import checks as checks_sql
from engine.store import profiles as profiles_sql
from engine.store import verify as verify_mod
from engine.store.base import StoreBase
from engine.store.errors import StoreError
from engine.store.models import (
    ProfileSummary,
    RevisionInfo,
    StatusChange,
    StoredCheck,
    StoredProfile,
    now_utc,
    stamp,
)
from engine.store.revisions import read_document

if TYPE_CHECKING:
    from engine.evaluate import ProgramResult
    from engine.facts import MerchantProfile
    from engine.store import io


class Store(StoreBase):
    """Profiles, revisions, trash, checks, ticks, settings, backups, import/export (see docs/storage.md)."""

    # -- profiles -----------------------------------------------------------------------------------------
    def list_profiles(self, query: str | None = None, include_deleted: bool = False) -> list[ProfileSummary]:
        with self._read() as conn:
            return profiles_sql.summaries(conn, query, include_deleted)

    def search_fields(self) -> dict[str, tuple[str, str, str, str]]:
        """id -> (legal name, credit code, city, notes) of every profile's latest revision (for a search box)."""
        with self._read() as conn:
            return profiles_sql.search_fields(conn)

    def get(self, profile_id: str) -> StoredProfile:
        with self._read() as conn:
            return profiles_sql.stored(conn, profile_id)

    def create(
        self, profile: MerchantProfile, *, is_demo: bool = False, profile_id: str | None = None
    ) -> StoredProfile:
        import uuid  # imports platform (~5 ms): not needed to open the store

        pid = profile_id or uuid.uuid4().hex
        with self._write() as conn:
            profiles_sql.insert(conn, pid, profile, is_demo, now_utc())
            return profiles_sql.stored(conn, pid)

    def save(self, profile_id: str, profile: MerchantProfile) -> StoredProfile:
        """Append a revision (nothing is appended when the profile equals the latest revision)."""
        with self._write() as conn:
            if profiles_sql.row(conn, profile_id)["deleted_at"] is not None:
                raise StoreError("该商家档案在回收站中，请先恢复再修改。",
                                 "This merchant profile is in the trash; restore it before editing.")
            profiles_sql.append(conn, profile_id, profile, now_utc())
            return profiles_sql.stored(conn, profile_id)

    def revisions(self, profile_id: str) -> list[RevisionInfo]:
        with self._read() as conn:
            return profiles_sql.revisions(conn, profile_id)

    def get_revision(self, profile_id: str, revision: int) -> MerchantProfile:
        with self._read() as conn:
            return profiles_sql.get_revision(conn, profile_id, revision)

    def document(self, profile_id: str, revision: int) -> Any:
        """A revision's document exactly as saved (hash checked; RevisionDamaged when it is not)."""
        with self._read() as conn:
            return read_document(conn, profile_id, revision)

    def restore(self, profile_id: str, revision: int) -> StoredProfile:
        """Make an earlier revision the current one, as a new revision (history is kept)."""
        with self._write() as conn:
            old = profiles_sql.get_revision(conn, profile_id, revision)
            profiles_sql.append(conn, profile_id, old, now_utc())
            return profiles_sql.stored(conn, profile_id)

    def delete(self, profile_id: str) -> None:
        """Move to the trash; recoverable with ``undelete`` until the trash is emptied."""
        with self._write() as conn:
            profiles_sql.row(conn, profile_id)
            conn.execute("UPDATE profiles SET deleted_at = coalesce(deleted_at, ?) WHERE id = ?",
                         (stamp(now_utc()), profile_id))

    def undelete(self, profile_id: str) -> None:
        with self._write() as conn:
            profiles_sql.row(conn, profile_id)
            conn.execute("UPDATE profiles SET deleted_at = NULL WHERE id = ?", (profile_id,))

    def empty_trash(self) -> int:
        """Remove the trashed profiles for good (a backup is made first). Returns how many."""
        with self._mutex:
            with self._read() as conn:
                count = int(conn.execute("SELECT count(*) FROM profiles WHERE deleted_at IS NOT NULL").fetchone()[0])
            if count == 0:
                return 0
            self.backup_now("pre-empty-trash")
            with self._write() as conn:
                return conn.execute("DELETE FROM profiles WHERE deleted_at IS NOT NULL").rowcount

    # -- checks -------------------------------------------------------------------------------------------
    def record_check(self, profile_id: str, revision: int, result: ProgramResult) -> int:
        with self._write() as conn:
            return checks_sql.record(conn, profile_id, revision, result, now_utc())

    def checks(self, profile_id: str, program: str | None = None) -> list[StoredCheck]:
        with self._read() as conn:
            return checks_sql.checks(conn, profile_id, program)

    def status_changes(self, profile_id: str) -> list[StatusChange]:
        with self._read() as conn:
            return checks_sql.status_changes(conn, profile_id)

    def checklist_ticks(self, profile_id: str) -> dict[tuple[str, str], str]:
        with self._read() as conn:
            return checks_sql.ticks(conn, profile_id)

    def set_checklist_tick(self, profile_id: str, program: str, item_id: str, state: str) -> None:
        with self._write() as conn:
            checks_sql.set_tick(conn, profile_id, program, item_id, state, now_utc())

    # -- settings -----------------------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._read() as conn:
            found = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(found[0]) if found else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    # -- backups ------------------------------------------------------------------------------------------
    def backup_now(self, label: str = "manual") -> Path:
        if self._lock is None:
            raise self._refusal
        with self._mutex:
            return backups.make_backup(self._conn, self.data_dir, label)

    def daily_backup(self) -> Path | None:
        """Make today's automatic backup if there is none yet (for an app left open over midnight)."""
        with self._mutex:
            if self._read_only or backups.has_backup_today(self.data_dir):
                return None
            return backups.make_backup(self._conn, self.data_dir, "daily")

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.data_dir)

    def restore_backup(self, backup: Path) -> Path:
        """Replace the data with a backup's; the current data is backed up first. Returns that backup."""
        from engine.store.restore import restore_into

        if self._lock is None:
            raise self._refusal
        with self._mutex:
            return restore_into(self._conn, self.data_dir, backup, self._lock)

    def verify(self) -> verify_mod.Report:
        """Check everything stored (changes nothing): SQLite's integrity check, every revision against its hash,
        every stored check; also lists stored values the model now refuses."""
        with self._read() as conn:
            return verify_mod.verify(conn)

    # -- import and export (formats in engine.store.io) ---------------------------------------------------
    def export_profiles(self, profile_ids: list[str] | None = None) -> dict[str, Any]:
        """An export document of the given profiles (all not in the trash when None), each as saved; a profile
        whose current revision is damaged is listed under ``skipped`` instead (see ``io.many_document``)."""
        from engine.store import io  # the import formats and the profile models: when used

        with self._read() as conn:
            ids = profile_ids if profile_ids is not None else [
                s.id for s in profiles_sql.summaries(conn, None, False)]
            return io.many_document(conn, ids)

    def export_profile(self, profile_id: str) -> dict[str, Any]:
        from engine.store import io  # the import formats and the profile models: when used

        with self._read() as conn:
            return io.one_document(conn, profile_id)

    def import_conflicts(self, data: Any) -> dict[int, str]:
        """Validate a document (ImportInvalid lists every problem); entry index -> stored id of the same merchant."""
        from engine.store import io  # the import formats and the profile models: when used

        items = io.parse_document(data)
        with self._read() as conn:
            return io.conflicts(conn, items)

    def import_profiles(self, data: Any, on_conflict: io.ConflictPolicy) -> io.ImportReport:
        """Validate everything, then save all of it in one transaction (or nothing)."""
        from engine.store import io  # the import formats and the profile models: when used

        items = io.parse_document(data)
        with self._write() as conn:
            return io.apply(conn, items, on_conflict)
