"""Make the bundled Chinese font, resources/fonts/EligibilitySansSC-Regular.ttf, and its licence file.

A subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1) holding GB 2312, Latin and punctuation and
every character the project's own texts use (rule packs, source documents, demo data, examples, the
translation catalogue, the engine's and the app's strings), with the few symbols Noto Sans CJK lacks (the
status marks, check box, bullets) taken from Noto Sans Symbols 2 (same licence). The outlines are converted
from CFF to TrueType: Qt's PDF writer embeds TrueType fonts as subsets with their text extractable.

Development tool only (the app and its tests read the committed font; fontTools is not a dependency):

    .venv/bin/pip install 'fonttools==4.68.0'
    .venv/bin/python packaging/make_font.py \
        --cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        --symbols /path/to/NotoSansSymbols2-Regular.ttf

On Debian the first comes with the package fonts-noto-cjk; the second is in fonts-noto-core
(``apt-get download fonts-noto-core && dpkg-deb -x fonts-noto-core_*.deb x`` gives it without installing).
Both are also published by the Noto project. The output is the same byte for byte for the same inputs and
fontTools version; rerun after adding text with a character the test (tests/test_fonts.py) finds missing.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "fonts"
FAMILY = "Eligibility Sans SC"
PS_NAME = "EligibilitySansSC-Regular"
FILE_NAME = f"{PS_NAME}.ttf"
CJK_FACE = "Noto Sans CJK SC"
MAX_ERR = 1.0  # font units (of 1000 per em): the largest distance of a quadratic outline from the cubic one

#: Text files of the project whose characters the font must cover (besides GB 2312 and the ranges below).
TEXT_GLOBS = ("resources/packs/*.yaml", "resources/sources/*.txt", "resources/sources/index.yaml",
              "resources/demo/*.json", "resources/examples/*.json", "resources/i18n/*.ts",
              "engine/**/*.py", "gui/**/*.py")
RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x205E), (0x2190, 0x2199), (0x2460, 0x2473),
          (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6))


def gb2312() -> set[str]:
    """Every character of GB 2312 (6,763 hanzi and 682 other characters)."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def project_chars(root: Path = ROOT) -> set[str]:
    """Every printable character of the project's texts."""
    chars: set[str] = set()
    for pattern in TEXT_GLOBS:
        for path in sorted(root.glob(pattern)):
            chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and c != "\ufffd"}


def wanted(root: Path = ROOT) -> set[int]:
    codes = {ord(c) for c in gb2312() | project_chars(root)}
    for first, last in RANGES:
        codes.update(range(first, last + 1))
    return codes


def _cjk_face(path: Path) -> TTFont:
    if path.suffix.lower() not in (".ttc", ".otc"):
        return TTFont(path, recalcTimestamp=False)
    number = 0
    while True:
        font = TTFont(path, fontNumber=number, recalcTimestamp=False)
        if font["name"].getDebugName(1) == CJK_FACE:
            return font
        number += 1


def _subset(font: TTFont, codes: Iterable[int]) -> None:
    options = subset.Options()
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "DSIG"]
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = []
    options.notdef_outline = True
    options.layout_features = ["kern", "liga", "ccmp"]  # no locl: it would pull the JP, KR and TC forms in
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)


def _quadratic(glyphset: object, name: str) -> object:
    pen = TTGlyphPen(glyphset)
    glyphset[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))  # type: ignore[index]
    return pen.glyph()


def to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines by TrueType (quadratic) ones."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {name: _quadratic(glyphset, name) for name in order}
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.numGlyphs = len(order)
    font.sfntVersion = "\x00\x01\x00\x00"
    _fix_lsb(font)


def _fix_lsb(font: TTFont) -> None:
    glyf, hmtx = font["glyf"], font["hmtx"]
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0))


