"""Opening the store and listing merchants import no pydantic model (the app's first paint needs only that)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from engine.store import StoreError, open_store

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
from engine.store import open_store

with open_store(sys.argv[1]) as store:
    rows = store.list_profiles()
    print(len(rows), sorted(r.name for r in rows)[0])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "yaml")
               or m.startswith(("engine.facts", "engine.rules", "engine.evaluate", "engine.i18n", "importlib.metadata")))
print(heavy)
"""


def test_listing_an_existing_folder_imports_no_model(tmp_path: Path) -> None:
    with open_store(tmp_path / "data") as store:  # first start: seeds the demo merchants (needs the models)
        names = sorted(s.name for s in store.list_profiles())
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    count, heavy = proc.stdout.strip().splitlines()
    assert count == f"5 {names[0]}"
    assert heavy == "[]"


def test_store_errors_keep_both_languages_without_the_models() -> None:
    error = StoreError("数据库错误", "Database error")
    assert (error.message("zh"), error.message("en"), str(error)) == ("数据库错误", "Database error", "Database error")
    assert error.text.get("zh") == "数据库错误" and error.text.en == "Database error"
