"""Printable HTML and the Qt PDF renderer: A4 pages, running header and page numbers, embedded CJK font."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from reports_support import AS_OF, EXAMPLE, ROOT, example, mixed_profile, pdf_chars, pdf_pages, results_for

from engine.reports.pdf_hook import get_pdf_renderer, set_pdf_renderer
from engine.reports.printable import build_printable


def test_printable_html_escapes_user_text():
    profile = example().model_copy(update={"name": "<script>alert(1)</script> & =1+1"})
    printable = build_printable(profile, results_for(profile), lang="en", as_of=AS_OF)
    assert "<script>" not in printable.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; =1+1" in printable.html
    assert printable.merchant == "<script>alert(1)</script> & =1+1"
    assert printable.date_text == "20 May 2020"  # a day for people in the page header


def test_printable_has_summary_programmes_checklist():
    profile = mixed_profile()
    html = build_printable(profile, results_for(profile), lang="zh", as_of=AS_OF).html
    for text in ("资格自查报告 — 宁波示例机械有限公司", "概览", "✘ 不符合条件", "尚未填写违规分值；须低于 24 分。", "申请清单", "待补充信息",
                 "商家門檻 5", "page-break-before: always", "#FFC7CE"):
        assert text in html


def test_pdf_a4_with_pages_text_and_embedded_cjk_font(qapp, tmp_path):
    from gui.pdf import render_pdf

    profile = mixed_profile()
    printable = build_printable(profile, results_for(profile), lang="zh", as_of=AS_OF)
    path = tmp_path / "r.pdf"
    pages = render_pdf(printable, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and pages >= 3
    assert pdf_pages(data) == pages
    assert b"/FontFile2" in data  # the font program is embedded, as TrueType outlines
    assert set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/]+)", data)) == {b"EligibilitySansSC-Regular"}
    chars = pdf_chars(data)
    assert set("资格自查报告宁波示例机械有限公司第页共违规分值") <= chars
    assert b"/MediaBox [0 0 595" in data  # A4 width in points
    assert os.listdir(tmp_path) == ["r.pdf"]


def test_english_pdf(qapp, tmp_path):
    from gui.pdf import render_pdf

    profile = example()
    pages = render_pdf(build_printable(profile, results_for(profile), lang="en", as_of=AS_OF), tmp_path / "e.pdf")
    data = (tmp_path / "e.pdf").read_bytes()
    assert pdf_pages(data) == pages > 0
    assert set("EligibilityreportPage") <= pdf_chars(data)
    assert set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/]+)", data)) == {b"EligibilitySansSC-Regular"}


def test_print_preview_paints_the_report(qapp, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gui.pdf import print_preview

    out = tmp_path / "preview.pdf"

    def fake_exec(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    profile = example()
    assert print_preview(None, build_printable(profile, results_for(profile), lang="zh", as_of=AS_OF)) == 1
    data = out.read_bytes()
    assert pdf_pages(data) > 0 and "宁" in pdf_chars(data)
    assert print_preview(None, "<h1>Hello</h1>") == 1


def test_print_dialog_prints_when_accepted(qapp, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from gui.pdf import print_dialog

    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    profile = example()
    printable = build_printable(profile, results_for(profile), lang="en", as_of=AS_OF)
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    pages = print_dialog(None, printable)
    assert pages > 0 and pdf_pages(out.read_bytes()) == pages
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    assert print_dialog(None, printable) == 0


def test_gui_cli_registers_renderer_and_writes_pdf(qapp, tmp_path):
    from gui.cli import main

    try:
        code = main(["--lang", "en", "report", str(EXAMPLE), "--out", str(tmp_path / "r.xlsx"), "--pdf",
                     str(tmp_path / "r.pdf"), "--as-of", "2020-05-20"])
        assert get_pdf_renderer() is not None
    finally:
        set_pdf_renderer(None)
    assert code == 0
    assert pdf_pages((tmp_path / "r.pdf").read_bytes()) > 0
    assert (tmp_path / "r.xlsx").stat().st_size > 0


def test_installed_cli_makes_pdf_headless(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-m", "gui.cli", "report", str(EXAMPLE), "--out", str(tmp_path / "r.xlsx"),
                           "--pdf", str(tmp_path / "r.pdf")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert pdf_pages((tmp_path / "r.pdf").read_bytes()) > 0


def test_cli_entry_point_loads_qt_only_for_pdf():
    code = ("import sys, gui.cli\n"
            "gui.cli.main(['programs'])\n"
            "print('QT:' + ','.join(m for m in sys.modules if m.startswith('PySide6')))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "QT:"
