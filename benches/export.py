"""Batch matrix export: 10,000 merchants x all programmes, written with engine.reports.batch.write_batch.

    python benches/export.py [--merchants 10000]

Baseline in the same run: openpyxl write-only writing the same values (number, merchant, one status per
programme, top reasons) with no styling. write_batch also evaluates every merchant, so the evaluation alone
is timed too, and write_batch is run a second time with evaluation replaced by a lookup of the results
already computed, which times its writing alone; that is compared against the baseline.
Target: the batch's writing <= 2x the plain write-only baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _common import exit_code, profile_dicts, verdict

AS_OF = datetime(2020, 5, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merchants", type=int, default=10_000)
    args = parser.parse_args(argv)
    try:
        from engine.reports.batch import write_batch
        from engine.reports.rows import top_reasons
    except ImportError as exc:
        print(f"export: skipped, batch export not on this branch yet ({exc})")
        return 2
    from openpyxl import Workbook

    from engine.evaluate import evaluate
    from engine.facts import parse_profile
    from engine.rules import load_packs

    packs = list(load_packs())
    profiles = [parse_profile(d) for d in profile_dicts(args.merchants, seed=31)]
    print(f"export: {len(profiles):,} merchants x {len(packs)} programme(s)")

    from engine.evaluate.memo import MEMO

    MEMO.clear()  # each timed phase starts with a cold criterion memo, so neither profits from the other
    t0 = time.perf_counter()
    rows = []
    done: dict[tuple[int, str], object] = {}
    for i, profile in enumerate(profiles, 1):
        results = [evaluate(profile, pack, AS_OF) for pack in packs]
        done.update(((id(profile), r.program), r) for r in results)
        reasons = "\n".join(f"{r.title.zh}: {x}" for r in results for x in top_reasons(r, "zh", 1))
        rows.append([i, profile.name or "", *(r.status.value for r in results), reasons])
    eval_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("matrix")
        ws.append(["#", "merchant", *(p.id for p in packs), "reasons"])
        for row in rows:
            ws.append(row)
        wb.save(Path(tmp) / "plain.xlsx")
        base_s = time.perf_counter() - t0

        MEMO.clear()
        t0 = time.perf_counter()
        summary = write_batch(Path(tmp) / "batch.xlsx", profiles, packs, AS_OF, lang="zh", total=len(profiles))
        batch_s = time.perf_counter() - t0
        size = (Path(tmp) / "batch.xlsx").stat().st_size

        import engine.reports.batch as batch

        real = batch.evaluate
        batch.evaluate = lambda profile, pack, as_of: done[(id(profile), pack.id)]  # type: ignore[assignment]
        try:
            t0 = time.perf_counter()
            write_batch(Path(tmp) / "written.xlsx", profiles, packs, AS_OF, lang="zh", total=len(profiles))
            writing_s = time.perf_counter() - t0
        finally:
            batch.evaluate = real
    assert summary.merchants == len(profiles)
    print(f"  evaluation + reasons alone: {eval_s:.2f} s")
    print(f"  plain openpyxl write-only, same values, no styling (baseline): {base_s:.2f} s")
    print(f"  write_batch: {batch_s:.2f} s in all ({size / 1e6:.1f} MB); writing alone (results precomputed) {writing_s:.2f} s")
    print(f"  whole batch vs plain write: {batch_s / base_s:.1f}x; vs evaluation + plain write: "
          f"{batch_s / (eval_s + base_s):.2f}x")
    ratio = writing_s / base_s
    verdict("batch matrix writing vs plain write-only", ratio <= 2.0, f"{ratio:.2f}x (target <= 2x)")
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
