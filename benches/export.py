"""Batch matrix export: 10,000 merchants x all programmes, written with engine.reports.batch.write_batch.

    python benches/export.py [--merchants 10000] [--rounds 5] [--no-whole]

Baseline: openpyxl write-only writing the same values (number, merchant, one status per programme, top
reasons) to one sheet with no styling. Every merchant is evaluated once up front (timed, for information);
then write_batch's writing alone is timed by running it with evaluation replaced by a lookup of those
results, so it does everything else it does for a real batch (reasons, names, counts, styles, heights, the
counts sheet, print setup). Writing and baseline run in alternating rounds (ABBA order, a collection
before each), each timed by CPU time (time.process_time, what the process itself spent) and wall clock;
the medians are compared. The CPU-time ratio is the figure: the wall clock also counts the machine's
other load. Target: the batch's writing <= 2x the plain write-only baseline.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _common import exit_code, profile_dicts, verdict

AS_OF = datetime(2020, 5, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one call, after a full collection so no earlier garbage is charged."""
    gc.collect()
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - c0, time.perf_counter() - w0


def plain_write(path: Path, head: list[Any], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("matrix")
    ws.append(head)
    for row in rows:
        ws.append(row)
    wb.save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merchants", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds of baseline and writing")
    parser.add_argument("--no-whole", action="store_true", help="skip the one whole run with evaluation")
    args = parser.parse_args(argv)
    try:
        import engine.reports.batch as batch
        from engine.reports.rows import top_reasons
    except ImportError as exc:
        print(f"export: skipped, batch export not on this branch yet ({exc})")
        return 2
    from engine.evaluate import evaluate
    from engine.evaluate.memo import MEMO
    from engine.facts import parse_profile
    from engine.rules import load_packs

    packs = list(load_packs())
    profiles = [parse_profile(d) for d in profile_dicts(args.merchants, seed=31)]
    print(f"export: {len(profiles):,} merchants x {len(packs)} programme(s), {args.rounds} rounds")

    MEMO.clear()  # each evaluating phase starts with a cold criterion memo, so neither profits from the other
    rows: list[list[Any]] = []
    done: dict[tuple[int, str], Any] = {}

    def evaluate_all() -> None:
        for i, profile in enumerate(profiles, 1):
            results = [evaluate(profile, pack, AS_OF) for pack in packs]
            done.update(((id(profile), r.program), r) for r in results)
            reasons = "\n".join(f"{r.title.zh}: {x}" for r in results for x in top_reasons(r, "zh", 1))
            rows.append([i, profile.name or "", *(r.status.value for r in results), reasons])

    eval_cpu, eval_wall = timed(evaluate_all)
    head = ["#", "merchant", *(p.id for p in packs), "reasons"]

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)

        def base() -> None:
            plain_write(out / "plain.xlsx", head, rows)

        def writing() -> None:
            batch.write_batch(out / "written.xlsx", profiles, packs, AS_OF, lang="zh", total=len(profiles))

        real = batch.evaluate
        batch.evaluate = lambda profile, pack, as_of: done[(id(profile), pack.id)]  # type: ignore[assignment]
        times: dict[str, list[tuple[float, float]]] = {"base": [], "writing": []}
        try:
            base(), writing()  # warm-up: first-use imports and caches are charged to neither side
            for n in range(args.rounds):
                order = [("base", base), ("writing", writing)]
                for name, fn in order if n % 2 == 0 else order[::-1]:
                    times[name].append(timed(fn))
        finally:
            batch.evaluate = real
        sizes = {name: (out / f"{name}.xlsx").stat().st_size for name in ("plain", "written")}
        whole = None
        if not args.no_whole:
            MEMO.clear()
            whole = timed(lambda: batch.write_batch(out / "whole.xlsx", profiles, packs, AS_OF, lang="zh",
                                                    total=len(profiles)))

    def med(name: str, i: int) -> float:
        return statistics.median(t[i] for t in times[name])

    base_cpu, base_wall, write_cpu, write_wall = med("base", 0), med("base", 1), med("writing", 0), med("writing", 1)
    print(f"  evaluation + reasons alone (once): {eval_cpu:.2f} s CPU, {eval_wall:.2f} s wall")
    print(f"  plain openpyxl write-only, same values, no styling (baseline), median: {base_cpu:.3f} s CPU, "
          f"{base_wall:.3f} s wall ({sizes['plain'] / 1e6:.2f} MB)")
    print(f"  write_batch writing alone (results precomputed), median: {write_cpu:.3f} s CPU, "
          f"{write_wall:.3f} s wall ({sizes['written'] / 1e6:.2f} MB)")
    paired = [w[0] / b[0] for b, w in zip(times["base"], times["writing"], strict=True)]
    print(f"  rounds, CPU ratio: {' '.join(f'{r:.2f}' for r in paired)} (median {statistics.median(paired):.2f}; "
          f"fastest vs fastest {min(t[0] for t in times['writing']) / min(t[0] for t in times['base']):.2f})")
    if whole is not None:
        print(f"  whole write_batch with evaluation (once): {whole[0]:.2f} s CPU, {whole[1]:.2f} s wall; "
              f"vs evaluation + plain write: {whole[0] / (eval_cpu + base_cpu):.2f}x CPU")
    print(f"  writing vs baseline by wall clock: {write_wall / base_wall:.2f}x")
    ratio = write_cpu / base_cpu
    verdict("batch matrix writing vs plain write-only (CPU time)", ratio <= 2.0, f"{ratio:.2f}x (target <= 2x)")
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
