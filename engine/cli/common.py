"""Shared CLI plumbing: clear one-line errors, dates, profile files, output."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from engine.facts import MerchantProfile, ProfileInvalid, parse_profile
from engine.i18n import Lang

DEFAULT_ZONE = "Asia/Shanghai"


class CliError(Exception):
    """A user error: printed as one line on stderr, exit code 2 unless stated."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def parse_as_of(text: str | None) -> datetime:
    """ISO 8601 date or date-time. Without an offset it is Beijing time; a bare date means its start."""
    if text is None:
        return datetime.now(UTC)
    try:
        if "T" in text or " " in text.strip():
            moment = datetime.fromisoformat(text.strip())
        else:
            day = date.fromisoformat(text.strip())
            moment = datetime(day.year, day.month, day.day)
    except ValueError:
        raise CliError(f"--as-of: {text!r} is not an ISO 8601 date or date-time (e.g. 2020-05-20 or "
                       "2020-05-20T15:00:00+08:00)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(DEFAULT_ZONE))
    return moment


def read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CliError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


def unwrap_profile(data: Any) -> Any:
    """Accept a bare profile or an export document {"format_version": 1, "profile": {...}}."""
    if isinstance(data, dict) and "format_version" in data and "profile" in data:
        return data["profile"]
    return data


def load_profile_file(path: Path, lang: Lang) -> MerchantProfile:
    data = unwrap_profile(read_json(path))
    if not isinstance(data, dict):
        raise CliError(f"{path}: a profile must be a JSON object")
    try:
        return parse_profile(data)
    except ProfileInvalid as exc:
        raise CliError(f"{path}: {exc.message(lang)}") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
