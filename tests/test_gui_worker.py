"""The worker thread: progress reaches the GUI thread, cancel stops the job, errors are reported."""

from __future__ import annotations

import threading
import time

from gui.worker import Task, check_cancel, run_task
from tests.gui_fixtures import dialogs, isolated_settings  # noqa: F401


def test_progress_and_result(qtbot):
    seen, done = [], []

    def job(progress, cancel):
        for i in range(5):
            progress(i + 1, 5)
        return "finished"

    run_task(None, "working", job, done.append, on_progress=lambda a, b: seen.append((a, b)))
    qtbot.waitUntil(lambda: done == ["finished"], timeout=5000)
    assert seen == [(i, 5) for i in range(1, 6)]


def test_progress_signals_in_order(qtbot):
    task = Task(lambda progress, cancel: [progress(i, 3) for i in range(1, 4)] and 3)
    seen = []
    task.signals.progress.connect(lambda a, b: seen.append((a, b)))
    with qtbot.waitSignal(task.signals.done, timeout=5000) as blocker:
        task.run()
    assert blocker.args == [3]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_the_job(qtbot):
    started = threading.Event()
    steps = []
    cancelled, done = [], []

    def job(progress, cancel):
        started.set()
        for i in range(1000):
            check_cancel(cancel)
            steps.append(i)
            time.sleep(0.005)
        return "should not finish"

    task = run_task(None, "long", job, done.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    task.dialog.canceled.emit()  # what the dialog's Cancel button sends
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert done == [] and len(steps) < 1000


def test_errors_go_to_the_failure_handler(qtbot):
    failures = []

    def job(progress, cancel):
        raise ValueError("broken input")

    run_task(None, "failing", job, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert str(failures[0]) == "broken input"


def test_work_finishing_after_its_window_is_gone_is_dropped(qtbot):
    from PySide6.QtWidgets import QWidget

    release = threading.Event()
    called = []
    parent = QWidget()

    def job(progress, cancel):
        release.wait(5)
        return "late"

    task = run_task(parent, "late", job, called.append)
    parent.deleteLater()
    qtbot.wait(20)  # the deferred delete happens: the window and its progress dialog are gone
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        release.set()
    qtbot.wait(20)
    assert called == []
