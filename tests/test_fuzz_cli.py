"""A fuzzer of the CLI's profile reader, seeded and bounded: mutated profile documents through ``check`` give a
result (exit 0) or one line of bad input (exit 2), never a traceback; what ``check`` accepts, ``profiles
import`` stores or refuses in one line, and every stored profile then checks, reports and goes through
``batch --store``.

``FUZZ_CASES`` mutations run in the suite (a few seconds); the same code ran 10,000 with 0 tracebacks (see
docs/storage.md)."""

from __future__ import annotations

import copy
import json
import os
import random
import re
import time

from engine.cli.main import main
from engine.resources import resource_path

FUZZ_CASES = int(os.environ.get("FUZZ_CASES", "250"))
TIME_BUDGET = float(os.environ.get("FUZZ_SECONDS", "40"))
SEED = 13

HOSTILE = [
    10**50, -1, -(10**6), 0, 2**63, 1.5, 1e308, 1e-308, True, False, None, "", " ", "1e28", "1E+999999999",
    "1E-999999999", "NaN", "-Infinity", "9999-12-31", "0001-01-01", "1900-12-31", "2100-12-31", "2101-01-01",
    "2021-02-29", "2024-02-29T25:00:00", "\ud800", "\ufffe\uffff", "=1+1", "x" * 6000, "否", "unknown", [], {},
    [None], ["2020-01-01"] * 3, [10**40], {"a": 1}, "1" * 41, "0E+999999999", "１２３", "1,000", "500万",
]


def _seeds() -> list[dict]:
    docs = [json.loads(resource_path("examples", "ningbo-machinery.json").read_text(encoding="utf-8"))]
    demo = resource_path("demo")
    if demo.is_dir():
        docs += [json.loads(p.read_text(encoding="utf-8")) for p in sorted(demo.glob("*.json"))]
    return docs


def _leaves(doc, path=()):
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(doc, list) and doc:
        for i, value in enumerate(doc):
            yield from _leaves(value, (*path, i))
    else:
        yield path


def _set(doc, path, value):
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _mutate(rng: random.Random, seed: dict) -> bytes:
    """One mutated document as the bytes of a JSON file (structure, value or byte level)."""
    doc = copy.deepcopy(seed)
    for _ in range(rng.randint(1, 4)):
        paths = [p for p in _leaves(doc) if p]
        if not paths:
            break
        path = rng.choice(paths)
        kind = rng.random()
        if kind < 0.6:
            _set(doc, path, copy.deepcopy(rng.choice(HOSTILE)))
        elif kind < 0.7 and isinstance(doc.get(path[0]), dict):
            doc[path[0]][f"unknown_{rng.randint(0, 9)}"] = copy.deepcopy(rng.choice(HOSTILE))
        elif kind < 0.8:
            _set(doc, path, f"@@DEEP{rng.choice([2, 31, 40, 3000])}@@")  # nested arrays, spliced in as text
        else:
            _set(doc, path, copy.deepcopy(rng.choice(HOSTILE)) if len(path) > 1 else {})
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    text = re.sub(r'"@@DEEP(\d+)@@"', lambda m: "[" * int(m.group(1)) + "1" + "]" * int(m.group(1)), text)
    data = bytearray(text.encode("utf-8", "surrogatepass"))  # a lone surrogate written raw: not UTF-8
    if rng.random() < 0.15:  # byte-level damage
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_mutated_profiles_never_crash_check_import_report_or_batch(capsys, tmp_path):
    rng = random.Random(SEED)
    seeds = _seeds()
    data = str(tmp_path / "data")
    started = time.monotonic()
    outcomes = {0: 0, 2: 0}
    accepted = 0
    for case in range(FUZZ_CASES):
        if time.monotonic() - started > TIME_BUDGET:
            break
        path = tmp_path / f"p{case % 7}.json"
        path.write_bytes(_mutate(rng, rng.choice(seeds)))
        code, out, err = _run(capsys, "--lang", rng.choice(["zh", "en"]), "check", str(path), "--as-of",
                              "2021-09-01", "--format", "json")
        assert code in outcomes, (code, err[-2000:])
        outcomes[code] += 1
        if code == 2:
            assert err.count("\n") == 1 and "Traceback" not in err, err[-2000:]
            continue
        assert len(json.loads(out)["results"]) == 12
        if accepted < 15:  # stored, then checked, reported and batched below
            code, _, err = _run(capsys, "--data-dir", data, "profiles", "import", str(path),
                                "--on-conflict", "keep_both")
            assert code == 0 or (code == 2 and err.count("\n") == 1), err[-2000:]
            accepted += code == 0
    assert outcomes[0] > 0 and outcomes[2] > 0 and accepted > 0, outcomes  # every kind of outcome was reached
    code, out, _ = _run(capsys, "--data-dir", data, "profiles", "list", "--format", "json")
    ids = [p["id"] for p in json.loads(out)]
    assert code == 0 and len(ids) >= accepted
    for pid in ids:
        assert _run(capsys, "--data-dir", data, "check", pid, "--as-of", "2021-09-01")[0] == 0
    assert _run(capsys, "--data-dir", data, "report", ids[0], "--out", str(tmp_path / "r.xlsx"))[0] == 0
    code, out, _ = _run(capsys, "--data-dir", data, "batch", "--store", "--out", str(tmp_path / "b.xlsx"))
    assert code == 0 and f"{len(ids)} merchants" in out
    assert _run(capsys, "--data-dir", data, "verify")[0] == 0
    print(f"fuzz: {case + 1} documents, {outcomes[0]} checked, {outcomes[2]} refused as bad input")
