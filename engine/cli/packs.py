"""``packs`` subcommand: list, show, check, test, install, remove and export rule packs; print their schema.

Exit status: 0 done; 1 ``validate`` / ``test`` found problems (each printed as ``file:line:column: text``);
2 bad input (no such pack or file, not a pack file, a pack refused at install), one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from engine.cli.common import CliError, parse_as_of, print_json
from engine.cli.packs_text import checked_json, checked_lines, edition_json, edition_lines, list_line
from engine.packs import PackFileError, PackRegistry, load_registry
from engine.packs.install import check_path, edition_bundle, export_pack, install_pack
from engine.packs.schema import PARTS, schema
from engine.packs.validate import check_bundle


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("packs", help="rule packs: list, show, validate, test, install, remove, export, schema")
    psub = p.add_subparsers(dest="packs_command", required=True, metavar="ACTION")

    def action(name: str, help_: str, func: Any, *, fmt: bool = True) -> argparse.ArgumentParser:
        a = psub.add_parser(name, help=help_)
        if fmt:
            a.add_argument("--format", choices=["json", "text"], default="text")
        a.set_defaults(func=func)
        return a

    lst = action("list", "every edition of every programme, bundled and added", run_list)
    lst.add_argument("--as-of", default=None, help="which editions are in force (ISO 8601; default now)")
    show = action("show", "one programme: its editions, source, windows", run_show)
    show.add_argument("program", help="programme id")
    show.add_argument("--version", default=None, help="an edition (default: the one in force)")
    show.add_argument("--as-of", default=None, help="the edition in force then (default now)")
    val = action("validate", "check a pack file or a pack folder being written (without running its cases)",
                 run_validate)
    val.add_argument("path", type=Path, help="a .mecpack file or a pack folder")
    test = action("test", "check a pack and run its cases (a pack file, a folder, or an installed programme id)",
                  run_test)
    test.add_argument("path", help="a .mecpack file, a pack folder, or a programme id")
    test.add_argument("--version", default=None, help="with a programme id: the edition")
    inst = action("install", "check a pack file, run its cases and add it to the data folder", run_install)
    inst.add_argument("path", type=Path, help="a .mecpack file (or a pack folder)")
    rem = action("remove", "remove an added pack (the editions left apply again)", run_remove)
    rem.add_argument("program", help="programme id")
    rem.add_argument("--version", default=None, help="which added edition (needed when there are several)")
    exp = action("export", "write an edition as a pack file (bundled ones too: a start for a new edition)",
                 run_export)
    exp.add_argument("program", help="programme id")
    exp.add_argument("--version", default=None, help="an edition (default: the one in force now)")
    exp.add_argument("--out", required=True, type=Path, help="the .mecpack file to write")
    sch = action("schema", "print the JSON Schema of a pack's part (for editors)", run_schema, fmt=False)
    sch.add_argument("part", nargs="?", choices=sorted(PARTS), default="pack",
                     help="pack (pack.yaml), cases (cases.yaml) or sources (sources/index.yaml)")


def _data_dir(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "data_dir", None)
    return Path(value) if value else None


def registry(args: argparse.Namespace) -> PackRegistry:
    """The data folder's registry, activated, loaded once per command; its problems become warnings."""
    found: PackRegistry | None = getattr(args, "pack_registry", None)
    if found is None:
        found = load_registry(_data_dir(args))
        for problem in found.problems:
            print(f"eligibility-cli: warning: added pack left out: {problem}", file=sys.stderr)
        args.pack_registry = found
    return found


def _file_error(exc: PackFileError, args: argparse.Namespace) -> CliError:
    return CliError(" ".join(exc.message(args.lang).split()))


def run_list(args: argparse.Namespace) -> int:
    reg = registry(args)
    as_of = parse_as_of(args.as_of)
    current = {(p.id, p.version) for p in reg.programmes(as_of)}
    if args.format == "json":
        print_json({"as_of": as_of.isoformat(), "editions": [edition_json(e, (e.pack.id, e.pack.version) in current)
                                                             for e in reg.editions], "problems": reg.problems})
    else:
        for e in reg.editions:
            print(list_line(e, (e.pack.id, e.pack.version) in current, args.lang))
    return 0


