"""Composites: ``all_of`` (and ``none_of``, which is ``all_of`` over its parts read as exclusions), ``any_of``
and ``at_least_k_of``.

``any_of`` never reads as if every alternative were required: it says that any one would do, lists them once,
names the closest when one has a known gap, or lists the facts still to enter (each once). ``all_of`` over one
list fact (六项能力) says what is missing from the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from engine.evaluate.reasons.base import Why, cat, joined, listed, not_entered, title
from engine.evaluate.reasons.flag import FlagWhy
from engine.evaluate.reasons.in_set import InSetWhy, item_text
from engine.evaluate.reasons.others import ManualWhy
from engine.evaluate.status import Status
from engine.i18n import Text

if TYPE_CHECKING:
    from engine.evaluate.outcome import Outcome


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def atoms(why: Why) -> list[Why]:
    """The leaves under a composite explanation, in order."""
    if isinstance(why, _Parts):
        return [leaf for part in why.parts for leaf in atoms(part.why)]
    return [why]


def _missing(parts: Sequence[Outcome]) -> list[str]:
    return list(dict.fromkeys(m for o in parts if o.status is Status.UNKNOWN for m in o.missing))


def _texts(parts: Sequence[Outcome], status: Status) -> Text:
    return joined(o.why.text() for o in parts if o.status is status)


def _asked(parts: Sequence[Outcome]) -> tuple[list[Text], set[str]]:
    """What the unknown parts ask for in other words than "not entered" (a place that names no city), and the
    facts those words already ask for."""
    texts: list[Text] = []
    paths: set[str] = set()
    for o in parts:
        if o.status is not Status.UNKNOWN:
            continue
        for leaf in atoms(o.why):
            asked = leaf.asks() if leaf.status is Status.UNKNOWN else None
            if asked is not None:
                texts.append(asked[0])
                paths.update(asked[1])
    return texts, paths


def _still_open(parts: Sequence[Outcome]) -> Text | None:
    """The facts still to enter, each once, with what a fact entered in another form needs; None when every
    unknown part explains itself otherwise."""
    asks, asked = _asked(parts)
    missing = [m for m in _missing(parts) if m not in asked]
    if not missing and not asks:
        return None
    return joined([not_entered(missing), *asks] if missing else asks)


def _unknown(parts: Sequence[Outcome]) -> Text:
    """The unknown parts: one alone explains itself; several list each missing fact once."""
    open_ = [o for o in parts if o.status is Status.UNKNOWN]
    if len(open_) == 1:
        return open_[0].why.text()
    texts = [o.why.text() for o in open_ if not o.missing]
    still = _still_open(open_)
    return joined([still, *texts] if still is not None else texts)


class _Parts(Why):
    """Several parts; ``label`` names the group as the pack does (龙头品牌（三项满足其一）)."""

    __slots__ = ("label", "parts")

    def __init__(self, status: Status, parts: Sequence[Outcome], label: Text | None = None) -> None:
        super().__init__(status)
        self.parts = list(parts)
        self.label = label

    def state(self) -> Text:
        return joined(leaf.state() for leaf in atoms(self))

    def named(self, text: Text) -> Text:
        """``text`` under the group's label, when it has one: 自主品牌（四项全部满足）：…"""
        if self.label is None:
            return text
        return Text(zh=f"{self.label.zh}：{text.zh}", en=f"{self.label.en}: {text.en}")


