"""Shared helpers for the storage tests."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from engine.facts import MerchantProfile, parse_profile
from engine.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = "icbu-2020-06-online-fair-live"
CHILD = Path(__file__).resolve().parent / "store_child.py"


def example() -> MerchantProfile:
    return parse_profile(json.loads(resource_path("examples", "ningbo-machinery.json").read_text(encoding="utf-8")))


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def start_child(folder: Path, tag: str, count: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), str(folder), tag, str(count), *extra], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


def written_lines(proc: subprocess.Popen[str]) -> list[list[str]]:
    out, _ = proc.communicate(timeout=30)
    return [line.split() for line in out.splitlines(keepends=True) if line.endswith("\n") and line.strip()]
