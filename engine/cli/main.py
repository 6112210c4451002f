"""``eligibility-cli``: the command-line interface over the engine."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from collections.abc import Sequence

from engine import __version__
from engine.cli import backup, calc, calendar, check, packs, profiles, programs, report, verify
from engine.cli.common import CliError
from engine.rules import PackError

#: Subcommand modules, each with ``register(subparsers)``.
COMMANDS = [programs, check, profiles, backup, verify, report, calc, packs, calendar]


def default_lang() -> str:
    env = os.environ.get("ELIGIBILITY_LANG")
    if env in ("zh", "en"):
        return env
    loc = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
    return "zh" if loc.startswith("zh") else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eligibility-cli",
        description="Check merchants against e-commerce programme admission rules (offline).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["zh", "en"], default=default_lang(), help="output language")
    parser.add_argument("--data-dir", default=None, help="folder of the local database (portable use)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser




def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except CliError as exc:
        print(f"eligibility-cli: error: {exc}", file=sys.stderr)
        return exc.code
    except PackError as exc:
        print(f"eligibility-cli: rule pack error: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("eligibility-cli: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
