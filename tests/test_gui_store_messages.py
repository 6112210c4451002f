"""Storage messages that must reach the desktop app: a stored value the model refuses, a damaged revision, a
data folder that cannot be written."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from gui_fixtures import dialogs, example_profile, isolated_settings, store, window  # noqa: F401

from engine.store.db import DB_NAME


def _rewrite(folder, pid, text):
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("UPDATE revisions SET document = ?, sha256 = ? WHERE profile_id = ?",
                     (text, hashlib.sha256(text.encode()).hexdigest(), pid))
    conn.close()


def test_a_stored_value_out_of_range_loads_as_unknown_and_the_window_shows_it(window, store, tmp_path):
    pid = store.create(example_profile()).id
    document = example_profile().model_dump(mode="json")
    document["company"]["registered_capital_cny"] = "1e28"
    _rewrite(tmp_path / "data", pid, json.dumps(document, ensure_ascii=False))
    assert window.panel.select(pid)
    assert window.profile_id == pid and window.results  # checked, the value counting as unknown
    message = window.statusBar().currentMessage()
    assert "1e28" in message and "Registered capital" in message and "unknown" in message
    assert window.editor.profile().company.registered_capital_cny is None  # unknown, never a guess
    missing = {m.path for r in window.results for m in r.missing}
    assert "company.registered_capital_cny" in missing


def test_a_damaged_revision_is_named_and_other_merchants_still_load(window, store, tmp_path):
    damaged = store.create(example_profile().model_copy(update={"name": "Damaged one"})).id
    sound = store.create(example_profile().model_copy(update={"name": "Sound one"})).id
    conn = sqlite3.connect(tmp_path / "data" / DB_NAME)
    with conn:
        conn.execute("UPDATE revisions SET sha256 = 'x' WHERE profile_id = ?", (damaged,))
    conn.close()
    assert window.panel.select(damaged)
    message = window.statusBar().currentMessage()
    assert "Revision 1" in message and "damaged" in message and window.results == []
    assert window.panel.select(sound)
    assert window.editor.profile().name == "Sound one" and window.results


def test_a_data_folder_that_cannot_be_written_opens_read_only_and_says_why(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QLabel

    from engine.store import open_store
    from gui.main_window import MainWindow
    from gui.startup import open_store_interactive

    open_store(tmp_path / "stick").close()
    monkeypatch.setattr("engine.store.opening.writable", lambda folder: False)
    opened = open_store_interactive(tmp_path / "stick")
    try:
        assert opened.read_only
        win = MainWindow(opened)
        qtbot.addWidget(win)
        labels = [w.text() for w in win.statusBar().findChildren(QLabel)]
        assert any("data folder cannot be written" in text for text in labels), labels
        assert not win.act["save"].isEnabled()
        win.close()
    finally:
        opened.close()
