"""The global exception hook writes a rotating log and shows a dialog naming the log file."""

from __future__ import annotations

import sys
from logging.handlers import RotatingFileHandler

from gui import crash
from tests.gui_fixtures import dialogs, isolated_settings  # noqa: F401


def test_hook_logs_and_shows_the_log_path(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = crash.setup_logging(tmp_path / "logs")
    shown = []
    hook = crash.install_excepthook(lambda summary, where: shown.append((summary, where)))
    assert sys.excepthook is hook
    try:
        raise RuntimeError("disk unplugged")
    except RuntimeError:
        hook(*sys.exc_info())
    assert shown == [("RuntimeError: disk unplugged", path)]
    text = path.read_text(encoding="utf-8")
    assert "Unhandled exception" in text and "disk unplugged" in text and "Traceback" in text
    assert any(isinstance(h, RotatingFileHandler) and h.maxBytes > 0 for h in crash.log.handlers)


def test_default_dialog_names_the_log(tmp_path, monkeypatch, dialogs, qapp):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = crash.setup_logging(tmp_path / "logs")
    hook = crash.install_excepthook()
    try:
        raise KeyError("x")
    except KeyError:
        hook(*sys.exc_info())
    kind, text = dialogs.shown[-1]
    assert kind == "critical" and str(path) in text and "KeyError" in text


def test_error_inside_the_dialog_does_not_recurse(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.setup_logging(tmp_path / "logs")
    calls = []

    def bad_dialog(summary, where):
        calls.append(summary)
        hook(*sys.exc_info())  # an error while showing: must not loop

    hook = crash.install_excepthook(bad_dialog)
    try:
        raise OSError("first")
    except OSError:
        hook(*sys.exc_info())
    assert calls == ["OSError: first"]


def test_qt_warnings_reach_the_log(tmp_path, qapp):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    path = crash.setup_logging(tmp_path / "logs")
    previous = crash.log_qt_messages()
    try:
        qWarning("the printer went away")
    finally:
        qInstallMessageHandler(previous)
    for handler in crash.log.handlers:
        handler.flush()
    assert "WARNING eligibility: Qt: the printer went away" in path.read_text(encoding="utf-8")


def test_records_logged_before_the_log_opens_are_written_first(tmp_path, monkeypatch):
    """The app opens its log after the window's first paint; what was logged until then is not lost."""
    monkeypatch.setattr(crash, "_state", {"log": None})
    monkeypatch.setattr(crash, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(crash.log, "handlers", [])
    crash.hold_early_records()
    crash.log.info("start")
    crash.log.warning("Qt: a warning before the first paint")
    path = crash.open_log()
    assert path == tmp_path / "logs" / "app.log" and crash.open_log() == path  # opened once
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["start", "Qt: a warning before the first paint",
                                                          f"log at {path}"]
    assert not any(isinstance(h, crash.EarlyRecords) for h in crash.log.handlers)
    for handler in crash.log.handlers:
        handler.close()


def test_an_error_before_the_log_opens_opens_it(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_state", {"log": None})
    monkeypatch.setattr(crash, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(crash.log, "handlers", [])
    crash.hold_early_records()
    crash.log.info("start")
    shown = []
    hook = crash.install_excepthook(lambda summary, where: shown.append((summary, where)))
    try:
        raise RuntimeError("early")
    except RuntimeError:
        hook(*sys.exc_info())
    path = tmp_path / "logs" / "app.log"
    assert shown == [("RuntimeError: early", path)]
    text = path.read_text(encoding="utf-8")
    assert text.index("start") < text.index("Unhandled exception") < text.index("RuntimeError: early")
    for handler in crash.log.handlers:
        handler.close()
