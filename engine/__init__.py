"""Merchant eligibility engine: profile facts, rule packs, evaluation. Pure Python, no Qt."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata costs ~20-30 ms to import and search; the version is read when first asked for
    # (reports, ``--version``), not by every start of the app.
    from importlib import metadata

    try:
        return metadata.version("merchant-eligibility-checker")
    except metadata.PackageNotFoundError:  # running from a source tree without install
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
