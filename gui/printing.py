"""Printing and PDF of the report HTML through Qt's print support (A4, page numbers from Qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def _document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet("h1{font-size:18pt} h2{font-size:14pt} h3{font-size:12pt} "
                             "blockquote{color:#444; margin-left:12px}")
    doc.setHtml(html)
    return doc


def write_pdf(path: Path, html: str) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(path.stem)
    _document(html).print_(writer)
    return path


def preview(parent: QWidget | None, html: str) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    doc = _document(html)
    dialog.paintRequested.connect(doc.print_)
    return dialog.exec()
