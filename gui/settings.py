"""User preferences (window geometry, language, recent files) in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORG = "MerchantEligibility"
APP = "eligibility-checker"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in (value or [])]


def add_recent_file(path: str) -> list[str]:
    files = [path, *[f for f in recent_files() if f != path]][:MAX_RECENT]
    settings().setValue("recent_files", files)
    return files


def start_dir() -> str:
    """Where file dialogs open: the folder used last, else the documents folder (never the working directory)."""
    last = settings().value("files/last_dir")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def in_start_dir(name: str) -> str:
    """A suggested file name in the folder file dialogs open in."""
    return str(Path(start_dir()) / name)


def remember_dir(path: str | Path) -> None:
    """The folder of a file chosen in a dialog: the next dialog opens there."""
    folder = Path(path).parent if Path(path).suffix else Path(path)
    settings().setValue("files/last_dir", str(folder))


def saved_lang() -> str | None:
    value = settings().value("lang")
    return str(value) if value in ("zh", "en") else None


def save_lang(value: str) -> None:
    settings().setValue("lang", value)
