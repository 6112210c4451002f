"""Import a filled intake template: every row validated, every problem reported, nothing saved partially.

The file is untrusted: it is checked as a zip before any XML parser sees it, then streamed part by part with
caps on every quantity (engine/reports/xlsx_parts.py, xlsx_rows.py); no DTD is accepted, so no entity can
expand; formulas are read as their text, never evaluated. Only the rows present are read, by their own numbers;
a row that cannot be read is a problem named by its number.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any
from xml.parsers import expat

from engine.facts import MerchantProfile, ProfileInvalid, fact_specs, parse_profile
from engine.facts.meta import field_text
from engine.i18n import Lang, Text
from engine.reports.errors import ReportError
from engine.reports.files import check_workbook_file
from engine.reports.template import TOP_FIELDS
from engine.reports.untrusted import unsafe
from engine.reports.values import ValueProblem, from_cell, is_unknown
from engine.reports.xlsx_parts import Refused, date_styles, shared_strings, sheets
from engine.reports.xlsx_rows import RowIssue, SheetReader

MAX_ROWS = 20000
_HEADER_SCAN = 10


@dataclass(frozen=True)
class IntakeProblem:
    row: int  # worksheet row number as Excel shows it
    column: str  # column letter, "" when the problem concerns the whole row
    field: Text
    value: str
    problem: Text

    def message(self, lang: Lang) -> str:
        where = (f"第 {self.row} 行 {self.column} 列" if lang == "zh" else f"row {self.row}, column {self.column}") \
            if self.column else (f"第 {self.row} 行" if lang == "zh" else f"row {self.row}")
        sep = ":" if lang == "zh" else ": "
        field = f" {self.field.get(lang)}" if self.field.get(lang) else ""
        return f"{where}{field}{sep}{self.problem.get(lang)}"


@dataclass
class IntakeResult:
    profiles: list[MerchantProfile] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the worksheet row of each profile
    problems: list[IntakeProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _title(path: str) -> Text:
    spec = fact_specs().get(path)
    if spec is not None:
        return spec.text
    return field_text(MerchantProfile.model_fields[path]) if path in TOP_FIELDS else Text(zh=path, en=path)


def _find_paths(rows: list[tuple[int, dict[int, Any]]]) -> tuple[int, dict[int, str]] | None:
    """The row holding the field paths (its number) and the path of each column."""
    known = {*TOP_FIELDS, *fact_specs()}
    for number, cells in rows:
        cols = {i: v.strip() for i, v in cells.items() if isinstance(v, str) and v.strip() in known}
        if cols:
            return number, cols
    return None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _row(values: dict[int, Any], cols: dict[int, str], row_no: int,
         problems: list[IntakeProblem]) -> MerchantProfile | None:
    doc: dict[str, Any] = {}
    where: dict[str, int] = {}
    before = len(problems)
    for index, path in cols.items():
        raw = values.get(index)
        spec = fact_specs().get(path)
        try:
            value = (None if is_unknown(raw) else str(raw)) if spec is None else from_cell(spec, raw)
        except ValueProblem as exc:
            problems.append(IntakeProblem(row_no, _letter(index), _title(path), str(raw), exc.text))
            continue
        where[path] = index
        if value is None:
            continue
        group, _, name = path.rpartition(".")
        (doc.setdefault(group, {}) if group else doc)[name] = value
    try:
        profile = parse_profile(doc)  # also when a cell was unreadable, so every problem of the row is found
        return profile if len(problems) == before else None
    except ProfileInvalid as exc:
        for p in exc.problems:
            path = ".".join(p.path.split(".")[:2]) if p.path.split(".")[0] not in TOP_FIELDS else p.path.split(".")[0]
            col = where.get(path)
            problems.append(IntakeProblem(row_no, _letter(col) if col is not None else "", p.field,
                                          "" if p.value is None else str(p.value), p.problem))
        return None


def read_intake(path: Path) -> IntakeResult:
    """Read a filled template. Returns every profile when all rows are valid, otherwise no profile and every
    problem. Raises ``ReportError`` (``message(lang)``) for a file that is not a usable workbook.

    The workbook is streamed with caps (engine/reports/xlsx_parts.py): only the rows present are read, by
    their own numbers; the declared dimension is never trusted; a row that cannot be read is a problem by its
    number, never dropped silently."""
    path = Path(path)
    check_workbook_file(path)
    try:
        with zipfile.ZipFile(path) as zf:
            strings, dates = shared_strings(zf), date_styles(zf)
            for sheet in sheets(zf):
                issues: list[RowIssue] = []
                rows = iter(SheetReader(zf, sheet, strings, dates, issues))
                head = list(islice(rows, _HEADER_SCAN))
                found = _find_paths(head)
                if found is not None:
                    return _read_rows(found, head, rows, issues)
    except ReportError:
        raise
    except Refused as exc:
        raise ReportError(Text(zh=f"{path.name}:{exc.text.zh}", en=f"{path.name}: {exc.text.en}")) from None
    except (expat.ExpatError, zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise unsafe(path, exc) from None
    raise ReportError(Text(zh=f"{path.name}：找不到商家信息表（第 1 行的字段名缺失）；请使用本软件导出的模板",
                           en=f"{path.name}: no merchant sheet found (the field names in row 1 are missing); "
                           "use the template this app exports"))


_NO_FIELD = Text(zh="", en="")


def _read_rows(found: tuple[int, dict[int, str]], head: list[tuple[int, dict[int, Any]]],
               rest: Iterator[tuple[int, dict[int, Any]]], issues: list[RowIssue]) -> IntakeResult:
    path_row, cols = found
    first_data = path_row + 3  # paths, groups, titles
    result = IntakeResult()
    for row_no, values in chain(head, rest):
        if row_no < first_data or all(is_unknown(v) for v in values.values()):
            continue
        if len(result.rows) + len(result.problems) >= MAX_ROWS:
            raise ReportError(Text(zh=f"一次最多导入 {MAX_ROWS} 个商家", en=f"at most {MAX_ROWS} merchants per import"))
        if not any(not is_unknown(v) for i, v in values.items() if i in cols):
            outside = ", ".join(_letter(i) for i in sorted(values)[:5] if not is_unknown(values[i]))
            result.problems.append(IntakeProblem(row_no, "", _NO_FIELD, outside, Text(
                zh=f"只有模板字段以外的列（{outside}）有内容，无法导入；请把内容填入模板的列，或清空该行",
                en=f"has values only in columns that are not fields of the template ({outside}); nothing to "
                "import: move them into the template's columns or clear the row")))
            continue
        profile = _row(values, cols, row_no, result.problems)
        if profile is not None:
            result.profiles.append(profile)
            result.rows.append(row_no)
    result.problems += [IntakeProblem(i.row, i.column, _NO_FIELD, "", i.problem) for i in issues]
    result.problems.sort(key=lambda p: p.row)
    if result.problems:
        result.profiles, result.rows = [], []
    return result
