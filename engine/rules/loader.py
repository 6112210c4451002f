"""Load and validate rule packs. A broken pack fails with the file and criterion named.

The bundled packs live in ``resources/packs``; packs a user adds are loaded with the same checks by
``engine.packs`` (from the data folder). Every problem found carries its location in the pack document
(``PackError.issues``), which ``engine.rules.yaml_marks`` turns into a line and column for authors.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from engine.rules.yaml_marks import error_position, error_text

# libyaml's safe loader when PyYAML was built with it (parses the packs ~8x faster at start-up);
# the pure-Python safe loader otherwise. Both construct plain data only.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Loc = tuple[int | str, ...]


@dataclass(frozen=True)
class Issue:
    """One problem in a pack: where it is in the document (``loc``) and what is wrong (naming the criterion)."""

    loc: Loc
    text: str
    line: int | None = None  # set when the problem is a YAML syntax error
    column: int | None = None


class PackError(ValueError):
    """A rule pack could not be loaded; the message names the file and, where known, the criterion."""

    def __init__(self, message: str, issues: tuple[Issue, ...] = ()) -> None:
        super().__init__(message)
        self.issues = issues


def _where(data: Any, loc: Loc) -> str:
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
        issues = tuple(Issue(tuple(e["loc"]), f"{_where(data, tuple(e['loc']))}: {e['msg']}") for e in first[:5])
        raise PackError(f"{origin}: " + "; ".join(i.text for i in issues), issues) from None
    _check_semantics(pack, origin)
    return pack


def _fail(origin: str, text: str, loc: Loc) -> PackError:
    return PackError(f"{origin}: {text}", (Issue(loc, text),))


def _unique(ids: list[str], what: str, key: str, origin: str) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            raise _fail(origin, f"duplicate {what} id {ident!r}", (key, index, "id"))
        seen.add(ident)


def _check_zones(pack: Pack, origin: str) -> None:
    places: list[tuple[str, Loc]] = [(pack.timezone, ("timezone",))]
    places += [(z, ("display_zones", i)) for i, z in enumerate(pack.display_zones)]
    places += [(w.zone, ("windows", i, "zone")) for i, w in enumerate(pack.windows)]
    for zone, loc in places:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise _fail(origin, f"unknown time zone {zone!r}", loc) from None


def _check_semantics(pack: Pack, origin: str) -> None:
    _check_zones(pack, origin)
    _unique([c.id for c in pack.criteria], "criterion", "criteria", origin)
    _unique([w.id for w in pack.windows], "window", "windows", origin)
    _unique([i.id for i in pack.checklist], "checklist item", "checklist", origin)
    _unique([c.id for c in pack.calculators], "calculator", "calculators", origin)
    try:
        check_calculators(list(pack.calculators))
    except ValueError as exc:
        index = next((i for i, c in enumerate(pack.calculators) if str(exc).startswith(f"calculator {c.id}:")), 0)
        raise _fail(origin, str(exc), ("calculators", index)) from None
    calc_ids = {c.id for c in pack.calculators}
    for index, crit in enumerate(pack.criteria):
        try:
            check_predicate(crit.test)
            check_calc_refs(crit.test, calc_ids)
        except ValueError as exc:
            raise _fail(origin, f"criterion {crit.id}: {exc}", ("criteria", index, "test")) from None
    window_ids = {w.id for w in pack.windows}
    for index, item in enumerate(pack.checklist):
        try:
            if item.when is not None:
                check_predicate(item.when)
                check_calc_refs(item.when, calc_ids)
        except ValueError as exc:
            raise _fail(origin, f"checklist item {item.id}: {exc}", ("checklist", index, "when")) from None
        if item.deadline and item.deadline.window and item.deadline.window not in window_ids:
            raise _fail(origin, f"checklist item {item.id}: unknown window {item.deadline.window!r}",
                        ("checklist", index, "deadline", "window"))


def read_yaml(text: str, origin: str) -> Any:
    """Plain data from YAML text (safe loader); a syntax error is a ``PackError`` with its line and column."""
    try:
        return yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        where = error_position(exc)
        line, column = where if where else (None, None)
        text_ = f"not valid YAML: {error_text(exc)}"
        raise PackError(f"{origin}: {text_}" + (f" (line {line}, column {column})" if where else ""),
                        (Issue((), text_, line, column),)) from None


def load_pack_text(text: str, origin: str) -> Pack:
    """A pack from its YAML text, checked as strictly as the bundled ones."""
    return parse_pack(read_yaml(text, origin), origin)


def load_pack_file(path: Path) -> Pack:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PackError(f"{path.name}: not UTF-8 text") from None
    pack = load_pack_text(text, path.name)
    if pack.id != path.stem:
        text = f"pack id {pack.id!r} does not match the file name"
        raise PackError(f"{path.name}: {text}", (Issue(("id",), text),))
    return pack


def packs_dir() -> Path:
    return resource_path("packs")


@cache
def load_packs() -> tuple[Pack, ...]:
    """All shipped packs, sorted by id. Cached: packs are immutable. (Packs added by a user: ``engine.packs``.)"""
    files = sorted(packs_dir().glob("*.yaml"))
    return tuple(load_pack_file(f) for f in files)


def get_pack(program_id: str) -> Pack:
    for pack in load_packs():
        if pack.id == program_id:
            return pack
    known = ", ".join(p.id for p in load_packs())
    raise KeyError(f"unknown programme {program_id!r} (known: {known})")
