"""``report``, ``batch`` and ``template`` subcommands: the files people print and share."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from engine.cli.check import resolve_profile, select_packs
from engine.cli.common import CliError, load_profile_file, parse_as_of
from engine.evaluate import evaluate_all
from engine.facts import MerchantProfile
from engine.i18n import Lang
from engine.reports import ReportError, write_report
from engine.reports.batch import write_batch
from engine.reports.intake import read_intake
from engine.reports.pdf_hook import get_pdf_renderer
from engine.reports.printable import build_printable
from engine.reports.problems import write_problems
from engine.reports.stored import (
    StoredMerchant,
    count_stored,
    iter_stored,
    load_stored,
    load_ticks,
    store_available,
    store_error_message,
)
from engine.reports.template import write_template


def _lang_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", dest="sub_lang", choices=["zh", "en"], default=None, help="language of the file")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("report", help="write the eligibility report of one merchant (.xlsx, optional PDF)")
    r.add_argument("profile", help="a profile JSON file or a stored profile id")
    r.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    r.add_argument("--pdf", type=Path, default=None, help="also write a printable PDF")
    r.add_argument("--program", action="append", default=[], metavar="ID", help="programme id (repeatable)")
    r.add_argument("--as-of", default=None, help="ISO 8601 date or date-time; default now")
    _lang_option(r)
    r.set_defaults(func=run_report)
    b = sub.add_parser("batch", help="check many merchants and write the matrix workbook")
    b.add_argument("input", nargs="?", type=Path, help="a filled intake template (.xlsx) or a folder of profile JSON")
    b.add_argument("--store", action="store_true", help="every profile in the local database instead of INPUT")
    b.add_argument("--out", required=True, type=Path, help="the matrix .xlsx to write")
    b.add_argument("--problems", type=Path, default=None, help="where to write import problems (.xlsx)")
    b.add_argument("--per-merchant", action="store_true", help="add one sheet per merchant")
    b.add_argument("--program", action="append", default=[], metavar="ID", help="programme id (repeatable)")
    b.add_argument("--as-of", default=None, help="ISO 8601 date or date-time; default now")
    _lang_option(b)
    b.set_defaults(func=run_batch)
    t = sub.add_parser("template", help="write the Excel template for collecting merchant facts")
    t.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    _lang_option(t)
    t.set_defaults(func=run_template)


def _lang(args: argparse.Namespace) -> Lang:
    lang: Lang = args.sub_lang or args.lang
    return lang


def _xlsx(path: Path, option: str) -> None:
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"{option}: {path} must end in .xlsx")


def _data_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.data_dir) if getattr(args, "data_dir", None) else None


STORE_FAILED = 4  # exit status when the local database cannot be used (as the store's own commands use)


def _profile(args: argparse.Namespace) -> StoredMerchant:
    """A profile file, or a stored profile id (with its checklist ticks) when the store is present."""
    try:
        try:
            profile = resolve_profile(args.profile, args)
        except CliError:
            stored = load_stored(args.profile, _data_dir(args)) if store_available() else None
            if stored is None:
                raise
            return stored
        ref = getattr(args, "stored_profile", None)  # set by the store's resolver
        if ref:
            return StoredMerchant(id=ref[0], profile=profile, ticks=load_ticks(ref[0], _data_dir(args)))
        return StoredMerchant(id="", profile=profile)
    except CliError:
        raise
    except Exception as exc:
        message = store_error_message(exc, _lang(args))
        if message is None:
            raise
        raise CliError(" ".join(message.split()), STORE_FAILED) from None


def run_report(args: argparse.Namespace) -> int:
    lang = _lang(args)
    _xlsx(args.out, "--out")
    renderer = get_pdf_renderer() if args.pdf else None
    if args.pdf and args.pdf.suffix.lower() != ".pdf":
        raise CliError(f"--pdf: {args.pdf} must end in .pdf")
    for target in (args.out, args.pdf):
        if target is not None and not target.parent.is_dir():
            raise CliError(f"{target}: the folder {target.parent} does not exist")
    if args.pdf and renderer is None:
        raise CliError("--pdf: PDF output needs the desktop app's renderer; run the installed eligibility-cli "
                       "(gui.cli) or export the PDF from the app")
    as_of = parse_as_of(args.as_of)
    packs = select_packs(args.program, args, as_of)
    merchant = _profile(args)
    results = evaluate_all(merchant.profile, packs, as_of)
    try:
        write_report(args.out, merchant.profile, results, lang=lang, as_of=as_of, ticks=merchant.ticks)
        if renderer is not None:
            renderer(build_printable(merchant.profile, results, lang=lang, as_of=as_of), args.pdf)
    except ReportError as exc:
        raise CliError(exc.message(lang)) from None
    return 0


def _json_folder(folder: Path, lang: Lang) -> tuple[list[MerchantProfile], int]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if not files:
        raise CliError(f"{folder}: no profile .json files in this folder")
    return [load_profile_file(p, lang) for p in files], len(files)


def _intake(path: Path, args: argparse.Namespace, lang: Lang) -> list[MerchantProfile]:
    result = read_intake(path)
    if result.ok:
        return result.profiles
    where = ""
    if args.problems is not None:
        write_problems(args.problems, result.problems, lang, path.name)
        where = f"; {'全部问题见' if lang == 'zh' else 'all problems in'} {args.problems}"
    first = result.problems[0].message(lang)
    count = len(result.problems)
    raise CliError(f"{path}: {count} {'个问题,未导入任何商家' if lang == 'zh' else 'problem(s), nothing imported'}"
                   f" ({'第一个' if lang == 'zh' else 'first'}: {first}){where}")


def _end_progress() -> None:
    sys.stderr.write("\r")  # a message after the progress count starts at the beginning of the line


def _warn(line: str) -> None:
    sys.stderr.write(f"\religibility-cli: warning: {line}\n")


class _Printer:
    """Progress on stderr, at most five times a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self.last >= 0.2 or done == total:
            self.last = now
            sys.stderr.write(f"\r{done}/{total}" if total else f"\r{done}")
            sys.stderr.flush()
        return True


