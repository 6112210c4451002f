"""Exporting the Excel report, shared by the main window and the wizard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engine.evaluate import ProgramResult
from engine.facts import MerchantProfile
from gui.i18n import lang
from gui.settings import in_start_dir, remember_dir
from gui.worker import Task, run_task

translate = QCoreApplication.translate


def ask_save_path(parent: QWidget | None, title: str, name: str, suffix: str, filter_text: str) -> Path | None:
    safe = "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name) or "merchant"
    path, _ = QFileDialog.getSaveFileName(parent, title, in_start_dir(f"{safe}{suffix}"), filter_text)
    if not path:
        return None
    remember_dir(path)
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def export_excel(parent: QWidget | None, profile: MerchantProfile, results: list[ProgramResult],
                 ticks: dict[tuple[str, str], str], as_of: datetime,
                 on_done: Callable[[Path], None] | None = None) -> Task | None:
    """Ask where, then write the report in a worker thread. Returns the task, or None if cancelled."""
    try:
        from engine.reports import write_report
        from gui.app import register_pdf_renderer

        register_pdf_renderer()
    except ImportError:
        QMessageBox.information(parent, translate("Export", "Export Excel report"),
                                translate("Export", "This version cannot write Excel reports yet."))
        return None
    path = ask_save_path(parent, translate("Export", "Export Excel report"), profile.name or "",
                         ".xlsx", translate("Export", "Excel workbook (*.xlsx)"))
    if path is None:
        return None

    def job(progress: Any, cancel: Any) -> Path:
        return Path(write_report(path, profile, results, lang=lang(), as_of=as_of, ticks=ticks))

    def failed(exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        QMessageBox.warning(parent, translate("Export", "Export failed"),
                            message(lang()) if callable(message) else str(exc))

    return run_task(parent, translate("Export", "Writing the report…"), job, on_done or (lambda _: None), failed)
