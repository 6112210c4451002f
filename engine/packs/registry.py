"""Every edition of every programme: the bundled packs and the packs added to the data folder.

``PackRegistry(data_dir)`` loads them (an added pack that fails to load is left out and named in
``problems``; it never stops the bundled ones), says which edition is in force when
(``engine.rules.editions``), installs, removes and exports pack files. ``activate()`` makes this registry's
editions, source documents and origins the ones the engine uses (``evaluate_all``, citations, reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from engine import rules
from engine.i18n import Text
from engine.packs import PACKS_FOLDER
from engine.packs.bundle import Bundle, read_bundle
from engine.packs.errors import PackFileError
from engine.packs.installed import Installed, clean_stale, folder_name, load_installed, remove_folder
from engine.packs.origin import Origin, bundled_origin, register_origins
from engine.rules.editions import Period, edition_at, periods, register_editions, version_key
from engine.rules.loader import PackError
from engine.rules.pack import Pack
from engine.sources import SourceDocument, register_sources


@dataclass(frozen=True)
class Edition:
    """One edition of a programme, where it came from, and when it is in force."""

    pack: Pack
    origin: Origin
    period: Period
    folder: Path | None = None  # an added pack's folder
    documents: tuple[tuple[str, SourceDocument, Path], ...] = ()  # an added pack's own source documents

    @property
    def added(self) -> bool:
        return self.origin.kind == "added"


def _default_dir() -> Path:
    from engine.store import default_data_dir

    return default_data_dir()


class PackRegistry:
    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else _default_dir()
        self.folder = self.data_dir / PACKS_FOLDER
        self.problems: list[str] = []
        self.editions: list[Edition] = []
        self.active = False
        self.reload()

    # -- loading -------------------------------------------------------------------------------------------
    def _added(self) -> list[Installed]:
        found: list[Installed] = []
        self.problems = []
        if not self.folder.is_dir():
            return found
        bundled = {p.id: p.version for p in rules.load_packs()}
        for item in sorted(self.folder.iterdir()):
            if item.name.startswith(".") or not item.is_dir():
                continue
            try:
                loaded = load_installed(item)
            except (PackError, OSError, UnicodeDecodeError) as exc:
                self.problems.append(" ".join(str(exc).split()))
                continue
            pack = loaded.pack
            if item.name != folder_name(pack.id, pack.version):
                self.problems.append(f"{item.name}: holds {pack.id} {pack.version}; the folder was renamed")
            elif pack.id in bundled and version_key(pack.version) <= version_key(bundled[pack.id]):
                self.problems.append(f"{item.name}: not newer than the edition bundled with the app")
            else:
                found.append(loaded)
        return found

    def reload(self) -> None:
        added = self._added()
        bundled = rules.load_packs()  # looked up on use: the bundled packs as the engine gives them
        packs: list[tuple[Pack, Origin, Installed | None]] = [(p, bundled_origin(p.id), None) for p in bundled]
        packs += [(i.pack, i.origin, i) for i in added]
        by_id: dict[str, list[Pack]] = {}
        for pack, _, _ in packs:
            by_id.setdefault(pack.id, []).append(pack)
        period_of = {(p.pack.id, p.pack.version): p for group in by_id.values() for p in periods(group)}
        self.editions = sorted(
            (Edition(pack, origin, period_of[(pack.id, pack.version)],
                     inst.folder if inst else None,
                     tuple((name, doc, path) for name, (doc, path) in inst.documents.items()) if inst else ())
             for pack, origin, inst in packs),
            key=lambda e: (e.pack.id, version_key(e.pack.version)))
        if self.active:
            self.activate()

    def activate(self) -> None:
        """Make these editions, their documents and origins the ones the engine uses."""
        self.active = True
        register_editions(e.pack for e in self.editions)
        register_sources({name: (doc, path) for e in self.editions for name, doc, path in e.documents})
        register_origins({(e.pack.id, e.pack.version): e.origin for e in self.editions if e.added})

    # -- reading -------------------------------------------------------------------------------------------
    def editions_of(self, program: str) -> list[Edition]:
        return [e for e in self.editions if e.pack.id == program]

    def programme_ids(self) -> list[str]:
        return list(dict.fromkeys(e.pack.id for e in self.editions))

    def programmes(self, as_of: datetime | None = None) -> list[Pack]:
        """One pack per programme: the edition in force at ``as_of`` (now by default), sorted by id."""
        moment = as_of or datetime.now(UTC)
        return [edition_at([e.pack for e in self.editions_of(ident)], moment) for ident in self.programme_ids()]

    def edition(self, program: str, version: str | None = None, as_of: datetime | None = None) -> Edition:
        """One edition: the given version, else the one in force at ``as_of`` (now). ``KeyError`` if none."""
        editions = self.editions_of(program)
        if not editions:
            known = ", ".join(self.programme_ids())
            raise KeyError(f"unknown programme {program!r} (known: {known})")
        if version is None:
            pack = edition_at([e.pack for e in editions], as_of or datetime.now(UTC))
            return next(e for e in editions if e.pack is pack)
        for e in editions:
            if e.pack.version == version:
                return e
        have = ", ".join(e.pack.version for e in editions)
        raise KeyError(f"{program} has no edition {version!r} (editions: {have})")

    def read(self, path: Path) -> Bundle:
        return read_bundle(path)

    # -- changing ------------------------------------------------------------------------------------------
    def remove(self, program: str, version: str | None = None) -> Edition:
        """Remove an added edition; the editions left (bundled or added) apply again as before it came."""
        editions = self.editions_of(program)
        added = [e for e in editions if e.added]
        if editions and not added:
            raise PackFileError(_text("bundled", program))
        if version is None and len(added) > 1:
            raise PackFileError(_text("which", program, [e.pack.version for e in added]))
        try:
            edition = self.edition(program, version) if version is not None else added[0]
        except (KeyError, IndexError):
            raise PackFileError(_text("unknown", program, version or "")) from None
        if not edition.added or edition.folder is None:
            raise PackFileError(_text("bundled", program))
        clean_stale(self.folder)
        try:
            remove_folder(edition.folder)
        except OSError as exc:
            raise PackFileError(_text("io", program, exc.strerror or str(exc))) from None
        self.reload()
        return edition


def _text(kind: str, program: str, extra: str | list[str] = "") -> Text:
    if isinstance(extra, list):
        zh_list, en_list = "、".join(extra), ", ".join(extra)
    else:
        zh_list = en_list = extra
    texts = {
        "bundled": Text(zh=f"{program} 随软件提供，不能删除（只能删除添加的规则包）",
                        en=f"{program} is bundled with the app and cannot be removed (only added packs can)"),
        "which": Text(zh=f"{program} 有多个添加的版本（{zh_list}），请用 --version 指明删除哪一个",
                      en=f"{program} has several added editions ({en_list}); say which one with --version"),
        "unknown": Text(zh=f"没有添加的规则包 {program} {zh_list}".strip(),
                        en=f"no added pack {program} {en_list}".strip()),
        "io": Text(zh=f"无法删除 {program}：{zh_list}", en=f"cannot remove {program}: {en_list}"),
    }
    return texts[kind]
