"""The rows of one worksheet, streamed (see engine/reports/xlsx_parts.py for the caps and the parts)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from engine.i18n import Text
from engine.reports.xlsx_parts import CHUNK, MAX_SHEET_BYTES, Refused, SheetRef, open_part, parser, small_int

MAX_CELL_CHARS = 32_767  # Excel's limit
MAX_ROW_NUMBER = 1_048_576  # Excel's last row
MAX_COLUMN = 16_384  # Excel's last column, XFD
MAX_CELLS = 3_000_000
_EXCEL_LAST_SERIAL = 2_958_465  # 9999-12-31
_MAX_NUMBER_CHARS = 40


@dataclass
class RowIssue:
    """A row (or cell) the reader could not take as it is, by its number: reported, never dropped silently."""

    row: int
    column: str
    problem: Text


_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")


def column_index(letters: str) -> int:
    """0-based index of column letters (A = 0)."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


@dataclass(slots=True)
class _Cell:
    column: int = -1
    kind: str = "n"
    style: int = 0
    value: list[str] = field(default_factory=list)
    formula: list[str] | None = None
    chars: int = 0
    ref: str = ""


class SheetReader:
    """The rows of one sheet as ``(row number, {column index: value})``: only the rows present, in file order,
    numbered as their ``r`` says (the declared ``<dimension>`` is never read). A row that cannot be taken (its
    number beyond Excel's last row, repeated or out of order) is left out and, when it holds a value, named in
    ``issues`` by its number; so is a value beyond Excel's last column."""

    def __init__(self, zf: zipfile.ZipFile, sheet: SheetRef, strings: list[str], dates: set[int],
                 issues: list[RowIssue]) -> None:
        self.zf, self.sheet, self.strings, self.dates, self.issues = zf, sheet, strings, dates, issues
        self.ready: list[tuple[int, dict[int, Any]]] = []
        self.row = 0  # the number of the row being read
        self.last = 0  # the last row number taken
        self.why_not: Text | None = None  # why the row being read cannot be taken
        self.cells: dict[int, Any] = {}
        self.cell: _Cell | None = None
        self.target: list[str] | None = None  # where character data goes
        self.phonetic = 0
        self.count = 0
        self.next_column = 0

    def __iter__(self) -> Iterator[tuple[int, dict[int, Any]]]:
        made = parser(self.start, self.end, self.text, raw_tags=True)
        with open_part(self.zf, self.sheet.part, MAX_SHEET_BYTES) as fh:
            while True:
                chunk = fh.read(CHUNK)
                made.Parse(chunk, not chunk)
                yield from self.ready
                self.ready.clear()
                if not chunk:
                    return

    # -- expat handlers -------------------------------------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if ":" in tag:
            tag = tag.rpartition(":")[2]
        if tag == "row":
            self._start_row(attrs)
        elif tag == "c":
            self._start_cell(attrs)
        elif self.cell is not None:
            if tag == "v":
                self.target = self.cell.value
            elif tag == "f":
                self.cell.formula = []
                self.target = self.cell.formula
            elif tag == "rPh":
                self.phonetic += 1  # pronunciation hints are not the cell's text
            elif tag == "t" and not self.phonetic:
                self.target = self.cell.value

    def end(self, tag: str) -> None:
        if ":" in tag:
            tag = tag.rpartition(":")[2]
        if tag in ("v", "f", "t"):
            self.target = None
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "c" and self.cell is not None:
            self._end_cell(self.cell)
            self.cell = None
        elif tag == "row":
            self._end_row()

    def text(self, data: str) -> None:
        if self.target is not None and self.cell is not None:
            self.cell.chars += len(data)
            if self.cell.chars > MAX_CELL_CHARS:
                raise Refused(Text(
                    zh=f"第 {self.row} 行有单元格超过 {MAX_CELL_CHARS:,} 个字符（Excel 的上限）",
                    en=f"a cell in row {self.row} holds more than {MAX_CELL_CHARS:,} characters (Excel's limit)"))
            self.target.append(data)

    # -- rows and cells ---------------------------------------------------------------------------------------
    def _start_row(self, attrs: dict[str, str]) -> None:
        given = attrs.get("r")
        number = small_int(given, 12)
        self.row = number if number is not None else self.last + 1
        self.cells, self.why_not, self.next_column = {}, None, 0
        if given is not None and number is None:
            self.why_not = Text(zh=f"行号 {given[:20]} 无效", en=f"its row number {given[:20]!r} is invalid")
        elif self.row > MAX_ROW_NUMBER:
            self.why_not = Text(zh=f"行号超出 Excel 的最后一行 {MAX_ROW_NUMBER:,}",
                                en=f"its number is beyond Excel's last row {MAX_ROW_NUMBER:,}")
        elif self.row <= self.last:
            self.why_not = Text(zh=f"行号重复或顺序颠倒（前一行为第 {self.last} 行）",
                                en=f"its number repeats or goes back (after row {self.last})")

    def _end_row(self) -> None:
        if self.why_not is None:
            self.last = self.row
            self.ready.append((self.row, self.cells))
        elif self.cells:  # an empty row left out loses nothing
            self.issues.append(RowIssue(self.row, "", Text(zh=f"{self.why_not.zh}，未读取",
                                                           en=f"not read: {self.why_not.en}")))
        self.cells, self.why_not = {}, None

    def _start_cell(self, attrs: dict[str, str]) -> None:
        ref = attrs.get("r")
        column = self.next_column
        if ref is not None:
            found = _REF.match(ref)
            column = column_index(found.group(1)) if found else MAX_COLUMN
        self.next_column = column + 1  # a cell without a reference follows the one before it
        self.cell = _Cell(column=column, kind=attrs.get("t", "n"), style=small_int(attrs.get("s")) or 0,
                          ref=(ref or "")[:12])

    def _end_cell(self, cell: _Cell) -> None:
        value = self._value(cell)
        if value is None:
            return
        self.count += 1
        if self.count > MAX_CELLS:
            raise Refused(Text(zh=f"单元格超过 {MAX_CELLS:,} 个", en=f"more than {MAX_CELLS:,} cells"))
        if cell.column >= MAX_COLUMN:
            if self.why_not is None:
                self.issues.append(RowIssue(self.row, cell.ref, Text(
                    zh="单元格位置无效或超出 Excel 的最后一列 XFD，未读取",
                    en="not read: its position is invalid or beyond Excel's last column XFD")))
            return
        self.cells[cell.column] = value

    def _value(self, cell: _Cell) -> Any:
        text = "".join(cell.value)
        if cell.formula is not None:
            return "=" + "".join(cell.formula)  # formulas are read as their text, never evaluated
        if cell.kind == "s":
            index = small_int(text.strip(), 11)
            if index is None or index >= len(self.strings):
                raise Refused(Text(zh=f"第 {self.row} 行引用了不存在的共享字符串",
                                   en=f"row {self.row} refers to a shared string that does not exist"))
            return self.strings[index]
        if cell.kind in ("inlineStr", "str", "e", "d"):
            return text
        if cell.kind == "b":
            return text.strip() == "1"
        if not text.strip():
            return None
        return self._number(text.strip(), cell.style)

    def _number(self, text: str, style: int) -> Any:
        """A number as openpyxl reads it (an int, or a float whose shortest form is what Excel shows); in a
        date format, the date it stands for. Text too long for any number a fact can hold stays text (the
        fact's own check refuses it) and is never converted."""
        if len(text) > _MAX_NUMBER_CHARS:
            return text
        try:
            number: float | int = float(text) if any(c in text for c in ".eEn") else int(text)
        except ValueError:
            return text
        if style in self.dates and 0 <= number <= _EXCEL_LAST_SERIAL:
            from openpyxl.utils.datetime import from_excel

            moment: datetime = from_excel(number)
            return moment
        return number