class AllOfWhy(_Parts):
    __slots__ = ()

    def _one_list(self) -> list[InSetWhy] | None:
        """The parts, when each asks one value of the same list fact (六项能力)."""
        whys = [o.why for o in self.parts]
        if len(whys) < 2 or not all(isinstance(w, InSetWhy) and not w.excluded and len(w.pred.values) == 1
                                    and (w.actual is None or w.many) for w in whys):
            return None
        sets = [w for w in whys if isinstance(w, InSetWhy)]
        return sets if len({w.pred.fact for w in sets}) == 1 else None

    def _list_text(self, sets: list[InSetWhy]) -> Text:
        fact, n = sets[0].pred.fact, len(sets)
        t = title(fact)
        items = [item_text(fact, w.pred.values[0]) for w in sets]
        if self.status is Status.UNKNOWN:
            return Text(zh=cat(not_entered([fact]).zh, f"；须具备全部 {n} 项：", listed(items).zh),
                        en=f"{t.en} not entered; all {n} are required: {listed(items).en}")
        if self.status is Status.PASS:
            return Text(zh=cat(t.zh, f"：{n} 项齐全（", listed(items).zh, "）"),
                        en=f"{t.en}: all {n} ({listed(items).en})")
        lacking = [item for item, w in zip(items, sets, strict=True) if w.status is not Status.PASS]
        return Text(zh=cat(t.zh, "还缺：", listed(lacking).zh, f"（共需 {n} 项）"),
                    en=f"{t.en}: {len(lacking)} of the {n} missing ({listed(lacking).en})")

    def text(self) -> Text:
        return self.named(self._text())

    def _text(self) -> Text:
        sets = self._one_list()
        if sets is not None:
            return self._list_text(sets)
        if self.status is Status.UNKNOWN:
            return _unknown(self.parts)
        if self.status is Status.FAIL:
            return _failed_flags([o for o in self.parts if o.status is Status.FAIL])
        return _texts(self.parts, self.status)

    def wanted(self) -> Text:
        return self.named(self._wanted())

    def _wanted(self) -> Text:
        sets = self._one_list()
        if sets is not None:
            t = title(sets[0].pred.fact)
            return Text(zh=cat(t.zh, f"具备全部 {len(sets)} 项"), en=f"{t.en}: all {len(sets)}")
        wants = [_grouped(o.why, AnyOfWhy) for o in self.parts]
        return Text(zh="，且".join(w.zh for w in wants), en=", and ".join(w.en for w in wants))


def _grouped(why: Why, kind: type[_Parts]) -> Text:
    """A part's requirement when it is a group of the other kind without a label of its own: plain conditions that
    must all hold inside an alternative as A 且 B, anything larger in brackets (A，且（B 或 C）), so that "and" and
    "or" never run together."""
    if not isinstance(why, kind) or why.label is not None or len(why.parts) < 2:
        return why.wanted()
    if isinstance(why, AllOfWhy) and not any(isinstance(o.why, _Parts) for o in why.parts):
        wants = [o.why.wanted() for o in why.parts]  # a few plain conditions: A 且 B
        return Text(zh="且".join(w.zh for w in wants), en=" and ".join(w.en for w in wants))
    want = why.wanted()
    return Text(zh=f"（{want.zh}）", en=f"({want.en})")


def _failed_flags(failing: list[Outcome]) -> Text:
    """Failed parts, with yes/no facts that fail the same way said together: X、Y：否，均须为“是”."""
    groups: dict[tuple[bool | None, bool], list[FlagWhy]] = {}
    for o in failing:
        if isinstance(o.why, FlagWhy):
            groups.setdefault((o.why.actual, o.why.expect), []).append(o.why)
    parts: list[Text] = []
    done: set[int] = set()
    for o in failing:
        why = o.why
        if isinstance(why, FlagWhy) and len(group := groups[(why.actual, why.expect)]) > 1:
            if id(group) not in done:
                done.add(id(group))
                names = listed(title(w.fact) for w in group)
                v, want = ("是", "yes") if why.actual else ("否", "no"), ("是", "yes") if why.expect else ("否", "no")
                parts.append(Text(zh=f"{names.zh}：{v[0]}，均须为“{want[0]}”",
                                 en=f"{names.en}: {v[1]}; {'both' if len(group) == 2 else 'all'} must be {want[1]}"))
        else:
            parts.append(why.text())
    return joined(parts)


