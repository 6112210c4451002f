"""Opening workbooks we did not write: size and ratio checks first, defusedxml, no links, no evaluation."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path
from typing import Any

import defusedxml

from engine.i18n import Text
from engine.reports.errors import ReportError
from engine.reports.files import check_workbook_file


def _defuse() -> None:
    """Make every stdlib XML parser refuse entity expansion and external references (once per process)."""
    if not _DEFUSED:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # defusedxml.cElementTree import notice
            defusedxml.defuse_stdlib()
        _DEFUSED.append(True)


_DEFUSED: list[bool] = []


def open_untrusted(path: Path) -> Any:
    """A user's workbook, opened read-only after the zip checks, with defusedxml in force, external links
    dropped and formulas kept as text."""
    _defuse()
    check_workbook_file(path)
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False, keep_vba=False)
    except (KeyError, ValueError, TypeError, OSError, zipfile.BadZipFile, IndexError, AttributeError) as exc:
        refused = _defused_cause(exc)
        if refused is not None:
            raise unsafe(path, refused) from None
        raise ReportError(Text(zh=f"{path.name}:无法读取工作簿({type(exc).__name__})",
                               en=f"{path.name}: cannot read the workbook ({type(exc).__name__})")) from None
    except Exception as exc:  # defusedxml refusals and parser errors from a hostile file
        raise unsafe(path, exc) from None


def _defused_cause(exc: BaseException) -> BaseException | None:
    """The defusedxml refusal behind an openpyxl error, if that is what it was."""
    from defusedxml.common import DefusedXmlException

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            refused: BaseException = seen
            return refused
        seen = seen.__cause__ or seen.__context__
    return None


def unsafe(path: Path, exc: BaseException) -> ReportError:
    """The refusal for a workbook whose content failed to parse (naming the defusedxml refusal if any)."""
    exc = _defused_cause(exc) or exc
    return ReportError(Text(zh=f"{path.name}:工作簿内容不安全或已损坏,拒绝读取({type(exc).__name__})",
                            en=f"{path.name}: unsafe or damaged workbook content; refused ({type(exc).__name__})"))
