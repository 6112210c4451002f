"""Batch matrix throughput and memory: python benches/bench_batch.py [N ...] (default 1000 10000)."""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from reports_support import AS_OF, example, one_pack  # noqa: E402

from engine.reports.batch import write_batch  # noqa: E402


def profiles(n: int):
    base = example()
    unknown = example()
    unknown.alibaba_com.violation_score_points = None
    for i in range(n):
        yield (unknown if i % 3 == 0 else base).model_copy(update={"name": f"Merchant {i:05d}"})


def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "matrix.xlsx"
        tracemalloc.start()
        start = time.perf_counter()
        write_batch(out, profiles(n), one_pack(), AS_OF, lang="zh", total=n, progress=lambda d, t: True)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>6} merchants x 1 programme: {elapsed:6.1f} s (with tracemalloc), "
              f"peak Python heap {peak / 1e6:5.1f} MB, max RSS {rss:5.0f} MB, file {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1000", "10000"]:
        run(int(arg))
