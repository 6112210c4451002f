"""Load and validate rule packs. A broken pack fails with the file and criterion named."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import ValidationError

from engine.resources import resource_path
from engine.rules.calc_check import check_calc_refs, check_calculators
from engine.rules.pack import Pack
from engine.rules.typecheck import check_predicate

# libyaml's safe loader when PyYAML was built with it (parses the packs ~8x faster at start-up);
# the pure-Python safe loader otherwise. Both construct plain data only.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PackError(ValueError):
    """A rule pack could not be loaded; the message names the file and, where known, the criterion."""


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """Name the criterion / window / item a pydantic error location points into."""
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(data, dict):
        items = data.get(str(loc[0]))
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            ident = items[loc[1]].get("id", f"#{loc[1] + 1}")
            rest = ".".join(str(p) for p in loc[2:])
            return f"{loc[0]} {ident!s}" + (f" ({rest})" if rest else "")
    return ".".join(str(p) for p in loc) or "pack"


def parse_pack(data: Any, origin: str) -> Pack:
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)
        lines = [f"{_where(data, tuple(e['loc']))}: {e['msg']}" for e in first[:5]]
        raise PackError(f"{origin}: " + "; ".join(lines)) from None
    _check_semantics(pack, origin)
    return pack


def _unique(ids: list[str], what: str, origin: str) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise PackError(f"{origin}: duplicate {what} id {ident!r}")
        seen.add(ident)


def _check_semantics(pack: Pack, origin: str) -> None:
    for zone in [pack.timezone, *pack.display_zones, *(w.zone for w in pack.windows)]:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise PackError(f"{origin}: unknown time zone {zone!r}") from None
    _unique([c.id for c in pack.criteria], "criterion", origin)
    _unique([w.id for w in pack.windows], "window", origin)
    _unique([i.id for i in pack.checklist], "checklist item", origin)
    _unique([c.id for c in pack.calculators], "calculator", origin)
    try:
        check_calculators(list(pack.calculators))
    except ValueError as exc:
        raise PackError(f"{origin}: {exc}") from None
    calc_ids = {c.id for c in pack.calculators}
    for crit in pack.criteria:
        try:
            check_predicate(crit.test)
            check_calc_refs(crit.test, calc_ids)
        except ValueError as exc:
            raise PackError(f"{origin}: criterion {crit.id}: {exc}") from None
    window_ids = {w.id for w in pack.windows}
    for item in pack.checklist:
        try:
            if item.when is not None:
                check_predicate(item.when)
                check_calc_refs(item.when, calc_ids)
        except ValueError as exc:
            raise PackError(f"{origin}: checklist item {item.id}: {exc}") from None
        if item.deadline and item.deadline.window and item.deadline.window not in window_ids:
            raise PackError(f"{origin}: checklist item {item.id}: unknown window {item.deadline.window!r}")


def load_pack_file(path: Path) -> Pack:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        raise PackError(f"{path.name}: not valid YAML: {exc}") from None
    pack = parse_pack(data, path.name)
    if pack.id != path.stem:
        raise PackError(f"{path.name}: pack id {pack.id!r} does not match the file name")
    return pack


def packs_dir() -> Path:
    return resource_path("packs")


@cache
def load_packs() -> tuple[Pack, ...]:
    """All shipped packs, sorted by id. Cached: packs are immutable."""
    files = sorted(packs_dir().glob("*.yaml"))
    return tuple(load_pack_file(f) for f in files)


def get_pack(program_id: str) -> Pack:
    for pack in load_packs():
        if pack.id == program_id:
            return pack
    known = ", ".join(p.id for p in load_packs())
    raise KeyError(f"unknown programme {program_id!r} (known: {known})")