def add_symbols(font: TTFont, symbols: TTFont, codes: set[int]) -> list[int]:
    """Copy the glyphs of ``codes`` that ``font`` lacks and ``symbols`` has (decomposed); returns their codes."""
    cmap, source_cmap = font.getBestCmap(), symbols.getBestCmap()
    scale = font["head"].unitsPerEm / symbols["head"].unitsPerEm
    glyphset = symbols.getGlyphSet()
    added = []
    order = list(font.getGlyphOrder())
    for code in sorted(codes):
        if code in cmap or code not in source_cmap:
            continue
        name = f"u{code:04X}"
        recording = DecomposingRecordingPen(glyphset)
        glyphset[source_cmap[code]].draw(recording)
        pen = TTGlyphPen(None)
        recording.replay(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
        font["glyf"].glyphs[name] = pen.glyph()
        order.append(name)
        advance = round(symbols["hmtx"][source_cmap[code]][0] * scale)
        font["hmtx"].metrics[name] = (advance, 0)
        for table in font["cmap"].tables:
            if table.isUnicode():
                table.cmap[code] = name
        added.append(code)
    font.setGlyphOrder(order)
    font["glyf"].glyphOrder = order
    font["maxp"].numGlyphs = len(order)
    _fix_lsb(font)
    return added


def rename(font: TTFont, cjk_version: str, symbols_version: str, symbols_count: int) -> None:
    """A name of its own (this is a Modified Version under the OFL) and where it comes from."""
    name = font["name"]
    copyright_ = "© 2014-2021 Adobe (http://www.adobe.com/). Copyright 2017 Google Inc."
    description = (f"A subset of Noto Sans CJK SC ({cjk_version}) for the Merchant Eligibility Checker: GB 2312, "
                   f"Latin, punctuation and the app's characters, outlines converted to TrueType; "
                   f"{symbols_count} symbols from Noto Sans Symbols 2 ({symbols_version}).")
    licence = ("This Font Software is licensed under the SIL Open Font License, Version 1.1. "
               "See OFL.txt beside this file.")
    name.names = []
    for ident, text in ((0, copyright_), (1, FAMILY), (2, "Regular"), (3, f"{PS_NAME};{cjk_version}"),
                        (4, f"{FAMILY} Regular"), (5, cjk_version), (6, PS_NAME), (10, description),
                        (13, licence), (14, "https://openfontlicense.org")):
        name.setName(text, ident, 3, 1, 0x409)
        name.setName(text, ident, 1, 0, 0)


def build(cjk_path: Path, symbols_path: Path, out_dir: Path = OUT_DIR) -> Path:
    codes = wanted()
    font = _cjk_face(cjk_path)
    symbols = TTFont(symbols_path, recalcTimestamp=False)
    cjk_version = font["name"].getDebugName(5).split(";")[0]
    symbols_version = symbols["name"].getDebugName(5).split(";")[0]
    _subset(font, codes)
    to_truetype(font)
    added = add_symbols(font, symbols, codes)
    rename(font, cjk_version, symbols_version, len(added))
    font["post"].formatType = 3.0  # no glyph names: smaller, and nothing reads them
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / FILE_NAME
    font.save(out)
    write_licence(out_dir)
    missing = sorted(ord(c) for c in project_chars() if ord(c) not in TTFont(out).getBestCmap())
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {out.stat().st_size:,} bytes, "
          f"{len(font.getGlyphOrder()):,} glyphs, {len(TTFont(out).getBestCmap()):,} characters "
          f"({len(added)} from the symbols font), sha256 {digest}")
    if missing:
        print("not in either source font: " + " ".join(f"U+{c:04X}" for c in missing), file=sys.stderr)
    return out


OFL_HEAD = """Eligibility Sans SC is a Modified Version of Noto Sans CJK SC and Noto Sans Symbols 2, made by
packaging/make_font.py (subset, outlines converted to TrueType, renamed). It is licensed, like them, under the
SIL Open Font License, Version 1.1, reproduced below.

Noto Sans CJK: Copyright © 2014-2021 Adobe (http://www.adobe.com/).
Noto Sans Symbols 2: Copyright 2017 Google Inc. All Rights Reserved.

"""


