"""Request records: status, DOJ disposition, dates, durations, deadlines, fees, files."""

from __future__ import annotations

import datetime as dt

import pytest

from correspondence import ParseOptions
from correspondence.link import link
from correspondence.models import Message, Request, make_event

ME = ("Jo Reporter", "jo@example.net")
AGENCY = ("Records Unit", "records@cityofsantafe-example.nm.gov")


def thread(*steps: tuple, as_of: dt.date = dt.date(2026, 6, 1)) -> Request:
    """steps: (day_of_2026_or_date, side, [event type or (type, fields)], optional subject)."""
    messages = []
    for n, step in enumerate(steps):
        day, side, events = step[:3]
        subject = step[3] if len(step) > 3 and step[3] else "Records request - parking tickets"
        body = step[4] if len(step) > 4 else f"message {n} " * 5
        who, to = (ME, AGENCY) if side == "r" else (AGENCY, ME)
        evs = []
        for e in events:
            name, fields = (e, {}) if isinstance(e, str) else e
            evs.append(make_event(name, **fields))
        when = day if isinstance(day, dt.date) else dt.date(2026, 3, day)
        messages.append(Message(
            source="t.txt", position=n, sender=who[0], sender_address=who[1],
            recipients=(f"{to[0]} <{to[1]}>",), sent_at=dt.datetime.combine(when, dt.time(10), dt.UTC),
            subject=subject, body=body, role="requester" if side == "r" else "agency",
            events=tuple(evs), tracking_numbers=("26-501",) if side == "a" else (),
        ))
    _linked, requests = link(messages, ParseOptions(as_of=as_of))
    assert len(requests) == 1
    return requests[0]


def test_seed_thread_shape_ends_in_fix():
    # The albuquerque thread: released, closed, disputed, re-released, withdrawn... and the
    # agency's last word is a question to the requester: MuckRock calls that "Fix Required".
    r = thread(
        (2, "r", ["request"]), (3, "r", ["follow_up"]), (4, "a", ["acknowledgement"]),
        (5, "a", ["extension"]), (6, "a", ["clarification_request"]),
        (7, "r", ["clarification_response"]), (9, "a", ["release"]), (10, "a", ["closure"]),
        (11, "r", ["dispute"]), (12, "a", ["release", "closure"]), (13, "r", ["withdrawal"]),
        (14, "a", ["other"]), (16, "a", ["clarification_request"]),
    )
    assert r.status == "fix"
    assert r.overdue is False  # the agency waits on the requester


@pytest.mark.parametrize(
    ("events", "status", "disposition"),
    [
        ([("r", ["request"])], "submitted", None),
        ([("r", ["request"]), ("a", ["acknowledgement"])], "ack", None),
        ([("r", ["request"]), ("a", ["acknowledgement"]), ("a", ["extension"])], "processed", None),
        ([("r", ["request"]), ("a", ["fee"])], "payment", None),
        ([("r", ["request"]), ("a", ["fee"]), ("r", ["payment"])], "processed", None),
        ([("r", ["request"]), ("a", ["release", "closure"])], "done", "full grant"),
        ([("r", ["request"]), ("a", ["release"]),
          ("a", [("closure", {"reason": "Records provided in part"})])], "partial", "partial grant"),
        ([("r", ["request"]), ("a", ["no_records", "closure"])], "no_docs", "no records"),
        ([("r", ["request"]), ("a", [("denial", {"exemptions": ("5 U.S.C. 552(b)(7)(A)",)})])],
         "rejected", "full denial on exemptions"),
        ([("r", ["request"]), ("a", [("denial", {"reason": "not reasonably described"})])],
         "rejected", "not reasonably described"),
        ([("r", ["request"]), ("a", ["denial", "no_records"])], "no_docs", "no records"),
        ([("r", ["request"]), ("r", ["withdrawal"])], "abandoned", "withdrawn"),
        ([("r", ["request"]), ("a", ["fee"]),
          ("a", [("closure", {"reason": "closed: fee not paid within 30 days"})])], "abandoned",
         "fee-related"),
        ([("r", ["request"]), ("a", ["release"]), ("r", ["withdrawal"])], "done", "full grant"),
        ([("r", ["request"]), ("a", ["denial"]), ("r", ["appeal"])], "appealing", None),
        ([("r", ["request"]), ("a", ["denial"]),
          ("r", [("appeal", {"reason": "complaint filed in superior court"})])], "lawsuit", None),
        ([("r", ["request"]), ("a", ["referral"])], "processed", "referred"),
        ([("r", ["request"]), ("a", [("closure", {"reason": "The request was completed and documents were downloaded"})])],
         "done", "full grant"),
    ],
)
def test_status_and_disposition(events, status, disposition):
    r = thread(*[(2 + n * 2, side, evs) for n, (side, evs) in enumerate(events)])
    assert (r.status, r.disposition) == (status, disposition)


