"""Memory while checking and exporting many profiles: the batch must stream.

    python benches/memory.py [--small 10000] [--large 100000]

Each size runs in its own subprocess that generates profiles one at a time, checks each against every
programme and streams the batch matrix (engine.reports.batch.write_batch, openpyxl write-only) to a file;
the child reports its peak resident memory (ru_maxrss). The interpreter, Qt-free engine and openpyxl
imports are the floor, measured in a third child that loads everything and checks one profile.
Targets: peak at --large within 20 % of the peak at --small, and below 250 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _common import exit_code, iter_profile_dicts, verdict

AS_OF = datetime(2020, 5, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def child(n: int) -> None:
    from engine.evaluate import evaluate
    from engine.facts import parse_profile
    from engine.rules import load_packs

    packs = list(load_packs())
    profiles = (parse_profile(d) for d in iter_profile_dicts(n, seed=41))
    t0 = time.perf_counter()
    mode = "check + batch export"
    try:
        from engine.reports.batch import write_batch
    except ImportError:
        mode = "check only (batch export not on this branch)"
        for profile in profiles:
            for pack in packs:
                evaluate(profile, pack, AS_OF)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            write_batch(Path(tmp) / "batch.xlsx", profiles, packs, AS_OF, lang="zh", total=n)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"n": n, "peak_mb": peak_kb / 1024, "seconds": time.perf_counter() - t0, "mode": mode}))


def run(n: int) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"child {n} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child)
        return 0
    floor, small, large = run(1), run(args.small), run(args.large)
    print(f"memory: {large['mode']}")
    for r in (floor, small, large):
        print(f"  {r['n']:>7,} profiles: peak {r['peak_mb']:.0f} MB in {r['seconds']:.1f} s")
    growth = large["peak_mb"] / small["peak_mb"] - 1  # type: ignore[operator]
    print(f"  above the floor: {small['peak_mb'] - floor['peak_mb']:.0f} MB at {args.small:,}, "  # type: ignore[operator]
          f"{large['peak_mb'] - floor['peak_mb']:.0f} MB at {args.large:,}")  # type: ignore[operator]
    verdict("peak memory grows with the batch", growth <= 0.20, f"{growth * 100:+.0f}% from {args.small:,} to "
            f"{args.large:,} (target within 20%)")
    verdict("peak memory at the large batch", large["peak_mb"] < 250,  # type: ignore[operator]
            f"{large['peak_mb']:.0f} MB (target < 250 MB)")
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
