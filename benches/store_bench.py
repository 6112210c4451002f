"""Store figures: open (with quick_check), create, save, list, export/import, backup on N merchants.

Run from the repository root: PYTHONPATH=. python benches/store_bench.py [N]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from engine.facts import parse_profile
from engine.resources import resource_path
from engine.store import open_store


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    base = parse_profile(json.loads(resource_path("examples", "ningbo-machinery.json").read_text("utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "d"
        t = time.perf_counter()
        store = open_store(folder)
        print(f"open new folder (create, seed demos): {1000 * (time.perf_counter() - t):.1f} ms")
        t = time.perf_counter()
        ids = [store.create(base.model_copy(update={"name": f"商家 {i}"})).id for i in range(n)]
        print(f"create: {1000 * (time.perf_counter() - t) / n:.2f} ms per profile ({n} profiles, synchronous=FULL)")
        t = time.perf_counter()
        for i, pid in enumerate(ids[:500]):
            store.save(pid, base.model_copy(update={"name": f"商家 {i}", "notes": "edited"}))
        print(f"save (new revision): {1000 * (time.perf_counter() - t) / 500:.2f} ms per save")
        t = time.perf_counter()
        rows = store.list_profiles()
        print(f"list_profiles: {1000 * (time.perf_counter() - t):.1f} ms for {len(rows)} rows")
        t = time.perf_counter()
        found = store.list_profiles("商家 19")
        print(f"list_profiles(query): {1000 * (time.perf_counter() - t):.1f} ms ({len(found)} found)")
        t = time.perf_counter()
        doc = store.export_profiles()
        print(f"export all: {1000 * (time.perf_counter() - t):.1f} ms")
        t = time.perf_counter()
        store.import_profiles(doc, "skip")
        print(f"import all (validate + conflict check, all skipped): {1000 * (time.perf_counter() - t):.1f} ms")
        t = time.perf_counter()
        path = store.backup_now()
        print(f"backup_now: {1000 * (time.perf_counter() - t):.1f} ms ({path.stat().st_size / 1e6:.1f} MB)")
        store.close()
        t = time.perf_counter()
        open_store(folder).close()
        print(f"open existing (quick_check, daily backup): {1000 * (time.perf_counter() - t):.1f} ms")
        t = time.perf_counter()
        open_store(folder).close()
        print(f"open existing (quick_check only): {1000 * (time.perf_counter() - t):.1f} ms")


if __name__ == "__main__":
    main()
