"""Where each edition of a programme came from: bundled with the app, or added from a pack file (which file,
its SHA-256, when). Recorded at install in ``origin.json`` beside the pack; shown in the reports that used it."""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

import engine
from engine.i18n import Text
from engine.rules.loader import load_packs, packs_dir
from engine.when import moment_text

ORIGIN_FILE = "origin.json"
_BEIJING = ZoneInfo("Asia/Shanghai")


class Origin(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["bundled", "added"]
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")  # of the pack file added, or of the bundled pack's YAML
    file: str | None = None  # the pack file's name when it was added
    installed_at: AwareDatetime | None = None
    app_version: str  # the app that installed it (or carries it)
    files: dict[str, str] = Field(default_factory=dict)  # every file of the installed pack -> its SHA-256

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    def describe(self) -> Text:
        """"bundled with the app" / "added on 1 Mar 2025, 10:00 Beijing time", with the checksum."""
        if self.kind == "bundled" or self.installed_at is None:
            return Text(zh=f"随软件提供（校验码 {self.short_hash}）",
                        en=f"bundled with the app (checksum {self.short_hash})")
        when = moment_text(self.installed_at)
        return Text(zh=f"{when.zh}添加（校验码 {self.short_hash}）",
                    en=f"added on {when.en} (checksum {self.short_hash})")


@cache
def bundled_origin(program: str) -> Origin:
    data = (packs_dir() / f"{program}.yaml").read_bytes()
    return Origin(kind="bundled", sha256=hashlib.sha256(data).hexdigest(), app_version=engine.__version__)


#: Origins of the added editions the app has loaded: (programme id, version) -> origin.
_added: dict[tuple[str, str], Origin] = {}


def register_origins(origins: dict[tuple[str, str], Origin]) -> None:
    """Make these the added editions' origins (replacing any registered before)."""
    _added.clear()
    _added.update(origins)


def origin_of(program: str, version: str) -> Origin | None:
    """The origin of an edition the app knows (bundled, or added and loaded); ``None`` for any other."""
    found = _added.get((program, version))
    if found is not None:
        return found
    if any(p.id == program and p.version == version for p in load_packs()):
        return bundled_origin(program)
    return None


def now() -> datetime:
    return datetime.now(_BEIJING)


def origin_text(program: str, version: str) -> Text:
    """The line a report prints for the edition it used: "edition 2031.01.1, added on ... (checksum ...)"."""
    origin = origin_of(program, version)
    what = origin.describe() if origin is not None else Text(
        zh="来源未知（本机没有这个版本的规则包）", en="origin unknown (this edition is not installed here)")
    return Text(zh=f"{version} 版，{what.zh}", en=f"edition {version}, {what.en}")
