"""Run every benchmark, one after another, and summarise.

    python benches/run_all.py [--quick]

Each benchmark is its own script (see its docstring) and prints absolute figures, a ratio against a
baseline measured in the same run, and OK/MISS per target. ``--quick`` uses smaller sizes for a smoke run
(the figures are then not comparable with the targets).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FULL = {
    "engine": [],
    "startup": [],
    "store": [],
    "export": [],
    "memory": [],
    "bundle": [],
}
QUICK = {
    "engine": ["--profiles", "1000"],
    "startup": ["--runs", "3"],
    "store": ["--merchants", "1000", "--saves", "30"],
    "export": ["--merchants", "1000"],
    "memory": ["--small", "1000", "--large", "5000"],
    "bundle": ["--runs", "3"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run, not the real figures")
    parser.add_argument("only", nargs="*", help="run only these benchmarks")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    outcome = {}
    for name, extra in plan.items():
        if args.only and name not in args.only:
            continue
        print(f"\n=== {name} ===", flush=True)
        t0 = time.perf_counter()
        code = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *extra], cwd=HERE.parent).returncode
        outcome[name] = {0: "all targets met", 1: "target missed", 2: "skipped"}.get(code, f"failed ({code})")
        print(f"({name}: {time.perf_counter() - t0:.0f} s)", flush=True)
    print("\n=== summary ===")
    for name, text in outcome.items():
        print(f"  {name:8} {text}")
    return 0 if all(t == "all targets met" for t in outcome.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
