"""What a start costs: no report layer (openpyxl) before the window is up; the window carries the app icon."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.app import main

def probe(app):
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
    assert window.panel.model.rowCount() > 0, window.panel.model.rowCount()
    assert not window.windowIcon().isNull() and not app.windowIcon().isNull()
    print(sorted(m for m in sys.modules if m.startswith(("openpyxl", "engine.reports"))))
    window.close()
    return 0

QApplication.exec = probe
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""

def test_start_does_not_load_the_report_layer(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{f"XDG_{kind}_HOME": str(tmp_path / kind)
                                                              for kind in ("CONFIG", "DATA", "STATE", "CACHE")})
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[]"


def test_window_has_the_app_icon(window) -> None:
    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.availableSizes()


ORDER_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.app import main

HEAVY = ("pydantic", "yaml", "engine.facts", "engine.rules", "engine.evaluate", "gui.editor", "gui.results_view")
seen = {}


def window_of(app):
    return next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            window = watched.window()
            if isinstance(window, QMainWindow) and window.isVisible():
                seen["paint"] = {
                    "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY[:2] or m.startswith(HEAVY[2:])),
                    "rows": window.panel.model.rowCount(), "ready": window.ready,
                    "new_enabled": window.panel.new_button.isEnabled(), "check_enabled": window.act["check"].isEnabled(),
                    "tab": window.tabs.tabText(0), "loading": window.tabs.widget(0).text(),
                }
                QTimer.singleShot(0, lambda: meanwhile(window))  # posted before the window's own loading step
        return False


def meanwhile(window):
    # What a user does while the rules load: picks another merchant, types in the search box, picks a tab.
    seen["ready_meanwhile"] = window.ready
    from gui.merchant_model import ID_ROLE

    proxy = window.panel.proxy
    ids = [proxy.data(proxy.index(row, 0), ID_ROLE) for row in range(proxy.rowCount())]
    other = next(i for i in ids if i != window.panel.current_id())
    seen["picked"] = other
    window.panel.select(other)
    window.panel.search.setText(window.panel.model.summary(window.panel.model.row_of(other)).name[:2])
    window.tabs.setCurrentIndex(1)


def probe(app):
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(30000, lambda: app.exit(3))

    def check():
        window = window_of(app)
        if not window.ready:
            QTimer.singleShot(10, check)
            return
        seen["after"] = {
            "profile_id": window.profile_id, "search": window.panel.search.text(),
            "tab": window.tabs.currentWidget() is window.results_view,
            "programmes": len(window.results), "packs": len(window.packs),
            "tree": window.results_view.tree.topLevelItemCount(), "name": window.editor.values().get("name"),
            "new_enabled": window.panel.new_button.isEnabled(), "check_enabled": window.act["check"].isEnabled(),
        }
        window.close()
        app.quit()

    QTimer.singleShot(0, check)
    return original()


original = QApplication.exec
QApplication.exec = probe
code = main(["--data-dir", sys.argv[1], "--lang", "en"])
print(json.dumps(seen))
sys.exit(code)
"""


