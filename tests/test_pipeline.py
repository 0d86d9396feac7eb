"""The streaming parse: same answer in one or two processes, errors reported, order kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from correspondence import ParseOptions, parse
from correspondence.errors import StrictModeError, UnreadableInputError
from correspondence.models import Message, Request
from correspondence.pipeline import stream

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _key(items):
    return [
        (i.source, i.index, i.request_key, i.duplicate_of, i.body, i.events)
        if isinstance(i, Message) else ("request", i.key, i.status)
        for i in items
    ]


def test_stream_matches_the_in_memory_parse():
    paths = [FIXTURES / "requests", FIXTURES / "quoting"]
    items = list(stream(paths, ParseOptions(jobs=1)))
    result = parse(paths, ParseOptions(jobs=1))
    assert [i for i in _key(items) if i[0] != "request"] == _key(result.messages)
    assert sorted(i.key for i in items if isinstance(i, Request)) == sorted(
        r.key for r in result.requests
    )


def test_two_processes_give_the_same_answer():
    paths = [FIXTURES]
    assert _key(stream(paths, ParseOptions(jobs=2))) == _key(stream(paths, ParseOptions(jobs=1)))


@pytest.mark.parametrize("jobs", [1, 2])
def test_unreadable_path_is_reported_and_the_rest_parsed(tmp_path, jobs):
    missing = tmp_path / "gone.mbox"
    seen: list[tuple[str, str]] = []
    items = list(stream([missing, FIXTURES / "email"], ParseOptions(jobs=jobs),
                        on_input_error=lambda p, e: seen.append((p, str(e)))))
    assert seen == [(str(missing), f"{missing}: no such file or folder")]
    assert any(isinstance(i, Message) for i in items)


@pytest.mark.parametrize("jobs", [1, 2])
def test_unreadable_path_raises_without_a_handler(tmp_path, jobs):
    with pytest.raises(UnreadableInputError):
        list(stream([tmp_path / "gone.mbox"], ParseOptions(jobs=jobs)))


def test_a_failing_stage_is_recorded_not_raised():
    def broken(message, ctx):
        raise ValueError("boom")

    from correspondence.pipeline import MESSAGE_STAGES

    stages = (*MESSAGE_STAGES, ("broken", broken))
    items = list(stream([FIXTURES / "email" / "plain-acknowledgement.eml"], stages=stages))
    (message,) = [i for i in items if isinstance(i, Message)]
    assert [p.code for p in message.problems if p.stage == "broken"] == ["stage-failed"]


def test_strict_mode_raises_on_a_failing_stage():
    def broken(message, ctx):
        raise ValueError("boom")

    from correspondence.pipeline import MESSAGE_STAGES

    stages = (*MESSAGE_STAGES, ("broken", broken))
    with pytest.raises(StrictModeError, match="boom"):
        list(stream([FIXTURES / "email" / "plain-acknowledgement.eml"], ParseOptions(strict=True),
                    stages=stages))


def test_secrets_do_not_survive_a_failing_clean():
    from correspondence.pipeline import MESSAGE_STAGES

    def broken(message, ctx):
        raise RuntimeError("clean broke")

    stages = tuple((n, broken if n == "clean" else f) for n, f in MESSAGE_STAGES)
    eml = FIXTURES / "email" / "plain-acknowledgement.eml"
    text = eml.read_text().replace(
        "Records Unit\n", "Confirm: https://x.nextrequest.com/users/confirmation?confirmation_token=Zq8Xw2Lk9Pm4Rt7Yv1Bn\n"
    )
    path = Path(pytest.importorskip("tempfile").mkdtemp()) / "secret.eml"
    path.write_text(text)
    items = list(stream([path], stages=stages))
    assert "Zq8Xw2Lk9Pm4Rt7Yv1Bn" not in "".join(
        i.model_dump_json() for i in items if isinstance(i, Message)
    )


def test_oldest_first_orders_timestamps_as_sort_positions_orders_dates():
    # the stream sorts each source by timestamp; undated messages stay after the one before
    import datetime as dt
    import math
    import random
    from array import array

    from correspondence.link import sort_positions
    from correspondence.pipeline import _oldest_first

    rng = random.Random(3)
    stamps = [math.nan if rng.random() < 0.2 else float(rng.choice([1.7e9, 1.7e9 + 60, 1.6e9 + 0.25, 0.0]))
              for _ in range(300)]
    dates = [None if math.isnan(t) else dt.datetime.fromtimestamp(t, dt.UTC) for t in stamps]
    assert list(_oldest_first(array("d", stamps))) == sort_positions(dates)
    assert list(_oldest_first(array("d", [math.nan, 5.0, math.nan, 1.0]))) == [0, 3, 1, 2]
