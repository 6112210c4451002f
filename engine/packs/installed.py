"""Added packs in the data folder: ``<data dir>/packs/<id>@<version>/`` holds the pack's files as they came
in the pack file, plus ``origin.json``. A folder is written under a hidden name first and renamed into place
when complete, so a pack is either wholly there or not at all; hidden folders are never loaded."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from engine.packs.bundle import INDEX, PACK
from engine.packs.origin import ORIGIN_FILE, Origin
from engine.rules.loader import PackError, load_pack_text, read_yaml
from engine.rules.pack import Pack
from engine.sources import SourceDocument, parse_index

STALE_SECONDS = 3600  # a hidden staging folder older than this was left by a process that died


@dataclass(frozen=True)
class Installed:
    """An added pack as loaded from its folder."""

    pack: Pack
    origin: Origin
    folder: Path
    documents: dict[str, tuple[SourceDocument, Path]]


def folder_name(program: str, version: str) -> str:
    return f"{program}@{version}"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_installed(folder: Path) -> Installed:
    """Load an added pack's folder; ``PackError`` (naming the folder) when it is incomplete or was changed."""
    name = folder.name
    try:
        origin = Origin.model_validate(json.loads((folder / ORIGIN_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        raise PackError(f"{name}: not a pack added by this app (its {ORIGIN_FILE} is missing or damaged)") from None
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {ORIGIN_FILE}
    if present != set(origin.files):
        raise PackError(f"{name}: files were added or removed since the pack was installed")
    for rel, digest in origin.files.items():
        if _sha((folder / rel).read_bytes()) != digest:
            raise PackError(f"{name}: {rel} was changed since the pack was installed")
    pack = load_pack_text((folder / PACK).read_text(encoding="utf-8-sig"), f"{name}/{PACK}")
    try:
        listed = parse_index(read_yaml((folder / INDEX).read_text(encoding="utf-8-sig"), f"{name}/{INDEX}"))
    except ValidationError:
        raise PackError(f"{name}: {INDEX} is damaged") from None
    documents = {doc.file: (doc, folder / "sources" / doc.file) for doc in listed}
    return Installed(pack, origin, folder, documents)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def clean_stale(root: Path) -> None:
    """Remove staging and removal folders a process left behind when it died."""
    if not root.is_dir():
        return
    for item in root.iterdir():
        if item.name.startswith((".staging-", ".removing-")) and item.is_dir():
            with contextlib.suppress(OSError):
                if time.time() - item.stat().st_mtime > STALE_SECONDS or item.name.startswith(".removing-"):
                    shutil.rmtree(item, ignore_errors=True)


def install_folder(root: Path, files: dict[str, bytes], origin: Origin, program: str, version: str) -> Path:
    """Write the files and ``origin.json`` into a staging folder, then rename it into place (atomic).

    ``FileExistsError`` when the edition is there already (e.g. installed by another window meanwhile)."""
    root.mkdir(parents=True, exist_ok=True)
    target = root / folder_name(program, version)
    if target.exists():
        raise FileExistsError(target)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
    try:
        for rel, data in files.items():
            _write(staging / rel, data)
        recorded = origin.model_copy(update={"files": {rel: _sha(data) for rel, data in files.items()}})
        _write(staging / ORIGIN_FILE, recorded.model_dump_json(indent=2).encode("utf-8"))
        try:
            staging.rename(target)  # fails when the target exists: never merges into another edition
        except OSError:
            if target.exists():
                raise FileExistsError(target) from None
            raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def remove_folder(folder: Path) -> None:
    """Rename the folder out of the way (atomic: it stops being loaded at once), then delete it."""
    hidden = folder.with_name(f".removing-{folder.name}-{os.getpid()}-{time.monotonic_ns()}")
    folder.rename(hidden)
    shutil.rmtree(hidden, ignore_errors=True)
