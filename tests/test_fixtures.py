"""Walk every fixture: each input beside its .expected.json must come out as expected."""

from __future__ import annotations

import pytest

from fixture_walker import FIXTURES, fixture_cases, run_fixture

CASES = fixture_cases()


@pytest.mark.parametrize(
    ("path", "expected"), CASES, ids=[str(p.relative_to(FIXTURES)) for p, _ in CASES]
)
def test_fixture(path, expected):
    diffs, _rules, _raw = run_fixture(path, expected)
    assert not diffs, "\n".join(diffs)
