"""The Programmes page: every programme with its platform, edition, period, origin and source, the details and
windows of the one selected, and install / remove / export of pack files (the checks are the engine's)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.packs.describe import kind_text, period_text, platform_text, source_text, window_text
from gui.i18n import lang
from gui.status_style import status_color

if TYPE_CHECKING:
    from engine.packs import Edition, PackRegistry

ROLE = Qt.ItemDataRole.UserRole


class ProgrammesPage(QWidget):
    """Emits ``changed(programme id, new)`` after an install or a removal (``new``: the programme was not there
    before, or is gone now)."""

    changed = Signal(str, bool)

    def __init__(self, registry: PackRegistry, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.store = store
        intro = QLabel(self.tr("Every programme the checker knows: bundled with the app or added from a pack file. "
                               "A newer edition applies from its start; checks dated earlier keep the edition in "
                               "force then."), self)
        intro.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {status_color('fail').name()};")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Programme"), self.tr("Platform"), self.tr("Edition"),
                                   self.tr("In force"), self.tr("Origin"), self.tr("Source")])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 330)
        header.resizeSection(3, 330)
        self.tree.currentItemChanged.connect(self._show_current)
        self.details = QTextBrowser(self)
        self.install_button = QPushButton(self.tr("Install pack file…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.install_button.setToolTip(self.tr("Checks the pack, runs its test cases and adds it; a pack with any "
                                               "problem is not installed"))
        self.remove_button.setToolTip(self.tr("Removes an added edition; the edition before it applies again"))
        self.export_button.setToolTip(self.tr("Writes this edition as a pack file (a start for a new edition)"))
        buttons = QHBoxLayout()
        for button in (self.install_button, self.remove_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setSizes([320, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        from gui import pack_ops

        self.install_button.clicked.connect(lambda: pack_ops.install_dialog(self))
        self.remove_button.clicked.connect(lambda: pack_ops.remove_current(self))
        self.export_button.clicked.connect(lambda: pack_ops.export_current(self))
        self.refresh()

    # -- content ---------------------------------------------------------------------------------------------
    def refresh(self, select: tuple[str, str] | None = None) -> None:
        """Fill the list again from the registry (keeping the selection, or selecting ``select``)."""
        current = self.current_edition()
        keep = select or ((current.pack.id, current.pack.version) if current else None)
        lg = lang()
        in_force = {(p.id, p.version) for p in self.registry.programmes()}
        self.tree.clear()
        chosen = None
        for edition in self.registry.editions:
            pack = edition.pack
            now = (pack.id, pack.version) in in_force
            version = pack.version + (self.tr(" (in force)") if now else "")
            item = QTreeWidgetItem([pack.title.get(lg), platform_text(pack.platform).get(lg), version,
                                    period_text(edition).get(lg), kind_text(edition).get(lg),
                                    source_text(edition).get(lg)])
            item.setData(0, ROLE, (pack.id, pack.version))
            item.setToolTip(0, pack.id)
            item.setToolTip(4, edition.origin.describe().get(lg))
            if now:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(2, font)
            self.tree.addTopLevelItem(item)
            if (pack.id, pack.version) == keep:
                chosen = item
        if self.registry.problems:
            self.problems.setText(self.tr("Added packs left out because they could not be loaded:") + "\n"
                                  + "\n".join(self.registry.problems))
        self.problems.setVisible(bool(self.registry.problems))
        self.tree.setCurrentItem(chosen or self.tree.topLevelItem(0))
        self._show_current()

    def current_edition(self) -> Edition | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        ident, version = item.data(0, ROLE)
        try:
            return self.registry.edition(ident, version)
        except KeyError:
            return None

    def _show_current(self, *_: Any) -> None:
        edition = self.current_edition()
        writable = not getattr(self.store, "read_only", False)
        self.install_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and edition is not None and edition.added)
        self.export_button.setEnabled(edition is not None)
        self.details.setHtml(self.edition_html(edition) if edition else "")

    def edition_html(self, edition: Edition) -> str:
        lg = lang()
        pack = edition.pack
        doc = pack.source

        def row(label: str, value: str) -> str:
            return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"

        rows = [row(self.tr("Platform"), platform_text(pack.platform).get(lg)),
                row(self.tr("Edition"), pack.version),
                row(self.tr("In force"), period_text(edition).get(lg)),
                row(self.tr("Origin"), edition.origin.describe().get(lg)),
                row(self.tr("Source"), doc.title.get(lg)),
                row(self.tr("Publisher"), doc.publisher.get(lg))]
        if doc.published or doc.effective:
            from engine.when import day_text

            if doc.published:
                rows.append(row(self.tr("Published"), day_text(doc.published).get(lg)))
            if doc.effective:
                rows.append(row(self.tr("Takes effect"), day_text(doc.effective).get(lg)))
        windows = "".join(f"<li>{escape(window_text(w).get(lg))}</li>" for w in pack.windows)
        counts = self.tr("%1 criteria, %2 checklist items, %3 calculators").replace(
            "%1", str(len(pack.criteria))).replace("%2", str(len(pack.checklist))).replace(
            "%3", str(len(pack.calculators)))
        summary = f"<p>{escape(pack.summary.get(lg))}</p>" if pack.summary else ""
        heading = escape(self.tr("Windows"))
        no_dates = escape(self.tr("No dates given."))
        return (f"<h3>{escape(pack.title.get(lg))}</h3>{summary}<table cellpadding='2'>{''.join(rows)}</table>"
                f"<p><b>{heading}</b></p>" + (f"<ul>{windows}</ul>" if windows else f"<p>{no_dates}</p>")
                + f"<p>{escape(counts)}</p>")

    def programmes(self, as_of: datetime | None = None) -> list[Any]:
        return self.registry.programmes(as_of)
