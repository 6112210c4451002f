"""The global exception hook: log to a rotating file, tell the user what happened and where the log is."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from gui.settings import APP, ORG

log = logging.getLogger("eligibility")
_state: dict[str, Path | None] = {"log": None}
_fault_file: list[IO[str]] = []  # kept open for the life of the process: faulthandler writes into it
CRASH_FILE = "crash.log"


class EarlyRecords(logging.Handler):
    """Keeps what is logged before the log file is opened; the app opens it after the window's first paint
    (``logging.handlers`` and ``platformdirs`` cost ~15 ms). ``setup_logging`` writes these records first."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records() -> EarlyRecords:
    held = EarlyRecords()
    log.addHandler(held)
    log.setLevel(logging.INFO)
    return held


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, ORG))


def setup_logging(directory: Path | None = None) -> Path:
    """Log to ``app.log`` (rotating, 5 x 1 MB) in the user log dir; returns the file."""
    from logging.handlers import RotatingFileHandler

    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "app.log"
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for held in [h for h in log.handlers if isinstance(h, EarlyRecords)]:
        log.removeHandler(held)
        for record in held.records:
            handler.handle(record)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state["log"] = path
    return path


def record_hard_crashes(directory: Path) -> None:
    """A crash Python cannot catch (a segmentation fault, an abort) writes the Python traceback of every thread
    to ``crash.log`` (faulthandler); the next start moves it into ``app.log`` so the log tells the whole story."""
    crash = directory / CRASH_FILE
    with contextlib.suppress(OSError):
        previous = crash.read_text(encoding="utf-8", errors="replace").strip() if crash.exists() else ""
        if previous:
            log.error("The previous run ended with a crash:\n%s", previous)
        if _fault_file:
            return
        out = crash.open("w", encoding="utf-8")
        _fault_file.append(out)
        faulthandler.enable(out, all_threads=True)


def open_log() -> Path:
    """Open the log file unless it is open (writing what was held until then); returns it."""
    path = log_file()
    if path is None:
        path = setup_logging()
        log.info("log at %s", path)
    return path


def open_crash_log() -> Path:
    """The app's log, and from now on a record of hard crashes beside it (called once the window is up)."""
    path = open_log()
    record_hard_crashes(path.parent)
    return path


def log_qt_messages() -> object:
    """Qt's own warnings go to the same log (a user's log then shows what Qt complained about)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        log.log(levels.get(mode, logging.WARNING), "Qt: %s", message)

    return qInstallMessageHandler(handler)  # the previous handler


def log_file() -> Path | None:
    return _state["log"]


Shower = Callable[[str, Path | None], None]


def show_dialog(summary: str, path: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    translate = QApplication.translate
    text = translate("Crash", "Something went wrong: %1").replace("%1", summary)
    info = translate("Crash", "Your saved merchants are safe; changes not yet saved are still in the window. "
                              "Details were written to:\n%1").replace("%1", str(path or "-"))
    QMessageBox.critical(QApplication.activeWindow(), translate("Crash", "Unexpected error"), f"{text}\n\n{info}")


def install_excepthook(shower: Shower | None = None) -> Callable[..., None]:
    """Replace sys.excepthook; returns the hook. The app keeps running after the dialog."""
    show = shower or show_dialog
    busy = {"on": False}

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if log_file() is None and any(isinstance(h, EarlyRecords) for h in log.handlers):
            with contextlib.suppress(OSError):  # an error before the window was painted: the dialog names the log
                setup_logging()
        log.error("Unhandled exception\n%s", text)
        for handler in log.handlers:
            handler.flush()
        if busy["on"]:  # an error while showing the dialog: do not recurse
            sys.stderr.write(text)
            return
        busy["on"] = True
        try:
            show(f"{exc_type.__name__}: {exc}", log_file())
        finally:
            busy["on"] = False

    sys.excepthook = hook
    return hook
