"""Shared bits of the benchmarks: synthetic profiles, timing, and one-line verdicts.

Benchmarks are scripts, not tests: each prints absolute figures and a ratio against a baseline measured in
the same run (the machine is shared and noisy, so ratios travel better than seconds).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from anywhere: benchmark this tree's code

RESULTS: list[tuple[str, bool]] = []


def _value(spec: Any, rng: random.Random) -> Any:
    kind = spec.kind
    if kind == "bool":
        return rng.random() < 0.2
    if kind == "enum":
        return rng.choice(list(spec.enum)).value
    if kind == "int":
        return rng.randint(0, 40)
    if kind == "decimal":
        return str(rng.randint(0, 20_000_000))
    if kind == "date":
        return (date(2005, 1, 1) + timedelta(days=rng.randint(0, 6000))).isoformat()
    if kind == "datetime":
        return f"{(date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000))).isoformat()}T10:00:00+08:00"
    if kind == "str":
        return f"v{rng.randint(0, 999)}"
    if kind == "list":
        item = type("Item", (), {"kind": spec.item_kind, "enum": spec.enum})
        return [_value(item, rng) for _ in range(rng.randint(0, 3))]
    raise ValueError(kind)


def profile_dicts(n: int, seed: int = 7, unknown_share: float = 0.15) -> list[dict[str, Any]]:
    """``n`` valid profile documents with every fact filled at random, ~15 % left unknown (absent)."""
    return list(iter_profile_dicts(n, seed, unknown_share))


def iter_profile_dicts(n: int, seed: int = 7, unknown_share: float = 0.15) -> Iterator[dict[str, Any]]:
    """The same documents one at a time (for streaming benchmarks)."""
    from engine.facts import ProfileInvalid, parse_profile
    from engine.facts.paths import fact_specs

    rng = random.Random(seed)
    specs = list(fact_specs().values())
    for i in range(n):
        doc: dict[str, Any] = {"name": f"商家 {i:06d}"}
        for spec in specs:
            if rng.random() < unknown_share:
                continue
            doc.setdefault(spec.group, {})[spec.path.split(".", 1)[1]] = _value(spec, rng)
        try:
            parse_profile(doc)
        except ProfileInvalid as exc:  # a generator value outside a field's bounds: drop those facts
            for problem in exc.problems:
                group, _, name = str(problem.path).partition(".")
                doc.get(group, {}).pop(name.split(".")[0], None)  # a list entry's path ends in its index
            parse_profile(doc)
        yield doc


def median_time(fn: Callable[[], object], repeat: int, number: int = 1) -> float:
    """Median seconds per call of ``fn`` over ``repeat`` rounds of ``number`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return statistics.median(times)


def verdict(name: str, ok: bool, detail: str) -> None:
    RESULTS.append((name, ok))
    print(f"  [{'OK  ' if ok else 'MISS'}] {name}: {detail}", flush=True)


def exit_code() -> int:
    return 0 if all(ok for _, ok in RESULTS) else 1
