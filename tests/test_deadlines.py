"""The statutory deadline table and the clock it runs (business days, pauses)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from correspondence import deadlines
from correspondence.errors import RuleError

D = dt.date


def test_table_has_federal_and_first_states_with_statutes():
    table = deadlines.table()
    for code in ("US", "NM", "CA", "IL", "WA", "CT", "MO", "NV", "PA", "SC"):
        assert code in table, code
        assert table[code].statute and table[code].response_days > 0
    assert (table["US"].response_days, table["US"].business) == (20, True)
    assert (table["NM"].response_days, table["NM"].business) == (15, False)
    assert (table["CA"].response_days, table["CA"].business) == (10, False)
    assert "552(a)(6)(A)(i)" in table["US"].statute


def test_federal_twenty_business_days_skip_weekends_and_holidays():
    # Received Fri 2026-11-20: Thanksgiving (11-26) is not counted.
    assert deadlines.statutory_due_date("US", D(2026, 11, 20)) == D(2026, 12, 21)
    # Without a holiday in the way: 4 weeks.
    assert deadlines.statutory_due_date("US", D(2026, 3, 2)) == D(2026, 3, 30)


def test_calendar_days_for_new_mexico():
    assert deadlines.statutory_due_date("NM", D(2026, 3, 2)) == D(2026, 3, 17)


def test_a_fee_pauses_the_clock_until_paid():
    received = D(2026, 3, 2)  # Monday
    plain = deadlines.statutory_due_date("US", received)
    # Fee asked on day 5 (Mon 3-9), paid a week later (Mon 3-16): 5 business days stopped.
    events = [(D(2026, 3, 9), "fee"), (D(2026, 3, 16), "payment")]
    paused = deadlines.statutory_due_date("US", received, events)
    assert plain == D(2026, 3, 30)
    assert paused == D(2026, 4, 6)


def test_an_unanswered_question_stops_the_clock():
    events = [(D(2026, 3, 4), "clarification_request")]
    assert deadlines.statutory_due_date("IL", D(2026, 3, 2), events) is None
    assert deadlines.waiting_on_requester("IL", events)
    answered = [*events, (D(2026, 3, 6), "clarification_response")]
    assert not deadlines.waiting_on_requester("IL", answered)
    # 5 business days from Mon 3-2, with Thu 3-5 and Fri 3-6 stopped: Tue 3-10 -> Wed 3-11.
    assert deadlines.statutory_due_date("IL", D(2026, 3, 2), answered) == D(2026, 3, 11)


def test_extension_is_added_once_in_its_own_unit():
    # Pennsylvania: 5 business days, then 30 calendar days on notice.
    base = deadlines.statutory_due_date("PA", D(2026, 3, 2))
    extended = deadlines.statutory_due_date("PA", D(2026, 3, 2), extensions=2)
    assert base == D(2026, 3, 9)
    assert extended == D(2026, 4, 8)


def test_unknown_jurisdiction_has_no_deadline():
    assert deadlines.statutory_due_date("ZZ", D(2026, 3, 2)) is None


def test_jurisdiction_from_text_and_domain():
    assert deadlines.jurisdiction_from_text(
        "Pursuant to the New Mexico Inspection of Public Records Act, I request") == "NM"
    assert deadlines.jurisdiction_from_text("under the Illinois Freedom of Information Act") == "IL"
    assert deadlines.jurisdiction_from_text("Freedom of Information Act, 5 U.S.C. 552") == "US"
    assert deadlines.jurisdiction_from_text("a letter about nothing") is None
    assert deadlines.jurisdiction_from_domain("foia.epa.gov") == "US"
    assert deadlines.jurisdiction_from_domain("records.sf.ca.gov") == "CA"  # longest ending wins
    assert deadlines.jurisdiction_from_domain("example.com") is None


GOOD_ROW = """
[[jurisdiction]]
code = "XX"
name = "Test law"
statute = "Test Code 1-1"
response_days = 5
business = true
"""


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (GOOD_ROW.replace("response_days = 5", "response_days = 0"), "response_days"),
        (GOOD_ROW + 'pauses = ["coffee_break"]\n', "unknown event types"),
        (GOOD_ROW + GOOD_ROW, "listed twice"),
        (GOOD_ROW.replace('statute = "Test Code 1-1"\n', ""), "statute"),
        (GOOD_ROW + 'pauses = ["fee"]\nresumes = ["fee"]\n', "both pause and resume"),
        ("[[jurisdiction]\n", "file"),
        ("title = 'no rows'\n", "no [[jurisdiction]]"),
    ],
)
def test_bad_tables_raise_rule_error(tmp_path: Path, text: str, complaint: str):
    path = tmp_path / "deadlines.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        deadlines.load_table(path)
    assert complaint in str(err.value)
    assert str(path) in str(err.value)


def test_good_table_loads(tmp_path: Path):
    path = tmp_path / "deadlines.toml"
    path.write_text(GOOD_ROW, encoding="utf-8")
    assert deadlines.load_table(path)["XX"].unit == "business days"
