"""``backup`` subcommand: make, list and restore backups of the local data."""

from __future__ import annotations

import argparse
from pathlib import Path

from engine.cli.common import CliError, print_json
from engine.cli.stored import STORE_FAILED, data_dir, opened
from engine.store import StoreDamaged, StoreError, default_data_dir, open_store, restore_damaged
from engine.store.backup import backup_dir, list_backups


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="backups of the local data")
    cmds = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = cmds.add_parser("create", help="make a backup now")
    create.add_argument("--label", default="manual")
    create.set_defaults(func=run_create)
    ls = cmds.add_parser("list", help="list backups, newest first")
    ls.add_argument("--format", choices=["json", "text"], default="text")
    ls.set_defaults(func=run_list)
    rest = cmds.add_parser("restore", help="replace the data with a backup (the current data is kept aside)")
    rest.add_argument("backup", help="a backup file, or its name in the backups folder")
    rest.set_defaults(func=run_restore)


def _folder(args: argparse.Namespace) -> Path:
    return data_dir(args) or default_data_dir()


def run_create(args: argparse.Namespace) -> int:
    with opened(args) as store:
        print(store.backup_now(args.label))
    return 0


def run_list(args: argparse.Namespace) -> int:
    infos = list_backups(_folder(args))
    if args.format == "json":
        print_json([{"path": str(b.path), "name": b.path.name, "created": b.created.isoformat(), "label": b.label,
                     "size": b.size, "automatic": b.automatic} for b in infos])
    else:
        for b in infos:
            print(f"{b.path.name}\t{b.created.astimezone().strftime('%Y-%m-%d %H:%M:%S')}\t{b.label}\t{b.size}")
    return 0


def _backup_path(args: argparse.Namespace) -> Path:
    given = Path(args.backup)
    for candidate in (given, backup_dir(_folder(args)) / given.name):
        if candidate.is_file():
            return candidate
    raise CliError(f"{args.backup}: no such backup (see `eligibility-cli backup list`)")


def run_restore(args: argparse.Namespace) -> int:
    source = _backup_path(args)
    lang = args.lang
    try:
        with open_store(data_dir(args)) as store:
            saved = store.restore_backup(source)
        print(f"restored {source.name}; the data before the restore is in {saved}")
    except StoreDamaged:
        try:
            kept = restore_damaged(_folder(args), source)
        except StoreError as exc:
            raise CliError(" ".join(exc.message(lang).split()), STORE_FAILED) from None
        print(f"restored {source.name}; the damaged file was kept as {kept}")
    except StoreError as exc:
        raise CliError(" ".join(exc.message(lang).split()), STORE_FAILED) from None
    return 0
