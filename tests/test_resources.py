"""engine.resources finds resources/ the same way in the source tree and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import engine
from engine.resources import resource_path, resource_root

SOURCE_RESOURCES = Path(engine.__file__).resolve().parent.parent / "resources"


def test_source_tree_root_is_the_repo_resources_folder(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resource_root() == SOURCE_RESOURCES
    assert (resource_root() / "packs").is_dir()
    assert resource_path("examples", "ningbo-machinery.json").is_file()


def test_frozen_root_is_inside_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"
    assert resource_path("packs", "x.yaml") == tmp_path / "resources" / "packs" / "x.yaml"


def test_meipass_without_frozen_flag_is_ignored(monkeypatch, tmp_path):
    # A stray _MEIPASS (e.g. set by a test harness) must not redirect a source-tree run.
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == SOURCE_RESOURCES


def test_frozen_without_meipass_falls_back_to_the_source_layout(monkeypatch):
    # Other freezers (cx_Freeze, py2app) set sys.frozen but not _MEIPASS.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resource_root() == SOURCE_RESOURCES


def test_pack_folder_follows_the_frozen_layout(monkeypatch, tmp_path):
    """The loader reads packs from resources/packs under _MEIPASS when frozen (uncached lookup)."""
    from engine.rules.loader import load_pack_file, packs_dir

    bundle_packs = tmp_path / "resources" / "packs"
    bundle_packs.mkdir(parents=True)
    first = sorted((SOURCE_RESOURCES / "packs").glob("*.yaml"))[0]
    (bundle_packs / first.name).write_bytes(first.read_bytes())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert packs_dir() == bundle_packs
    pack = load_pack_file(packs_dir() / first.name)
    assert pack.id == first.stem
