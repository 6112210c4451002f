"""Rule packs a user adds: pack files (one file: pack, cases, source documents), their check, install,
removal and export, and the registry of every edition, bundled and added (see docs/authoring.md).

The names below are imported on first use: a data folder without added packs gives the bundled packs without
loading any of this (``load_programmes``), which keeps the app's start as it was.
"""

from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engine.packs.errors import PackFileError, PackRefused, Problem
    from engine.packs.registry import Edition, PackRegistry
    from engine.rules.pack import Pack

PACKS_FOLDER = "packs"
_LAZY = {"PackFileError": "engine.packs.errors", "PackRefused": "engine.packs.errors", "Problem": "engine.packs.errors",
         "Edition": "engine.packs.registry", "PackRegistry": "engine.packs.registry"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_registry(data_dir: Path | None) -> PackRegistry:
    """The registry of ``data_dir`` (the default data folder when ``None``), activated: the engine then uses
    its editions (by date), its documents and its origins. Never creates the folder."""
    from engine.packs.registry import PackRegistry

    registry = PackRegistry(data_dir)
    registry.activate()
    return registry


def load_programmes(data_dir: Path | None) -> list[Pack]:
    """Every programme, bundled and added, in the edition in force now (see ``load_registry``)."""
    if data_dir is not None and not (Path(data_dir) / PACKS_FOLDER).is_dir():
        from engine import rules

        deactivate()
        return list(rules.load_packs())  # nothing added here: the bundled packs, as they are
    return load_registry(data_dir).programmes()


def deactivate() -> None:
    """Back to the bundled packs alone (no added editions, documents or origins)."""
    editions, sources, origin = (sys.modules.get(f"engine.{m}") for m in ("rules.editions", "sources", "packs.origin"))
    if editions is not None:
        editions.register_editions(())
    if sources is not None:
        sources.register_sources({})
    if origin is not None:
        origin.register_origins({})


__all__ = ["Edition", "PackFileError", "PackRefused", "PackRegistry", "Problem", "deactivate", "load_programmes",
           "load_registry"]
