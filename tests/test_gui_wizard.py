"""The check wizard end to end: nothing is written before Finish, only the needed facts are asked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from engine.facts import fact_spec
from engine.rules import load_packs
from gui.fields import TextInput
from gui.wizard import CheckWizard
from tests.gui_fixtures import DURING_REGISTRATION, dialogs, example_profile, isolated_settings, store  # noqa: F401


def _snapshot(store):
    return [(s.id, s.revision, len(store.checks(s.id))) for s in store.list_profiles(include_deleted=True)]


def test_new_merchant_end_to_end(qtbot, store, dialogs, tmp_path, monkeypatch):
    before = _snapshot(store)
    wizard = CheckWizard(store, list(load_packs()))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.merchant_page
    page.name.setText("Wizard Trading Co")
    page.new.setChecked(True)
    assert page.isComplete()
    wizard.next()
    assert wizard.programs_page.chosen() == {p.id for p in load_packs()}
    wizard.next()
    facts = wizard.facts_page
    asked = list(facts.inputs)
    assert asked, "an empty profile leaves facts to ask"
    weight: dict[str, int] = {}
    for result in wizard.results:
        for missing in result.missing:
            weight[missing.path] = weight.get(missing.path, 0) + len(missing.criteria)
    assert weight[asked[0]] == max(weight.values())  # the fact that settles the most criteria comes first
    assert "company.canton_fair_exhibition_dates" in asked
    facts.inputs["company.canton_fair_exhibition_dates"].set_value([date(2019, 10, 15)])
    facts.inputs["company.region"].set_value("mainland")
    assert _snapshot(store) == before  # nothing written yet
    wizard.next()
    results = wizard.results_page
    results.view.set_as_of(DURING_REGISTRATION)
    tree = results.view.tree
    assert tree.topLevelItemCount() == len(load_packs())
    icbu = next(r for r in wizard.results if r.program == "icbu-2020-06-online-fair-live")
    crit = {c.id: c.status.value for c in icbu.criteria}
    assert crit["canton-fair-2017-2019"] == "pass"

    written = []

    def fake_write_report(path, profile, results, *, lang, as_of=None, ticks=None):
        written.append((path, profile.name, [r.program for r in results], lang))
        path.write_bytes(b"PK")
        return path

    import engine.reports as reports

    monkeypatch.setattr(reports, "write_report", fake_write_report)
    dialogs.save_path = str(tmp_path / "wizard-report")
    results.export()
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    assert written[0][0] == tmp_path / "wizard-report.xlsx"
    assert written[0][1] == "Wizard Trading Co" and written[0][3] == "en"
    results.print_()
    assert ("dialog", "QPrintPreviewDialog") in dialogs.shown
    assert _snapshot(store) == before
    wizard.accept()
    saved = store.get(wizard.saved_id)
    assert saved.profile.name == "Wizard Trading Co"
    assert saved.profile.company.canton_fair_exhibition_dates == [date(2019, 10, 15)]
    assert saved.profile.company.general_taxpayer is None  # never asked, still unknown
    assert sorted(c.program for c in store.checks(saved.id)) == sorted(r.program for r in wizard.results)


def test_existing_merchant_cancel_writes_nothing(qtbot, store):
    stored = store.create(example_profile())
    before = _snapshot(store)
    wizard = CheckWizard(store, list(load_packs()), profile_id=stored.id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.merchant_page.existing.isChecked()
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.reject()
    assert _snapshot(store) == before
    assert wizard.saved_id is None


def test_facts_page_refuses_invalid_values(qtbot, store):
    wizard = CheckWizard(store, list(load_packs()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.merchant_page.name.setText("Invalid Co")
    wizard.merchant_page.new.setChecked(True)
    wizard.next()
    wizard.next()
    facts = wizard.facts_page
    numeric = [p for p, w in facts.inputs.items() if isinstance(w, TextInput) and w.spec.numeric]
    assert numeric, "the programmes ask at least one number"
    facts.inputs[numeric[0]].set_value("lots")
    assert facts.validatePage() is False
    title = fact_spec(numeric[0]).title("en")
    assert facts.problem.text() == f"{title}: not a number: write it like 5000000, 5,000,000 or 500万"
    assert "." + numeric[0].split(".")[1] not in facts.problem.text()  # no field path
    assert facts.inputs[numeric[0]].note.text() == "not a number: write it like 5000000, 5,000,000 or 500万"


def test_programme_page_needs_one_programme(qtbot, store):
    wizard = CheckWizard(store, list(load_packs()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.programs_page
    page._set_all(Qt.CheckState.Unchecked)
    assert not page.isComplete()
    assert "Registration:" in page.list.item(0).text()
