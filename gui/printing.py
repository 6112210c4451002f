"""Printing and PDF of a merchant's results.

Uses the report's printable layout (engine.reports.printable + gui.pdf: running header, page x of y) when
present, and otherwise lays out the results HTML with QTextDocument on A4; both in the bundled Chinese font.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from engine.evaluate import ProgramResult
from engine.facts import MerchantProfile
from gui.fonts import report_font
from gui.i18n import lang
from gui.result_html import report_html


def printable(profile: MerchantProfile, results: list[ProgramResult], as_of: datetime | None) -> Any:
    """What to print: the report's Printable when available, else HTML."""
    try:
        from engine.reports.printable import build_printable
        from gui.app import register_pdf_renderer

        register_pdf_renderer()
    except ImportError:
        return report_html(profile.name or "", results)
    return build_printable(profile, results, lang=lang(), as_of=as_of)


def _document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font(10))
    doc.setDefaultStyleSheet("h1{font-size:18pt} h2{font-size:14pt} h3{font-size:12pt} "
                             "blockquote{color:#444; margin-left:12px}")
    doc.setHtml(html)
    return doc


def write_pdf(path: Path, report: Any) -> Path:
    if not isinstance(report, str):
        from gui.pdf import render_pdf

        render_pdf(report, path)
        return path
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(path.stem)
    _document(report).print_(writer)
    del writer  # closes the file
    return path


def preview(parent: QWidget | None, report: Any) -> int:
    if not isinstance(report, str):
        from gui.pdf import print_preview

        return int(print_preview(parent, report))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    doc = _document(report)
    dialog.paintRequested.connect(doc.print_)
    return dialog.exec()