def test_dates_durations_and_deadlines():
    r = thread(
        (2, "r", ["request"], "IPRA request: parking tickets under the Inspection of Public Records Act"),
        (4, "a", [("acknowledgement", {"due_date": dt.date(2026, 3, 17)})]),
        (10, "a", [("extension", {"due_date": dt.date(2026, 4, 1)})]),
        (12, "a", [("extension", {"due_date": dt.date(2026, 4, 15)})]),
        (20, "a", [("release", {"documents": ("a.pdf", "b.pdf")}), "closure"]),
    )
    assert r.submitted == dt.date(2026, 3, 2)
    assert r.acknowledged == dt.date(2026, 3, 4)
    assert r.first_response == dt.date(2026, 3, 4)
    assert r.closed == dt.date(2026, 3, 20)
    assert (r.days_to_acknowledge, r.days_to_close) == (2, 18)
    assert r.extensions == 2
    assert r.due_date == dt.date(2026, 4, 15)  # the last promise is the one in force
    assert r.jurisdiction == "NM"
    assert r.statutory_due_date == dt.date(2026, 3, 17)  # 15 calendar days, NMSA 14-2-10
    assert r.files_released == 2
    assert r.overdue is False  # closed


def test_overdue_as_of_a_date():
    steps = ((2, "r", ["request"]), (4, "a", [("acknowledgement", {"due_date": dt.date(2026, 3, 20)})]))
    assert thread(*steps, as_of=dt.date(2026, 3, 19)).overdue is False
    late = thread(*steps, as_of=dt.date(2026, 3, 23))
    assert late.overdue is True and late.as_of == dt.date(2026, 3, 23)


def test_fees_asked_and_paid():
    r = thread(
        (2, "r", ["request"]),
        (5, "a", [("fee", {"amount": 1245.0})]),
        (6, "r", ["dispute"]),
        (9, "a", [("fee", {"amount": 155.25})]),
        (10, "r", [("payment", {"amount": 155.25})]),
        (10, "a", [("payment", {"amount": 155.25})]),  # the receipt repeats the same payment
    )
    assert r.fees_requested == 155.25  # the estimate in force
    assert r.fees_paid == 155.25
    assert r.status == "processed"


def test_events_keep_order_and_skip_repeats():
    r = thread(
        (2, "r", ["request"]),
        (4, "a", ["acknowledgement"]),
    )
    assert [e.type for e in r.events] == ["request", "acknowledgement"]
    assert r.requester == "Jo Reporter" and r.agency == "Records Unit"
    assert r.title == "Records request - parking tickets"


# One test per row of the status decision table (docs/requests.md, "Status"): the
# latest decisive outcome wins, and a withholding stands until an appeal undoes it.
R, A = "r", "a"
GRANTED_IN_PART = "The appeal is granted in part and denied in part. The Township shall release item 1."
AFFIRMED = "After review, the Agency's decision is affirmed and your appeal is denied."


