"""PDF and printing of the printable report through QTextDocument: A4, a running header with merchant and date,
"page x / y" on every page, every text in the bundled Chinese font (gui/fonts.py), embedded in the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

import engine
from engine.reports.files import atomic_target
from engine.reports.printable import Printable
from gui.fonts import report_font

MARGINS_MM = QMarginsF(15, 15, 15, 15)


def _page_text(page: int, pages: int, lang: str) -> str:
    return f"第 {page} 页，共 {pages} 页" if lang == "zh" else f"Page {page} / {pages}"


def paint(printable: Printable, device: QPagedPaintDevice) -> int:
    """Lay the report out on ``device`` (QPdfWriter or QPrinter) page by page; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        return _paint(printable, device, painter)
    finally:
        painter.end()


def _paint(printable: Printable, device: QPagedPaintDevice, painter: QPainter) -> int:
    width, height = float(device.width()), float(device.height())
    band = device.logicalDpiY() * 0.35  # header / footer band, about 9 mm
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(report_font(9))
    doc.setHtml(printable.html)
    body = QSizeF(width, height - 2 * band)
    doc.setPageSize(body)
    pages = doc.pageCount()
    small = report_font(7.5)
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, band - index * body.height())
        doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
        painter.restore()
        painter.setFont(small)
        top = QRectF(0, 0, width, band * 0.8)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), printable.merchant)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), printable.date_text)
        painter.drawLine(0, int(band * 0.85), int(width), int(band * 0.85))
        bottom = QRectF(0, height - band * 0.8, width, band * 0.8)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                         _page_text(index + 1, pages, printable.lang))
    return pages


def _setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def render_pdf(printable: Printable, path: Path) -> int:
    """Write the report to ``path`` as an A4 PDF (atomically); returns the page count."""
    with atomic_target(Path(path)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        _setup(writer)
        writer.setTitle(printable.title)
        writer.setCreator(f"Merchant Eligibility Checker {engine.__version__}")
        pages = paint(printable, writer)
        del writer  # flushes and closes the file before it is moved into place
    return pages


def _printer(report: Printable) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup(printer)
    printer.setDocName(report.title)
    return printer


def _printable(report: Printable | str) -> Printable:
    if isinstance(report, str):
        return Printable(html=report, title="", merchant="", date_text="", lang="zh")
    return report


def print_dialog(parent: QWidget | None, report: Printable | str) -> int:
    """The system print dialog; prints the report when accepted. Returns the page count (0 if cancelled)."""
    report = _printable(report)
    printer = _printer(report)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return paint(report, printer)


def print_preview(parent: QWidget | None, report: Printable | str) -> int:
    """Show the print preview (and print from it). ``report`` is a Printable or bare HTML."""
    report = _printable(report)
    printer = _printer(report)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: paint(report, p))
    return int(dialog.exec())
