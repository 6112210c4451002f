"""Property tests at the model's own bounds (tests/fact_values.py): whatever the model accepts goes through
evaluation (every text of every result read), every calculator, the printable report, every Excel writer and
the store without an exception, and every file written reopens. Seeded (derandomized) and bounded."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from fact_values import profile_docs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from engine.cli.textreport import render
from engine.evaluate import evaluate_all
from engine.evaluate.calculators import run_calculator
from engine.facts import MerchantProfile, parse_profile
from engine.reports import write_report
from engine.reports.batch import write_batch
from engine.reports.intake import read_intake
from engine.reports.printable import build_printable
from engine.reports.template import write_template
from engine.rules import load_packs
from engine.store import open_store

PACKS = load_packs()
INSTANTS = st.datetimes(datetime(1901, 1, 2), datetime(2100, 12, 30)).map(
    lambda d: d.replace(tzinfo=timezone(timedelta(hours=8))))
EDGE_PROFILES = profile_docs(edge=True, unknown=0.2).map(MerchantProfile.model_validate)
ANY_PROFILES = profile_docs(unknown=0.4).map(MerchantProfile.model_validate)


def read_everything(results, lang_texts=("zh", "en")) -> int:
    """Render every text of every result; returns how many characters were read (so nothing is skipped)."""
    total = 0
    for r in results:
        total += len(r.summary.zh + r.summary.en)
        total += sum(len(t.zh + t.en) for t in r.deciding_reasons())
        total += len(json.dumps(r.model_dump(mode="json"), ensure_ascii=False))  # criteria, distances, missing
        # facts, checklist, windows and calculators: each detail is rendered by model_dump
    for lang in lang_texts:
        total += len(render(results, lang))
    return total


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(profile=st.one_of(EDGE_PROFILES, ANY_PROFILES), as_of=INSTANTS)
def test_the_engine_is_total_on_everything_the_model_accepts(profile, as_of):
    results = evaluate_all(profile, PACKS, as_of)
    assert len(results) == len(PACKS) and read_everything(results) > 0
    for pack in PACKS:
        for calc in pack.calculators:
            result = run_calculator(calc, profile, as_of, {}, pack=pack)
            assert result.text.zh and result.text.en
            json.dumps(result.model_dump(mode="json"), ensure_ascii=False)
    for lang in ("zh", "en"):
        assert build_printable(profile, results, lang=lang, as_of=as_of).html


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(batch=st.lists(EDGE_PROFILES, min_size=1, max_size=3), lang=st.sampled_from(["zh", "en"]))
def test_every_writer_and_the_store_take_any_profile_and_every_file_reopens(tmp_path_factory, batch, lang):
    folder = tmp_path_factory.mktemp("w")
    as_of = datetime(2021, 9, 1, tzinfo=UTC)
    results = evaluate_all(batch[0], PACKS, as_of)
    for path in (write_report(folder / "r.xlsx", batch[0], results, lang=lang, as_of=as_of),
                 write_batch(folder / "b.xlsx", batch, PACKS, as_of, lang=lang, total=len(batch),
                             per_merchant=True) and folder / "b.xlsx",
                 write_template(folder / "t.xlsx", lang, batch)):
        wb = load_workbook(path)
        assert wb.sheetnames and wb.properties.creator
    back = read_intake(folder / "t.xlsx")
    assert back.problems == [] and len(back.profiles) <= len(batch)
    with open_store(folder / "data") as store:
        ids = [store.create(p).id for p in batch]
        for pid, profile in zip(ids, batch, strict=True):
            stored = store.get(pid)
            assert stored.profile == profile and stored.invalid == ()
        exported = json.loads(json.dumps(store.export_profiles(ids), ensure_ascii=False))
    assert [parse_profile(e["profile"]) for e in exported["profiles"]] == batch
    with open_store(folder / "other") as other:
        report = other.import_profiles(exported, "keep_both")
        assert [other.get(pid).profile for pid in report.created] == batch
        assert other.verify().findings == []
