"""``not_expired``: a service that ends on a date is still in service; the expiry day itself is its last day.

Pass: 会员服务到期日 2022 年 3 月 31 日，仍在服务期内. Fail: …，服务已到期 (and, said among other facts, 会员服务到期日
2021 年 9 月 12 日（已到期）). Unknown: the date is asked for, with the rule. As an alternative: 会员服务未到期.
"""

from __future__ import annotations

from datetime import date

from engine.evaluate.reasons.base import Why, title
from engine.evaluate.reasons.dated import fact_state as _state
from engine.evaluate.status import Status
from engine.i18n import Text
from engine.rules import predicates as p


class NotExpiredWhy(Why):
    """A service that ends on a date is still in service: the expiry day itself is its last day."""

    __slots__ = ("expiry", "pred", "today")

    def __init__(self, status: Status, pred: p.NotExpired, expiry: date | None, today: date | None = None) -> None:
        super().__init__(status)
        self.pred, self.expiry, self.today = pred, expiry, today

    def state(self) -> Text:
        state = _state(self.pred.fact, self.expiry)
        if self.status is Status.FAIL:  # said among other facts (目前…): that it has expired
            return Text(zh=f"{state.zh}（已到期）", en=f"{state.en} (expired)")
        return state

    def wanted(self) -> Text:
        """会员服务未到期 for 会员服务到期日 / Membership not expired for Membership expiry date."""
        t = title(self.pred.fact)
        zh = t.zh.removesuffix("日").removesuffix("到期") + "未到期" if t.zh.endswith("到期日") else t.zh + "未过"
        en = (t.en.removesuffix(" expiry date") + " not expired" if t.en.endswith(" expiry date")
              else f"{t.en} not passed")
        return Text(zh=zh, en=en)

    def text(self) -> Text:
        state = self.state()
        if self.expiry is None:
            return Text(zh=f"{state.zh}；须在服务期内（到期日当天仍算）",
                        en=f"{state.en}; it must still be in service (the expiry day itself counts)")
        if self.status is Status.PASS:
            return Text(zh=f"{state.zh}，仍在服务期内", en=f"{state.en}: still in service")
        plain = _state(self.pred.fact, self.expiry)
        return Text(zh=f"{plain.zh}，服务已到期", en=f"{plain.en}: the service has expired")
