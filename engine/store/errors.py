"""Storage errors. Each carries its message in Chinese and English; ``str()`` gives the English one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # engine.i18n builds pydantic models: the store opens without them (start-up)
    from engine.i18n import Lang, Text


class StoreError(Exception):
    """A storage problem the user can understand. The last good state on disk is left intact."""

    def __init__(self, zh: str, en: str) -> None:
        self.zh, self.en = zh, en
        super().__init__(en)

    @property
    def text(self) -> Text:
        from engine.i18n import Text

        return Text(zh=self.zh, en=self.en)

    def message(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


class StoreLocked(StoreError):
    """Another process holds the data for writing longer than we can wait."""


class StoreDamaged(StoreError):
    """The database file is damaged or not ours. It is kept as it is; ``backups`` lists good ones, newest first."""

    def __init__(self, zh: str, en: str, *, path: Path, found: str, backups: list[Path]) -> None:
        self.path = path
        self.found = found
        self.backups = backups
        tail_zh = f"\n可用的备份：{backups[0]}" if backups else "\n没有找到可用的备份。"
        tail_en = f"\nNewest good backup: {backups[0]}" if backups else "\nNo good backup was found."
        super().__init__(zh + tail_zh, en + tail_en)


class StoreTooNew(StoreError):
    """The database was written by a newer version of the app; it is never migrated backwards."""


class StoreReadOnly(StoreError):
    """The data folder cannot be written (e.g. a write-protected USB stick): the data opens read-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(f"数据文件夹是只读的（例如写保护的 U 盘），只能查看，不能保存修改：{folder}",
                         f"The data folder is read-only (e.g. a write-protected USB stick); the data can be read "
                         f"but not changed: {folder}")


class RevisionDamaged(StoreError):
    """One revision of one profile cannot be read as it was saved; the other data is not affected."""

    def __init__(self, profile_id: str, revision: int, name: str, found: str) -> None:
        self.profile_id, self.revision, self.found = profile_id, revision, found
        who = f"{name} ({profile_id})" if name else profile_id
        super().__init__(
            f"商家档案 {who} 的第 {revision} 版已损坏，无法读取（{found}）。其他档案不受影响；"
            "可在历史记录中恢复较早的版本，或从备份恢复。",
            f"Revision {revision} of merchant profile {who} is damaged and cannot be read ({found}). Other "
            "profiles are not affected; restore an earlier revision from its history, or restore a backup.",
        )


class ProfileNotFound(StoreError):
    def __init__(self, profile_id: str) -> None:
        self.profile_id = profile_id
        super().__init__(f"找不到商家档案 {profile_id}", f"no stored merchant profile {profile_id}")


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """A StoreError that says in plain words what went wrong with the database file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StoreError(f"磁盘已满，未能保存。此前保存的数据未受影响。请清理空间后重试。({path})",
                          f"The disk is full; nothing was saved and earlier data is intact. Free some space "
                          f"and try again. ({path})")
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return StoreError(f"数据文件夹或文件是只读的，无法保存：{path}",
                          f"The data folder or file is read-only; cannot save: {path}")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreLocked(f"数据正被另一个程序使用，请稍后重试：{path}",
                           f"The data is in use by another program; try again shortly: {path}")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreError(f"无法打开数据文件（文件夹不存在或无权限）：{path}",
                          f"Cannot open the data file (missing folder or no permission): {path}")
    if name.startswith("SQLITE_IOERR") or "I/O error" in text:
        return StoreError(f"读写数据文件时出错（磁盘故障或已满）：{path}。此前保存的数据未受影响。",
                          f"Input/output error on the data file (failing or full disk): {path}. "
                          "Earlier data is intact.")
    return StoreError(f"数据库错误：{text}({path})", f"Database error: {text} ({path})")
