"""Reports people print and share: Excel report and batch matrix, intake template and import, printable HTML.

Pure Python (openpyxl); no Qt. The GUI's PDF renderer registers itself through ``engine.reports.pdf_hook``.
"""

from __future__ import annotations

from engine.reports.errors import Cancelled, ReportError
from engine.reports.excel_report import build_report, write_report

__all__ = ["Cancelled", "ReportError", "build_report", "write_report"]
