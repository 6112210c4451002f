"""The generated profile editor: tri-state inputs, unknown kept as None, inline validation, undo, save."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence

from engine.facts import MerchantProfile, fact_specs
from gui.date_input import DateInput
from gui.document import profile_values
from gui.editor import ProfileEditor
from gui.list_input import ListInput
from tests.gui_fixtures import dialogs, example_profile, isolated_settings, store, window  # noqa: F401


def test_every_fact_has_an_input_that_starts_unknown(qtbot):
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.load(MerchantProfile())
    assert set(fact_specs()) <= set(editor.inputs)
    assert {path: w.value() for path, w in editor.inputs.items()} == dict.fromkeys(editor.inputs)
    assert editor.profile() == MerchantProfile()


def test_tri_state_bool_keeps_unknown_apart_from_no(qtbot):
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.load(MerchantProfile())
    combo = editor.inputs["company.general_taxpayer"].combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Unknown", "Yes", "No"]
    combo.setCurrentIndex(2)
    assert editor.profile().company.general_taxpayer is False
    combo.setCurrentIndex(0)
    assert editor.profile().company.general_taxpayer is None


def test_unknown_stays_none_after_save_and_reload(window, store):
    stored = store.create(MerchantProfile(name="Blank Co"))
    assert window.panel.select(stored.id)
    window.editor.inputs["company.listed_company"].combo.setCurrentIndex(1)  # Yes
    window.editor.inputs["company.rd_staff_count"].edit.setText("0")
    window.editor.inputs["company.rd_staff_count"].edit.textEdited.emit("0")
    assert window.save()
    saved = store.get(stored.id).profile
    assert saved.company.listed_company is True
    assert saved.company.rd_staff_count == 0
    untouched = {p: v for p, v in profile_values(saved).items()
                 if p not in ("name", "company.listed_company", "company.rd_staff_count")}
    assert set(untouched.values()) == {None}


def test_loading_and_saving_an_example_changes_nothing(window, store):
    original = example_profile()
    stored = store.create(original)
    window.panel.select(stored.id)
    assert window.editor.profile() == original
    window.editor.undo_stack.resetClean()
    assert window.save()
    assert store.get(stored.id).profile == original


def test_inline_validation_in_the_current_language_blocks_saving(window, store, dialogs):
    stored = store.create(MerchantProfile(name="Bad input"))
    window.panel.select(stored.id)
    field = window.editor.inputs["company.registered_capital_cny"]
    field.edit.setText("lots")
    field.edit.textEdited.emit("lots")
    error = window.editor.errors["company.registered_capital_cny"]
    assert not error.isHidden() and error.text() == "not a number: write it like 5000000, 5,000,000 or 500万"
    assert not window.act["save"].isEnabled()
    assert window.save() is False
    assert "Registered capital" in dialogs.shown[-1][1]
    assert store.get(stored.id).revision == stored.revision
    field.edit.setText("-5")
    field.edit.textEdited.emit("-5")
    assert error.text() == "must not be less than 0"
    field.edit.setText("450000")
    field.edit.textEdited.emit("450000")
    assert error.isHidden() and window.act["save"].isEnabled()


def test_undo_redo_and_unsaved_marker(window, store):
    stored = store.create(MerchantProfile(name="Undo Co"))
    window.panel.select(stored.id)
    assert not window.isWindowModified()
    combo = window.editor.inputs["company.general_taxpayer"].combo
    combo.setCurrentIndex(1)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.act["undo"].trigger()
    assert combo.currentIndex() == 0 and window.editor.values()["company.general_taxpayer"] is None
    assert not window.isWindowModified()
    window.act["redo"].trigger()
    assert window.editor.values()["company.general_taxpayer"] is True
    assert window.act["save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    window.act["save"].trigger()
    assert not window.isWindowModified()
    assert store.get(stored.id).profile.company.general_taxpayer is True


def test_date_input_can_be_set_back_to_unknown(qtbot):
    field = DateInput(None)
    qtbot.addWidget(field)
    assert field.value() is None
    field.set_value(date(2019, 10, 15))
    assert field.value() == date(2019, 10, 15)
    field.set_value(None)
    assert field.value() is None and field.edit.text() == "" and field.edit.placeholderText() == "Unknown"


def test_list_input_tells_unknown_from_empty(qtbot):
    field = ListInput(fact_specs()["company.canton_fair_exhibition_dates"])
    qtbot.addWidget(field)
    assert field.value() is None
    field.unknown.setChecked(False)
    assert field.value() == []
    field.set_value([date(2019, 10, 15), date(2018, 4, 15)])
    assert field.value() == ["2018-04-15", "2019-10-15"]
    field.unknown.setChecked(True)
    assert field.value() is None


def test_jump_to_a_fact_shows_its_tab_and_focuses_it(window, store):
    stored = store.create(MerchantProfile(name="Jump"))
    window.panel.select(stored.id)
    window.show()
    window.results_view.fact_clicked.emit("alibaba_com.violation_score_points")
    assert window.tabs.currentWidget() is window.editor
    assert window.editor.tabs.tabText(window.editor.tabs.currentIndex()) == "Alibaba.com"


def test_every_demo_merchant_round_trips_through_the_editor(qtbot, store):
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    demos = [store.get(s.id).profile for s in store.list_profiles() if s.is_demo]
    assert demos
    kinds = set()
    for profile in demos:
        editor.load(profile)
        assert editor.profile() == profile
        kinds |= {fact_specs()[p].kind for p, v in editor.values().items() if v is not None and p in fact_specs()}
    assert {"bool", "int", "decimal", "date", "enum", "str", "list"} <= kinds


def test_number_lists_keep_equal_entries(qtbot):
    field = ListInput(fact_specs()["alibaba_com.product_growth_scores"])
    qtbot.addWidget(field)
    field.unknown.setChecked(False)
    for text in ("80", "65.5", "80"):
        field.entry.setText(text)
        field._add()
    assert field.value() == ["80", "65.5", "80"]


def test_platform_forms_are_built_on_first_show_with_the_loaded_values(qtbot):
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    profile = example_profile()
    editor.load(profile)
    expected = {path: value for path, value in profile_values(profile).items() if path in editor.tab_of}
    assert editor._pending and set(editor._inputs) == {"name", "notes"}  # only the General tab is built
    assert editor.values() == {**dict.fromkeys(editor.tab_of), **expected}
    assert editor.profile() == profile
    eager = ProfileEditor()
    qtbot.addWidget(eager)
    eager.inputs  # noqa: B018  (builds every form)
    eager.load(profile)
    eager_values = eager.values()
    path = "company.registered_capital_cny"
    tab = editor.tab_of[path]
    editor.apply_value(path, "lots", widget=False)  # an invalid value on a form not built yet
    assert tab in editor._pending and editor.problems
    editor.tabs.setCurrentIndex(tab)
    assert tab not in editor._pending
    assert editor._inputs[path].value() == "lots"
    assert editor._errors[path].text() == "not a number: write it like 5000000, 5,000,000 or 500万"
    assert not editor._errors[path].isHidden()
    other = next(p for p, t in editor.tab_of.items() if t in editor._pending)
    assert editor.jump_to(other) and other in editor._inputs
    assert {p: w.value() for p, w in editor.inputs.items()} == editor.values()  # everything built now
    assert editor.values() == {**eager_values, path: "lots"}
