"""Autosave of the open editor: a draft file per merchant with unsaved changes, never a revision.

The draft is written a moment after each change and removed when the changes are saved or discarded, so a
draft found at start means the app ended without either (a crash, a power cut): the window offers it back.
Drafts live in the data folder (``drafts/<merchant id>.json``), next to the data they belong to.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

FORMAT = 1


@dataclass(frozen=True)
class Draft:
    profile_id: str
    revision: int
    saved_at: datetime
    values: dict[str, Any]
    path: Path


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class Drafts:
    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "drafts"

    def _file(self, profile_id: str) -> Path:
        return self.folder / f"{profile_id}.json"

    def write(self, profile_id: str, revision: int, values: dict[str, Any]) -> Path:
        """Atomically: a half-written draft never replaces a whole one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(profile_id)
        data = {"format": FORMAT, "profile_id": profile_id, "revision": revision,
                "saved_at": datetime.now(UTC).isoformat(), "values": {k: _plain(v) for k, v in values.items()}}
        partial = target.with_name(target.name + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
        return target

    def remove(self, profile_id: str | None) -> None:
        if profile_id is not None:
            self._file(profile_id).unlink(missing_ok=True)

    def found(self) -> list[Draft]:
        """Every readable draft, newest first (an unreadable one is left where it is)."""
        out = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append(Draft(str(data["profile_id"]), int(data["revision"]),
                                 datetime.fromisoformat(data["saved_at"]), dict(data["values"]), path))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(out, key=lambda d: d.saved_at, reverse=True)
