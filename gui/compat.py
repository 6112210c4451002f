"""A guard against a reference-count bug in PySide6 6.12.0 on CPython 3.11.

There, every call of a Qt method that returns nothing drops one reference to ``None``. After some tens of
thousands of calls (minutes of normal use) the interpreter aborts with "deallocating None". From Python 3.12 on
``None`` is immortal (PEP 683) and the bug is harmless. Where the bug is detected, ``None``'s count is raised
out of reach, which is what 3.12 does for every immortal object. PySide6 6.11 does not have the bug.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

_RESERVE = 1 << 40
_AFFECTED = {"6.12.0"}  # shiboken6 releases known to drop references to None before Python 3.12


def affected() -> bool:
    """Decided from the installed version, without importing Qt (the command line must not load it)."""
    if sys.version_info >= (3, 12):
        return False
    return shiboken_version() in _AFFECTED


def shiboken_version() -> str | None:
    """From shiboken6/_config.py when it is a file (~0.1 ms), else from the package metadata (~40 ms)."""
    spec = importlib.util.find_spec("shiboken6")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        try:
            found = re.search(r'^version = "([^"]+)"', (Path(folder) / "_config.py").read_text("utf-8"), re.M)
        except OSError:
            continue
        if found:
            return found.group(1)
    from importlib import metadata

    try:
        return metadata.version("shiboken6")
    except metadata.PackageNotFoundError:
        return None


def none_refcount_leaks() -> bool:
    """Measured: imports Qt and calls a method that returns nothing."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def protect_none() -> bool:
    """Apply the guard if needed; True if it was applied."""
    if not affected() or sys.getrefcount(None) > _RESERVE // 2:
        return False
    import ctypes  # only where the guard is applied (~2 ms at every start otherwise)

    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
