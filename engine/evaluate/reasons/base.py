"""What every explanation shares: the ``Why`` protocol and the small grammar the sentences are built with.

An outcome's ``Why`` holds the values the predicate read and renders, on first read, the sentence for its
status (``text``), the requirement as a phrase to list among alternatives (``wanted``), the state of the facts
(``state``), and the same rule read as an exclusion (``negate``, for ``none_of``). Texts carry no final full
stop: the criterion's reason adds it (``sentence``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.evaluate.status import Status
from engine.facts.paths import fact_spec
from engine.i18n import Text

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_LATIN = r"A-Za-z0-9"
_END_CJK = re.compile(f"[{_CJK}]$")
_START_CJK = re.compile(f"^[{_CJK}]")
_END_LATIN = re.compile(f"[{_LATIN}%]$")
_START_LATIN = re.compile(f"^[{_LATIN}]")


def cat(*pieces: str) -> str:
    """Chinese pieces joined with one space wherever Chinese meets Latin letters or digits, or two Latin words
    meet (GMV 50 万元); never inside a piece."""
    out = ""
    for piece in pieces:
        if not piece:
            continue
        if out and ((_END_CJK.search(out) and _START_LATIN.match(piece))
                    or (_END_LATIN.search(out) and (_START_CJK.match(piece) or _START_LATIN.match(piece)))):
            out += " "
        out += piece
    return out


_PLACEHOLDER = re.compile(r"\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})")


def fill(template: Text, values: dict[str, Text]) -> Text:
    """A pack's reason template with ``$name`` / ``${name}`` replaced (no attribute access, no evaluation); in
    Chinese the values are joined with the same spacing as generated text (注册城市为 Shenzhen City)."""
    pieces: list[str] = []
    pos = 0
    for match in _PLACEHOLDER.finditer(template.zh):
        name = match.group(1) or match.group(2)
        pieces.append(template.zh[pos:match.start()])
        pieces.append(values[name].zh if name in values else match.group(0))
        pos = match.end()
    pieces.append(template.zh[pos:])
    en = _PLACEHOLDER.sub(lambda m: values[n].en if (n := m.group(1) or m.group(2)) in values else m.group(0),
                          template.en)
    return Text(zh=cat(*pieces), en=en)


def zh_list(items: Iterable[str], last: str = "、") -> str:
    """A、B、C; with ``last="或"``: A、B 或 C."""
    seq = [i for i in items if i]
    if len(seq) <= 1 or last == "、":
        return "、".join(seq)
    return cat("、".join(seq[:-1]), last, seq[-1])


def en_list(items: Iterable[str], last: str = "and") -> str:
    """A, B and C."""
    seq = [i for i in items if i]
    if len(seq) <= 1:
        return "".join(seq)
    return ", ".join(seq[:-1]) + f" {last} " + seq[-1]


def listed(texts: Iterable[Text], zh_last: str = "、", en_last: str = "and") -> Text:
    seq = list(texts)
    return Text(zh=zh_list((t.zh for t in seq), zh_last), en=en_list((t.en for t in seq), en_last))


def joined(texts: Iterable[Text]) -> Text:
    """Several statements in one sentence: A；B / A; B (each said once)."""
    seq = list(dict.fromkeys(texts))
    return Text(zh="；".join(t.zh for t in seq), en="; ".join(t.en for t in seq))


def sentence(text: Text) -> Text:
    """A finished sentence: 。 / . at the end unless it already ends with punctuation."""
    zh = text.zh if not text.zh or text.zh[-1] in "。！？" else text.zh + "。"
    en = text.en if not text.en or text.en[-1] in ".!?" else text.en + "."
    return Text(zh=zh, en=en[:1].upper() + en[1:])


def title(path: str) -> Text:
    return fact_spec(path).text


def not_entered(paths: Iterable[str]) -> Text:
    """尚未填写注册资本 / Registered capital not entered; several: 还需填写：A、B / Still to enter: A, B."""
    titles = [title(p) for p in dict.fromkeys(paths)]
    if len(titles) == 1:
        return Text(zh=cat("尚未填写", titles[0].zh), en=f"{titles[0].en} not entered")
    names = listed(titles)
    return Text(zh="还需填写：" + names.zh, en="still to enter: " + names.en)


class Why:
    """How one outcome explains itself (see the module's doc). Subclasses hold only captured values."""

    __slots__ = ("status",)

    def __init__(self, status: Status) -> None:
        self.status = status

    def text(self) -> Text:
        raise NotImplementedError

    def wanted(self) -> Text:
        """The requirement with its subject, as one item of a list: 注册资本达到 50 万元（含）."""
        return self.text()

    def state(self) -> Text:
        """The facts as they stand: 注册资本 10 万元; 尚未填写注册资本 when unknown."""
        return self.text()

    def negate(self) -> Why:
        return Excluded(self)

    def asks(self) -> tuple[Text, tuple[str, ...]] | None:
        """When an unknown outcome asks for facts that were entered in another form (a typed place that names no
        city): what to say instead of "not entered", and the facts it asks for."""
        return None


class Plain(Why):
    """A text given as it is (a calculator's, or an outcome made before explanations had a kind)."""

    __slots__ = ("_text",)

    def __init__(self, status: Status, text: Text) -> None:
        super().__init__(status)
        self._text = text

    def text(self) -> Text:
        return self._text


class Excluded(Why):
    """Any rule read as an exclusion, when its kind has no wording of its own for it."""

    __slots__ = ("inner",)

    def __init__(self, inner: Why) -> None:
        super().__init__(_NEGATED.get(inner.status, inner.status))
        self.inner = inner

    def text(self) -> Text:
        inner = self.inner
        if self.status is Status.PASS:
            return Text(zh=cat(inner.state().zh, "，不属于本条排除的情形"),
                        en=f"{inner.state().en}, which this rule does not exclude")
        if self.status is Status.FAIL:
            return Text(zh=cat(inner.state().zh, "，属于本条排除的情形"),
                        en=f"{inner.state().en}, which this rule excludes")
        return inner.text()

    def wanted(self) -> Text:
        want = self.inner.wanted()
        return Text(zh="并非" + want.zh, en=f"not: {want.en}")

    def state(self) -> Text:
        return self.inner.state()

    def negate(self) -> Why:
        return self.inner


_NEGATED = {Status.PASS: Status.FAIL, Status.FAIL: Status.PASS}


def negated_status(status: Status) -> Status:
    return _NEGATED.get(status, status)
