"""Engine speed: every programme for one profile, and a batch of profiles loaded from dicts.

    python benches/engine.py [--profiles 10000] [--profile-out FILE]

Targets (2-core machine, one core used):
  * all programmes for one profile: median <= 1 ms
  * 10,000 profiles from dicts, validated and checked against all programmes: >= 2,000 profiles/s
Baseline printed beside them: pydantic validation of the same dicts alone (the floor of any batch).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from _common import exit_code, median_time, profile_dicts, verdict

AS_OF = datetime(2020, 5, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--profile-out", help="write a cProfile of the batch to this file and print the top")
    args = parser.parse_args(argv)

    from engine.evaluate import evaluate_all
    from engine.evaluate.memo import MEMO
    from engine.facts import parse_profile
    from engine.rules import load_packs

    packs = load_packs()
    docs = profile_dicts(args.profiles)
    fresh = [parse_profile(d) for d in profile_dicts(400, seed=99)]
    print(f"engine: {len(packs)} programme(s), {args.profiles:,} synthetic profiles")

    # One profile, all programmes: each of 300 profiles checked once, as a consultant does after entering one
    # (the first 100 warm the interpreter and the criterion memo, as a session in the app would).
    for p in fresh[:100]:
        evaluate_all(p, packs, AS_OF)
    singles = []
    for p in fresh[100:]:
        t0 = time.perf_counter()
        evaluate_all(p, packs, AS_OF)
        singles.append(time.perf_counter() - t0)
    singles.sort()
    single_ms = singles[len(singles) // 2] * 1000
    again_ms = median_time(lambda: evaluate_all(fresh[-1], packs, AS_OF), repeat=7, number=20) * 1000
    print(f"  one new profile x all programmes: median {single_ms:.3f} ms, p90 {singles[int(len(singles) * 0.9)] * 1000:.3f} ms,"
          f" {single_ms / max(len(packs), 1):.3f} ms per programme; same profile again: {again_ms:.3f} ms")
    verdict("all programmes for one profile", single_ms <= 1.0, f"{single_ms:.3f} ms (target <= 1 ms)")

    # What the app's results tab costs: the same, with every part of every result read (criteria and reasons,
    # missing facts, checklist, windows, calculators). Results explain themselves on first read.
    def read_all(p: object) -> None:
        for r in evaluate_all(p, packs, AS_OF):  # type: ignore[arg-type]
            _ = (r.criteria, r.missing, r.checklist, r.windows, r.calculators, r.summary)

    full = []
    for p in fresh[100:]:
        t0 = time.perf_counter()
        read_all(p)
        full.append(time.perf_counter() - t0)
    full.sort()
    print(f"  same, every result read in full (what the results tab shows): median {full[len(full) // 2] * 1000:.3f} ms"
          " (informational: the target is the check)")

    # Baseline: validation alone.
    t0 = time.perf_counter()
    for d in docs:
        parse_profile(d)
    validate_s = time.perf_counter() - t0

    def batch() -> None:
        for d in docs:
            evaluate_all(parse_profile(d), packs, AS_OF)

    MEMO.clear()  # the batch starts cold: only what it evaluates itself is memoised
    t0 = time.perf_counter()
    if args.profile_out:
        prof = cProfile.Profile()
        prof.runcall(batch)
        prof.dump_stats(args.profile_out)
        pstats.Stats(args.profile_out).sort_stats("cumulative").print_stats(25)
    else:
        batch()
    batch_s = time.perf_counter() - t0
    rate = len(docs) / batch_s
    print(f"  validation only (baseline): {len(docs) / validate_s:,.0f} profiles/s ({validate_s:.2f} s)")
    print(f"  validate + check all programmes: {rate:,.0f} profiles/s ({batch_s:.2f} s); "
          f"{batch_s / validate_s:.1f}x the validation time")
    if not args.profile_out:
        verdict("batch of profiles from dicts", rate >= 2000, f"{rate:,.0f} profiles/s (target >= 2,000)")
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
