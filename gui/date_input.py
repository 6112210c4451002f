"""A date typed as people write it (2015-03-18, 2015/3/18, 2015年3月18日, 20150318) or picked from a calendar.

Empty means unknown. The calendar opens at the date in the field, or today; a date that does not exist is shown
with the reason and kept in the field for correcting (never moved to a nearby day, never dropped).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QWidget

from engine.facts import FactSpec
from engine.facts.typed_bounds import Bounds, Parsed, field_bounds
from engine.facts.typed_dates import date_text, parse_date
from engine.i18n import Text
from gui.fields import FieldInput
from gui.i18n import lang
from gui.undo import route_undo_keys


class DateInput(FieldInput):
    def __init__(self, spec: FactSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.bounds: Bounds = field_bounds(spec.info) if spec is not None else Bounds()
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Unknown"))
        self.edit.setToolTip(self.tr("For example 2015-03-18, 2015/3/18, 2015年3月18日 or 20150318"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("2015年12月31日") + 24)
        self.edit.setMaximumWidth(220)
        self.edit.textEdited.connect(self._emit)
        route_undo_keys(self.edit)
        self.edit.editingFinished.connect(self._tidy)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.unknown_button = QToolButton(self)
        self.unknown_button.setText(self.tr("Unknown"))
        self.unknown_button.setToolTip(self.tr("Set this date to unknown"))
        self.unknown_button.clicked.connect(self._clear)
        self._calendar: QCalendarWidget | None = None  # built when first opened
        for widget in (self.edit, self.calendar_button, self.unknown_button):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)

    def _parsed(self) -> Parsed[date]:
        return parse_date(self.edit.text(), self.bounds)

    def problem(self) -> Text | None:
        return self._parsed().error

    def value(self) -> date | str | None:
        """The date, or the text as typed while it cannot be read (so the profile stays invalid), or None."""
        parsed = self._parsed()
        if parsed.error is not None:
            return self.edit.text().strip()
        return parsed.value

    def understood(self) -> str:
        value = self._parsed().value
        return date_text(value, lang()) if value is not None else ""

    def _set(self, value: Any) -> None:
        if isinstance(value, date):
            value = value.isoformat()
        self.edit.setText("" if value is None else str(value))

    def _tidy(self) -> None:
        """Once typed, a readable date is shown in one form (2015/3/18 becomes 2015-03-18)."""
        value = self._parsed().value
        if value is not None and self.edit.text() != value.isoformat():
            self.edit.setText(value.isoformat())

    def _clear(self) -> None:
        if self.edit.text():
            self.edit.clear()
            self._emit()

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._calendar

    def open_calendar(self) -> None:
        value = self._parsed().value
        shown = QDate(value.year, value.month, value.day) if value is not None else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        corner = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        self.calendar.adjustSize()
        self.calendar.move(corner)
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.close()
        text = date(day.year(), day.month(), day.day()).isoformat()
        if text != self.edit.text():
            self.edit.setText(text)
            self._emit()
        self.edit.setFocus()

    def focus_widget(self) -> QWidget:
        return self.edit
