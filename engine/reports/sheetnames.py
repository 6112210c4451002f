"""Worksheet names Excel accepts: at most 31 characters, none of []:*?/\\ , unique regardless of case."""

from __future__ import annotations

import re

from engine.reports.xmltext import utf16_cut

_BAD = re.compile("[\\[\\]:*?/\\\\\x00-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_LEN = 31


class SheetNamer:
    """Hands out valid, unique sheet names."""

    def __init__(self, reserved: list[str] | None = None) -> None:
        self._used: set[str] = {n.casefold() for n in reserved or []}

    def __call__(self, wanted: str) -> str:
        base = _BAD.sub("_", wanted).strip().strip("'").strip() or "Sheet"
        if base.casefold() == "history":  # reserved by Excel
            base = "History_"
        base = utf16_cut(base, MAX_LEN)
        name = base
        n = 2
        while name.casefold() in self._used:
            suffix = f"~{n}"
            name = utf16_cut(base, MAX_LEN - len(suffix)) + suffix
            n += 1
        self._used.add(name.casefold())
        return name
