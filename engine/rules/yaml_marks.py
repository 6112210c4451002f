"""Where a value stands in a YAML text: the line and column an author needs to find a problem.

A pydantic error location (``("criteria", 3, "test", "value")``) is followed through the YAML node tree
(composed with the safe loader: nodes only, nothing constructed); a step that has no node of its own (the tag
of a tagged union) is passed over, so the deepest node that exists is named.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Position = tuple[int, int]  # 1-based line and column


def compose(text: str) -> yaml.Node | None:
    """The YAML node tree of ``text``; ``None`` when it is not valid YAML (the parse error says where)."""
    try:
        return yaml.compose(text, Loader=_SafeLoader)
    except yaml.YAMLError:
        return None


def _mark(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def position(root: yaml.Node | None, loc: Sequence[int | str]) -> Position | None:
    """The line and column of the node ``loc`` points at (of its key, for a mapping entry)."""
    if root is None:
        return None
    node, found = root, _mark(root)
    for step in loc:
        if isinstance(node, yaml.MappingNode):
            entry = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(step)),
                         None)
            if entry is None:
                continue  # e.g. the tag of a tagged union: it names a type, not a key in the text
            found, node = _mark(entry[0]), entry[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                break
            node = node.value[step]
            found = _mark(node)
        else:
            continue
    return found


def error_position(exc: yaml.YAMLError) -> Position | None:
    """Where a YAML syntax error was found."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None
    return mark.line + 1, mark.column + 1


def error_text(exc: yaml.YAMLError) -> str:
    """A YAML syntax error in one line, without the quoted excerpt."""
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    parts = [p for p in (context, problem) if p]
    return " ".join(" ".join(parts).split()) if parts else " ".join(str(exc).split())
