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


#: Limits of the JSON reader. A real export of 10,000 merchants is about 30 MB, nested 6 levels deep, and
#: no fact's number is longer than 20 characters.
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_JSON_DEPTH = 32
MAX_NUMBER_CHARS = 40


class _Refused(ValueError):
    """A JSON document outside the reader's limits."""


def _number(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"a number of {len(text):,} characters (at most {MAX_NUMBER_CHARS})")
    return int(text) if text.lstrip("-").isdigit() else float(text)


def _constant(text: str) -> Any:
    raise _Refused(f"{text} is not a number JSON allows")


def _depth(data: Any) -> int:
    """How deeply arrays and objects nest (walked without recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level > MAX_JSON_DEPTH:
                break
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _sniff(path: Path, raw: bytes) -> str | None:
    """What a file that is not JSON text is, and what to do, when its first bytes say so."""
    if raw.startswith(b"PK\x03\x04"):
        return (f"this is an Excel workbook (or another zip file), not a JSON profile or export. To check the "
                f"merchants of a filled intake template run `eligibility-cli batch {path} --out matrix.xlsx`; to "
                "store them, use File ▸ Import… in the desktop app")
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ("this is a password-protected workbook or an old Excel 97-2003 file, not a JSON profile or export. "
                "Remove the password (or save it as .xlsx) in Excel or WPS, then use it as an intake template")
    return None


def read_json(path: Path) -> Any:
    """A JSON document from a file, within the limits above; anything else is a one-line CliError (exit 2)."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_JSON_BYTES + 1)
    except FileNotFoundError:
        raise CliError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CliError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_JSON_BYTES:
        raise CliError(f"{path}: larger than {MAX_JSON_BYTES // 2**20} MB; split it into smaller files")
    kind = _sniff(path, raw)
    if kind is not None:
        raise CliError(f"{path}: {kind}")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_int=_number, parse_float=_number, parse_constant=_constant)
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except _Refused as exc:
        raise CliError(f"{path}: refused: {exc}") from None
    except RecursionError:
        raise CliError(f"{path}: refused: nested more than {MAX_JSON_DEPTH} levels deep") from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise CliError(f"{path}: refused: nested more than {MAX_JSON_DEPTH} levels deep")
    return data


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
