"""Results: programmes ranked as the engine ranks them, criteria as a tree, details with clause and remedy."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone, QUrl, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
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

from engine.evaluate import ProgramResult
from engine.reports.rows import values_text
from gui import timefmt
from gui.i18n import lang
from gui.result_html import criterion_html, program_html
from gui.source_view import SourceView
from gui.status_style import status_color, status_icon, status_word
from gui.wheel_guard import guard_wheel

BEIJING = ZoneInfo("Asia/Shanghai")
ROLE = Qt.ItemDataRole.UserRole


class ResultsView(QWidget):
    fact_clicked = Signal(str)
    as_of_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: list[ProgramResult] = []
        self.source_view: SourceView | None = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Check as of (Beijing time):"), self))
        self.as_of_edit = QDateTimeEdit(self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.as_of_edit.setTimeZone(QTimeZone(b"Asia/Shanghai"))
        self.as_of_edit.setToolTip(self.tr("What if: see the result on another day, e.g. the registration deadline"))
        self.as_of_edit.dateTimeChanged.connect(self._as_of_edited)
        guard_wheel(self.as_of_edit)
        self._following = True  # "as of" is now, and follows the clock, until a moment is picked
        self._setting = False
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        now = QPushButton(self.tr("Now"), self)
        now.clicked.connect(self.reset_as_of)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(now)
        bar.addStretch(1)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Programme / criterion"), self.tr("Status"), self.tr("Reason")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 380)
        self.tree.header().resizeSection(1, 120)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._show_current)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.reset_as_of()

    def reset_as_of(self) -> None:
        """Now, and from now on following the clock."""
        self._following = True
        self._show(QDateTime.currentDateTime())
        self.as_of_changed.emit()

    def as_of(self) -> datetime:
        if self._following:
            return timefmt.now().astimezone(BEIJING)
        moment = self.as_of_edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(moment, tz=BEIJING)

    def set_as_of(self, moment: datetime) -> None:
        """A fixed moment (what if I apply on the last day?): the clock no longer moves it."""
        self._following = False
        self.as_of_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def _show(self, moment: QDateTime) -> None:
        self._setting = True
        try:
            self.as_of_edit.setDateTime(moment)
        finally:
            self._setting = False

    def _as_of_edited(self) -> None:
        if not self._setting:
            self._following = False  # the user picked a moment
        self.as_of_changed.emit()

    def _tick(self) -> None:
        """While following the clock, the shown time and the results move on with it (a window may open)."""
        if self._following:
            now = QDateTime.fromSecsSinceEpoch(int(timefmt.now().timestamp()))
            if now.toString("yyyyMMddHHmm") != self.as_of_edit.dateTime().toString("yyyyMMddHHmm"):
                self._show(now)
                self.as_of_changed.emit()

    def show_results(self, results: list[ProgramResult]) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, ROLE) if current is not None else None
        self.results = list(results)
        self.tree.clear()
        lg = lang()
        select = None
        for result in self.results:
            headline = result.headline.get(lg)
            said = result.headline_detail.get(lg) or result.summary.get(lg)  # the status is in its own column
            top = QTreeWidgetItem([result.title.get(lg), status_word(result.status.value), said])
            self._paint(top, result.status.value)
            top.setToolTip(2, f"{headline}\n{result.summary.get(lg)}")
            if result.window is not None:
                top.setToolTip(0, f"{result.window.title.get(lg)}: {status_word(result.window.state.value)}")
            top.setData(0, ROLE, (result.program, None))
            for crit in result.criteria:
                child = QTreeWidgetItem([crit.title.get(lg), status_word(crit.status.value), crit.reason.get(lg)])
                self._paint(child, crit.status.value)
                values = values_text(crit, lg)
                child.setToolTip(2, f"{crit.reason.get(lg)}\n\n{values}" if values else crit.reason.get(lg))
                child.setData(0, ROLE, (result.program, crit.id))
                top.addChild(child)
                if (result.program, crit.id) == keep:
                    select = child
            self.tree.addTopLevelItem(top)
            top.setExpanded(self.tree.topLevelItemCount() == 1)  # the best-ranked open; the rest one click away
            if (result.program, None) == keep:
                select = top
        if select is None and self.tree.topLevelItemCount():
            select = self.tree.topLevelItem(0)
        if select is not None:
            self.tree.setCurrentItem(select)
        else:
            self.details.setHtml(self.tr("<p>No results yet. Save the profile and press Check (F5).</p>"))

    def _paint(self, item: QTreeWidgetItem, status: str) -> None:
        item.setIcon(1, status_icon(status))
        item.setForeground(1, status_color(status))

    def _show_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        program, crit_id = item.data(0, ROLE)
        result = next((r for r in self.results if r.program == program), None)
        if result is None:
            return
        crit = next((c for c in result.criteria if c.id == crit_id), None)
        self.details.setHtml(criterion_html(crit, result.source) if crit is not None else program_html(result))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "fact":
            self.fact_clicked.emit(url.path())
        elif url.scheme() == "clause":
            self.open_clause(url.path())

    def open_clause(self, crit_id: str) -> bool:
        """Open the rule document of the current programme's criterion ``crit_id`` at its quoted clause."""
        item = self.tree.currentItem()
        program = item.data(0, ROLE)[0] if item is not None else None
        result = next((r for r in self.results if r.program == program), None)
        crit = next((c for c in result.criteria if c.id == crit_id), None) if result is not None else None
        if result is None or crit is None:
            return False
        if self.source_view is None:
            self.source_view = SourceView(self)
        return self.source_view.show_clause(crit.clause.file or result.source, crit.clause.ref, crit.clause.quote)
