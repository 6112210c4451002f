"""Before an import writes anything: which merchants are new, which are already stored (and when they were last
updated), and what skip / update / import as new would do with them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.facts import fact_specs
from gui.i18n import lang, plural, sentences
from gui.import_plan import Choice, PlanRow
from gui.timefmt import local_text

translate = QCoreApplication.translate


class ImportPreview(QDialog):
    def __init__(self, rows: list[PlanRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Import merchants"))
        matched = sum(1 for r in rows if r.match is not None)
        head = QLabel(self.tr("%1 of the %2 merchants in the file are already stored. What should happen to them?")
                      .replace("%1", str(matched)).replace("%2", str(len(rows))), self)
        head.setWordWrap(True)
        self.choices: dict[Choice, QRadioButton] = {
            "skip": QRadioButton(self.tr("&Skip them: keep the stored merchants as they are"), self),
            "update": QRadioButton(self.tr("&Update them: facts filled in the file replace the stored ones; blank "
                                           "cells keep what is stored"), self),
            "new": QRadioButton(self.tr("Import them as &new merchants (duplicates)"), self),
        }
        group = QButtonGroup(self)
        for button in self.choices.values():
            group.addButton(button)
            button.toggled.connect(self._refresh)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Merchant in the file"), self.tr("Already stored as"),
                                   self.tr("Last updated"), self.tr("What happens")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.choices["skip"].setChecked(True)
        self.resize(880, 460)

    def choice(self) -> Choice:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def outcome(self, row: PlanRow, choice: Choice) -> str:
        if row.match is None:
            return self.tr("Added as a new merchant")
        if choice == "skip":
            return self.tr("Skipped")
        if choice == "new":
            return self.tr("Added again as a new merchant")
        if not row.changes:
            return self.tr("Updated: nothing changes")
        count = len(row.changes)
        return plural(translate("ImportPreview", "Updated: changes %n fact(s)", "", count), count)

    def _refresh(self) -> None:
        choice = self.choice()
        self.tree.clear()
        lg = lang()
        specs = fact_specs()
        for row in self.rows:
            stored = row.match
            where = ""
            if stored is not None:
                where = stored.name or self.tr("(unnamed)")
                if stored.deleted:
                    where = self.tr("%1 (in the trash)").replace("%1", where)
            item = QTreeWidgetItem([row.name or self.tr("(unnamed)"), where,
                                    local_text(stored.updated) if stored is not None else "",
                                    self.outcome(row, choice)])
            if stored is not None and choice == "update" and row.changes:
                item.setToolTip(3, "\n".join(specs[p].title(lg) if p in specs else p for p in row.changes))
            self.tree.addTopLevelItem(item)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        new = sum(1 for r in self.rows if r.match is None or choice == "new")
        kept = len(self.rows) - new
        text = plural(translate("ImportPreview", "%n merchant(s) will be added.", "", new), new)
        if kept and choice == "skip":
            then = translate("ImportPreview", "%n already stored will be skipped.", "", kept)
            text = sentences(text, plural(then, kept))
        elif kept:
            then = translate("ImportPreview", "%n already stored will be updated.", "", kept)
            text = sentences(text, plural(then, kept))
        self.summary.setText(text)
