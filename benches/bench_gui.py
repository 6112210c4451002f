"""GUI timings offscreen: start-up, window with many merchants, switching merchants, checking them all.

Usage: QT_QPA_PLATFORM=offscreen python benches/bench_gui.py [MERCHANTS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    from engine.store import open_store
    from gui.app import make_app
    from gui.i18n import set_lang
    from tests.gui_fixtures import example_profile

    app = make_app()
    set_lang("zh")
    store = open_store(Path(tempfile.mkdtemp()) / "data")
    base = example_profile()
    t0 = time.perf_counter()
    for i in range(count):
        store.create(base.model_copy(update={"name": f"商家 {i:04d}"}))
    t_fill = time.perf_counter() - t0

    from engine.evaluate import evaluate_all
    from engine.rules import load_packs
    from gui.main_window import MainWindow

    packs = list(load_packs())
    t0 = time.perf_counter()
    window = MainWindow(store, packs)
    window.show()
    app.processEvents()
    t_window = time.perf_counter() - t0
    ids = [s.id for s in store.list_profiles()][:50]
    t0 = time.perf_counter()
    for pid in ids:
        window.panel.select(pid)
        app.processEvents()
    t_switch = (time.perf_counter() - t0) / len(ids)
    t0 = time.perf_counter()
    for summary in store.list_profiles():
        evaluate_all(store.get(summary.id).profile, packs, window.results_view.as_of())
    t_all = time.perf_counter() - t0
    print(f"{count} merchants (SQLite store), {len(packs)} programmes")
    print(f"create {count} merchants: {t_fill:.2f} s")
    print(f"main window built and shown: {t_window * 1000:.0f} ms")
    print(f"switch merchant (load, evaluate, show results/checklist/history): {t_switch * 1000:.1f} ms")
    print(f"evaluate every merchant (the check-all worker's job): {t_all:.2f} s "
          f"({t_all / max(count, 1) * 1000:.2f} ms per merchant)")
    window.editor.undo_stack.setClean()
    window.close()
    store.close()


if __name__ == "__main__":
    main()
