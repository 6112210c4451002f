"""Store as the GUI uses it: list 10,000 merchants in the merchant panel, save with a new revision.

    python benches/store.py [--merchants 10000] [--saves 200]

Targets: listing 10,000 stored merchants in the GUI's model (store query + model reset + the panel's sorted
proxy and table, as on screen) < 200 ms; a save (a new revision) < 20 ms median.
Baselines in the same run: ``store.list_profiles()`` alone, and a bare sqlite3 INSERT + COMMIT of the same
JSON in the same folder with the same durability (WAL, synchronous=FULL) - the disk's own cost of a save.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import exit_code, median_time, profile_dicts, verdict


def populate(store: object, n: int) -> list[str]:
    from engine.facts import parse_profile

    profiles = [parse_profile(d) for d in profile_dicts(n, seed=21)]
    try:
        from engine.store.io import many_document

        ids = [uuid.uuid4().hex for _ in profiles]
        store.import_profiles(many_document(list(zip(ids, profiles, strict=True))), "skip")  # type: ignore[attr-defined]
    except ImportError:  # only the contract's API: one by one
        ids = [store.create(p).id for p in profiles]  # type: ignore[attr-defined]
    return ids


def sqlite_baseline(folder: Path, payload: str, n: int) -> float:
    conn = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, pid TEXT, body TEXT)")
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO r (pid, body) VALUES (?, ?)", ("x", payload))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merchants", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args(argv)
    try:
        from engine.store import open_store
        from gui.merchant_panel import MerchantPanel
    except ImportError as exc:
        print(f"store: skipped, not on this branch yet ({exc})")
        return 2
    from PySide6.QtWidgets import QApplication

    from engine.facts import parse_profile

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "data")
        t0 = time.perf_counter()
        ids = populate(store, args.merchants)
        total = len(store.list_profiles())
        print(f"store: {total:,} merchants stored (populated in {time.perf_counter() - t0:.1f} s)")

        query_s = median_time(store.list_profiles, repeat=5)
        t0 = time.perf_counter()
        panel = MerchantPanel(store)
        panel.resize(900, 700)
        panel.show()
        app.processEvents()
        build_s = time.perf_counter() - t0
        assert panel.model.rowCount() == total, panel.model.rowCount()

        def relist() -> None:
            panel.model.refresh()
            app.processEvents()

        list_s = median_time(relist, repeat=5)
        print(f"  store.list_profiles() alone (baseline): {query_s * 1000:.0f} ms")
        print(f"  merchant panel first shown: {build_s * 1000:.0f} ms; re-list (refresh, sorted proxy, table): "
              f"median {list_s * 1000:.0f} ms = {list_s / query_s:.1f}x the query")
        verdict(f"list {total:,} merchants in the GUI model", list_s < 0.200, f"{list_s * 1000:.0f} ms (target < 200 ms)")

        base = parse_profile(profile_dicts(1, seed=5)[0])
        target_id = ids[len(ids) // 2]
        save_times = []
        for i in range(args.saves):
            edited = base.model_copy(update={"notes": f"edit {i}"})
            t0 = time.perf_counter()
            store.save(target_id, edited)
            save_times.append(time.perf_counter() - t0)
        save_s = statistics.median(save_times)
        revisions = len(store.revisions(target_id))
        disk_s = sqlite_baseline(Path(tmp), base.model_dump_json(), args.saves)
        print(f"  save with revision: median {save_s * 1000:.2f} ms, p90 "
              f"{sorted(save_times)[int(args.saves * 0.9)] * 1000:.2f} ms ({revisions} revisions kept)")
        print(f"  bare sqlite INSERT+COMMIT, same durability (baseline): median {disk_s * 1000:.2f} ms; "
              f"save = {save_s / disk_s:.1f}x")
        verdict("save with a new revision", save_s < 0.020, f"{save_s * 1000:.2f} ms median (target < 20 ms)")
        panel.close()
        store.close()
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
