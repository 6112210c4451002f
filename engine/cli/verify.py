"""``verify`` subcommand: check the local data for damage (changes nothing)."""

from __future__ import annotations

import argparse

from engine.cli.common import print_json
from engine.cli.stored import STORE_FAILED, opened


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify", help="check the local data: database integrity, every saved revision and check")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when nothing is damaged (values to correct are listed all the same), 4 when something is."""
    with opened(args, reading=True) as store:
        report = store.verify()
    lang = args.lang
    if args.format == "json":
        print_json({"revisions": report.revisions, "checks": report.checks,
                    "damaged": [f.message(lang) for f in report.damaged],
                    "to_correct": [f.message(lang) for f in report.findings if f.kind == "invalid"]})
    else:
        for finding in report.findings:
            print(("损坏" if lang == "zh" else "damaged") if finding.kind == "damage" else
                  ("待更正" if lang == "zh" else "to correct"), finding.message(lang), sep="\t")
        damaged = len(report.damaged)
        if lang == "zh":
            print(f"已检查 {report.revisions} 个版本、{report.checks} 条检查记录："
                  + (f"发现 {damaged} 处损坏" if damaged else "未发现损坏"))
        else:
            print(f"checked {report.revisions} revisions and {report.checks} stored checks: "
                  + (f"{damaged} damaged" if damaged else "no damage found"))
    return STORE_FAILED if report.damaged else 0
