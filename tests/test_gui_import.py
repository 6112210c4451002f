"""Importing an intake sheet again never duplicates merchants silently: skip, update or import as new, previewed."""

from __future__ import annotations

from datetime import date

import pytest

from engine.facts import MerchantProfile
from engine.facts.company import Company
from engine.reports.template import write_template
from gui.import_dialog import ImportPreview
from tests.gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401

CODE = "91330100799655058B"


def _sheet(tmp_path, name, *profiles):
    return write_template(tmp_path / name, "zh", list(profiles))


def _first_import(window, store, qtbot, sheet):
    before = len(store.list_profiles())
    window.import_files([sheet])
    qtbot.waitUntil(lambda: "Imported" in window.statusBar().currentMessage(), timeout=10000)
    assert len(store.list_profiles()) == before + 2
    return before + 2


@pytest.fixture
def answered(monkeypatch):
    """The preview dialog as a user answers it: records what it showed, picks ``choice`` (None: Cancel)."""
    seen = {"choice": "skip", "rows": None}

    def exec_(self):
        seen["rows"] = [[self.tree.topLevelItem(i).text(c) for c in range(4)]
                        for i in range(self.tree.topLevelItemCount())]
        seen["summary"] = self.summary.text()
        if seen["choice"] is None:
            return 0
        self.choices[seen["choice"]].setChecked(True)
        seen["after"] = [self.tree.topLevelItem(i).text(3) for i in range(self.tree.topLevelItemCount())]
        seen["summary_after"] = self.summary.text()
        return 1

    monkeypatch.setattr(ImportPreview, "exec", exec_)
    return seen


def test_reimporting_the_same_sheet_shows_what_will_happen_and_skips(window, store, qtbot, tmp_path, answered):
    with_code = MerchantProfile(name="杭州码上贸易有限公司", company=Company(unified_social_credit_code=CODE))
    without = MerchantProfile(name="温州无码鞋业", company=Company(registered_city="温州"))
    sheet = _sheet(tmp_path, "intake.xlsx", with_code, without)
    count = _first_import(window, store, qtbot, sheet)
    window.import_files([sheet])
    qtbot.waitUntil(lambda: "Skipped" in window.statusBar().currentMessage(), timeout=10000)
    assert len(store.list_profiles()) == count  # nothing duplicated
    rows = answered["rows"]
    assert [r[0] for r in rows] == ["杭州码上贸易有限公司", "温州无码鞋业"]
    assert [r[1] for r in rows] == ["杭州码上贸易有限公司", "温州无码鞋业"]
    assert all(":" in r[2] and "(UTC" in r[2] for r in rows)  # updated with the time of day and its zone
    assert [r[3] for r in rows] == ["Skipped", "Skipped"]
    assert answered["summary"] == "0 merchants will be added. 2 already stored will be skipped."
    assert window.statusBar().currentMessage() == "Imported 0 merchants. Skipped 2 already stored."


def test_update_writes_known_facts_and_keeps_what_the_sheet_leaves_blank(window, store, qtbot, tmp_path, answered):
    original = MerchantProfile(name="宁波更新机械", company=Company(unified_social_credit_code=CODE,
                                                                 registered_city="宁波", employees_count=80))
    count = _first_import(window, store, qtbot, _sheet(tmp_path, "a.xlsx", original, MerchantProfile(name="其他")))
    stored_id = next(s.id for s in store.list_profiles() if s.name == "宁波更新机械")
    revision = store.get(stored_id).revision
    newer = MerchantProfile(name="宁波更新机械", company=Company(unified_social_credit_code=CODE,
                                                              registration_date=date(2015, 3, 18)))
    answered["choice"] = "update"
    window.import_files([_sheet(tmp_path, "b.xlsx", newer)])
    qtbot.waitUntil(lambda: "Updated 1" in window.statusBar().currentMessage(), timeout=10000)
    assert answered["after"] == ["Updated: changes 1 fact"]
    saved = store.get(stored_id)
    assert saved.revision == revision + 1 and len(store.list_profiles()) == count
    assert saved.profile.company.registration_date == date(2015, 3, 18)  # known in the sheet: written
    assert saved.profile.company.registered_city == "宁波"  # blank in the sheet: unknown there, kept here
    assert saved.profile.company.employees_count == 80
    assert window.profile_id == stored_id and str(window.editor.values()["company.registration_date"]) == "2015-03-18"


def test_import_as_new_and_cancel(window, store, qtbot, tmp_path, answered):
    sheet = _sheet(tmp_path, "c.xlsx", MerchantProfile(name="重复一号"), MerchantProfile(name="重复二号"))
    count = _first_import(window, store, qtbot, sheet)
    answered["choice"] = None
    window.import_files([sheet])
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10000)
    assert len(store.list_profiles()) == count
    answered["choice"] = "new"
    window.import_files([sheet])
    qtbot.waitUntil(lambda: "Imported 2" in window.statusBar().currentMessage(), timeout=10000)
    assert answered["after"] == ["Added again as a new merchant"] * 2
    assert [s.name for s in store.list_profiles()].count("重复一号") == 2
