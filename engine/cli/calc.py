"""``calc`` subcommand: list the calculators of the rule packs, run one with a profile and inputs."""

from __future__ import annotations

import argparse
from typing import Any

from engine.cli.check import resolve_profile
from engine.cli.common import CliError, parse_as_of, print_json
from engine.cli.packs import registry
from engine.evaluate.calc_env import fact_refs
from engine.evaluate.calc_result import CalcResult
from engine.evaluate.calculators import find_calculator, run_calculator
from engine.facts import MerchantProfile, fact_specs
from engine.i18n import Lang
from engine.sources import cite, shown_quote


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calc", help="list or run the programmes' calculators (scores, fees, penalties, deadlines)")
    csub = p.add_subparsers(dest="calc_command", required=True, metavar="ACTION")
    lst = csub.add_parser("list", help="list every calculator")
    lst.add_argument("--format", choices=["json", "text"], default="text")
    lst.set_defaults(func=run_list)
    run = csub.add_parser("run", help="run one calculator")
    run.add_argument("program", help="programme id")
    run.add_argument("calc_id", help="calculator id")
    run.add_argument("--profile", default=None,
                     help="a profile JSON file or stored profile id (facts the calculator reads)")
    run.add_argument("--input", action="append", default=[], metavar="NAME=VALUE",
                     help="an input or fact value (repeatable); 'unknown' leaves it unknown")
    run.add_argument("--as-of", default=None, help="ISO 8601 date or date-time; default now")
    run.add_argument("--format", choices=["json", "text"], default="text")
    run.set_defaults(func=run_one)


def _inputs_of(calc: Any) -> list[dict[str, Any]]:
    declared = [{"name": i.name, "type": i.type, "title": i.title.model_dump(), "source": "input"}
                for i in calc.inputs]
    facts = [{"name": f, "source": "fact"} for f in fact_refs(calc)]
    return declared + facts


def run_list(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = [
        {"program": pack.id, "id": calc.id, "kind": calc.kind, "title": calc.title.model_dump(),
         "inputs": _inputs_of(calc)}
        for pack in registry(args).programmes() for calc in pack.calculators
    ]
    if args.format == "json":
        print_json(rows)
    else:
        for row in rows:
            names = ", ".join(i["name"] for i in row["inputs"])
            print(f"{row['program']}\t{row['id']}\t{row['kind']}\t{row['title'][args.lang]}\t{names}")
    return 0


def _parse_inputs(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(f"--input: {item!r} is not NAME=VALUE")
        out[name.strip()] = value
    return out


def render(result: CalcResult, lang: Lang) -> str:
    colon = "：" if lang == "zh" else ": "
    lines = [result.title.get(lang), f"  {result.text.get(lang)}"]
    for o in result.outputs:
        lines.append(f"  - {o.text.get(lang)}")
    if result.missing:
        titles = {used.name: used.title.get(lang) for used in result.inputs}
        needed = [titles.get(m, m) + ("" if m in fact_specs() else f" (--input {m}=…)") for m in result.missing]
        head, sep = ("  需补充：", "、") if lang == "zh" else ("  Still unknown: ", ", ")
        lines.append(head + sep.join(needed))
    where = cite(result.clause.file or result.source_file, result.clause.ref).get(lang)
    lines.append(f"  {'依据' if lang == 'zh' else 'Source'}{colon}{where}「{shown_quote(result.clause.quote)}」")
    if result.reading:
        lines.append(f"  {'解读' if lang == 'zh' else 'Reading'}{colon}{result.reading.get(lang)}")
    return "\n".join(lines)


def run_one(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of)
    try:
        pack = registry(args).edition(args.program, as_of=as_of).pack
        calc = find_calculator(pack, args.calc_id)
    except KeyError as exc:
        raise CliError(str(exc.args[0])) from None
    profile = resolve_profile(args.profile, args) if args.profile else MerchantProfile()
    try:
        result = run_calculator(calc, profile, as_of, _parse_inputs(args.input), pack=pack)
    except ValueError as exc:
        raise CliError(str(exc).replace("\n", " ")) from None
    if args.format == "json":
        print_json({"program": pack.id, "as_of": as_of.isoformat(), "result": result.model_dump(mode="json")})
    else:
        print(render(result, args.lang))
    return 0
