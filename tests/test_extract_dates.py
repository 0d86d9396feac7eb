"""Due dates: absolute, labelled and relative, and the dates that are not due dates."""

import datetime as dt

import pytest

from correspondence.extract.dates import (
    due_candidates,
    find_dates,
    letter_date,
    nearest_due,
    parse_date,
)

MON = dt.date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        ("We will respond on or before June 15th, 2026.", MON, "2026-06-15"),
        ("We expect to respond by March 3, 2026.", MON, "2026-03-03"),
        ("Please reply no later than 04/15/2026 or we will close it.", MON, "2026-04-15"),
        ("We anticipate having records ready the week of March 23.", MON, "2026-03-23"),
        ("Estimated completion date: 04/01/2026", MON, "2026-04-01"),
        ("Due date changed to April 22, 2026", MON, "2026-04-22"),
        ("* Previous Due Date: 07/07/2026\n* New Due Date: 08/19/2026", MON, "2026-08-19"),
        ("We expect to send them by Friday, 20 March 2026.", MON, "2026-03-20"),
        ("We anticipate a response by 2026-05-01.", MON, "2026-05-01"),
        # Relative periods count from the sent date.
        ("We need additional time and will respond within 10 business days.", MON, "2026-03-16"),
        ("We are extending the deadline by fifteen (15) calendar days.", MON, "2026-03-17"),
        ("The department requires an additional 20 working days to respond.", MON, "2026-03-30"),
        ("We will respond within 10 days.", MON, "2026-03-12"),
        ("We need two more weeks to finish.", MON, "2026-03-16"),
        # Business days skip the weekend and Thanksgiving (Thu 2026-11-26).
        ("We will respond within 5 business days.", dt.date(2026, 11, 20), "2026-11-30"),
        # ... and Independence Day observed on Friday 2026-07-03.
        ("We need an additional 10 working days.", dt.date(2026, 7, 1), "2026-07-16"),
        # The receipt date is not the due date; the promised one is.
        ("We received your request on March 2 and will respond by March 20.", MON, "2026-03-20"),
        # Year inference: the next occurrence on or after the sent date.
        ("We will respond by January 5.", dt.date(2026, 12, 15), "2027-01-05"),
        ("We will respond by March 2.", MON, "2026-03-02"),
        ("We will respond by December 1.", MON, "2026-12-01"),
        ("Please tell us by responding to this email not later than 7 June 2026.", MON, "2026-06-07"),
        ("I have received your request, and you may expect to hear from me by or before June 7, 2026.", MON,
         "2026-06-07"),
        # Without evidence, the latest date promised: the earlier one was missed.
        ("We said we would finish by April 10, 2026. We now anticipate finishing by June 16, 2026.", MON,
         "2026-06-16"),
        ("We expect to provide the records responsive to your March 3, 2026, request on or before June 15th, 2026.",
         MON, "2026-06-15"),
        # "made" dates a past act only when it is not promised ("will be made on or before").
        ("We now anticipate that a decision will be made on or before May 22, 2026.", MON, "2026-05-22"),
        ("Pursuant to the statute, we are extending the deadline to June 19, 2026.", MON, "2026-06-19"),
        ("The office is extending the time to respond to July 1, 2026.", MON, "2026-07-01"),
        # Long periods: a duration of the work, in months or years.
        ("We estimate the review will be completed in approximately 18 months.", MON, "2027-09-02"),
        ("The first segment may be completed in approximately 3 years from today.", MON, "2029-03-02"),
    ],
)
def test_due_dates(text: str, sent: dt.date, want: str) -> None:
    assert str(nearest_due(text, sent, None)) == want


@pytest.mark.parametrize(
    "text",
    [
        "We received your request on March 2, 2026.",
        "Your request dated February 27, 2026 has been assigned.",
        "The statute gives us 10 days to respond.",
        "Under the Act, agencies must respond within 20 business days.",
        "The records cover January 1, 2020 through December 31, 2021.",
        "Your request was originally due March 15, 2026.",
        "Thank you for your request.",
        "The records identified by Penal Code section 832.7 for the period of March 9, 2026 to April 1, 2026.",
        "I look forward to receiving your response to this request within 15 business days.",
        "We ask that you please respond to this request within 10 days.",
        "Your request made on May 22, 2026 is being processed.",
        # Months and years that are spans of records or of keeping them, not of the work.
        "We will provide the reports for the past 3 years as they become available.",
        "These records are kept for 5 years and will be produced in full.",
        "The District expects to respond about records that are 10 years old.",
        "Medium track requests currently average approximately 26 months to complete.",
        "We expect that the review will be complete within six months of receipt of your deposit.",
        "You may appeal this decision in writing within ninety (90) days of the date of this response.",
        "Your appeal must be postmarked or electronically transmitted within 90 days of this letter.",
    ],
)
def test_not_due_dates(text: str) -> None:
    assert nearest_due(text, MON, None) is None


def test_nearest_to_the_evidence_wins() -> None:
    text = "We expect the first batch by April 1, 2026. The final batch should be ready by May 1, 2026."
    start = text.index("The final")
    assert nearest_due(text, MON, (start, len(text))) == dt.date(2026, 5, 1)
    assert nearest_due(text, MON, (0, 10)) == dt.date(2026, 4, 1)


def test_find_dates_reads_every_form() -> None:
    text = "June 15th, 2023; 15 June 2023; Jun. 15 2023; 06/15/2023; 6/15/23; 2023-06-15"
    assert {h.value for h in find_dates(text)} == {dt.date(2023, 6, 15)}
    assert len(find_dates(text)) == 6


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("February 30, 2026 and 13/45/2026") == []


def test_parse_date_falls_back_to_dateparser_for_other_forms() -> None:
    assert parse_date("2026.04.15") == dt.date(2026, 4, 15)


def test_a_letters_periods_count_from_its_own_date() -> None:
    letter = "May 12, 2026\nDear Requester:\nOur best estimate is that this may be completed in about 2 years from today.\n"
    assert letter_date(letter) == dt.date(2026, 5, 12)
    assert [c.value for c in due_candidates(letter, MON, letter_date(letter))] == [dt.date(2028, 5, 12)]
