"""The window's Excel report, batch matrix, intake template and Excel import, through engine.reports."""

from __future__ import annotations

from openpyxl import load_workbook

from engine.facts import MerchantProfile
from engine.reports.template import write_template
from tests.gui_fixtures import dialogs, example_profile, isolated_settings, store, window  # noqa: F401


def test_excel_report_of_the_current_merchant(window, store, qtbot, tmp_path, dialogs):
    stored = store.create(example_profile())
    window.panel.select(stored.id)
    dialogs.save_path = str(tmp_path / "report")
    window.export_report()
    out = tmp_path / "report.xlsx"
    qtbot.waitUntil(out.exists, timeout=10000)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=10000)
    names = load_workbook(out, read_only=True).sheetnames
    assert names[0] == "Summary" and len(names) >= 4


def test_batch_matrix_of_all_merchants(window, store, qtbot, tmp_path, dialogs):
    store.create(example_profile())
    dialogs.save_path = str(tmp_path / "matrix.xlsx")
    window.export_batch()
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=20000)
    wb = load_workbook(tmp_path / "matrix.xlsx", read_only=True)
    rows = list(wb[wb.sheetnames[0]].iter_rows(values_only=True))
    assert len(rows) - 1 >= len(store.list_profiles())


def test_template_then_import_brings_the_merchants_in(window, store, qtbot, tmp_path, dialogs):
    dialogs.save_path = str(tmp_path / "blank.xlsx")
    window.export_template()
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=10000)
    assert (tmp_path / "blank.xlsx").exists()
    filled = write_template(tmp_path / "filled.xlsx", "en",
                            [MerchantProfile(name="Intake One"), example_profile().model_copy(update={"name": "Intake Two"})])
    window.import_files([filled])
    qtbot.waitUntil(lambda: "Imported 2" in window.statusBar().currentMessage(), timeout=10000)
    assert {"Intake One", "Intake Two"} <= {s.name for s in store.list_profiles()}
    two = next(s for s in store.list_profiles() if s.name == "Intake Two")
    assert store.get(two.id).profile.company.registered_capital_cny == example_profile().company.registered_capital_cny
    one = next(s for s in store.list_profiles() if s.name == "Intake One")
    assert store.get(one.id).profile.company.general_taxpayer is None
