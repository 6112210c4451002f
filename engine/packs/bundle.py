"""The pack file: one programme's pack, its test cases and its source documents, travelling as one file.

A pack file is a zip archive (``.mecpack``; ``.zip`` is read too) with this layout, which is also the layout of
a pack folder an author is writing::

    manifest.yaml        format: 1, id and version (written by export; optional in a folder)
    pack.yaml            the rule pack (the format of resources/packs)
    cases.yaml           its test cases (the format of resources/cases)
    sources/index.yaml   the source documents' metadata (the format of resources/sources/index.yaml)
    sources/<name>.txt   the source documents, UTF-8 text

Nothing else may be in it (files whose name starts with a dot are passed over in a folder). Packs are data:
the YAML is read with the safe loader and nothing in a pack is ever run.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from engine.i18n import Text
from engine.packs.errors import PackFileError, Problem

FORMAT = 1
SUFFIX = ".mecpack"
MANIFEST, PACK, CASES, INDEX = "manifest.yaml", "pack.yaml", "cases.yaml", "sources/index.yaml"
REQUIRED = (PACK, CASES, INDEX)
SOURCE_NAME = re.compile(r"^sources/([A-Za-z0-9][A-Za-z0-9._-]{0,99}\.txt)$")

MAX_FILES = 64
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Bundle:
    """A pack file's (or folder's) content, read whole into memory and checked for its layout."""

    name: str  # the file or folder name as given
    files: dict[str, bytes]
    sha256: str | None = None  # of the pack file; None for a folder
    problems: list[Problem] = field(default_factory=list)  # layout problems (unexpected or missing files)

    def sources(self) -> dict[str, bytes]:
        """Source documents by their name (``sources/x.txt`` -> ``x.txt``)."""
        out: dict[str, bytes] = {}
        for name, data in self.files.items():
            match = SOURCE_NAME.match(name)
            if match:
                out[match.group(1)] = data
        return out


def _refuse(name: str, zh: str, en: str) -> PackFileError:
    return PackFileError(Text(zh=f"{name}：{zh}", en=f"{name}: {en}"))


def _too_big(name: str) -> PackFileError:
    return _refuse(name, f"太大（单个文件不超过 {MAX_FILE_BYTES // 2**20} MB，合计不超过 "
                         f"{MAX_TOTAL_BYTES // 2**20} MB，最多 {MAX_FILES} 个文件）",
                   f"too large (at most {MAX_FILE_BYTES // 2**20} MB a file, {MAX_TOTAL_BYTES // 2**20} MB in "
                   f"all, {MAX_FILES} files)")


def _layout(name: str, files: dict[str, bytes]) -> list[Problem]:
    problems = [Problem(f, "missing: a pack needs pack.yaml, cases.yaml and sources/index.yaml")
                for f in REQUIRED if f not in files]
    allowed = {MANIFEST, *REQUIRED}
    for member in sorted(files):
        if member not in allowed and not SOURCE_NAME.match(member):
            problems.append(Problem(member, "not part of a pack (allowed: manifest.yaml, pack.yaml, cases.yaml, "
                                            "sources/index.yaml and sources/<name>.txt)"))
    return problems


def _read_zip(path: Path) -> dict[str, bytes]:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            infos = [i for i in infos if not i.filename.startswith("__MACOSX/")
                     and not i.filename.rsplit("/", 1)[-1].startswith(".")]
            if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise _too_big(name)
            files: dict[str, bytes] = {}
            for info in infos:
                member = info.filename
                if member.startswith(("/", "\\")) or ".." in member.split("/") or "\\" in member or ":" in member:
                    raise _refuse(name, f"含有不安全的路径“{member}”", f"holds an unsafe path {member!r}")
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise _refuse(name, f"含有链接“{member}”", f"holds a link {member!r}")
                if info.file_size > MAX_FILE_BYTES:
                    raise _too_big(name)
                with archive.open(info) as stream:
                    data = stream.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    raise _too_big(name)
                files[member] = data
            return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        raise _refuse(name, "文件已损坏，无法读取", "the file is damaged and cannot be read") from None


def _read_folder(path: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = 0
    for item in sorted(path.rglob("*")):
        rel = item.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if item.is_symlink():
            raise _refuse(path.name, f"含有链接“{rel.as_posix()}”", f"holds a link {rel.as_posix()!r}")
        if item.is_dir():
            continue
        size = item.stat().st_size
        total += size
        if size > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES or len(files) >= MAX_FILES:
            raise _too_big(path.name)
        files[rel.as_posix()] = item.read_bytes()
    return files


def read_bundle(path: Path) -> Bundle:
    """Read a pack file or a pack folder; ``PackFileError`` when it is not one at all."""
    path = Path(path)
    try:
        if path.is_dir():
            files, digest = _read_folder(path), None
        elif not path.exists():
            raise _refuse(path.name or str(path), "文件不存在", "no such file or folder")
        elif not zipfile.is_zipfile(path):
            raise _refuse(path.name, "不是规则包文件（应为 .mecpack 压缩包或规则包文件夹）",
                          "not a pack file (a .mecpack archive or a pack folder)")
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            files = _read_zip(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise _refuse(path.name, f"无法读取：{reason}", f"cannot read: {reason}") from None
    return Bundle(name=path.name, files=files, sha256=digest, problems=_layout(path.name, files))


def bundle_bytes(files: dict[str, bytes]) -> bytes:
    """The pack file for ``files`` (deterministic: fixed order and times, so equal content gives equal bytes)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files, key=lambda n: (n != MANIFEST, n)):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return buffer.getvalue()
