"""Long work off the GUI thread: a QRunnable with progress, cancel and a result, shown with QProgressDialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Job = Callable[[Progress, threading.Event], Any]


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``job(progress, cancel_event)`` in the thread pool. The job must not touch widgets or the store."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.cancel_event)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            if self.cancel_event.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)

    def cancel(self) -> None:
        self.cancel_event.set()


_running: set[Task] = set()


def run_task(parent: QWidget | None, label: str, job: Job, on_done: Callable[[Any], None],
             on_failed: Callable[[BaseException], None] | None = None,
             on_cancelled: Callable[[], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None) -> Task:
    """Start ``job`` with a modal progress dialog (shown after a short delay) that can cancel it."""
    task = Task(job)
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Worker", "Merchant Eligibility Checker"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def progress(done: int, total: int) -> None:
        if shiboken6.isValid(dialog):
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finish() -> bool:
        """Close the dialog; False when the window that started the work is gone (nothing left to update)."""
        _running.discard(task)
        if not shiboken6.isValid(dialog):
            return False
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()
        return parent is None or shiboken6.isValid(parent)

    def done(result: Any) -> None:
        if finish():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not finish():
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            raise exc

    def cancelled() -> None:
        if finish() and on_cancelled is not None:
            on_cancelled()

    task.signals.progress.connect(progress)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    task.signals.cancelled.connect(cancelled)
    _running.add(task)
    task.dialog = dialog  # type: ignore[attr-defined]
    QThreadPool.globalInstance().start(task)
    return task


def check_cancel(event: threading.Event) -> None:
    if event.is_set():
        raise Cancelled
