"""Reading an intake workbook as a stream, every quantity capped before the data is built.

openpyxl's reader loads every shared string first, pads gaps between row numbers with empty rows, and trusts
the sheet's declared ``<dimension>``; a hostile or odd file can make it hang, fill memory, or drop rows
silently. Here the zip is checked first (engine/reports/files.py), then each part is parsed with expat,
without a DTD (refused: no entity can expand), chunk by chunk, counting as it goes:

- shared strings: at most ``MAX_SHARED_STRINGS`` strings and ``MAX_SHARED_CHARS`` characters in all;
- a sheet: only the rows present, numbered as their ``r`` says (the declared dimension is never read); at
  most ``MAX_ROW_NUMBER`` rows and ``MAX_COLUMN`` columns (Excel's own limits), ``MAX_CELLS`` cells and
  ``MAX_CELL_CHARS`` characters per cell; a row numbered beyond Excel's limit or out of order is reported by
  its number, never dropped silently;
- every part: at most its declared (and zip-enforced) size, ``MAX_PART_BYTES`` / ``MAX_SHEET_BYTES``.

Cell values come as openpyxl gives them to the intake: text, ``Decimal`` numbers (exact, from the file's own
digits), ``True``/``False``, ``datetime`` for numbers in a date format, and a formula as its text (``=...``),
never evaluated.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any
from xml.parsers import expat

from engine.i18n import Text

MAX_PART_BYTES = 8 * 1024 * 1024  # workbook.xml, its relationships, styles.xml
MAX_SHEET_BYTES = 100 * 1024 * 1024
MAX_SHARED_BYTES = 64 * 1024 * 1024
MAX_SHARED_STRINGS = 500_000
MAX_SHARED_CHARS = 10_000_000
CHUNK = 1 << 16


class Refused(Exception):
    """The file goes beyond a cap or is not a workbook this reader accepts; ``text`` says why."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def small_int(text: str | None, digits: int = 9) -> int | None:
    """An attribute's whole number, when it is one of at most ``digits`` digits (never a huge conversion)."""
    return int(text) if text is not None and text.isdigit() and len(text) <= digits else None


def _local(tag: str) -> str:
    return tag.rpartition(":")[2]


def _no_dtd(*_: Any) -> None:
    raise Refused(Text(zh="工作簿内容不安全（含 DTD/实体声明），拒绝读取",
                       en="unsafe workbook content (a DTD or entity declaration); refused"))


def parser(start: Callable[[str, dict[str, str]], None], end: Callable[[str], None],
           text: Callable[[str], None] | None = None, *, raw_tags: bool = False) -> Any:
    """An expat parser calling ``start(local tag, attributes)``, ``end(local tag)`` and ``text(data)``; a DTD
    is refused, so no entity can expand and nothing is fetched. ``raw_tags``: the handlers get tags as written
    (a prefix such as ``x:row`` included) and strip it themselves, which saves a call per element."""
    made = expat.ParserCreate()
    made.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    made.StartDoctypeDeclHandler = _no_dtd
    if raw_tags:
        made.StartElementHandler, made.EndElementHandler = start, end
    else:
        made.StartElementHandler = lambda tag, attrs: start(_local(tag), attrs)
        made.EndElementHandler = lambda tag: end(_local(tag))
    if text is not None:
        made.buffer_text = True
        made.CharacterDataHandler = text
    return made


def _parse(stream: IO[bytes], start: Callable[[str, dict[str, str]], None], end: Callable[[str], None],
           text: Callable[[str], None] | None = None) -> None:
    made = parser(start, end, text)
    while chunk := stream.read(CHUNK):
        made.Parse(chunk, False)
    made.Parse(b"", True)


