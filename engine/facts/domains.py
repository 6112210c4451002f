"""Plausibility domains: the values a fact of a real merchant can take.

These are not rules. A rule's threshold (e.g. registered capital of at least 500,000 CNY) lives in a rule
pack next to its clause; the bounds here only say which values can describe a real business at all, so that
a typing slip (``1e28`` for an amount, ``9999-12-31`` for a date) is refused when the profile is read,
with a clear message, instead of travelling on into reasons, calculators, reports and storage. Every bound
is generous: no real merchant comes near it, and the reason for each is written beside it.

A fact names its domain (``fact(..., domain=MONEY_CNY)``); the bounds become pydantic constraints and are
shown in the JSON Schema (``minimum``/``maximum``, and a ``plausible`` note on every bounded fact).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field


@dataclass(frozen=True)
class Domain:
    """The plausible values of one kind of fact: ``ge <= value <= le``, at most ``places`` decimals."""

    name: str
    ge: int | date
    le: int | date
    places: int | None = None  # decimal places a Decimal fact may carry; None for whole numbers and dates
    why: str = ""

    def constraints(self) -> dict[str, Any]:
        """Keyword arguments for ``pydantic.Field``."""
        out: dict[str, Any] = {"ge": self.ge, "le": self.le}
        if self.places is not None:
            out["decimal_places"] = self.places
        return out

    def schema_note(self) -> dict[str, Any]:
        """What the JSON Schema says about the domain (dates have no ``minimum`` there, so it is repeated)."""
        note: dict[str, Any] = {"domain": self.name, "minimum": _plain(self.ge), "maximum": _plain(self.le)}
        if self.places is not None:
            note["decimal_places"] = self.places
        note["why"] = self.why
        return note


def _plain(value: int | date) -> int | str:
    return value.isoformat() if isinstance(value, date) else value


# -- money -------------------------------------------------------------------------------------------------
MONEY_CNY = Domain(
    "money_cny", 0, 10**13, 2,
    "0 to 10 trillion CNY (10 万亿元), to the fen: above the registered capital and yearly revenue of any "
    "Chinese company (the largest are below 1 trillion CNY).",
)
MONEY_USD = Domain(
    "money_usd", 0, 10**12, 2,
    "0 to 1 trillion USD, to the cent: above any company's yearly trade.",
)

# -- shares and rates ----------------------------------------------------------------------------------------
PERCENT = Domain("percent", 0, 100, 4, "A percentage: 0 to 100, at most four decimals.")

# -- time --------------------------------------------------------------------------------------------------
HOURS_90D = Domain(
    "hours_in_90_days", 0, 90 * 24, 2,
    "An average over the last 90 days cannot exceed the 2,160 hours those days hold.",
)
DAYS_IN_MONTH = Domain("days_in_month", 0, 31, None, "Days within one month: 0 to 31.")
YEARS = Domain("years", 0, 200, None, "Years of a business activity: 0 to 200.")
#: The first and last day any fact may name. 1901 keeps out the year 1900, which Excel's date system gets
#: wrong (it counts a 29 February 1900 that never was) and which the desktop form uses for "unknown";
#: 2100 is far beyond any registration, expiry or plan date a merchant holds today.
DATE_MIN = date(1901, 1, 1)
DATE_MAX = date(2100, 12, 31)
DATES = Domain("date", DATE_MIN, DATE_MAX, None, "A calendar date from 1901-01-01 to 2100-12-31.")

# -- space ---------------------------------------------------------------------------------------------------
AREA = Domain(
    "area_sqm", 0, 10**8, 2,
    "0 to 100 million m² (100 km²), to the hundredth: far above the largest factory sites.",
)

# -- counts ------------------------------------------------------------------------------------------------
PEOPLE = Domain("people", 0, 10**7, None, "Staff: 0 to 10 million (the largest employers have about 2 million).")
COUNT = Domain(
    "count", 0, 10**6, None,
    "Things a merchant holds or has had (accounts, certificates, patents, items, penalties): 0 to 1 million.",
)
EVENTS = Domain(
    "events", 0, 10**9, None,
    "Orders, inquiries, quotes or merchants in a period: 0 to 1 billion.",
)

# -- scores and levels -------------------------------------------------------------------------------------
SCORE = Domain(
    "score", 0, 10**4, 2,
    "A platform score or penalty points: 0 to 10,000, at most two decimals (platform scores are far below).",
)
POINTS = Domain(
    "points", 0, 10**4, None,
    "Whole-number platform scores or penalty points: 0 to 10,000 (platform scores are far below).",
)
LEVEL = Domain("level", 0, 100, None, "A platform level (L3 is 3): 0 to 100.")

#: List facts: how many entries a list may hold.
MAX_LIST_ITEMS = 10_000

#: Items of list facts, bounded like single facts.
ScoreItem = Annotated[Decimal, Field(**SCORE.constraints())]
DateItem = Annotated[date, Field(**DATES.constraints())]

DOMAINS = (MONEY_CNY, MONEY_USD, PERCENT, HOURS_90D, DAYS_IN_MONTH, YEARS, DATES, AREA, PEOPLE, COUNT, EVENTS,
           SCORE, POINTS, LEVEL)
