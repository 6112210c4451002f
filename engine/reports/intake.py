"""Import a filled intake template: every row validated, every problem reported, nothing saved partially.

The file is untrusted: it is checked as a zip before any XML parser sees it, XML is parsed with
defusedxml, external links are not followed and formulas are read as their text, never evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.facts import MerchantProfile, ProfileInvalid, fact_specs, parse_profile
from engine.facts.meta import field_text
from engine.i18n import Lang, Text
from engine.reports.errors import ReportError
from engine.reports.template import TOP_FIELDS
from engine.reports.untrusted import open_untrusted, unsafe
from engine.reports.values import ValueProblem, from_cell, is_unknown

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
        return f"{where} {self.field.get(lang)}{sep}{self.problem.get(lang)}"


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


def _find_paths(rows: list[tuple[Any, ...]]) -> tuple[int, dict[int, str]] | None:
    known = {*TOP_FIELDS, *fact_specs()}
    for index, row in enumerate(rows):
        cols = {i: str(v).strip() for i, v in enumerate(row) if isinstance(v, str) and v.strip() in known}
        if cols:
            return index, cols
    return None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _row(values: tuple[Any, ...], cols: dict[int, str], row_no: int,
         problems: list[IntakeProblem]) -> MerchantProfile | None:
    doc: dict[str, Any] = {}
    where: dict[str, int] = {}
    before = len(problems)
    for index, path in cols.items():
        raw = values[index] if index < len(values) else None
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
    problem. Raises ``ReportError`` (``message(lang)``) for a file that is not a usable workbook."""
    path = Path(path)
    wb = open_untrusted(path)
    try:
        for ws in wb.worksheets:  # read-only mode parses each sheet's XML only now, while iterating
            rows_iter = ws.iter_rows(values_only=True)
            head = [r for _, r in zip(range(_HEADER_SCAN), rows_iter, strict=False)]
            found = _find_paths(head)
            if found is None:
                continue
            return _read_rows(found, head, rows_iter)
    except ReportError:
        raise
    except Exception as exc:  # defusedxml refusals, malformed XML, impossible cell values
        raise unsafe(path, exc) from None
    finally:
        wb.close()
    raise ReportError(Text(zh=f"{path.name}:找不到商家信息表(第 1 行的字段名缺失);请使用本软件导出的模板",
                           en=f"{path.name}: no merchant sheet found (the field names in row 1 are missing); "
                           "use the template this app exports"))


def _read_rows(found: tuple[int, dict[int, str]], head: list[tuple[Any, ...]], rest: Any) -> IntakeResult:
    path_index, cols = found
    first_data = path_index + 3  # paths, groups, titles
    result = IntakeResult()
    row_no = first_data
    rows = (r for r in head[first_data:])
    for values in _chain(rows, rest):
        row_no += 1
        if all(is_unknown(v) for v in values):
            continue
        if len(result.rows) + len(result.problems) >= MAX_ROWS:
            raise ReportError(Text(zh=f"一次最多导入 {MAX_ROWS} 个商家", en=f"at most {MAX_ROWS} merchants per import"))
        profile = _row(values, cols, row_no, result.problems)
        if profile is not None:
            result.profiles.append(profile)
            result.rows.append(row_no)
    if result.problems:
        result.profiles, result.rows = [], []
    return result


def _chain(*iterables: Any) -> Any:
    for it in iterables:
        yield from it
