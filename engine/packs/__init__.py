"""Rule packs a user adds: pack files (one file: pack, cases, source documents), their check, install,
removal and export, and the registry of every edition, bundled and added (see docs/authoring.md)."""

from __future__ import annotations

from pathlib import Path

from engine.packs.errors import PackFileError, PackRefused, Problem
from engine.packs.registry import Edition, PackRegistry
from engine.rules.pack import Pack


def load_registry(data_dir: Path | None) -> PackRegistry:
    """The registry of ``data_dir`` (the default data folder when ``None``), activated: the engine then uses
    its editions (by date), its documents and its origins. Never creates the folder."""
    registry = PackRegistry(data_dir)
    registry.activate()
    return registry


def load_programmes(data_dir: Path | None) -> list[Pack]:
    """Every programme, bundled and added, in the edition in force now (see ``load_registry``)."""
    return load_registry(data_dir).programmes()


def deactivate() -> None:
    """Back to the bundled packs alone (no added editions, documents or origins)."""
    from engine.packs.origin import register_origins
    from engine.rules.editions import register_editions
    from engine.sources import register_sources

    register_editions(())
    register_sources({})
    register_origins({})


__all__ = ["Edition", "PackFileError", "PackRefused", "PackRegistry", "Problem", "deactivate", "load_programmes",
           "load_registry"]
