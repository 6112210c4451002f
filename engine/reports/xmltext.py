"""Text every part of a workbook can carry: XML 1.0 allows tab, line feed, carriage return and the characters
from U+0020 up, except the surrogates U+D800-U+DFFF and the non-characters U+FFFE and U+FFFF. Anything else in
a cell, a sheet name, a header or a document property makes the file malformed: Excel refuses or "repairs" it
and openpyxl cannot read it back. Each such character becomes U+FFFD (the replacement character), so the
reader sees that something was there."""

from __future__ import annotations

import re

#: The characters XML 1.0 forbids (openpyxl's own pattern covers only the C0 controls).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def xml_safe(text: str) -> str:
    return XML_FORBIDDEN.sub(REPLACEMENT, text)


def utf16_cut(text: str, units: int) -> str:
    """``text`` cut to at most ``units`` UTF-16 code units (how Excel counts a sheet name's 31 characters),
    never in the middle of a character."""
    out, used = [], 0
    for ch in text:
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            break
        out.append(ch)
    return "".join(out)
