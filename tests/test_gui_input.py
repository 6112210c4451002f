"""What a merchant types is what is stored: real key and wheel events on the profile form and the wizard."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from engine.facts import MerchantProfile
from engine.rules import load_packs
from gui.date_input import DateInput
from gui.editor import ProfileEditor
from gui.fields import TextInput
from tests.gui_fixtures import dialogs, isolated_settings, store, type_text, window  # noqa: F401


def wheel(widget, steps=-1):
    """A real wheel event over the middle of ``widget`` (negative steps scroll down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def _scroll_of(widget):
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


def _editor(qtbot, width=700, height=300):
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.load(MerchantProfile())
    editor.resize(width, height)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


# -- 2. the wheel scrolls the form, it never changes an answer --------------------------------------------------
def test_wheel_over_an_unfocused_combo_scrolls_the_form_and_keeps_unknown(qtbot):
    editor = _editor(qtbot)
    path = "company.general_taxpayer"
    editor.jump_to(path)
    editor.setFocus()
    combo = editor.inputs[path].combo
    scroll = _scroll_of(combo)
    bar = scroll.verticalScrollBar()
    bar.setValue(0)
    editor.inputs[path].focus_widget().clearFocus()
    assert not combo.hasFocus() and combo.currentText() == "Unknown"
    for _ in range(3):
        wheel(combo)
    assert combo.currentText() == "Unknown" and editor.values()[path] is None  # not "No"
    assert bar.value() > 0  # the page scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    wheel(combo)
    assert combo.currentText() == "Yes" and editor.values()[path] is True  # a focused combo still takes the wheel


def test_wheel_over_the_wizard_facts_page_changes_no_answer(qtbot, store):
    from gui.wizard import CheckWizard

    wizard = CheckWizard(store, list(load_packs()))
    qtbot.addWidget(wizard)
    wizard.resize(900, 500)
    wizard.show()
    wizard.merchant_page.new.setChecked(True)
    wizard.merchant_page.name.setText("Wheel Co")
    wizard.next()
    wizard.next()
    combos = [w.combo for w in wizard.facts_page.inputs.values() if hasattr(w, "combo")]
    assert combos
    wizard.facts_page.setFocus()
    for combo in combos[:5]:
        wheel(combo)
        wheel(combo, 1)
        wheel(combo)
    assert all(c.currentIndex() == 0 for c in combos)  # every answer still "Unknown"
    assert {p: w.value() for p, w in wizard.facts_page.inputs.items()} == dict.fromkeys(wizard.facts_page.inputs)


def test_wheel_over_the_check_date_does_not_move_it(window):
    edit = window.results_view.as_of_edit
    before = edit.dateTime()
    window.panel.table.setFocus()
    wheel(edit)
    wheel(edit, 3)
    assert edit.dateTime() == before


# -- 3. dates typed the way people write them ------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["2015-03-18", "2015/3/18", "2015年3月18日", "20150318", "２０１５－０３－１８"])
def test_a_typed_date_is_stored_as_typed(window, store, qtbot, typed):
    stored = store.create(MerchantProfile(name="Dates Co"))
    window.panel.select(stored.id)
    window.show()
    window.jump_to_fact("company.registration_date")
    field = window.editor.inputs["company.registration_date"]
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # a stray arrow key changes nothing in a typed date
    type_text(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == date(2015, 3, 18)
    assert field.edit.text() == "2015-03-18"  # shown back in one form once typed
    assert field.note.text() == "18 Mar 2015"
    assert window.save()
    assert store.get(stored.id).profile.company.registration_date == date(2015, 3, 18)


def test_an_impossible_date_is_refused_visibly_and_nothing_is_stored(window, store, qtbot, dialogs):
    stored = store.create(MerchantProfile(name="Bad date Co"))
    window.panel.select(stored.id)
    window.show()
    window.jump_to_fact("company.registration_date")
    field = window.editor.inputs["company.registration_date"]
    qtbot.keyClicks(field.edit, "2015-02-30")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() == "2015-02-30"  # kept for correcting, never dropped or moved to another day
    error = window.editor.errors["company.registration_date"]
    assert error.text() == "February 2015 has no day 30" and not error.isHidden()
    assert field.note.isHidden()  # said once, under the field
    assert not window.act["save"].isEnabled()
    assert window.save() is False
    assert "Registration date: February 2015 has no day 30" in dialogs.shown[-1][1]
    assert "company." not in dialogs.shown[-1][1]  # no field paths in what a merchant reads
    assert store.get(stored.id).revision == stored.revision


def test_the_calendar_opens_at_the_value_or_today_and_picks_a_day(qtbot):
    field = DateInput(None)
    qtbot.addWidget(field)
    field.show()
    field.open_calendar()
    calendar = field.calendar
    assert calendar.isVisible() and calendar.selectedDate() == QDate.currentDate()  # not January 1900
    calendar.close()
    field.set_value(date(2015, 3, 18))
    field.open_calendar()
    assert field.calendar.selectedDate() == QDate(2015, 3, 18)
    with qtbot.waitSignal(field.edited):
        field.calendar.clicked.emit(QDate(2016, 2, 29))
    assert field.value() == date(2016, 2, 29) and not field.calendar.isVisible()
    field.unknown_button.click()
    assert field.value() is None and field.edit.text() == ""


# -- 4. numbers as people write them, and the credit code --------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored_as", "shown"), [
    ("5,000,000", Decimal(5_000_000), ""), ("5000000", Decimal(5_000_000), "= 5,000,000"), ("500万", Decimal(5_000_000), "= 5,000,000"),
    ("５００万元", Decimal(5_000_000), "= 5,000,000"), ("1.5亿", Decimal(150_000_000), "= 150,000,000"),
])
def test_amounts_as_people_write_them_are_stored_and_shown_as_understood(window, store, qtbot, typed, stored_as,
                                                                        shown):
    stored = store.create(MerchantProfile(name="Amounts Co"))
    window.panel.select(stored.id)
    window.show()
    window.jump_to_fact("company.registered_capital_cny")
    field = window.editor.inputs["company.registered_capital_cny"]
    type_text(field.edit, typed)
    assert field.note.text() == shown and window.editor.errors["company.registered_capital_cny"].isHidden()
    assert window.save()
    assert store.get(stored.id).profile.company.registered_capital_cny == stored_as


