"""Shared helpers for the storage tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from engine.facts import MerchantProfile, parse_profile
from engine.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = "icbu-2020-06-online-fair-live"


def example() -> MerchantProfile:
    return parse_profile(json.loads(resource_path("examples", "ningbo-machinery.json").read_text(encoding="utf-8")))


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
