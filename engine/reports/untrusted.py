"""The refusal for a workbook we did not write whose content cannot be parsed (see engine/reports/intake.py)."""

from __future__ import annotations

from pathlib import Path

from engine.i18n import Text
from engine.reports.errors import ReportError


def unsafe(path: Path, exc: BaseException) -> ReportError:
    """Unsafe or damaged content: malformed XML, a broken zip member, an impossible value."""
    return ReportError(Text(zh=f"{path.name}：工作簿内容不安全或已损坏，拒绝读取（{type(exc).__name__}）",
                            en=f"{path.name}: unsafe or damaged workbook content; refused ({type(exc).__name__})"))