def write_licence(out_dir: Path) -> Path:
    path = out_dir / "OFL.txt"
    path.write_text(OFL_HEAD + OFL_TEXT, encoding="utf-8")
    return path


OFL_TEXT = """-----------------------------------------------------------
SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007
-----------------------------------------------------------

PREAMBLE
The goals of the Open Font License (OFL) are to stimulate worldwide
development of collaborative font projects, to support the font creation
efforts of academic and linguistic communities, and to provide a free and
open framework in which fonts may be shared and improved in partnership
with others.

The OFL allows the licensed fonts to be used, studied, modified and
redistributed freely as long as they are not sold by themselves. The
fonts, including any derivative works, can be bundled, embedded,
redistributed and/or sold with any software provided that any reserved
names are not used by derivative works. The fonts and derivatives,
however, cannot be released under any other type of license. The
requirement for fonts to remain under this license does not apply
to any document created using the fonts or their derivatives.

DEFINITIONS
"Font Software" refers to the set of files released by the Copyright
Holder(s) under this license and clearly marked as such. This may
include source files, build scripts and documentation.

"Reserved Font Name" refers to any names specified as such after the
copyright statement(s).

"Original Version" refers to the collection of Font Software components as
distributed by the Copyright Holder(s).

"Modified Version" refers to any derivative made by adding to, deleting,
or substituting -- in part or in whole -- any of the components of the
Original Version, by changing formats or by porting the Font Software to a
new environment.

"Author" refers to any designer, engineer, programmer, technical
writer or other person who contributed to the Font Software.

PERMISSION & CONDITIONS
Permission is hereby granted, free of charge, to any person obtaining
a copy of the Font Software, to use, study, copy, merge, embed, modify,
redistribute, and sell modified and unmodified copies of the Font
Software, subject to the following conditions:

1) Neither the Font Software nor any of its individual components,
in Original or Modified Versions, may be sold by itself.

2) Original or Modified Versions of the Font Software may be bundled,
redistributed and/or sold with any software, provided that each copy
contains the above copyright notice and this license. These can be
included either as stand-alone text files, human-readable headers or
in the appropriate machine-readable metadata fields within text or
binary files as long as those fields can be easily viewed by the user.

3) No Modified Version of the Font Software may use the Reserved Font
Name(s) unless explicit written permission is granted by the corresponding
Copyright Holder. This restriction only applies to the primary font name as
presented to the users.

4) The name(s) of the Copyright Holder(s) or the Author(s) of the Font
Software shall not be used to promote, endorse or advertise any
Modified Version, except to acknowledge the contribution(s) of the
Copyright Holder(s) and the Author(s) or with their explicit written
permission.

5) The Font Software, modified or unmodified, in part or in whole,
must be distributed entirely under this license, and must not be
distributed under any other license. The requirement for fonts to
remain under this license does not apply to any document created
using the Font Software.

TERMINATION
This license becomes null and void if any of the above conditions are
not met.

DISCLAIMER
THE FONT SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ANY WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT
OF COPYRIGHT, PATENT, TRADEMARK, OR OTHER RIGHT. IN NO EVENT SHALL THE
COPYRIGHT HOLDER BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
INCLUDING ANY GENERAL, SPECIAL, INDIRECT, INCIDENTAL, OR CONSEQUENTIAL
DAMAGES, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
FROM, OUT OF THE USE OR INABILITY TO USE THE FONT SOFTWARE OR FROM
OTHER DEALINGS IN THE FONT SOFTWARE.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cjk", type=Path, required=True,
                        help="NotoSansCJK-Regular.ttc (or NotoSansCJKsc-Regular.otf)")
    parser.add_argument("--symbols", type=Path, required=True, help="NotoSansSymbols2-Regular.ttf")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    build(args.cjk, args.symbols, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
