"""The last page of the check wizard: results, with export and printing before saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWizardPage

from gui.exporting import export_excel
from gui.results_view import ResultsView
from gui.screens import KeepStatusVisible


class ResultsPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Results"))
        self.setSubTitle(self.tr("Save keeps the merchant and this check. You can also export or print now."))
        self.view = ResultsView(self)
        KeepStatusVisible(self.view.tree)
        self.view.as_of_changed.connect(self._evaluate)
        self.view.fact_clicked.connect(self.wiz.show_fact)
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self._evaluate()

    def _evaluate(self) -> None:
        self.view.show_results(self.wiz.evaluate(self.view.as_of()))

    def export(self) -> None:
        export_excel(self, self.wiz.draft_profile(), list(self.wiz.results), {}, self.view.as_of())

    def print_(self) -> None:
        from gui.printing import preview, printable

        preview(self, printable(self.wiz.draft_profile(), list(self.wiz.results), self.view.as_of()))
