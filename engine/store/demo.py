"""Demo merchants (resources/demo/*.json) seeded into a new data folder, marked ``is_demo`` and removable."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from engine.resources import resource_path
from engine.store import profiles as profiles_sql
from engine.store.models import now_utc

if TYPE_CHECKING:
    from engine.facts import MerchantProfile


def demo_profiles() -> list[MerchantProfile]:
    from engine.facts import parse_profile

    out = []
    for path in sorted(resource_path("demo").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(parse_profile(data["profile"] if "format_version" in data else data))
    return out


def seed(conn: sqlite3.Connection) -> int:
    """Insert the demo merchants (caller owns the transaction). Returns how many."""
    import uuid

    profiles = demo_profiles()
    now = now_utc()
    for profile in profiles:
        profiles_sql.insert(conn, uuid.uuid4().hex, profile, True, now)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo_seeded', ?)", (str(len(profiles)),))
    return len(profiles)
