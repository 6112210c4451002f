"""Shared fixtures and helpers for the report tests."""

from __future__ import annotations

import re
import unicodedata
import zlib
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from engine.cli.common import load_profile_file, parse_as_of
from engine.evaluate import evaluate_all
from engine.facts import MerchantProfile
from engine.rules import get_pack, load_packs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "ningbo-machinery.json"
PROGRAM = "icbu-2020-06-online-fair-live"
AS_OF = parse_as_of("2020-05-20")
HOSTILE = ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2", "\t=x", "\r=y", "=HYPERLINK(\"http://x\")"]


def example() -> MerchantProfile:
    return load_profile_file(EXAMPLE, "en")


def mixed_profile() -> MerchantProfile:
    """The example with one fact unknown and one failing, so every status colour shows."""
    profile = example()
    profile.alibaba_com.violation_score_points = None
    profile.company.court_dishonest_listed = True
    return profile


def results_for(profile: MerchantProfile, as_of: datetime = AS_OF, *, every_pack: bool = False):
    """Results for the seed-000 programme the assertions are written against (or for every pack)."""
    return evaluate_all(profile, load_packs() if every_pack else one_pack(), as_of)


def one_pack():
    return [get_pack(PROGRAM)]


def all_cells(path: Path):
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def assert_no_formulas(path: Path) -> None:
    formulas = [f"{c.parent.title}!{c.coordinate}={c.value!r}" for c in all_cells(path) if c.data_type == "f"]
    assert formulas == []


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


_RADICALS = {"⻚": "页", "⻔": "门", "⻢": "马", "⻛": "风", "⻓": "长", "⻝": "食", "⻋": "车", "⻉": "贝", "⻅": "见"}


def pdf_chars(data: bytes) -> set[str]:
    """Every character the PDF's ToUnicode maps name (the text drawn with its embedded fonts)."""
    chars: set[str] = set()
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            text = zlib.decompress(raw)
        except zlib.error:
            text = raw
        for block in re.findall(rb"beginbf(?:char|range)(.*?)endbf(?:char|range)", text, re.S):
            for line in block.splitlines():
                codes = re.findall(rb"<([0-9A-Fa-f]{4})>", line)
                if "[" in line.decode("latin-1"):
                    targets = codes[2:]
                elif len(codes) == 3:  # <lo> <hi> <start>: consecutive values from start
                    lo, hi, start = (int(c, 16) for c in codes)
                    targets = [f"{start + i:04X}".encode() for i in range(hi - lo + 1)]
                else:
                    targets = codes[1:]
                # A glyph shared by an ideograph and its radical may be mapped to the radical (⾃ for 自, ⻚ for 页):
                # Kangxi radicals have a compatibility mapping, the supplement's few simplified forms are listed.
                chars.update(_RADICALS.get(ch, ch) for ch in
                             (unicodedata.normalize("NFKC", chr(int(c, 16))) for c in targets))
    return chars
