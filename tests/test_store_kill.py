"""A writer killed with SIGKILL at random moments never loses a save that returned, nor damages the file."""

from __future__ import annotations

import random
import time
from collections import Counter

from store_helpers import integrity, start_child, written_lines

from engine.store import open_store
from engine.store.db import DB_NAME

ROUNDS = 12
BATCH = 40


def test_sigkill_at_random_moments_loses_nothing_that_was_acknowledged(tmp_path):
    rng = random.Random(20240601)
    folder = tmp_path / "d"
    acknowledged: dict[str, int] = {}  # id -> revision the child was told was committed
    kills_mid_work = 0
    batches: set[str] = set()
    for round_no in range(ROUNDS):
        proc = start_child(folder, f"r{round_no}", 100000, "-", str(BATCH))
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.kill()
        lines = written_lines(proc)
        kills_mid_work += bool(lines)
        for parts in lines:
            if parts[0] == "created":
                acknowledged.setdefault(parts[1], 1)
            elif parts[0] == "saved":
                acknowledged[parts[1]] = int(parts[2])
            elif parts[0] == "batch":
                batches.add(parts[1])
        with open_store(folder) as store:  # quick_check at open; raises StoreDamaged if anything broke
            for pid, revision in acknowledged.items():
                assert store.get(pid).revision >= revision, (round_no, pid)
            found = Counter(s.name.rsplit("-", 1)[0] for s in store.list_profiles() if "-b" in s.name)
        assert set(found.values()) <= {BATCH}, found  # an import is all or nothing
        assert batches <= set(found), batches - set(found)
    assert integrity(folder / DB_NAME) == "ok"
    assert kills_mid_work >= ROUNDS // 2
    assert len(acknowledged) > 20 and len(batches) > 5
