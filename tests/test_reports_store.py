"""Reports over the store contract (a stand-in module with the contract's shape): stored ids, ticks, batch."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook
from reports_support import example

from engine.cli.main import main

PID = "0123456789abcdef0123456789abcdef"


class StoreError(Exception):
    def message(self, lang):
        return "数据已损坏" if lang == "zh" else "the data is damaged"


@dataclass
class _Summary:
    id: str


@dataclass
class _Stored:
    id: str
    profile: object
    revision: int = 1


class _Store:
    def __init__(self, profiles, broken=False):
        self.profiles = profiles
        self.broken = broken

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def list_profiles(self, query=None, include_deleted=False):
        if self.broken:
            raise StoreError("damaged")
        return [_Summary(pid) for pid in self.profiles]

    def get(self, pid):
        if pid not in self.profiles:
            raise KeyError(pid)
        return _Stored(pid, self.profiles[pid])

    def checklist_ticks(self, pid):
        return {("icbu-2020-06-online-fair-live", "audition-video"): "in_progress"}


@pytest.fixture
def fake_store(monkeypatch, tmp_path):
    second = example().model_copy(update={"name": "第二家"})
    store = _Store({PID: example(), "f" * 32: second})
    module = types.ModuleType("engine.store")
    module.StoreError = StoreError
    module.default_data_dir = lambda: tmp_path
    module.open_store = lambda data_dir=None, read_only=False: store
    db = types.ModuleType("engine.store.db")
    db.DB_NAME = "stand-in.sqlite3"
    (tmp_path / db.DB_NAME).write_bytes(b"")  # reports only open a store whose database file exists
    monkeypatch.setitem(sys.modules, "engine.store", module)
    monkeypatch.setitem(sys.modules, "engine.store.db", db)
    return store


def test_report_for_stored_id_carries_ticks(fake_store, tmp_path):
    out = tmp_path / "r.xlsx"
    assert main(["--lang", "en", "--data-dir", str(tmp_path), "report", PID, "--out", str(out),
                 "--as-of", "2020-05-20"]) == 0
    rows = list(load_workbook(out)["Checklist"].iter_rows(values_only=True))
    video = next(r for r in rows if r[1] and "Audition video" in str(r[1]))
    assert video[-1] == "in progress"


def test_batch_from_store(fake_store, tmp_path, capsys):
    out = tmp_path / "m.xlsx"
    assert main(["--lang", "en", "--data-dir", str(tmp_path), "batch", "--store", "--out", str(out)]) == 0
    names = [r[1] for r in load_workbook(out)["Matrix"].iter_rows(min_row=5, max_row=6, values_only=True)]
    assert names == ["宁波示例机械有限公司", "第二家"]
    assert capsys.readouterr().err.strip().endswith("2/2")


def test_store_errors_are_one_line(fake_store, tmp_path, capsys):
    fake_store.broken = True
    code = main(["--lang", "zh", "--data-dir", str(tmp_path), "batch", "--store", "--out", str(tmp_path / "m.xlsx")])
    assert code == 4
    assert capsys.readouterr().err.strip() == "eligibility-cli: error: 数据已损坏"


def test_unknown_id_is_a_clear_error(fake_store, tmp_path, capsys):
    code = main(["--lang", "en", "--data-dir", str(tmp_path), "report", "nope", "--out", str(tmp_path / "r.xlsx")])
    assert code == 2
    assert "nope: no such file or stored profile" in capsys.readouterr().err


def test_no_database_file_means_nothing_stored(fake_store, tmp_path, capsys):
    (tmp_path / "stand-in.sqlite3").unlink()
    code = main(["--lang", "en", "--data-dir", str(tmp_path), "report", PID, "--out", str(tmp_path / "r.xlsx")])
    assert code == 2 and "no such file or stored profile" in capsys.readouterr().err


def test_real_store_report_and_batch(tmp_path):
    from engine.store import open_store

    data = tmp_path / "data"
    with open_store(data) as store:
        stored = store.create(example().model_copy(update={"name": "=SUM(1)"}))
        store.set_checklist_tick(stored.id, "icbu-2020-06-online-fair-live", "audition-video", "not_needed")
        count = len(store.list_profiles())
    out = tmp_path / "r.xlsx"
    assert main(["--lang", "en", "--data-dir", str(data), "report", stored.id[:8], "--out", str(out),
                 "--program", "icbu-2020-06-online-fair-live", "--as-of", "2020-05-20"]) == 0
    wb = load_workbook(out)
    assert "Merchant: =SUM(1)" in [c.value for c in wb["Summary"]["A"]]
    video = next(r for r in wb["Checklist"].iter_rows(values_only=True) if r[1] and "Audition video" in str(r[1]))
    assert video[-1] == "not needed"
    matrix = tmp_path / "m.xlsx"
    assert main(["--lang", "en", "--data-dir", str(data), "batch", "--store", "--out", str(matrix)]) == 0
    names = [r[1] for r in load_workbook(matrix)["Matrix"].iter_rows(min_row=5, max_row=4 + count, values_only=True)]
    assert "=SUM(1)" in names and len(names) == count
