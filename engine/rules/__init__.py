"""Rule packs: the vocabulary, the pack model, and the loader."""

from __future__ import annotations

from engine.rules.loader import PackError, get_pack, load_pack_file, load_packs, parse_pack
from engine.rules.pack import ChecklistItem, Criterion, Pack, Window

__all__ = [
    "ChecklistItem",
    "Criterion",
    "Pack",
    "PackError",
    "Window",
    "get_pack",
    "load_pack_file",
    "load_packs",
    "parse_pack",
]
