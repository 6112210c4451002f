from __future__ import annotations

import itertools

import pytest

from engine.evaluate.status import ProgramStatus, Status, all_of, any_of, at_least, negate, program_status

P, F, U, R = Status.PASS, Status.FAIL, Status.UNKNOWN, Status.REVIEW


@pytest.mark.parametrize(
    ("parts", "expected"),
    [([P, P], P), ([P, F], F), ([U, F], F), ([U, P], U), ([R, P], R), ([R, U], U), ([F, R, U], F)],
)
def test_all_of(parts, expected):
    assert all_of(parts) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [([F, F], F), ([P, F], P), ([U, F], U), ([U, P], P), ([R, F], R), ([R, U], U)],
)
def test_any_of(parts, expected):
    assert any_of(parts) == expected


def test_negate_keeps_unknown_and_review():
    assert [negate(s) for s in (P, F, U, R)] == [F, P, U, R]


def test_at_least():
    assert at_least(2, [P, P, F]) == P
    assert at_least(2, [P, F, F]) == F
    assert at_least(2, [P, U, F]) == U
    assert at_least(2, [P, R, F]) == R


def test_de_morgan_holds_in_three_valued_logic():
    for a, b in itertools.product([P, F, U], repeat=2):
        assert negate(all_of([a, b])) == any_of([negate(a), negate(b)])


def test_program_status_precedence():
    assert program_status([P, P]) == ProgramStatus.ELIGIBLE
    assert program_status([P, R]) == ProgramStatus.REVIEW
    assert program_status([R, U]) == ProgramStatus.INCOMPLETE
    assert program_status([U, F]) == ProgramStatus.NOT_ELIGIBLE
