"""Past checks of this merchant, what changed between two of them, and the profile's revisions."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.facts import fact_specs, format_value, get_fact
from gui.diff import diff_results
from gui.i18n import lang
from gui.result_html import program_html
from gui.status_style import html_status, status_icon, status_word
from gui.timefmt import local_text

ROLE = Qt.ItemDataRole.UserRole


class HistoryView(QWidget):
    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.profile_id: str | None = None
        self.checks: list[Any] = []
        self.check_tree = QTreeWidget(self)
        self.check_tree.setHeaderLabels([self.tr("Programme"), self.tr("Status"), self.tr("Checked at"),
                                         self.tr("Revision")])
        self.check_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.check_tree.setRootIsDecorated(False)
        self.check_tree.itemSelectionChanged.connect(self._checks_selected)
        self.rev_tree = QTreeWidget(self)
        self.rev_tree.setHeaderLabels([self.tr("Revision"), self.tr("Saved at"), self.tr("Name")])
        self.rev_tree.setRootIsDecorated(False)
        self.rev_tree.itemSelectionChanged.connect(self._revision_selected)
        self.restore = QPushButton(self.tr("Restore this revision"), self)
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._restore)
        self.details = QTextBrowser(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        left = QWidget(self)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.empty)
        col.addWidget(QLabel(self.tr("Checks (select one to see what changed since the one before, or two):"), left))
        col.addWidget(self.check_tree, 2)
        col.addWidget(QLabel(self.tr("Saved revisions of the profile:"), left))
        col.addWidget(self.rev_tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore)
        col.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.details)
        split.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def load(self, store: Any, profile_id: str | None) -> None:
        self.store, self.profile_id = store, profile_id
        self.checks = []
        self.check_tree.clear()
        self.rev_tree.clear()
        self.details.clear()
        self._say_empty(profile_id is None)
        if profile_id is None:
            return
        lg = lang()
        self.checks = store.checks(profile_id)
        for chk in self.checks:
            item = QTreeWidgetItem([chk.result.title.get(lg), status_word(chk.status), local_text(chk.ran_at),
                                    str(chk.revision)])
            item.setIcon(1, status_icon(chk.status))
            item.setToolTip(0, chk.result.title.get(lg))
            item.setData(0, ROLE, chk.id)
            self.check_tree.addTopLevelItem(item)
        for rev in reversed(store.revisions(profile_id)):
            item = QTreeWidgetItem([str(rev.revision), local_text(rev.saved_at), rev.name])
            item.setData(0, ROLE, rev.revision)
            self.rev_tree.addTopLevelItem(item)
        self._say_empty(False)
        for tree in (self.check_tree, self.rev_tree):
            for i in range(tree.columnCount()):
                tree.resizeColumnToContents(i)
        self.check_tree.setColumnWidth(0, min(self.check_tree.columnWidth(0), 280))

    def _say_empty(self, no_merchant: bool) -> None:
        if no_merchant:
            text = self.tr("Pick a merchant in the list, or create one with File ▸ New merchant (Ctrl+N).")
        elif not self.checks:
            text = self.tr("No check recorded yet: Tools ▸ Check this merchant (F5) records one here.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def _selected_checks(self) -> list[Any]:
        ids = {item.data(0, ROLE) for item in self.check_tree.selectedItems()}
        return sorted((c for c in self.checks if c.id in ids), key=lambda c: c.id)

    def _checks_selected(self) -> None:
        chosen = self._selected_checks()
        if len(chosen) == 1:
            previous = self.previous_check(chosen[0])
            since = self.diff_html(previous, chosen[0]) if previous is not None else ""
            self.details.setHtml(since + program_html(chosen[0].result))
        elif len(chosen) == 2:
            self.details.setHtml(self.diff_html(chosen[0], chosen[1]))

    def previous_check(self, check: Any) -> Any:
        """The check of the same programme recorded just before ``check``, if any."""
        earlier = [c for c in self.checks if c.program == check.program and c.id < check.id]
        return max(earlier, key=lambda c: c.id) if earlier else None

    def diff_html(self, before: Any, after: Any) -> str:
        if before.program != after.program:
            return "<p>" + escape(self.tr("Pick two checks of the same programme to compare them.")) + "</p>"
        lg = lang()
        titles = {c.id: c.title.get(lg) for c in [*before.result.criteria, *after.result.criteria]}
        changes = diff_results(before.result, after.result)
        head = self.tr("Changes from the check of %1 to the check of %2").replace(
            "%1", local_text(before.ran_at)).replace("%2", local_text(after.ran_at))
        if not changes:
            nothing = self.tr("Nothing changed.")
            return f"<h3>{escape(head)}</h3><p>{escape(nothing)}</p>"
        rows = []
        for ch in changes:
            name = self.tr("Programme status") if ch.criterion is None else titles.get(ch.criterion, ch.criterion)
            old = html_status(ch.before) if ch.before else self.tr("(not checked)")
            new = html_status(ch.after) if ch.after else self.tr("(not checked)")
            rows.append(f"<tr><td>{escape(name)}</td><td>{old}</td><td>→</td><td>{new}</td></tr>")
        return f"<h3>{escape(head)}</h3><table cellpadding='4'>{''.join(rows)}</table>"

    def _revision_selected(self) -> None:
        items = self.rev_tree.selectedItems()
        self.restore.setEnabled(bool(items) and not getattr(self.store, "read_only", False))
        if not items or self.store is None or self.profile_id is None:
            return
        profile = self.store.get_revision(self.profile_id, items[0].data(0, ROLE))
        lg = lang()
        rows = [f"<tr><td>{escape(spec.title(lg))}</td><td>{escape(format_value(get_fact(profile, p), lg))}</td></tr>"
                for p, spec in fact_specs().items() if get_fact(profile, p) is not None]
        title = self.tr("Revision %1: %2").replace("%1", str(items[0].data(0, ROLE))).replace("%2", profile.name or "")
        self.details.setHtml(f"<h3>{escape(title)}</h3><table cellpadding='3'>{''.join(rows)}</table>")

    def _restore(self) -> None:
        items = self.rev_tree.selectedItems()
        if items:
            self.restore_requested.emit(int(items[0].data(0, ROLE)))
