"""Check a pack file or folder as the app will use it: layout, sources, the pack (the strict loader), its
citations and its test cases. Every problem names the file in the pack, the line and column, and what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from engine.cases import Case, CaseFile, run_case
from engine.packs.bundle import CASES, INDEX, MANIFEST, PACK, Bundle
from engine.packs.citations import check_citations
from engine.packs.errors import Problem
from engine.rules.editions import VERSION
from engine.rules.loader import Loc, PackError, load_pack_text, read_yaml
from engine.rules.pack import Pack
from engine.rules.yaml_marks import compose, position
from engine.sources import SourceDocument, bundled_documents, parse_index, source_text


@dataclass
class Checked:
    """What a check found: the pack and its parts when they load, the problems, and each case's outcome."""

    bundle: Bundle
    problems: list[Problem] = field(default_factory=list)
    pack: Pack | None = None
    cases: CaseFile | None = None
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    case_results: list[tuple[str, list[str]]] = field(default_factory=list)  # (case name, mismatches)

    @property
    def ok(self) -> bool:
        return not self.problems and self.pack is not None


class Doc:
    """One YAML file of the pack: its text, its data and a way to turn a location into line and column."""

    def __init__(self, name: str, text: str) -> None:
        self.name, self.text = name, text
        self._root: Any = None

    def at(self, loc: Loc, text: str) -> Problem:
        if self._root is None:
            self._root = compose(self.text) or False
        where = position(self._root or None, loc)
        return Problem(self.name, text, *(where or (None, None)))


def _text(bundle: Bundle, name: str, problems: list[Problem]) -> str | None:
    try:
        return bundle.files[name].decode("utf-8-sig")
    except KeyError:
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, f"not UTF-8 text (byte {exc.start + 1})"))
        return None


def _yaml(doc: Doc, problems: list[Problem]) -> Any:
    try:
        return read_yaml(doc.text, doc.name)
    except PackError as exc:
        issue = exc.issues[0]
        problems.append(Problem(doc.name, issue.text, issue.line, issue.column))
        return None


def _model(doc: Doc, data: Any, parse: Callable[[Any], Any], problems: list[Problem]) -> Any:
    try:
        return parse(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False)[:10]:
            loc = tuple(error["loc"])
            label = ".".join(str(p) for p in loc) or "document"
            problems.append(doc.at(loc, f"{label}: {error['msg']}"))
        return None


def _sources(bundle: Bundle, checked: Checked) -> dict[str, str]:
    problems = checked.problems
    text = _text(bundle, INDEX, problems)
    texts: dict[str, str] = {}
    if text is None:
        return texts
    doc = Doc(INDEX, text)
    data = _yaml(doc, problems)
    listed = _model(doc, data, parse_index, problems) if data is not None else None
    if listed is None:
        return texts
    files = bundle.sources()
    for index, entry in enumerate(listed):
        name = entry.file
        if name in checked.documents:
            problems.append(doc.at(("documents", index, "file"), f"{name} is listed twice"))
        elif name not in files:
            problems.append(doc.at(("documents", index, "file"), f"sources/{name} is not in the pack"))
        else:
            body = _text(bundle, f"sources/{name}", problems)
            if body is not None:
                texts[name] = body
                bundled = bundled_documents().get(name)
                if bundled is not None and source_text(name) != body:
                    problems.append(doc.at(("documents", index, "file"), f"{name} is the name of a document the "
                                           "app carries, with another text: give the document another name"))
            checked.documents[name] = entry
    for name in sorted(set(files) - set(checked.documents)):
        problems.append(Problem(f"sources/{name}", "not listed in sources/index.yaml"))
    return texts


def _pack(bundle: Bundle, checked: Checked, texts: dict[str, str]) -> Doc | None:
    text = _text(bundle, PACK, checked.problems)
    if text is None:
        return None
    doc = Doc(PACK, text)
    try:
        pack = load_pack_text(text, PACK)
    except PackError as exc:
        for issue in exc.issues:
            if issue.line is not None:
                checked.problems.append(Problem(PACK, issue.text, issue.line, issue.column))
            else:
                checked.problems.append(doc.at(issue.loc, issue.text))
        return doc
    if not VERSION.match(pack.version):
        checked.problems.append(doc.at(("version",), f"version {pack.version!r}: write it as numbers separated by "
                                                     "dots, e.g. \"2025.03.1\" (a higher number is a later edition)"))
    for loc, text_ in check_citations(pack, texts):
        checked.problems.append(doc.at(loc, text_))
    checked.pack = pack
    return doc


def _manifest(bundle: Bundle, checked: Checked) -> None:
    text = _text(bundle, MANIFEST, checked.problems)
    if text is None or checked.pack is None:
        return
    doc = Doc(MANIFEST, text)
    data = _yaml(doc, checked.problems)
    if not isinstance(data, dict) or data.get("format") != 1:
        checked.problems.append(doc.at(("format",), "format: this app reads pack files of format 1"))
        return
    for key, want in (("id", checked.pack.id), ("version", checked.pack.version)):
        if str(data.get(key)) != want:
            checked.problems.append(doc.at((key,), f"{key} {data.get(key)!r} differs from pack.yaml ({want!r})"))


def _cases(bundle: Bundle, checked: Checked) -> Doc | None:
    text = _text(bundle, CASES, checked.problems)
    if text is None:
        return None
    doc = Doc(CASES, text)
    data = _yaml(doc, checked.problems)
    cases = _model(doc, data, CaseFile.model_validate, checked.problems) if data is not None else None
    if cases is None:
        return doc
    pack = checked.pack
    if pack is not None and cases.program != pack.id:
        checked.problems.append(doc.at(("program",), f"program {cases.program!r} is not the pack's id {pack.id!r}"))
    for index, case in enumerate(cases.cases):
        if case.base is not None and case.base not in cases.bases:
            checked.problems.append(doc.at(("cases", index, "base"), f"case {case.name!r}: no base {case.base!r}"))
    checked.cases = cases
    return doc


def _run(case_runner: Callable[[Pack, CaseFile, Case], list[str]], checked: Checked, doc: Doc) -> None:
    assert checked.pack is not None and checked.cases is not None
    for index, case in enumerate(checked.cases.cases):
        try:
            mismatches = case_runner(checked.pack, checked.cases, case)
        except Exception as exc:  # a case whose profile or inputs do not validate, say
            mismatches = [" ".join(f"{type(exc).__name__}: {exc}".split())]
        checked.case_results.append((case.name, mismatches))
        for text in mismatches:
            checked.problems.append(doc.at(("cases", index, "name"), f"case {case.name!r}: {text}"))


def _run_case(pack: Pack, cases: CaseFile, case: Case) -> list[str]:
    return run_case(pack, cases, case)[1]


def check_bundle(bundle: Bundle, *, run_cases: bool) -> Checked:
    """Check everything in the pack; with ``run_cases``, also run its cases (only when all else holds)."""
    checked = Checked(bundle, problems=list(bundle.problems))
    texts = _sources(bundle, checked)
    _pack(bundle, checked, texts)
    _manifest(bundle, checked)
    doc = _cases(bundle, checked)
    if run_cases and doc is not None and not checked.problems and checked.pack and checked.cases:
        _run(_run_case, checked, doc)
    return checked
