"""Start-up: --self-test in a subprocess, store problems explained, and the Chinese catalogue complete."""

from __future__ import annotations

import os
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.gui_fixtures import ROOT, dialogs, isolated_settings, store  # noqa: F401

TS = ROOT / "resources" / "i18n" / "eligibility_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "eligibility_zh_CN.qm"
BIN = Path(sys.executable).parent
LAUNCH = ("import sys; {patch}"
          "from gui.app import main; sys.exit(main(sys.argv[1:]))")


def _run(tmp_path, *args, patch=""):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", LAUNCH.format(patch=patch), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_self_test_exits_zero(tmp_path, lang):
    proc = _run(tmp_path, "--self-test", "--lang", lang, "--data-dir", str(tmp_path / "data"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("self-test ok:")


def test_self_test_reports_the_reason(tmp_path):
    patch = ("import engine.store as s; "
             "s.open_store = lambda *a, **k: (_ for _ in ()).throw(s.StoreError('来自未来', 'database is from the future')); ")
    proc = _run(tmp_path, "--self-test", "--data-dir", str(tmp_path / "data"), patch=patch)
    assert proc.returncode != 0
    assert "self-test failed" in proc.stderr and "database is from the future" in proc.stderr


def _errors():
    import engine.store as s

    class Locked(s.StoreLocked):
        def __init__(self) -> None:
            Exception.__init__(self, "locked")

        def message(self, lang: str = "en") -> str:
            return "held by another process"

    class Damaged(s.StoreDamaged):
        def __init__(self, backups) -> None:
            Exception.__init__(self, "damaged")
            self.backups = backups

        def message(self, lang: str = "en") -> str:
            return "quick_check failed"

    class TooNew(s.StoreTooNew):
        def __init__(self) -> None:
            Exception.__init__(self, "too new")

        def message(self, lang: str = "en") -> str:
            return "schema 99"

    return s, Locked, Damaged, TooNew


def test_locked_store_opens_read_only_with_a_notice(monkeypatch, store, dialogs, qapp, tmp_path):
    s, locked, _, _ = _errors()
    calls = []

    def fake_open(data_dir=None, *, read_only=False):
        calls.append(read_only)
        if not read_only:
            raise locked()
        return types.SimpleNamespace(read_only=True)

    monkeypatch.setattr(s, "open_store", fake_open)
    from gui.startup import open_store_interactive

    opened = open_store_interactive(tmp_path)
    assert opened.read_only and calls == [False, True]
    assert "another window" in dialogs.shown[-1][1] and "held by another process" in dialogs.shown[-1][1]


def test_damaged_store_offers_the_newest_backup(monkeypatch, store, dialogs, tmp_path, qapp):
    s, _, damaged, _ = _errors()
    old, new = tmp_path / "old.bak", tmp_path / "new.bak"
    old.write_text("a")
    new.write_text("b")
    os.utime(old, (1, 1))
    state = {"restored": None}

    def fake_open(data_dir=None, *, read_only=False):
        if state["restored"] is None:
            raise damaged([old, new])
        return store

    import gui.startup as startup

    monkeypatch.setattr(s, "open_store", fake_open)
    monkeypatch.setattr(startup, "restore_backup", lambda db, backup, d: state.update(restored=backup))
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert startup.open_store_interactive(tmp_path) is store
    assert state["restored"] == new
    assert "new.bak" in dialogs.shown[-1][1]


def test_damaged_store_declined_and_too_new_stop_the_start(monkeypatch, dialogs, tmp_path, qapp):
    s, _, damaged, too_new = _errors()
    import gui.startup as startup

    monkeypatch.setattr(s, "open_store", lambda *a, **k: (_ for _ in ()).throw(damaged([tmp_path])))
    dialogs.answer = None
    with pytest.raises(startup.StartupFailed):
        startup.open_store_interactive(tmp_path)
    monkeypatch.setattr(s, "open_store", lambda *a, **k: (_ for _ in ()).throw(too_new()))
    with pytest.raises(startup.StartupFailed, match="too new|schema"):
        startup.open_store_interactive(tmp_path)
    assert "newer version" in dialogs.shown[-1][1]


def _sources(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            text = None if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") else \
                (tr.text or "".join(n.text or "" for n in tr.iter("numerusform")))
            out[(name, msg.findtext("source"))] = text
    return out


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True,
                   timeout=60)
    committed = _sources(TS)
    missing = [key for key in _sources(fresh) if not committed.get(key)]
    assert missing == []


def test_committed_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True,
                   timeout=60)
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts and commit the .qm"


def test_qm_translates_at_runtime(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Results") == "检查结果"
        assert QCoreApplication.translate("WindowActions", "&File") == "文件(&F)"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_second_window_on_the_same_data_is_read_only(monkeypatch, store, dialogs, qapp, tmp_path):
    s, _, _, _ = _errors()
    import gui.startup as startup

    calls = []

    def fake_open(data_dir=None, *, read_only=False):
        calls.append(read_only)
        return store

    monkeypatch.setattr(s, "open_store", fake_open)
    from PySide6.QtCore import QLockFile

    other = QLockFile(str(tmp_path / "app-window.lock"))  # the first window's lock
    assert other.tryLock(0)
    startup.open_store_interactive(tmp_path)
    assert calls == [True]
    assert "another window" in dialogs.shown[-1][1]
    other.unlock()
    assert startup.claim_data_dir(tmp_path)
    startup.release_data_dirs()


def test_chinese_by_default_on_a_chinese_system(monkeypatch, qapp):
    from PySide6.QtCore import QLocale

    from gui.app import choose_lang

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert choose_lang(None) == "zh"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert choose_lang(None) == "en"
    assert choose_lang("zh") == "zh"