def test_a_number_that_cannot_be_read_is_refused_with_the_reason(window, store, qtbot):
    stored = store.create(MerchantProfile(name="Bad number Co"))
    window.panel.select(stored.id)
    window.show()
    field = window.editor.inputs["company.registered_capital_cny"]
    window.jump_to_fact("company.registered_capital_cny")
    qtbot.keyClicks(field.edit, "1,5")
    assert "grouped in threes" in window.editor.errors["company.registered_capital_cny"].text()
    assert not window.act["save"].isEnabled()
    staff = window.editor.inputs["company.rd_staff_count"]
    qtbot.keyClicks(staff.edit, "1.5")
    assert window.editor.errors["company.rd_staff_count"].text() == "must be a whole number"


def test_an_invalid_credit_code_is_explained_and_does_not_block_the_other_facts(window, store, qtbot):
    stored = store.create(MerchantProfile(name="Code Co"))
    window.panel.select(stored.id)
    window.show()
    window.jump_to_fact("company.unified_social_credit_code")
    code = window.editor.inputs["company.unified_social_credit_code"]
    qtbot.keyClicks(code.edit, "ABC")
    message = window.editor.errors["company.unified_social_credit_code"]
    assert not message.isHidden() and "has 18 characters; this one has 3" in message.text()
    assert "not saved until it is corrected" in message.text()
    city = window.editor.inputs["company.registered_city"]
    qtbot.keyClicks(city.edit, "Ningbo")
    assert window.act["save"].isEnabled()
    assert window.save()
    saved = store.get(stored.id).profile
    assert saved.company.registered_city == "Ningbo"  # the other facts are saved
    assert saved.company.unified_social_credit_code is None  # "ABC" is not
    assert code.edit.text() == "ABC" and window.isWindowModified()  # still there to correct, still unsaved
    assert "credit code" in window.statusBar().currentMessage()
    code.edit.clear()
    qtbot.keyClicks(code.edit, "9111 0108 5513 8508 2q")
    assert message.isHidden()
    assert window.save() and not window.isWindowModified()
    assert store.get(stored.id).profile.company.unified_social_credit_code == "91110108551385082Q"


def test_a_typed_number_is_understood_the_same_in_the_wizard(qtbot, store):
    from gui.wizard import CheckWizard

    wizard = CheckWizard(store, list(load_packs()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.merchant_page.new.setChecked(True)
    wizard.merchant_page.name.setText("Wizard amounts")
    wizard.next()
    wizard.next()
    numeric = {p: w for p, w in wizard.facts_page.inputs.items() if isinstance(w, TextInput) and w.spec.numeric}
    path, field = next((p, w) for p, w in numeric.items() if w.spec.kind == "decimal" and w.spec.unit == "CNY")
    type_text(field.edit, "50万")
    assert field.note.text() == "= 500,000"
    assert wizard.facts_page.validatePage()
    assert wizard.draft_profile().model_dump()[path.split(".")[0]][path.split(".")[1]] == Decimal(500_000)