def run_show(args: argparse.Namespace) -> int:
    reg = registry(args)
    as_of = parse_as_of(args.as_of)
    try:
        edition = reg.edition(args.program, args.version, as_of)
    except KeyError as exc:
        raise CliError(str(exc.args[0])) from None
    current = reg.edition(args.program, None, as_of)
    if args.format == "json":
        data = edition_json(edition, edition is current, full=True)
        data["editions"] = [edition_json(e, e is current) for e in reg.editions_of(args.program)]
        print_json(data)
    else:
        print("\n".join(edition_lines(edition, reg.editions_of(args.program), current, args.lang)))
    return 0


def _report(checked: Any, args: argparse.Namespace, ran: bool) -> int:
    if args.format == "json":
        print_json(checked_json(checked, ran))
    else:
        print("\n".join(checked_lines(checked, ran, args.lang)))
    return 0 if checked.ok else 1


def run_validate(args: argparse.Namespace) -> int:
    try:
        checked = check_path(args.path, run_cases=False)
    except PackFileError as exc:
        raise _file_error(exc, args) from None
    return _report(checked, args, ran=False)


def run_test(args: argparse.Namespace) -> int:
    path = Path(args.path)
    try:
        if path.exists() or path.suffix.lower() in (".mecpack", ".zip"):
            checked = check_path(path, run_cases=True)
        else:
            try:
                edition = registry(args).edition(args.path, args.version)
            except KeyError as exc:
                raise CliError(f"{args.path}: no such file, folder or programme ({exc.args[0]})") from None
            checked = check_bundle(edition_bundle(edition), run_cases=True)
    except PackFileError as exc:
        raise _file_error(exc, args) from None
    return _report(checked, args, ran=True)


def run_install(args: argparse.Namespace) -> int:
    reg = registry(args)
    try:
        done = install_pack(reg, args.path)
    except PackFileError as exc:
        message = " ".join(exc.message(args.lang).split())
        problems = getattr(exc, "problems", [])
        if len(problems) > 1:
            message += ("；全部问题：" if args.lang == "zh" else "; all of them: ") + \
                f"eligibility-cli packs test {args.path}"
        raise CliError(message) from None
    pack = done.edition.pack
    if args.format == "json":
        print_json({"installed": edition_json(done.edition, True, full=False), "cases_passed": done.cases,
                    "replaces": edition_json(done.replaced, False) if done.replaced else None})
        return 0
    title = pack.title.get(args.lang)
    if args.lang == "zh":
        line = f"已安装：{title}（{pack.id}）{pack.version} 版，{done.cases} 个测试用例全部通过"
        if done.replaced:
            line += f"；自生效之日起取代 {done.replaced.pack.version} 版"
    else:
        line = f"installed: {title} ({pack.id}) edition {pack.version}; {done.cases} cases passed"
        if done.replaced:
            line += f"; supersedes edition {done.replaced.pack.version} from its start"
    print(line)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    reg = registry(args)
    try:
        removed = reg.remove(args.program, args.version)
    except PackFileError as exc:
        raise _file_error(exc, args) from None
    left = reg.editions_of(args.program)
    now = reg.edition(args.program) if left else None
    if args.format == "json":
        print_json({"removed": edition_json(removed, False), "in_force": edition_json(now, True) if now else None})
        return 0
    pack = removed.pack
    if args.lang == "zh":
        after = f"；现行版本：{now.pack.version}（{now.origin.describe().zh}）" if now else "；该项目已无规则包"
        print(f"已删除：{pack.title.zh}（{pack.id}）{pack.version} 版{after}")
    else:
        after = f"; in force now: edition {now.pack.version} ({now.origin.describe().en})" if now else \
            "; no edition of this programme is left"
        print(f"removed: {pack.title.en} ({pack.id}) edition {pack.version}{after}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    reg = registry(args)
    if args.out.suffix.lower() not in (".mecpack", ".zip"):
        raise CliError(f"--out: {args.out} must end in .mecpack")
    try:
        edition = reg.edition(args.program, args.version)
        export_pack(edition, args.out)
    except KeyError as exc:
        raise CliError(str(exc.args[0])) from None
    except PackFileError as exc:
        raise _file_error(exc, args) from None
    if args.format == "json":
        print_json({"exported": edition_json(edition, False), "path": str(args.out)})
    else:
        print(f"已导出：{edition.pack.id} {edition.pack.version} → {args.out}" if args.lang == "zh" else
              f"exported: {edition.pack.id} {edition.pack.version} -> {args.out}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(schema(args.part), ensure_ascii=False, indent=2) + "\n")
    return 0
