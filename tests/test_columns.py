"""Per-message number columns: what a large parse relies on to keep its memory flat."""

from __future__ import annotations

import math
import random

from correspondence.columns import Column, argsort


def test_column_keeps_every_value_across_chunks():
    values = [random.randint(-(2**62), 2**62) for _ in range(40_000)]
    column = Column("q", values)
    assert len(column) == 40_000 and list(column) == values
    assert column[16_384] == values[16_384] and column[-1] == values[-1]


def test_filled_table_and_nan_times():
    times = Column.filled("d", 20_000, -1.5)
    times[19_999] = math.nan
    assert times[0] == -1.5 and math.isnan(times[-1])


def test_offsets_widen_past_4_gib_without_losing_earlier_ones():
    offsets = Column.offsets()
    for n in range(20_000):
        offsets.append(n * 1000)
    offsets.append(2**33 + 5)
    assert offsets.typecode == "q"
    assert offsets[19_999] == 19_999_000 and offsets[20_000] == 2**33 + 5


def test_argsort_is_stable_over_several_runs():
    keys = [random.randint(0, 50) for _ in range(10_000)]  # many ties, three runs of 4,096
    assert list(argsort(keys)) == sorted(range(len(keys)), key=keys.__getitem__)
