"""``programs`` and ``schema`` subcommands."""

from __future__ import annotations

import argparse

from engine.cli.common import print_json
from engine.facts import profile_schema
from engine.sources import document_title


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("programs", help="list the programmes the rule packs define")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=run_programs)
    s = sub.add_parser("schema", help="print the JSON Schema of the merchant profile")
    s.set_defaults(func=run_schema)


def run_programs(args: argparse.Namespace) -> int:
    from engine.cli.packs import registry  # bundled and added programmes, each in the edition in force now

    packs = registry(args).programmes()
    if args.format == "json":
        print_json([
            {
                "id": p.id,
                "version": p.version,
                "title": p.title.model_dump(),
                "platform": p.platform,
                "source": p.source.file,
                "windows": [w.id for w in p.windows],
            }
            for p in packs
        ])
    else:
        for p in packs:
            # the id is what --program takes; the source is named by its title (the JSON has the file)
            print(f"{p.id}\t{p.version}\t{p.title.get(args.lang)}\t{document_title(p.source.file).get(args.lang)}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    print_json(profile_schema())
    return 0
