"""Where the PDF renderer plugs in. The engine never imports Qt; the desktop app (``gui.cli`` / ``gui.app``)
registers a renderer that turns a ``Printable`` into a PDF file and returns the number of pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from engine.reports.printable import Printable

PdfRenderer = Callable[[Printable, Path], int]

_renderer: list[PdfRenderer] = []


def set_pdf_renderer(fn: PdfRenderer | None) -> None:
    """Register (or with None, remove) the function that writes a Printable to a PDF file."""
    _renderer.clear()
    if fn is not None:
        _renderer.append(fn)


def get_pdf_renderer() -> PdfRenderer | None:
    return _renderer[0] if _renderer else None
