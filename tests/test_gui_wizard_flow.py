"""The wizard asks before it discards input, its links lead to the field, and its programmes stay chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from engine.rules import load_packs
from gui.wizard import CheckWizard
from tests.gui_fixtures import (  # noqa: F401
    DURING_REGISTRATION,
    dialogs,
    example_profile,
    isolated_settings,
    store,
    window,
)

TWO = ("icbu-2020-06-online-fair-live", "taobao-union-recruiter-2024")


def _wizard(qtbot, store, **kwargs):
    wizard = CheckWizard(store, list(load_packs()), **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_escape_with_nothing_typed_closes_without_asking(qtbot, store, dialogs):
    wizard = _wizard(qtbot, store)
    wizard.merchant_page.new.setChecked(True)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and dialogs.shown == []


def test_escape_after_typing_asks_and_cancel_keeps_everything(qtbot, store, dialogs):
    wizard = _wizard(qtbot, store)
    qtbot.keyClicks(wizard.merchant_page.name, "Escape Trading")
    wizard.next()
    wizard.next()
    facts = wizard.facts_page
    combo = next(w.combo for w in facts.inputs.values() if hasattr(w, "combo"))
    combo.setCurrentIndex(1)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert [k for k, _ in dialogs.shown] == ["question"] and "Discard" in dialogs.shown[0][1]
    assert wizard.isVisible() and wizard.currentPage() is facts and combo.currentIndex() == 1
    dialogs.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.saved_id is None
    assert "Escape Trading" not in {s.name for s in store.list_profiles()}


def test_closing_the_wizard_window_asks_too(qtbot, store, dialogs):
    wizard = _wizard(qtbot, store)
    qtbot.keyClicks(wizard.merchant_page.name, "Closing Co")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    wizard.close()
    assert wizard.isVisible() and len(dialogs.shown) == 1


def test_a_missing_fact_link_on_the_results_page_goes_to_its_field(qtbot, store):
    wizard = _wizard(qtbot, store)
    wizard.resize(900, 500)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    qtbot.keyClicks(wizard.merchant_page.name, "Link Co")
    wizard.next()
    wizard.next()
    wizard.next()
    results = wizard.results_page
    missing = [m.path for r in wizard.results for m in r.missing]
    last = wizard.facts_page.missing_paths()[-1]  # far down the page
    assert last in missing
    results.view.fact_clicked.emit(last)
    assert wizard.currentPage() is wizard.facts_page
    widget = wizard.facts_page.inputs[last]
    assert widget.focus_widget().hasFocus()
    scroll = wizard.facts_page.scroll
    top = widget.mapTo(scroll.widget(), widget.rect().topLeft()).y()
    bar = scroll.verticalScrollBar()
    assert bar.value() > 0 and bar.value() <= top <= bar.value() + scroll.viewport().height()


def test_the_wizards_programmes_stay_chosen_in_results_and_checklist(window, store, qtbot, monkeypatch):
    stored = store.create(example_profile())
    window.panel.select(stored.id)

    def run(self):
        self.programs_page._set_all(Qt.CheckState.Unchecked)
        for i in range(self.programs_page.list.count()):
            item = self.programs_page.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in TWO:
                item.setCheckState(Qt.CheckState.Checked)
        self.start_from(stored.id)
        self.evaluate(DURING_REGISTRATION)
        self.accept()
        return 1

    monkeypatch.setattr(CheckWizard, "exec", run)
    window.open_wizard()
    assert {r.program for r in window.results} == set(TWO)
    assert window.results_view.tree.topLevelItemCount() == 2
    programmes = {window.checklist_view.tree.topLevelItem(i).text(0)
                  for i in range(window.checklist_view.tree.topLevelItemCount())}
    titles = {p.id: p.title.en for p in load_packs()}
    assert programmes <= {titles[p] for p in TWO}
    assert window.program_filter.button.text() == "Programmes: 2 of 12"
    window.load_merchant(None)
    window.load_merchant(stored.id)  # the choice stays with the merchant
    assert {r.program for r in window.results} == set(TWO)
    window.program_filter.set_chosen(None)  # back to all
    assert len(window.results) == len(load_packs())
    assert window.program_filter.button.text() == "All programmes (12)"
