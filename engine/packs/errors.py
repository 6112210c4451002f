"""What can go wrong with a pack file: a problem in its content (for its author, with line and column) or a
file that cannot be used at all (for whoever installs it, in both languages)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.i18n import Lang, Text


@dataclass(frozen=True)
class Problem:
    """One problem in a pack: the file inside the pack, the line and column there, and what is wrong."""

    file: str
    text: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return f"{where}: {self.text}"


class PackFileError(Exception):
    """A pack file that cannot be used (not found, not a pack, too large, not installed): one line, zh and en."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text

    def message(self, lang: Lang) -> str:
        return self.text.get(lang)


class PackRefused(PackFileError):
    """A pack that was checked and refused: ``problems`` lists everything found (the first one is in the
    message)."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        first = str(problems[0]) if problems else ""
        more = len(problems) - 1
        super().__init__(Text(
            zh=f"{name} 未安装：{first}" + (f"（另有 {more} 个问题）" if more else ""),
            en=f"{name} was not installed: {first}" + (f" (and {more} more problem{'s' if more > 1 else ''})"
                                                      if more else ""),
        ))
        self.problems = problems
