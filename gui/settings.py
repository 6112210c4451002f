"""User preferences (window geometry, language, recent files) in QSettings."""

from __future__ import annotations

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


def saved_lang() -> str | None:
    value = settings().value("lang")
    return str(value) if value in ("zh", "en") else None


def save_lang(value: str) -> None:
    settings().setValue("lang", value)
