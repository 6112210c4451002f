"""Opening the store at start, with clear dialogs for a damaged, too new or locked data file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.i18n import lang

translate = QCoreApplication.translate


class StartupFailed(Exception):
    """The store could not be opened and the user chose to quit; the message says why."""


def _box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Startup", "Merchant Eligibility Checker"))
    return box


_held: dict[str, QLockFile] = {}


def claim_data_dir(data_dir: Path | None) -> bool:
    """One app window writes a data folder at a time: hold a QLockFile there for the app's life."""
    from engine.store import default_data_dir

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return True  # the store reports the folder problem itself
    key = str(folder.resolve())
    if key in _held:
        return True
    lock = QLockFile(str(folder / "app-window.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed app is detected by its dead process, not by age
    if not lock.tryLock(200):
        return False
    _held[key] = lock
    return True


def release_data_dirs() -> None:
    while _held:
        _held.popitem()[1].unlock()


def open_store_interactive(data_dir: Path | None, parent: QWidget | None = None, *, ask: bool = True) -> Any:
    """Open the store; on problems explain and offer the way out. Raises StartupFailed if none is taken."""
    try:
        return _open(data_dir, parent, ask)
    except StartupFailed:
        release_data_dirs()
        raise


def _open(data_dir: Path | None, parent: QWidget | None, ask: bool) -> Any:
    from engine.store import StoreDamaged, StoreError, StoreLocked, StoreReadOnly, StoreTooNew, open_store

    try:
        if not claim_data_dir(data_dir):
            raise StoreLocked("数据已在本程序的另一个窗口中打开。", "The data is open in another window of the app.")
        return open_store(data_dir)
    except StoreLocked as exc:
        if not ask:
            raise StartupFailed(exc.message("en")) from exc
        box = _box(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(translate("Startup", "The data is open in another window of the app."))
        box.setInformativeText(translate(
            "Startup", "This window opens it read-only: you can look and check, but not save. "
                       "Close the other window to edit.") + "\n\n" + exc.message(lang()))
        box.exec()
        return open_store(data_dir, read_only=True)
    except StoreReadOnly:  # a write-protected stick: read it read-only; the window says so
        return open_store(data_dir, read_only=True)
    except StoreTooNew as exc:
        if ask:
            box = _box(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(translate("Startup", "The data was saved by a newer version of the app."))
            box.setInformativeText(translate(
                "Startup", "Install the newer version to open it. Nothing was changed.") + "\n\n"
                                   + exc.message(lang()))
            box.exec()
        raise StartupFailed(exc.message("en")) from exc
    except StoreDamaged as exc:
        backups = list(getattr(exc, "backups", []) or [])
        if not ask or not backups:
            if ask:
                box = _box(parent)
                box.setIcon(QMessageBox.Icon.Critical)
                box.setText(translate("Startup", "The data file is damaged and there is no backup to restore."))
                box.setInformativeText(exc.message(lang()))
                box.exec()
            raise StartupFailed(exc.message("en")) from exc
        newest = max(backups, key=lambda p: p.stat().st_mtime if p.exists() else 0)
        box = _box(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(translate("Startup", "The data file is damaged."))
        question = translate("Startup", "Restore the newest backup (%1)? The damaged file is kept next to it.")
        box.setInformativeText(question.replace("%1", newest.name) + "\n\n" + exc.message(lang()))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            raise StartupFailed(exc.message("en")) from exc
        restore_backup(getattr(exc, "path", None), newest, data_dir)
        return open_store(data_dir)
    except StoreError as exc:
        if ask:
            box = _box(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(translate("Startup", "The data could not be opened."))
            box.setInformativeText(exc.message(lang()))
            box.exec()
        raise StartupFailed(exc.message("en")) from exc


def restore_backup(db: Path | None, backup: Path, data_dir: Path | None) -> Path:
    """Keep the damaged file aside and put the backup in its place (through the store when it offers that)."""
    import engine.store as store_module

    restore = getattr(store_module, "restore_damaged", None)
    if restore is not None:
        folder = Path(data_dir) if data_dir is not None else store_module.default_data_dir()
        return Path(restore(folder, backup))
    if db is None:
        from engine.store import default_data_dir

        folder = data_dir or default_data_dir()
        candidates = sorted(folder.glob("*.sqlite*")) + sorted(folder.glob("*.db"))
        db = candidates[0] if candidates else folder / "merchants.sqlite"
    if db.exists():
        db.replace(db.with_name(db.name + ".damaged"))
    shutil.copy2(backup, db)
    return db
