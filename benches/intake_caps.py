"""The intake reader at its caps: time and peak memory of the worst files it accepts or refuses.

    python benches/intake_caps.py [--quick]

Each case is a workbook built from a real template, read by ``read_intake`` in a child process (so its peak
RSS is the reader's own; Linux, from /proc); printed: wall time, peak RSS, and what the reader said. The figures back the bound
stated in docs/reports.md ("Untrusted files").
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHEET = "xl/worksheets/sheet2.xml"
CHILD = """
import sys, time
sys.path.insert(0, {root!r})

def hwm():  # peak RSS of this process in kB (VmHWM; ru_maxrss would carry the parent's peak over exec)
    with open("/proc/self/status") as fh:
        return int(next(line for line in fh if line.startswith("VmHWM")).split()[1])

from engine.reports import ReportError
from engine.reports.intake import read_intake
base = hwm()
t = time.perf_counter()
try:
    r = read_intake({path!r})
    said = f"{{len(r.profiles)}} profiles, {{len(r.problems)}} problems"
except ReportError as exc:
    said = "refused: " + exc.message("en")[:90]
peak = hwm()
print(f"{{time.perf_counter() - t:.2f}}\\t{{base}}\\t{{peak}}\\t{{said}}")
"""


def _rewrite(src: Path, dst: Path, sheet: bytes | None = None, extra: tuple[tuple[str, bytes], ...] = ()) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == SHEET and sheet is not None:
                data = sheet
            if item.filename == "[Content_Types].xml" and extra:
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            zout.writestr(item.filename, data)
        for name, data in extra:
            zout.writestr(name, data)
    return dst


def _cases(folder: Path, merchants: int, scale: int) -> list[tuple[str, Path]]:
    from benches._common import profile_dicts
    from engine.facts import parse_profile
    from engine.reports.template import write_template

    profiles = [parse_profile(d) for d in profile_dicts(merchants)]
    full = write_template(folder / "full.xlsx", "zh", profiles)
    empty = write_template(folder / "empty.xlsx", "zh", profiles[:5])
    with zipfile.ZipFile(empty) as zf:
        sheet = zf.read(SHEET)
    head, tail = sheet.split(b"</sheetData>")
    blank = head + b"".join(b'<row r="%d"/>' % i for i in range(9, 1_048_577 // scale)) + b"</sheetData>" + tail
    strings = b'<sst xmlns="x">' + b"".join(b"<si><t>%019d</t></si>" % (i * 7919) for i in range(500_000 // scale))
    over = b'<sst xmlns="x">' + b"".join(b"<si><t>%019d</t></si>" % (i * 7919) for i in range(500_001)) + b"</sst>"
    # short strings that do not repeat, so the file passes the zip's size and ratio checks
    huge = b'<sst xmlns="x">' + b"".join(b"<si><t>%08x</t></si>" % (i * 2654435761 % 2**32)
                                         for i in range(150 * 10**6 // 20 // scale)) + b"</sst>"
    return [
        (f"{merchants:,} merchants, every fact filled", full),
        (f"{1_048_576 // scale:,} blank rows after 5 merchants", _rewrite(empty, folder / "blank.xlsx", blank)),
        (f"{500_000 // scale:,} shared strings (the cap)", _rewrite(empty, folder / "sst.xlsx", None,
                                                                   (("xl/sharedStrings.xml", strings + b"</sst>"),))),
        ("500,001 shared strings (one over the cap)", _rewrite(empty, folder / "over.xlsx", None,
                                                     (("xl/sharedStrings.xml", over),))),
        (f"{len(huge) / 2**20:.0f} MB of short shared strings", _rewrite(empty, folder / "huge.xlsx", None,
                                                                 (("xl/sharedStrings.xml", huge),))),
        ("dimension A1 on 5 merchants", _rewrite(empty, folder / "dim.xlsx",
                                                  re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', sheet))),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    args = parser.parse_args(argv)
    merchants, scale = (1000, 16) if args.quick else (20_000, 1)
    with tempfile.TemporaryDirectory() as tmp:
        for title, path in _cases(Path(tmp), merchants, scale):
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
                                 capture_output=True, text=True, check=True).stdout.strip()
            wall = time.perf_counter() - started
            read, base, peak, said = out.split("\t", 3)
            size = path.stat().st_size / 2**20
            with zipfile.ZipFile(path) as zf:
                unpacked = sum(i.file_size for i in zf.infolist()) / 2**20
            print(f"{title:45} file {size:5.1f} MB ({unpacked:5.1f} MB unpacked)  read {float(read):6.2f} s  "
                  f"(process {wall:5.1f} s)  "
                  f"peak RSS {int(peak) / 1024:4.0f} MB (+{(int(peak) - int(base)) / 1024:4.0f} MB over the loaded engine)  {said}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
