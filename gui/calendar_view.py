"""The calendar of programmes: what is open now and what opens or closes in the next 30 or 90 days (Beijing
time and each programme's own zone), the current merchant's programmes, and export to Excel and .ics."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.calendar import Agenda, Entry, MerchantRow, agenda, merchant_rows
from engine.calendar.agenda import HORIZONS
from engine.calendar.words import row_status, row_when
from engine.when import moment_text
from gui.i18n import lang
from gui.status_style import status_color, status_icon

BEIJING = ZoneInfo("Asia/Shanghai")


class CalendarView(QWidget):
    def __init__(self, registry: Any, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry, self.window = registry, window
        self.found: Agenda | None = None
        self.rows: list[MerchantRow] = []
        self.merchant_name = ""
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From (Beijing time):"), self))
        self.as_of_edit = QDateTimeEdit(self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.as_of_edit.setTimeZone(QTimeZone(b"Asia/Shanghai"))
        self.as_of_edit.setDateTime(QDateTime.currentDateTime())
        self.as_of_edit.dateTimeChanged.connect(self.refresh)
        bar.addWidget(self.as_of_edit)
        now = QPushButton(self.tr("Now"), self)
        now.clicked.connect(lambda: self.as_of_edit.setDateTime(QDateTime.currentDateTime()))
        bar.addWidget(now)
        bar.addWidget(QLabel(self.tr("Look ahead:"), self))
        self.days = QComboBox(self)
        for days in HORIZONS:
            self.days.addItem(self.tr("%1 days").replace("%1", str(days)), days)
        self.days.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.days)
        bar.addStretch(1)
        self.excel_button = QPushButton(self.tr("Export Excel…"), self)
        self.ics_button = QPushButton(self.tr("Export calendar file (.ics)…"), self)
        self.excel_button.clicked.connect(self.export_excel)
        self.ics_button.clicked.connect(self.export_ics)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.ics_button)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Period · programme"), self.tr("Starts (Beijing time)"),
                                   self.tr("Ends (Beijing time)"), self.tr("Programme's own zone"),
                                   self.tr("Edition")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 380)
        self.merchant_label = QLabel(self)
        self.merchant_label.setWordWrap(True)
        self.merchant_tree = QTreeWidget(self)
        self.merchant_tree.setRootIsDecorated(False)
        self.merchant_tree.setHeaderLabels([self.tr("Programme"), self.tr("Status"),
                                            self.tr("Registration and deadlines"), self.tr("Due before then")])
        self.merchant_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merchant_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.merchant_tree.header().resizeSection(0, 330)
        lower = QWidget(self)
        col = QVBoxLayout(lower)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.merchant_label)
        col.addWidget(self.merchant_tree, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setSizes([360, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.refresh()

    def as_of(self) -> datetime:
        return datetime.fromtimestamp(self.as_of_edit.dateTime().toSecsSinceEpoch(), tz=BEIJING)

    def set_as_of(self, moment: datetime) -> None:
        self.as_of_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def horizon(self) -> int:
        return int(self.days.currentData())

    # -- content ---------------------------------------------------------------------------------------------
    def refresh(self, *_: Any) -> None:
        now = self.as_of()
        self.found = agenda([e.pack for e in self.registry.editions], now, self.horizon())
        self._fill_windows(self.found)
        self._fill_merchant(now)

    def _group(self, title: str, entries: list[Entry], state: str) -> None:
        if not entries:
            return
        top = QTreeWidgetItem([self.tr("%1 (%2)").replace("%1", title).replace("%2", str(len(entries)))])
        top.setForeground(0, status_color(state))
        top.setIcon(0, status_icon(state))
        lg = lang()
        for e in entries:
            own = "\n".join(" → ".join(moment_text(m, z).get(lg) if m else "…" for m in (e.start, e.end))
                            for z in e.zones[1:])
            child = QTreeWidgetItem([f"{e.window_title.get(lg)} · {e.title.get(lg)}",
                                     moment_text(e.start).get(lg) if e.start else "…",
                                     moment_text(e.end).get(lg) if e.end else "…",
                                     own or self.tr("Beijing time"), e.version])
            child.setToolTip(0, f"{e.clause.ref}「{e.clause.quote}」")
            top.addChild(child)
        self.tree.addTopLevelItem(top)
        top.setExpanded(True)

    def _fill_windows(self, found: Agenda) -> None:
        self.tree.clear()
        closing = [e for e in found.open_now if e in found.closing]
        still = [e for e in found.open_now if e not in found.closing]
        days = found.days
        self._group(self.tr("Open, closes within %1 days").replace("%1", str(days)), closing, "open")
        self._group(self.tr("Open now"), still, "open")
        self._group(self.tr("Opens within %1 days").replace("%1", str(days)), found.opening, "upcoming")
        if not found.all():
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No programme is open or opens in this period.")]))

    def _fill_merchant(self, now: datetime) -> None:
        self.merchant_tree.clear()
        window = self.window
        profile = window.current_profile() if window is not None and window.profile_id is not None else None
        if profile is None:
            self.rows, self.merchant_name = [], ""
            self.merchant_label.setText(self.tr("Select a merchant to see the programmes it meets or is closest "
                                                "to meeting."))
            return
        from engine.reports.excel_report import merchant_name

        lg = lang()
        self.merchant_name = merchant_name(profile, lg)
        self.rows = merchant_rows(profile, self.registry.programmes(now), now, days=self.horizon())
        self.merchant_label.setText(self.tr("%1: programmes open now or opening in this period, the ones met "
                                            "first, then the closest.").replace("%1", self.merchant_name))
        sep = "；" if lg == "zh" else "; "
        for r in self.rows:
            due = sep.join(d.title.get(lg) for d in r.due)
            when = row_when(r).get(lg)
            item = QTreeWidgetItem([r.title.get(lg), row_status(r).get(lg), when[:1].upper() + when[1:], due])
            item.setIcon(1, status_icon(r.status.value))
            item.setForeground(1, status_color(r.status.value))
            item.setToolTip(3, "\n".join(f"{d.title.get(lg)} — {moment_text(d.deadline).get(lg)}" for d in r.due))
            item.setToolTip(2, "\n".join(t.get(lg) for t in r.reasons))
            self.merchant_tree.addTopLevelItem(item)
        if not self.rows:
            nothing = self.tr("No programme is open or opens in this period.")
            self.merchant_tree.addTopLevelItem(QTreeWidgetItem([nothing]))

    # -- export ----------------------------------------------------------------------------------------------
    def _target(self, title: str, name: str, pattern: str, suffix: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_suffix(suffix)

    def _wrote(self, out: Path) -> None:
        from gui.settings import add_recent_file

        add_recent_file(str(out))
        QMessageBox.information(self, self.tr("Calendar exported"), self.tr("Saved %1").replace("%1", str(out)))

    def export_excel(self) -> None:
        from engine.reports import ReportError
        from engine.reports.calendar_export import write_calendar

        out = self._target(self.tr("Export calendar"), "calendar.xlsx", self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if out is None or self.found is None:
            return
        merchant = (self.merchant_name, self.rows) if self.merchant_name else None
        try:
            write_calendar(out, self.found, lang(), merchant=merchant)
        except ReportError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), exc.message(lang()))
            return
        self._wrote(out)

    def export_ics(self) -> None:
        from engine.reports import ReportError
        from engine.reports.calendar_export import write_ics

        out = self._target(self.tr("Export calendar file"), "programmes.ics", self.tr("Calendar file (*.ics)"),
                           ".ics")
        if out is None or self.found is None:
            return
        try:
            write_ics(out, self.found.all(), lang())
        except ReportError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), exc.message(lang()))
            return
        self._wrote(out)
