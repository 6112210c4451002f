"""The unified social credit code (统一社会信用代码, GB 32100-2015): its format and its check character.

18 characters from 0-9 and the capital letters without I, O, S, V and Z: the registration authority (1), the
entity category (1), the six-digit administrative division code (3-8), the organisation code (9-17) and a check
character (18). The check character is 31 minus the weighted sum (weights 3^i mod 31) of the first 17 values,
mod 31. A code that fails is reported with what is wrong; it is never "corrected" (a mistyped character could be
any of the 18).
"""

from __future__ import annotations

import re
import unicodedata

from engine.i18n import Text

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
LENGTH = 18
_AREA = re.compile(r"\d{6}")


def normalize(text: str) -> str:
    """As people type it: full-width characters, lower case, spaces and hyphens between groups are accepted."""
    return re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text)).upper()


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (which must come from ALPHABET)."""
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def problem(text: str) -> Text | None:
    """Why ``text`` is not a valid code, or None (valid, or empty: unknown)."""
    code = normalize(text)
    if not code:
        return None
    if len(code) != LENGTH:
        return Text(zh=f"统一社会信用代码应为 18 位，这里是 {len(code)} 位",
                    en=f"a unified social credit code has 18 characters; this one has {len(code)}")
    for position, ch in enumerate(code, 1):
        if ch not in ALPHABET:
            return Text(zh=f"第 {position} 位“{ch}”不会出现在统一社会信用代码中（代码只用数字和除 I、O、S、V、Z "
                           "以外的大写字母）",
                        en=f"character {position}, “{ch}”, never appears in a unified social credit code (it uses "
                           "digits and capital letters other than I, O, S, V and Z)")
    if not _AREA.fullmatch(code[2:8]):
        return Text(zh="第 3 至 8 位应为 6 位数字的行政区划代码",
                    en="characters 3 to 8 must be the six-digit area code")
    if check_character(code[:17]) != code[17]:
        return Text(zh="第 18 位校验码与前 17 位对不上，可能有一位输错了：请对照营业执照逐位核对",
                    en="the 18th (check) character does not match the first 17, so one character is probably "
                       "mistyped: compare it with the business licence")
    return None


def is_valid(text: str) -> bool:
    return bool(normalize(text)) and problem(text) is None
