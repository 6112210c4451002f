"""A calendar of programmes: from every edition's windows, what is open now and what opens or closes in the
next days (Beijing time and the programme's own zone); per merchant, the programmes it meets or is closest to
meeting, with their deadlines; exports to .ics (``engine.calendar.ics``) and Excel
(``engine.reports.calendar_sheet``)."""

from __future__ import annotations

from engine.calendar.agenda import Agenda, Entry, agenda, entries
from engine.calendar.merchant import MerchantRow, merchant_rows

__all__ = ["Agenda", "Entry", "MerchantRow", "agenda", "entries", "merchant_rows"]