@pytest.mark.parametrize(
    ("steps", "status"),
    [
        pytest.param([(R, ["request"]), (A, ["release", "closure"])], "done", id="release"),
        # MuckRock calls a final release "done" even when some records are withheld (the
        # DOJ disposition says "partial grant"); "partial" is an interim release with more
        # to come, or a closure the agency itself gives as "in part".
        pytest.param([(R, ["request"]), (A, ["release", "denial"]), (A, ["closure"])], "done",
                     id="release-with-withholding-in-the-same-letter"),
        pytest.param([(R, ["request"]), (A, ["release"]), (A, ["denial"])], "done",
                     id="release-then-other-records-withheld"),
        pytest.param([(R, ["request"]), (A, ["release", "extension"])], "partial",
                     id="interim-release-more-to-come"),
        pytest.param([(R, ["request"]), (A, ["release", "status_update"]), (A, ["release", "closure"])],
                     "done", id="interim-release-then-final"),
        pytest.param([(R, ["request"]), (A, ["release"]),
                      (A, [("closure", {"reason": "Records provided in part. Some were withheld."})])],
                     "partial", id="closure-reason-says-in-part"),
        pytest.param([(R, ["request"]), (A, ["release", "denial"]), (R, ["dispute"]), (A, ["release"])],
                     "done", id="later-installment-after-a-withholding"),
        pytest.param([(R, ["request"]), (A, ["release", "denial"]), (R, ["appeal"]), (A, ["release"])],
                     "done", id="released-after-appeal"),
        pytest.param([(R, ["request"]), (A, ["release", "denial"]), (R, ["appeal"]),
                      (A, ["appeal"], "", GRANTED_IN_PART), (A, ["release"])],
                     "done", id="appeal-granted-in-part-then-release"),
        pytest.param([(R, ["request"]), (A, ["denial"]), (R, ["appeal"]),
                      (A, ["appeal", "release", "denial", "closure"], "", GRANTED_IN_PART)],
                     "done", id="appeal-granted-in-part-releasing-letter"),
        pytest.param([(R, ["request"]), (A, ["release", "fee"]),
                      (A, [("closure", {"reason": "The rest of the request is closed for non-payment of the remaining portion."})])],
                     "abandoned", id="closed-for-non-payment-after-interim-release"),
        pytest.param([(R, ["request"]), (A, ["denial"]), (A, ["release"])], "done",
                     id="denial-then-later-release"),
        pytest.param([(R, ["request"]), (A, ["no_records"]), (R, ["appeal"]), (A, ["appeal"]),
                      (A, ["release"]), (R, [("withdrawal", {"reason": "I withdraw my appeal"})])],
                     "done", id="no-records-appeal-release-appeal-withdrawn"),
        pytest.param([(R, ["request"]), (A, ["denial"]), (R, ["appeal"]), (A, ["appeal"])],
                     "appealing", id="appeal-pending"),
        pytest.param([(R, ["request"]), (A, ["denial"]), (R, ["appeal"]),
                      (A, ["appeal"], "", AFFIRMED)], "rejected", id="appeal-affirmed"),
        pytest.param([(R, ["request"]), (A, ["no_records"]), (R, ["appeal"]), (R, ["withdrawal"])],
                     "no_docs", id="appeal-withdrawn"),
        pytest.param([(R, ["request"]), (A, ["denial"]), (R, ["appeal"]),
                      (A, [("closure", {"reason": "the matter is resolved; no further action"})])],
                     "rejected", id="appeal-closed-as-resolved"),
        pytest.param([(R, ["request"]), (A, ["no_records"]), (R, ["withdrawal"])], "abandoned",
                     id="withdrawn-request"),
        pytest.param([(R, ["request"]), (A, ["referral"]),
                      (A, ["no_records", ("closure", {"reason": "Request withdrawn by the requester"})])],
                     "abandoned", id="closure-says-withdrawn"),
        pytest.param([(R, ["request"]), (A, ["release"]), (R, ["withdrawal"])], "done",
                     id="withdrawal-after-release"),
    ],
)
def test_status_decision_table(steps, status):
    r = thread(*[(2 + n * 2, *step) for n, step in enumerate(steps)])
    assert r.status == status


def test_appeal_acknowledgement_restating_the_partial_decision_stays_appealing():
    ack = ("We received your appeal of the decision that granted in part and denied in part "
           "your request. It has been assigned appeal number A-26-14.")
    r = thread((2, "r", ["request"]), (4, "a", ["release", "denial"]), (6, "r", ["appeal"]),
               (8, "a", ["appeal"], "", ack))
    assert r.status == "appealing"
