"""Install, export and check pack files.

Installing reads the pack file, checks everything in it and runs its cases (``engine.packs.validate``), then
checks it against what is installed: a bundled programme is replaced only by a higher version, an edition is
installed once, a later edition never starts before an earlier one, and a document name means one text. Only
then are the files written, under a hidden folder renamed into place: nothing half-installed stays behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

import engine
from engine.cases import cases_dir
from engine.i18n import Text
from engine.packs.bundle import CASES, INDEX, MANIFEST, PACK, Bundle, bundle_bytes, read_bundle
from engine.packs.citations import citations
from engine.packs.errors import PackFileError, PackRefused, Problem
from engine.packs.installed import clean_stale, install_folder, remove_folder
from engine.packs.origin import ORIGIN_FILE, Origin, now
from engine.packs.registry import Edition, PackRegistry
from engine.packs.validate import Checked, Doc, check_bundle
from engine.rules.editions import in_force_from, version_key
from engine.rules.loader import packs_dir
from engine.rules.pack import Pack
from engine.sources import bundled_documents, source_document, sources_dir


@dataclass(frozen=True)
class Installation:
    edition: Edition
    cases: int  # cases run and passed
    replaced: Edition | None  # the edition in force before, at the new one's start (None: a new programme)


def manifest_bytes(pack: Pack) -> bytes:
    return (f"# Merchant Eligibility Checker pack file\nformat: 1\nid: {pack.id}\nversion: \"{pack.version}\"\n"
            ).encode()


def check_path(path: Path, *, run_cases: bool) -> Checked:
    """Check a pack file or a pack folder being written (``PackFileError`` when it is not a pack at all)."""
    return check_bundle(read_bundle(path), run_cases=run_cases)


def _conflicts(registry: PackRegistry, checked: Checked) -> list[Problem]:
    pack = checked.pack
    assert pack is not None
    doc = Doc(PACK, checked.bundle.files[PACK].decode("utf-8-sig"))
    problems: list[Problem] = []
    bundled = [e for e in registry.editions_of(pack.id) if not e.added]
    key = version_key(pack.version)
    if bundled and key <= version_key(bundled[-1].pack.version):
        problems.append(doc.at(("version",), f"{pack.id} is bundled with the app (edition {bundled[-1].pack.version});"
                                             " only a higher version can be added"))
    start = in_force_from(pack)
    for other in registry.editions_of(pack.id):
        theirs = in_force_from(other.pack)
        if other.pack.version == pack.version and other.added:
            problems.append(doc.at(("version",), f"edition {pack.version} of {pack.id} is already installed; "
                                                 "give a changed pack a higher version"))
        elif other.pack.version != pack.version and theirs != start and \
                (version_key(other.pack.version) < key) != _before(theirs, start):
            problems.append(doc.at(("source",), f"edition {pack.version} would start {_day(start)}, edition "
                                                f"{other.pack.version} starts {_day(theirs)}: a higher version "
                                                "cannot start before a lower one (check source.effective / "
                                                "source.published)"))
    index = Doc(INDEX, checked.bundle.files[INDEX].decode("utf-8-sig"))
    added = {name: path for e in registry.editions for name, _, path in e.documents}
    for position, name in enumerate(checked.documents):
        if name in added and added[name].read_bytes() != checked.bundle.files[f"sources/{name}"]:
            problems.append(index.at(("documents", position, "file"), f"{name} is already the name of another "
                                                                     "added pack's document, with another text"))
    return problems


def _before(a: datetime | None, b: datetime | None) -> bool:
    """``a`` is earlier than ``b`` (``None`` is the beginning)."""
    if a is None or b is None:
        return a is None and b is not None
    return a < b


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else "from the beginning"


def install_pack(registry: PackRegistry, path: Path, *, at: datetime | None = None) -> Installation:
    """Check and install the pack file (or folder) at ``path``; ``PackRefused`` lists every problem."""
    bundle = read_bundle(path)
    checked = check_bundle(bundle, run_cases=True)
    if not checked.ok:
        raise PackRefused(bundle.name, checked.problems)
    pack = checked.pack
    assert pack is not None
    conflicts = _conflicts(registry, checked)
    if conflicts:
        raise PackRefused(bundle.name, conflicts)
    files = dict(bundle.files)
    files.setdefault(MANIFEST, manifest_bytes(pack))
    digest = bundle.sha256 or hashlib.sha256(bundle_bytes(files)).hexdigest()
    origin = Origin(kind="added", sha256=digest, file=bundle.name, installed_at=at or now(),
                    app_version=engine.__version__)
    before = registry.edition(pack.id, as_of=in_force_from(pack) or at or now()) \
        if registry.editions_of(pack.id) else None
    clean_stale(registry.folder)
    try:
        folder = install_folder(registry.folder, files, origin, pack.id, pack.version)
    except FileExistsError:
        raise PackFileError(Text(zh=f"{bundle.name} 未安装：{pack.id} {pack.version} 已经安装",
                                 en=f"{bundle.name} was not installed: {pack.id} {pack.version} is already "
                                    "installed")) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PackFileError(Text(zh=f"{bundle.name} 未安装：无法写入 {registry.folder}：{reason}",
                                 en=f"{bundle.name} was not installed: cannot write {registry.folder}: "
                                    f"{reason}")) from None
    registry.reload()
    edition = next((e for e in registry.editions if e.folder == folder), None)
    if edition is None:  # written but not loadable: take it away again
        remove_folder(folder)
        registry.reload()
        raise PackRefused(bundle.name, [Problem(PACK, "the installed copy could not be loaded; nothing was kept")])
    return Installation(edition, len(checked.case_results), before)


def _bundled_files(pack: Pack) -> dict[str, bytes]:
    files = {PACK: (packs_dir() / f"{pack.id}.yaml").read_bytes()}
    cases = cases_dir() / f"{pack.id}.yaml"
    if cases.is_file():
        files[CASES] = cases.read_bytes()
    names = dict.fromkeys([pack.source.file, *(pack.citation_file(c) for _, c in citations(pack))])
    documents = [d for d in (source_document(n) for n in names) if d is not None and d.file in bundled_documents()]
    for doc in documents:
        files[f"sources/{doc.file}"] = (sources_dir() / doc.file).read_bytes()
    index = {"documents": [d.model_dump(mode="json", exclude_none=True) for d in documents]}
    files[INDEX] = yaml.safe_dump(index, allow_unicode=True, sort_keys=False).encode("utf-8")
    return files


def edition_files(edition: Edition) -> dict[str, bytes]:
    """The files of an edition's pack file: as installed for an added pack, gathered for a bundled one."""
    if edition.folder is None:
        files = _bundled_files(edition.pack)
    else:
        files = {rel: (edition.folder / rel).read_bytes() for rel in edition.origin.files if rel != ORIGIN_FILE}
    files[MANIFEST] = manifest_bytes(edition.pack)
    return files


def export_pack(edition: Edition, out: Path) -> Path:
    """Write the edition as a pack file at ``out``, atomically (a temporary file renamed into place)."""
    out = Path(out)
    try:
        data = bundle_bytes(edition_files(edition))
        fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".tmp", dir=out.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            Path(tmp).replace(out)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PackFileError(Text(zh=f"无法写入 {out}：{reason}", en=f"cannot write {out}: {reason}")) from None
    return out


def edition_bundle(edition: Edition) -> Bundle:
    """An installed or bundled edition as a pack in memory (to run its cases again, say)."""
    return Bundle(name=f"{edition.pack.id} {edition.pack.version}", files=edition_files(edition))
