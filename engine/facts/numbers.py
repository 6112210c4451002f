"""Numbers as people write them, total over every Decimal and int.

``plain`` groups thousands and drops trailing zeros (1,234.5). Amounts of money are written with the scale words
people use: 50 万 / 1.5 亿 in Chinese, 5 million / 1.5 billion in English, whenever that is exact to two
decimals; otherwise the full figure (123,456). Not-a-number, infinities and absurdly large exponents never
raise: they are written in scientific notation.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

_HUGE = 21  # digits before the point beyond which a number is written in scientific notation
_SCALES_ZH = ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
_SCALES_EN = ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
_CENT = Decimal("0.01")


def _decimal(value: Decimal | int) -> Decimal | None:
    try:
        number = value if isinstance(value, Decimal) else Decimal(int(value))
    except (ValueError, TypeError, OverflowError, InvalidOperation):
        return None
    return number if number.is_finite() else None


def plain(value: Decimal | int) -> str:
    """1,234.5 / 500,000 / -3 / 0.25; scientific notation for what cannot be written out."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int) and abs(value) < 10**_HUGE:
        return f"{value:,}"
    number = _decimal(value)
    if number is None:
        return str(value)
    if number.is_zero():
        return "0"
    if number.adjusted() >= _HUGE or number.adjusted() < -12:
        return f"{number:.6E}".replace(".000000E", "E")
    text = f"{number.normalize():,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _two_places(number: Decimal) -> bool:
    """Whether ``number`` is exact with at most two decimals."""
    try:
        return number.quantize(_CENT) == number
    except InvalidOperation:  # more digits than the context's precision: not a short figure
        return False


def _scaled(value: Decimal | int, scales: tuple[tuple[Decimal, str], ...]) -> tuple[str, str]:
    number = _decimal(value)
    if number is None or number.adjusted() >= _HUGE:
        return plain(value), ""
    size = abs(number)
    for base, word in scales:
        if size >= base and _two_places(number / base):
            return plain(number / base), word
    return plain(number), ""


def zh_scaled(value: Decimal | int) -> tuple[str, str]:
    """The number and its scale word: (50, 万), (1.5, 亿), (123,456, "")."""
    return _scaled(value, _SCALES_ZH)


def zh_amount(value: Decimal | int) -> str:
    """50 万 / 1.5 亿 / 123,456 followed by a space: the unit word comes next (元, 美元)."""
    number, scale = zh_scaled(value)
    return f"{number} {scale}" if scale else f"{number} "


def en_amount(value: Decimal | int) -> str:
    """5 million / 1.5 billion / 500,000."""
    number, scale = _scaled(value, _SCALES_EN)
    return f"{number} {scale}" if scale else number
