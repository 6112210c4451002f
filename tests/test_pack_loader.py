"""Broken packs fail to load with a message naming the file and the criterion."""

from __future__ import annotations

import copy

import pytest
import yaml

from engine.rules import PackError, load_pack_file, load_packs, parse_pack
from engine.rules.loader import packs_dir

BASE = yaml.safe_load((packs_dir() / "icbu-2020-06-online-fair-live.yaml").read_text(encoding="utf-8"))


def broken(mutate):
    data = copy.deepcopy(BASE)
    mutate(data)
    return data


def test_shipped_packs_load():
    ids = [p.id for p in load_packs()]
    assert "icbu-2020-06-online-fair-live" in ids
    assert ids == sorted(ids)


def test_unknown_key_is_rejected_naming_the_criterion():
    def m(d):
        d["criteria"][5]["threshold"] = 3

    with pytest.raises(PackError, match=r"x\.yaml: criteria violation-score.*threshold"):
        parse_pack(broken(m), "x.yaml")


def test_unknown_fact_path_is_rejected():
    def m(d):
        d["criteria"][5]["test"]["fact"] = "alibaba_com.no_such_fact"

    with pytest.raises(PackError, match=r"criterion violation-score: fact 'alibaba_com.no_such_fact' does not"):
        parse_pack(broken(m), "x.yaml")


def test_wrong_fact_type_for_predicate_is_rejected():
    def m(d):
        d["criteria"][5]["test"] = {"kind": "flag", "fact": "alibaba_com.violation_score_points"}

    with pytest.raises(PackError, match=r"violation-score: flag: fact .* is int, needs bool"):
        parse_pack(broken(m), "x.yaml")


def test_compare_date_against_number_fact_is_rejected():
    def m(d):
        d["criteria"][5]["test"]["value"] = "2020-01-01"

    with pytest.raises(PackError, match="value is a date"):
        parse_pack(broken(m), "x.yaml")


def test_in_set_value_outside_enum_is_rejected():
    def m(d):
        d["criteria"][1]["test"]["of"][0]["of"][0]["values"] = ["atlantis"]

    with pytest.raises(PackError, match=r"paid-membership-by-region: in_set: \['atlantis'\]"):
        parse_pack(broken(m), "x.yaml")


def test_unknown_predicate_kind_is_rejected():
    def m(d):
        d["criteria"][0]["test"] = {"kind": "eval", "expr": "True"}

    with pytest.raises(PackError, match="canton-fair-2017-2019"):
        parse_pack(broken(m), "x.yaml")


def test_duplicate_ids_and_bad_zone_and_bad_deadline():
    with pytest.raises(PackError, match="duplicate criterion id"):
        parse_pack(broken(lambda d: d["criteria"].append(d["criteria"][0])), "x.yaml")
    with pytest.raises(PackError, match="unknown time zone"):
        parse_pack(broken(lambda d: d.update(timezone="Mars/Base")), "x.yaml")

    def m(d):
        d["checklist"][0]["deadline"] = {"window": "nope"}

    with pytest.raises(PackError, match="accept-rules: unknown window 'nope'"):
        parse_pack(broken(m), "x.yaml")


def test_naive_window_time_is_rejected():
    def m(d):
        d["windows"][0]["start"] = "2020-05-18T15:00:00"

    with pytest.raises(PackError, match="windows registration"):
        parse_pack(broken(m), "x.yaml")


def test_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad-pack.yaml"
    bad.write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(PackError, match="bad-pack.yaml: not valid YAML"):
        load_pack_file(bad)
    other = tmp_path / "other-name.yaml"
    other.write_text(yaml.safe_dump(BASE, allow_unicode=True), encoding="utf-8")
    with pytest.raises(PackError, match="does not match the file name"):
        load_pack_file(other)