def open_part(zf: zipfile.ZipFile, name: str, cap: int) -> IO[bytes]:
    """A part of the zip, refused when its size is over ``cap`` (zipfile reads no more than that size, and a
    wrong size or checksum fails the read)."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise Refused(Text(zh=f"缺少部件 {name}", en=f"the part {name} is missing")) from None
    if info.file_size > cap:
        raise Refused(Text(zh=f"部件 {name} 过大（{info.file_size // 2**20} MB，上限 {cap // 2**20} MB）",
                           en=f"the part {name} is too large ({info.file_size // 2**20} MB; at most "
                           f"{cap // 2**20} MB)"))
    return zf.open(info)


@dataclass(frozen=True)
class SheetRef:
    name: str
    part: str  # path inside the zip


def _resolve(base: str, target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))


def _relationships(zf: zipfile.ZipFile, name: str, base: str) -> dict[str, str]:
    found: dict[str, str] = {}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and "Id" in attrs and "Target" in attrs:
            found[attrs["Id"]] = _resolve(base, attrs["Target"])

    with open_part(zf, name, MAX_PART_BYTES) as fh:
        _parse(fh, start, lambda tag: None)
    return found


def sheets(zf: zipfile.ZipFile) -> list[SheetRef]:
    """The worksheets in workbook order, each with the zip path of its part."""
    office = [t for t in _relationships(zf, "_rels/.rels", "").values() if t.endswith(".xml")]
    book = next((t for t in office if t.rpartition("/")[2].startswith("workbook")), "xl/workbook.xml")
    folder = posixpath.dirname(book)
    rels = _relationships(zf, posixpath.join(folder, "_rels", posixpath.basename(book) + ".rels"), folder)
    out: list[SheetRef] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            rid = next((v for k, v in attrs.items() if k == "id" or k.endswith(":id")), None)
            if rid in rels:
                out.append(SheetRef(attrs.get("name", ""), rels[rid]))

    with open_part(zf, book, MAX_PART_BYTES) as fh:
        _parse(fh, start, lambda tag: None)
    return out


def date_styles(zf: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell formats (``s`` of a cell) whose number format shows a date or time."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if "xl/styles.xml" not in zf.namelist():
        return set()
    custom: dict[int, str] = {}
    formats: list[int] = []
    inside: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        inside.append(tag)
        if tag == "numFmt" and small_int(attrs.get("numFmtId")) is not None:
            custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
        elif tag == "xf" and len(inside) >= 2 and inside[-2] == "cellXfs":
            formats.append(small_int(attrs.get("numFmtId")) or 0)

    def end(tag: str) -> None:
        inside.pop()

    with open_part(zf, "xl/styles.xml", MAX_PART_BYTES) as fh:
        _parse(fh, start, end)
    return {i for i, fmt in enumerate(formats) if is_date_format(custom.get(fmt, BUILTIN_FORMATS.get(fmt, "")))}


def shared_strings(zf: zipfile.ZipFile) -> list[str]:
    """Every shared string, refused as soon as a cap is passed (the declared count is checked first)."""
    if "xl/sharedStrings.xml" not in zf.namelist():
        return []
    strings: list[str] = []
    parts: list[str] = []
    state = {"chars": 0, "in_t": False, "phonetic": 0}

    def too_many(what: Text) -> Refused:
        return Refused(Text(zh=f"共享字符串过多（{what.zh}），拒绝读取", en=f"too many shared strings ({what.en}); "
                            "refused"))

    def start(tag: str, attrs: dict[str, str]) -> None:
        declared = small_int(attrs.get("uniqueCount"), 18) if tag == "sst" else None
        if declared is not None and declared > MAX_SHARED_STRINGS:
            raise too_many(Text(zh=f"声明 {declared:,} 个，上限 {MAX_SHARED_STRINGS:,}",
                                en=f"{declared:,} declared; at most {MAX_SHARED_STRINGS:,}"))
        if tag == "si":
            parts.clear()
        elif tag == "rPh":
            state["phonetic"] += 1  # pronunciation hints are not the cell's text
        elif tag == "t" and not state["phonetic"]:
            state["in_t"] = True

    def end(tag: str) -> None:
        if tag == "t":
            state["in_t"] = False
        elif tag == "rPh":
            state["phonetic"] -= 1
        elif tag == "si":
            strings.append("".join(parts))
            if len(strings) > MAX_SHARED_STRINGS:
                raise too_many(Text(zh=f"超过 {MAX_SHARED_STRINGS:,} 个", en=f"more than {MAX_SHARED_STRINGS:,}"))

    def text(data: str) -> None:
        if state["in_t"]:
            state["chars"] += len(data)
            if state["chars"] > MAX_SHARED_CHARS:
                raise too_many(Text(zh=f"文字超过 {MAX_SHARED_CHARS:,} 个字符",
                                    en=f"more than {MAX_SHARED_CHARS:,} characters of text"))
            parts.append(data)

    with open_part(zf, "xl/sharedStrings.xml", MAX_SHARED_BYTES) as fh:
        _parse(fh, start, end, text)
    return strings
