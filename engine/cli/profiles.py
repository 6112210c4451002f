"""``profiles`` subcommand: list, show, import, export, history, restore, delete stored merchant profiles."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from engine.cli import check
from engine.cli.common import CliError, print_json, read_json
from engine.cli.stored import STORE_FAILED, opened, require_id, resolve_stored
from engine.facts.salvage import salvage
from engine.store.io import POLICIES, ImportInvalid

if resolve_stored not in check.profile_resolvers:
    check.profile_resolvers.append(resolve_stored)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("profiles", help="stored merchant profiles")
    cmds = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    ls = cmds.add_parser("list", help="list stored profiles")
    ls.add_argument("--query", default=None, help="search in name, credit code and id")
    ls.add_argument("--trash", action="store_true", help="include profiles in the trash")
    ls.add_argument("--format", choices=["json", "text"], default="text")
    ls.set_defaults(func=run_list)
    show = cmds.add_parser("show", help="print a stored profile as an export document")
    show.add_argument("id")
    show.add_argument("--revision", type=int, default=None)
    show.set_defaults(func=run_show)
    imp = cmds.add_parser("import", help="import profiles from a JSON export (all or nothing)")
    imp.add_argument("file")
    imp.add_argument("--on-conflict", choices=POLICIES, default=None,
                     help="what to do with a profile that is already stored (required when there is one)")
    imp.set_defaults(func=run_import)
    exp = cmds.add_parser("export", help="export profiles as JSON (all when no id is given)")
    exp.add_argument("ids", nargs="*", metavar="ID")
    exp.add_argument("-o", "--output", default=None, help="file to write (default: standard output)")
    exp.set_defaults(func=run_export)
    hist = cmds.add_parser("history", help="revisions and programme status changes of a profile")
    hist.add_argument("id")
    hist.add_argument("--format", choices=["json", "text"], default="text")
    hist.set_defaults(func=run_history)
    rest = cmds.add_parser("restore", help="make an earlier revision current (as a new revision)")
    rest.add_argument("id")
    rest.add_argument("revision", type=int)
    rest.set_defaults(func=run_restore)
    dele = cmds.add_parser("delete", help="move a profile to the trash (or back with --undo)")
    dele.add_argument("id")
    dele.add_argument("--undo", action="store_true")
    dele.set_defaults(func=run_delete)
    empty = cmds.add_parser("empty-trash", help="remove profiles in the trash for good (after a backup)")
    empty.set_defaults(func=run_empty_trash)


def run_list(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as store:
        rows = store.list_profiles(args.query, include_deleted=args.trash)
    if args.format == "json":
        print_json([{"id": r.id, "name": r.name, "updated": r.updated.isoformat(), "revision": r.revision,
                     "platforms": r.platforms, "is_demo": r.is_demo, "deleted": r.deleted, "statuses": r.statuses}
                    for r in rows])
    else:
        for r in rows:
            flags = ("demo " if r.is_demo else "") + ("trash" if r.deleted else "")
            print(f"{r.id}\t{r.name or '-'}\t{r.updated.astimezone().strftime('%Y-%m-%d %H:%M')}\tr{r.revision}"
                  f"\t{','.join(r.platforms) or '-'}\t{flags.strip()}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as store:
        pid = require_id(store, args.id)
        if args.revision is None:
            print_json(store.export_profile(pid))
        else:
            print_json({"format_version": 1, "id": pid, "revision": args.revision,
                        "profile": store.document(pid, args.revision)})
    return 0


def run_import(args: argparse.Namespace) -> int:
    data = read_json(Path(args.file))
    with opened(args) as store:
        try:
            found = store.import_conflicts(data)
            if found and args.on_conflict is None:
                listed = ", ".join(f"#{i + 1} -> {pid}" for i, pid in sorted(found.items()))
                raise CliError(f"{args.file}: {len(found)} profile(s) already stored ({listed}); "
                               "choose --on-conflict keep_both, replace or skip")
            report = store.import_profiles(data, args.on_conflict or "keep_both")
        except ImportInvalid as exc:
            lines = [p.message(args.lang) for p in exc.problems]
            raise CliError(f"{args.file}: nothing imported, {len(lines)} problem(s): " + "; ".join(lines)) from None
    print(f"created {len(report.created)}, replaced {len(report.replaced)}, skipped {len(report.skipped)}")
    for pid in report.created:
        print(f"created\t{pid}")
    for pid in report.replaced:
        print(f"replaced\t{pid}")
    for pid in report.skipped:
        print(f"skipped\t{pid}")
    return 0


def _write_atomically(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()  # a half-written file never stays behind
        raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from None


def run_export(args: argparse.Namespace) -> int:
    """Profiles as saved. A stored value the model now refuses is exported as it is, with a warning; a profile
    whose current revision is damaged is left out, named on stderr and under "skipped", and the exit status
    is 4 (the rest is written)."""
    with opened(args, reading=True) as store:
        ids = [require_id(store, ref) for ref in args.ids]
        data = store.export_profile(ids[0]) if len(ids) == 1 else store.export_profiles(ids or None)
    entries = data.get("profiles", [data])
    for entry in entries:
        for fact in salvage(entry["profile"])[1]:
            print(f"eligibility-cli: warning: {entry.get('name') or entry['id']} ({entry['id']}): "
                  f"{fact.message(args.lang)}", file=sys.stderr)
    if args.output:
        _write_atomically(Path(args.output), data)
    else:
        print_json(data)
    skipped = data.get("skipped", [])
    for item in skipped:
        print(f"eligibility-cli: error: {item['name'] or item['id']} ({item['id']}): revision {item['revision']} "
              f"is damaged ({item['problem']}); not exported", file=sys.stderr)
    return STORE_FAILED if skipped else 0


def run_history(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as store:
        pid = require_id(store, args.id)
        revisions = store.revisions(pid)
        changes = store.status_changes(pid)
    if args.format == "json":
        print_json({
            "id": pid,
            "revisions": [{"revision": r.revision, "saved_at": r.saved_at.isoformat(), "name": r.name}
                          for r in revisions],
            "status_changes": [{"program": c.program, "check_id": c.check_id, "revision": c.revision,
                                "ran_at": c.ran_at.isoformat(), "before": c.before, "after": c.after}
                               for c in changes],
        })
        return 0
    for r in revisions:
        print(f"r{r.revision}\t{r.saved_at.astimezone().strftime('%Y-%m-%d %H:%M:%S')}\t{r.name or '-'}")
    for c in changes:
        print(f"{c.ran_at.astimezone().strftime('%Y-%m-%d %H:%M:%S')}\t{c.program}\t{c.before or '-'} -> {c.after}"
              f"\t(r{c.revision})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with opened(args) as store:
        stored = store.restore(require_id(store, args.id), args.revision)
    print(f"{stored.id}: revision {args.revision} restored as revision {stored.revision}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with opened(args) as store:
        pid = require_id(store, args.id)
        if args.undo:
            store.undelete(pid)
        else:
            store.delete(pid)
    print(f"{pid}: {'restored from the trash' if args.undo else 'moved to the trash'}")
    return 0


def run_empty_trash(args: argparse.Namespace) -> int:
    with opened(args) as store:
        count = store.empty_trash()
    print(f"removed {count} profile(s) from the trash")
    return 0