def run_batch(args: argparse.Namespace) -> int:
    lang = _lang(args)
    _xlsx(args.out, "--out")
    as_of = parse_as_of(args.as_of)
    packs = select_packs(args.program, args, as_of)
    profiles: list[MerchantProfile] | Iterator[MerchantProfile]
    try:
        if args.store:
            if not store_available():
                raise CliError("--store: the local database is not available in this build")
            total = count_stored(_data_dir(args))
            profiles = iter_stored(_data_dir(args), _warn, lang)
        elif args.input is None:
            raise CliError("batch: give INPUT (.xlsx template or folder of .json) or --store")
        elif args.input.is_dir():
            profiles, total = _json_folder(args.input, lang)
        else:
            profiles = _intake(args.input, args, lang)
            total = len(profiles)
        progress = _Printer()
        summary = write_batch(args.out, profiles, packs, as_of, lang=lang, total=total, progress=progress,
                              per_merchant=args.per_merchant)
    except ReportError as exc:
        _end_progress()
        raise CliError(exc.message(lang)) from None
    except Exception as exc:
        message = store_error_message(exc, lang)
        if message is None:
            raise
        _end_progress()
        raise CliError(" ".join(message.split()), STORE_FAILED) from None
    sys.stderr.write("\n")
    print(f"{summary.merchants} {'个商家' if lang == 'zh' else 'merchants'} -> {args.out}")
    return 0


def run_template(args: argparse.Namespace) -> int:
    lang = _lang(args)
    _xlsx(args.out, "--out")
    try:
        write_template(args.out, lang)
    except ReportError as exc:
        raise CliError(exc.message(lang)) from None
    return 0
