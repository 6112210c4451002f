"""Merchant eligibility engine: profile facts, rule packs, evaluation. Pure Python, no Qt."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("merchant-eligibility-checker")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"
