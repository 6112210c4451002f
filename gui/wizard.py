"""The check wizard: merchant -> programmes -> only the facts still needed -> results -> export / print / save.

Pages fill a draft; nothing is written until Finish, and Cancel leaves the store as it was.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from engine.evaluate import ProgramResult, evaluate_all
from engine.facts import MerchantProfile
from engine.rules import Pack
from gui.document import build_profile, profile_values
from gui.screens import fit_to_screen
from gui.wizard_pages import FactsPage, MerchantPage, ProgramsPage
from gui.wizard_results import ResultsPage


class CheckWizard(QWizard):
    def __init__(self, store: Any, packs: list[Pack], parent: QWidget | None = None, *,
                 profile_id: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.packs = list(packs)
        self.saved_id: str | None = None
        self.draft: dict[str, Any] = profile_values(MerchantProfile())
        self._started = dict(self.draft)
        self.base_id: str | None = None  # the existing merchant the draft started from
        self.results: list[ProgramResult] = []
        self.setWindowTitle(self.tr("New check"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save"))
        self.merchant_page = MerchantPage(self, profile_id)
        self.programs_page = ProgramsPage(self)
        self.facts_page = FactsPage(self)
        self.results_page = ResultsPage(self)
        for page in (self.merchant_page, self.programs_page, self.facts_page, self.results_page):
            self.addPage(page)
        self.resize(900, 680)
        fit_to_screen(self)

    def start_from(self, profile_id: str | None, name: str = "") -> None:
        """Reset the draft to an existing merchant's saved facts, or to a new merchant called ``name``."""
        self.base_id = profile_id
        profile = self.store.get(profile_id).profile if profile_id else MerchantProfile(name=name or None)
        self.draft = profile_values(profile)
        self._started = profile_values(self.store.get(profile_id).profile) if profile_id else profile_values(
            MerchantProfile())

    def selected_packs(self) -> list[Pack]:
        chosen = self.programs_page.chosen()
        return [p for p in self.packs if p.id in chosen]

    def draft_profile(self) -> MerchantProfile:
        return build_profile(self.draft)

    def evaluate(self, as_of: datetime | None = None) -> list[ProgramResult]:
        as_of = as_of or datetime.now(UTC)
        self.results = evaluate_all(self.draft_profile(), self.selected_packs(), as_of)
        return self.results

    def has_input(self) -> bool:
        """Something typed or answered that Cancel would throw away."""
        page = self.merchant_page
        if page.new.isChecked() and page.name.text().strip():
            return True
        answers = {path: widget.value() for path, widget in self.facts_page.inputs.items()}
        return self.draft != self._started or any(self.draft.get(p) != v for p, v in answers.items())

    def reject(self) -> None:
        """Esc, Cancel or closing the window: asks first when it would discard input (as the main window does)."""
        if self.saved_id is None and self.has_input():
            answer = QMessageBox.question(
                self, self.tr("Discard this check?"),
                self.tr("Discard the merchant and the answers typed in this wizard? Nothing has been saved yet."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def show_fact(self, path: str) -> None:
        """A fact link on the results page: back to the facts page, scrolled to the field, with focus in it."""
        while self.currentPage() is not self.facts_page and self.currentPage() is self.results_page:
            self.back()
        self.facts_page.focus_fact(path)

    def accept(self) -> None:
        """Finish: write the profile once, then record the checks shown on the results page."""
        if self.store.read_only:
            QMessageBox.information(self, self.tr("Read-only"),
                                    self.tr("The data is open in another window, so this check was not saved."))
            super().accept()
            return
        profile = self.draft_profile()
        stored = self.store.save(self.base_id, profile) if self.base_id else self.store.create(profile)
        for result in self.results:
            self.store.record_check(stored.id, stored.revision, result)
        self.saved_id = stored.id
        super().accept()
