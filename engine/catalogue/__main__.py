"""``python -m engine.catalogue [--out docs/catalogue] [--check]``: write (or compare) the catalogue pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engine.catalogue import build
from engine.catalogue.page import render
from engine.rules import load_packs

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "catalogue"


def pages() -> dict[str, str]:
    """File name -> page text for every programme, and the index."""
    out: dict[str, str] = {}
    index = ["# 商家看到的文字 / What merchants read", "",
             "One page per programme: every criterion's reason for each outcome the generated profiles reach, in",
             "Chinese and English. Regenerate with `python -m engine.catalogue`; `tests/test_catalogue.py` compares",
             "these pages with a fresh run and lints every text in them.", ""]
    for pack in sorted(load_packs(), key=lambda p: p.id):
        out[f"{pack.id}.md"] = render(build(pack))
        index.append(f"- [{pack.title.zh}]({pack.id}.md) · {pack.title.en}")
    out["README.md"] = "\n".join(index) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m engine.catalogue", description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with the pages on disk; exit 1 if they differ")
    args = parser.parse_args(argv)
    stale = []
    for name, text in pages().items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