def test_first_paint_comes_before_the_rules_and_the_window_then_works(tmp_path: Path) -> None:
    from engine.store import open_store

    with open_store(tmp_path / "data") as opened:  # an existing data folder, as on every start but the first
        names = {s.id: s.name for s in opened.list_profiles()}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{f"XDG_{kind}_HOME": str(tmp_path / kind)
                                                              for kind in ("CONFIG", "DATA", "STATE", "CACHE")})
    proc = subprocess.run([sys.executable, "-c", ORDER_PROBE, str(tmp_path / "data")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    paint = seen["paint"]
    assert paint["heavy"] == []  # no pydantic, YAML, rules, models or result views before the first paint
    assert paint["rows"] == len(names) == 5 and paint["ready"] is False
    assert paint["new_enabled"] is False and paint["check_enabled"] is False  # they wait for the engine
    assert (paint["tab"], paint["loading"]) == ("Profile", "Loading rules…")
    assert seen["ready_meanwhile"] is False  # the user's actions below really came before the rules loaded
    after = seen["after"]
    picked = seen["picked"]
    assert after["profile_id"] == picked and after["name"] == names[picked]  # the merchant picked meanwhile
    assert after["search"] == names[picked][:2] and after["tab"] is True
    assert after["packs"] >= 12 and after["programmes"] == after["packs"] == after["tree"]
    assert after["new_enabled"] is True and after["check_enabled"] is True


def test_the_lists_status_words_are_the_engines() -> None:
    """The merchant list names statuses before the engine's models are imported, with the engine's own words."""
    import os
    import subprocess
    import sys

    from engine.evaluate.status import STATUS_TEXT, ProgramStatus, Status, WindowState
    from gui.status_style import status_word

    statuses = {s.value for kind in (Status, ProgramStatus, WindowState) for s in kind}
    assert set(STATUS_TEXT) == statuses
    assert status_word("not_eligible") == "Not eligible" == STATUS_TEXT["not_eligible"].en  # tests run in English
    probe = "import sys, engine.status_words, gui.status_style; print('pydantic' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip() == "False"


def test_platform_groups_have_one_definition() -> None:
    from engine.facts import GROUPS
    from engine.groups import GROUPS as light

    assert GROUPS is light and list(GROUPS) == ["company", "alibaba_com", "taobao_union", "taobao_live", "yanxuan_1688"]


def test_a_deferred_window_loads_its_rules_after_being_painted(qtbot, store) -> None:
    from gui.main_window import MainWindow

    win = MainWindow(store, defer=True)
    qtbot.addWidget(win)
    assert not win.ready and win.packs == [] and win.profile_id is None
    assert not win.panel.new_button.isEnabled() and not win.act["save"].isEnabled() and win.act["find"].isEnabled()
    assert win.panel.current_id() is not None  # the merchant to load is already highlighted
    with qtbot.waitSignal(win.started, timeout=20000):
        win.show()
    assert win.ready and win.profile_id == win.panel.current_id()
    assert len(win.results) == len(win.packs) >= 12
    assert win.tabs.widget(0) is win.editor and win.tabs.count() == 5
    assert [a.text() for a in win.edit_menu.actions()[:2]] == [win.act["undo"].text(), win.act["redo"].text()]
    assert win.panel.new_button.isEnabled() and win.act["check"].isEnabled()
    win.close()


def test_rules_that_fail_to_load_are_reported_in_the_window(qtbot, store, monkeypatch) -> None:
    import engine.rules
    from gui.main_window import MainWindow

    def broken() -> None:
        raise RuntimeError("pack alibaba_com.yaml: bad clause")

    monkeypatch.setattr(engine.rules, "load_packs", broken)
    win = MainWindow(store, defer=True)
    qtbot.addWidget(win)
    try:
        win.finish_start()
    except RuntimeError as exc:
        assert "bad clause" in str(exc)
    else:
        raise AssertionError("the error must reach the crash hook")
    assert not win.ready and not win.act["check"].isEnabled()
    assert win.tabs.widget(0).text() == "The rules could not be loaded:\npack alibaba_com.yaml: bad clause"
    win.close()


def test_a_window_closed_while_loading_loads_nothing(qtbot, store) -> None:
    from gui.main_window import MainWindow

    win = MainWindow(store, defer=True)
    qtbot.addWidget(win)
    win.close()
    win.finish_start()
    assert not win.ready and win.packs == []


def test_rules_failing_after_the_first_paint_are_reported_once(qtbot, store, monkeypatch) -> None:
    import sys

    import engine.rules
    from gui.main_window import MainWindow

    calls: list[int] = []

    def broken() -> None:
        calls.append(1)
        raise RuntimeError("no packs")

    errors: list[str] = []
    monkeypatch.setattr(engine.rules, "load_packs", broken)
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: errors.append(str(exc)))  # what the app's hook gets
    win = MainWindow(store, defer=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: errors == ["no packs"], timeout=10000)
    win._load_in_steps()  # the fallback timer, later: no second attempt, no second dialog
    assert calls == [1] and not win.ready
    assert win.tabs.widget(0).text() == "The rules could not be loaded:\nno packs"
    win.close()


def test_the_commands_added_after_loading_are_translated(qtbot, store) -> None:
    from gui.i18n import set_lang
    from gui.main_window import MainWindow

    set_lang("zh")
    win = MainWindow(store, defer=True)
    qtbot.addWidget(win)
    assert win.tabs.widget(0).text() == "正在加载规则…"
    win.finish_start()
    assert (win.act["undo"].text(), win.act["redo"].text()) == ("撤销(&U)", "重做(&R)")
    win.close()
