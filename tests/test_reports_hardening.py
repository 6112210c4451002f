"""Every workbook written stays well-formed whatever the profile text holds, and a full disk gives one clear error
with nothing left behind (no half file, no temporary file, no ``Exception ignored`` at exit)."""

from __future__ import annotations

import errno
import gc
import io
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook
from reports_support import AS_OF, example

from engine.evaluate import evaluate_all
from engine.i18n import Text
from engine.reports import ReportError, write_report
from engine.reports.batch import write_batch
from engine.reports.intake import IntakeProblem, read_intake
from engine.reports.problems import write_problems
from engine.reports.template import write_template
from engine.rules import load_packs

#: Every character XML 1.0 forbids that a Python string can hold, next to what a cell may show.
FORBIDDEN = "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff"
PACKS = load_packs()


def hostile_profile():
    text = f"恶意{FORBIDDEN}=1+1&<b>"
    profile = example()
    return profile.model_copy(update={
        "name": f"商家{FORBIDDEN}名称",
        "notes": text * 3,
        "company": profile.company.model_copy(update={"legal_name": text, "registered_city": "城\ufffe市"}),
        "taobao_live": profile.taobao_live.model_copy(update={"service_city": "\uffff"}),
    })


def assert_well_formed(path):
    """Every XML part parses, and openpyxl reopens the workbook (cells, sheet names, properties)."""
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels", ".vml")):
                ET.fromstring(zf.read(name))  # raises on any character XML forbids
    wb = load_workbook(path)
    texts = [wb.properties.title or "", wb.properties.subject or "", *wb.sheetnames]
    for ws in wb.worksheets:
        texts += [ws.oddHeader.left.text or "", ws.oddFooter.left.text or ""]
        texts += [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    for text in texts:
        assert not any(ch in FORBIDDEN for ch in text), text
    return wb, texts


def test_every_writer_replaces_what_xml_forbids_and_each_file_reopens(tmp_path):
    profile = hostile_profile()
    results = evaluate_all(profile, PACKS, AS_OF)
    report = write_report(tmp_path / "r.xlsx", profile, results, lang="zh", as_of=AS_OF)
    _, texts = assert_well_formed(report)
    assert any("商家\ufffd" in t for t in texts)  # replaced, not dropped: the reader sees something was there
    write_batch(tmp_path / "b.xlsx", [profile, example()], PACKS[:2], AS_OF, lang="en", total=2,
                per_merchant=True)
    wb, _ = assert_well_formed(tmp_path / "b.xlsx")
    assert any(name.startswith("商家") for name in wb.sheetnames)
    template = write_template(tmp_path / "t.xlsx", "zh", [profile])
    assert_well_formed(template)
    back = read_intake(template)
    assert back.ok and back.profiles[0].name == "商家" + "\ufffd" * len(FORBIDDEN) + "名称"
    assert back.profiles[0].company.registered_capital_cny == profile.company.registered_capital_cny
    problem = IntakeProblem(5, "C", Text(zh=f"字段{FORBIDDEN}", en="field"), f"值{FORBIDDEN}",
                            Text(zh="问题\uffff", en="problem"))
    assert_well_formed(write_problems(tmp_path / "p.xlsx", [problem], "zh", f"来源{FORBIDDEN}.xlsx"))


class _FullRaw(io.RawIOBase):
    """A file on a disk that fills up after ``room`` bytes."""

    def __init__(self, raw, room):
        self.raw, self.room = raw, room

    def writable(self):
        return True

    def seekable(self):
        return True

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def fileno(self):
        return self.raw.fileno()

    def write(self, data):
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.raw.write(data)

    def close(self):
        self.raw.close()
        super().close()


@pytest.fixture
def full_disk(monkeypatch, tmp_path):
    """Files written into ``tmp_path/out`` fill the disk after a few kilobytes; unraisable errors recorded."""
    out = tmp_path / "out"
    out.mkdir()
    real_open = io.open
    unraisable = []

    def opening(file, mode="r", buffering=-1, *args, **kwargs):
        if "w" in mode and "b" in mode and str(file).startswith(str(out)):
            return io.BufferedWriter(_FullRaw(real_open(file, mode, buffering=0), 3000))
        return real_open(file, mode, buffering, *args, **kwargs)

    monkeypatch.setattr(io, "open", opening)
    monkeypatch.setattr(sys, "unraisablehook", lambda info: unraisable.append(info))
    yield out, unraisable


@pytest.mark.parametrize("writer", ["report", "batch", "template", "problems"])
def test_a_full_disk_gives_one_error_and_leaves_nothing(full_disk, writer):
    out, unraisable = full_disk
    profile = example()
    with pytest.raises(ReportError) as info:
        if writer == "report":
            write_report(out / "r.xlsx", profile, evaluate_all(profile, PACKS, AS_OF), lang="zh", as_of=AS_OF)
        elif writer == "batch":
            write_batch(out / "b.xlsx", [profile] * 3, PACKS, AS_OF, lang="zh", total=3)
        elif writer == "template":
            write_template(out / "t.xlsx", "en", [profile])
        else:
            write_problems(out / "p.xlsx", [IntakeProblem(5, "C", Text(zh="字段", en="field"), "x" * 20000,
                                                          Text(zh="问题", en="problem"))], "zh", "in.xlsx")
    assert "No space left on device" in info.value.message("en")
    del info  # its traceback holds the frames (and whatever they left open) until now
    gc.collect()
    assert unraisable == []  # nothing left to flush later: no "Exception ignored ... ENOSPC" at exit
    assert list(out.iterdir()) == []  # no half file under the name, no temporary file
