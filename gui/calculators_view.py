"""Calculator results of each programme (scores, tiers, lookups), fed from the profile."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.evaluate import ProgramResult
from engine.facts import format_value
from engine.sources import cite, shown_quote
from gui.i18n import lang
from gui.result_html import fact_link

ROLE = Qt.ItemDataRole.UserRole


class CalculatorsView(QWidget):
    fact_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Programme / calculator"), self.tr("Result")])
        self.tree.header().resizeSection(0, 340)
        self.tree.currentItemChanged.connect(self._show)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.calcs: dict[tuple[str, str], Any] = {}

    def show_results(self, results: list[ProgramResult]) -> None:
        self.tree.clear()
        self.calcs.clear()
        lg = lang()
        for result in results:
            calcs = list(getattr(result, "calculators", []) or [])
            if not calcs:
                continue
            top = QTreeWidgetItem([result.title.get(lg), ""])
            for calc in calcs:
                child = QTreeWidgetItem([calc.title.get(lg), calc.text.get(lg)])
                child.setToolTip(1, calc.text.get(lg))
                child.setData(0, ROLE, (result.program, calc.id))
                self.calcs[(result.program, calc.id)] = calc
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if not self.calcs:
            self.details.setHtml("<p>" + escape(self.tr("None of these programmes has a scoring table or lookup."))
                                 + "</p>")
        else:
            self.details.clear()

    def _show(self, item: QTreeWidgetItem | None, _prev: Any = None) -> None:
        key = item.data(0, ROLE) if item is not None else None
        calc = self.calcs.get(key) if key else None
        if calc is None:
            return
        lg = lang()
        inputs_word, unknown_word, rule_word = self.tr("Inputs:"), self.tr("Still unknown:"), self.tr("Rule:")
        parts = [f"<h3>{escape(calc.title.get(lg))}</h3>", f"<p><b>{escape(calc.text.get(lg))}</b></p>"]
        if calc.inputs:
            rows = []
            for used in calc.inputs:
                name = fact_link(used.name) if used.source == "fact" else escape(used.title.get(lg))
                colon = "：" if lg == "zh" else ": "
                rows.append(f"{name}{colon}{escape(format_value(used.value, lg))}")
            parts.append(f"<p><b>{escape(inputs_word)}</b><br>{'<br>'.join(rows)}</p>")
        if calc.missing:
            links = ("、" if lg == "zh" else ", ").join(fact_link(p) if "." in p else escape(p) for p in calc.missing)
            parts.append(f"<p><b>{escape(unknown_word)}</b> {links}</p>")
        citation = cite(calc.source_file, calc.clause.ref).get(lg)  # the document by its title, and the section
        parts.append(f"<p><b>{escape(rule_word)}</b> {escape(citation)}</p>"
                     f"<blockquote>“{escape(shown_quote(calc.clause.quote))}”</blockquote>")
        self.details.setHtml("\n".join(parts))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "fact":
            self.fact_clicked.emit(url.path())