def _gap_share(outcome: Outcome) -> Decimal | None:
    """How far an alternative is from passing, relative to its bound; None when that is not known."""
    failing = [o for o in (outcome.why.parts if isinstance(outcome.why, _Parts) else [outcome])
               if o.status is not Status.PASS]
    d = outcome.distance
    if len(failing) != 1 or d is None or d.gap <= 0:
        return None
    return d.gap / d.threshold if d.threshold > 0 else d.gap


class AnyOfWhy(_Parts):
    __slots__ = ()

    def _closest(self) -> Outcome | None:
        ranked = [(share, i) for i, o in enumerate(self.parts) if (share := _gap_share(o)) is not None]
        return self.parts[min(ranked)[1]] if ranked else None

    def closest(self) -> Text | None:
        """The alternative nearest to passing, as its own failing part says it (nested alternatives: theirs)."""
        near = self._closest()
        if near is None:
            return None
        why = near.why
        if isinstance(why, AllOfWhy):
            failing = [o for o in why.parts if o.status is not Status.PASS]
            if len(failing) != 1:
                return why.text()
            why = failing[0].why
        if isinstance(why, AnyOfWhy):
            return why.closest() or why.text()
        return why.text()

    def text(self) -> Text:
        return self.named(self._text())

    def _text(self) -> Text:
        parts = self.parts
        if self.status is Status.PASS:
            return next(o.why.text() for o in parts if o.status is Status.PASS)
        head = Text(zh="以下条件满足其一即可", en="Any one of these would do")
        if self.status is Status.UNKNOWN:
            rest = _still_open(parts) or _texts(parts, Status.UNKNOWN)
            return Text(zh=f"{head.zh}，{rest.zh}", en=f"{head.en}; {rest.en}")
        if self.status is Status.REVIEW:
            return _texts(parts, Status.REVIEW)
        wants = [o.why.wanted() for o in parts]
        zh = f"{head.zh}，目前都不满足：" + "；".join(f"{_CIRCLED[i % 20]}{w.zh}" for i, w in enumerate(wants))
        en = f"{head.en}, none is met yet: " + "; ".join(f"({i + 1}) {w.en}" for i, w in enumerate(wants))
        near = self.closest()
        if near is not None:
            return Text(zh=f"{zh}。最接近的是：{near.zh}", en=f"{en}. Closest: {near.en}")
        now = list(dict.fromkeys(leaf.state() for leaf in atoms(self) if not isinstance(leaf, FlagWhy | ManualWhy)))
        if now:
            zh += "。目前" + "，".join(t.zh for t in now)
            en += ". Now: " + "; ".join(t.en for t in now)
        return Text(zh=zh, en=en)

    def wanted(self) -> Text:
        return self.named(self._wanted())

    def _wanted(self) -> Text:
        return listed((_grouped(o.why, AllOfWhy) for o in self.parts), "或", "or")


class AtLeastWhy(_Parts):
    __slots__ = ("k",)

    def __init__(self, status: Status, parts: Sequence[Outcome], k: int) -> None:
        super().__init__(status, parts)
        self.k = k

    def text(self) -> Text:
        n, met = len(self.parts), sum(o.status is Status.PASS for o in self.parts)
        head = Text(zh=f"以下 {n} 项须至少满足 {self.k} 项，目前满足 {met} 项",
                    en=f"At least {self.k} of these {n} are required; {met} met")
        if self.status is Status.PASS:
            rest = _texts(self.parts, Status.PASS)
        elif self.status is Status.UNKNOWN:
            rest = _unknown(self.parts)
        else:
            wants = [o.why.wanted() for o in self.parts if o.status is not Status.PASS]
            rest = Text(zh="未满足：" + "；".join(w.zh for w in wants), en="not met: " + "; ".join(w.en for w in wants))
        return Text(zh=f"{head.zh}；{rest.zh}", en=f"{head.en}; {rest.en}")

    def wanted(self) -> Text:
        wants = [o.why.wanted() for o in self.parts]
        return Text(zh=f"至少 {self.k} 项：" + "；".join(w.zh for w in wants),
                    en=f"at least {self.k} of: " + "; ".join(w.en for w in wants))
