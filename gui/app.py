"""Entry point of the desktop app (``eligibility-checker``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eligibility-checker")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--lang", choices=["zh", "en"], default=None)
    parser.add_argument("--self-test", action="store_true", help="load packs, build the window, exit")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from engine.rules import load_packs

    app = QApplication.instance() or QApplication([sys.argv[0]])
    packs = load_packs()
    window = QMainWindow()
    window.setWindowTitle("Merchant Eligibility Checker")
    window.setCentralWidget(QLabel("\n".join(p.title.get(args.lang or "zh") for p in packs)))
    if args.self_test:
        return 0
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
