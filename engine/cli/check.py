"""``check`` subcommand: evaluate a profile against one, several or all programmes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from engine.cli.common import CliError, load_profile_file, parse_as_of, print_json
from engine.cli.textreport import render
from engine.evaluate import evaluate_all
from engine.facts import MerchantProfile
from engine.rules import Pack, load_packs


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="check a merchant profile against programmes")
    p.add_argument("profile", help="a profile JSON file (or a stored profile id)")
    p.add_argument("--program", action="append", default=[], metavar="ID", help="programme id (repeatable)")
    p.add_argument("--as-of", default=None, help="ISO 8601 date or date-time; default now")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.add_argument("--save", action="store_true", help="record the results with the stored profile (needs an id)")
    p.set_defaults(func=run)


def select_packs(ids: list[str], args: argparse.Namespace | None = None, as_of: datetime | None = None) -> list[Pack]:
    """The programmes asked for (all when ``ids`` is empty); with ``args``, bundled and added ones from the data
    folder, each in the edition in force at ``as_of``."""
    if args is None:
        found = {p.id: p for p in load_packs()}
        return list(found.values()) if not ids else [_known(found, ident) for ident in ids]
    from engine.cli.packs import registry

    reg = registry(args)
    if not ids:
        return reg.programmes(as_of)
    packs = []
    for ident in ids:
        try:
            packs.append(reg.edition(ident, as_of=as_of).pack)
        except KeyError as exc:
            raise CliError(str(exc.args[0])) from None
    return packs


def _known(found: dict[str, Pack], ident: str) -> Pack:
    if ident not in found:
        raise CliError(f"unknown programme {ident!r} (known: {', '.join(found)})")
    return found[ident]


def resolve_profile(ref: str, args: argparse.Namespace) -> MerchantProfile:
    """A profile from a file path; storage may extend this to stored ids (see ``profile_resolvers``)."""
    path = Path(ref)
    if path.exists() or ref.endswith(".json"):
        return load_profile_file(path, args.lang)
    for resolver in profile_resolvers:
        found: MerchantProfile | None = resolver(ref, args)
        if found is not None:
            return found
    raise CliError(f"{ref}: no such file or stored profile")


ProfileResolver = Callable[[str, argparse.Namespace], MerchantProfile | None]

#: Extra ways to find a profile by reference (the store registers one for stored ids).
profile_resolvers: list[ProfileResolver] = []


def run(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of)
    packs = select_packs(args.program, args, as_of)
    profile = resolve_profile(args.profile, args)
    if getattr(args, "save", False) and getattr(args, "stored_profile", None) is None:
        raise CliError("--save needs a stored profile id, not a file (import it with `profiles import`)")
    results = evaluate_all(profile, packs, as_of)
    if getattr(args, "save", False):
        from engine.cli.stored import record_results

        record_results(args, results)
    if args.format == "json":
        print_json({
            "as_of": as_of.isoformat(),
            "merchant": profile.name,
            "results": [r.model_dump(mode="json") for r in results],
        })
    else:
        print(render(results, args.lang))
    return 0
