"""The extract stage on messages built by hand, as classify hands them over."""

import datetime as dt

from correspondence.context import Context
from correspondence.extract import extract
from correspondence.models import Attachment, Evidence, Message, make_event


def message(body: str, *events: tuple[str, str], sent: dt.datetime | dt.date | None = None,
            **kw: object) -> Message:
    """A message whose events point at the given sentences of the body."""
    built = []
    for kind, sentence in events:
        start = body.index(sentence)
        evidence = Evidence(text=sentence, start=start, end=start + len(sentence))
        built.append(make_event(kind, evidence=evidence))
    return Message(source="t", position=0, body=body, sent_at=sent or dt.datetime(2026, 3, 2, 9, 30),
                   role="agency", events=tuple(built), **kw)


def test_extension_fills_due_date_date_and_tracking_number() -> None:
    body = ("Re: Request No. 26-0142.\n\nWe need additional time to review the records and are "
            "extending the response by fifteen (15) calendar days.")
    out = extract(message(body, ("extension", "extending the response")), Context("t"))
    event = out.events[0]
    assert event.due_date == dt.date(2026, 3, 17)
    assert event.date == dt.date(2026, 3, 2)
    assert event.tracking_number == "26-0142"
    assert out.tracking_numbers == ("26-0142",)


def test_event_date_from_its_sentence_when_the_message_is_undated() -> None:
    body = "On March 5, 2026 the Records Office released 40 pages to you."
    built = message(body, ("release", "released 40 pages"))
    undated = built.model_copy(update={"sent_at": None})
    assert extract(undated, Context("t")).events[0].date == dt.date(2026, 3, 5)
    assert extract(built, Context("t")).events[0].date == dt.date(2026, 3, 2)  # the sent date wins


def test_context_remembers_numbers_for_later_messages() -> None:
    ctx = Context("t")
    extract(message("Your request has been assigned tracking number 26-0142."), ctx)
    later = extract(message("We are still gathering records for 26-0142."), ctx)
    assert later.tracking_numbers == ("26-0142",)
    # Without the thread's memory the bare number is not taken.
    assert extract(message("We are still gathering records for 26-0142."), Context("t")).tracking_numbers == ()


def test_appeal_event_takes_the_appeal_number() -> None:
    body = "Your appeal of FOIA Request No. 2026-00311 has been received and assigned Appeal No. A-2026-00077."
    out = extract(message(body, ("appeal", "Your appeal")), Context("t"))
    assert out.events[0].tracking_number == "A-2026-00077"
    assert out.tracking_numbers == ("2026-00311", "A-2026-00077")


def test_fee_release_denial_referral_fields() -> None:
    body = (
        "The estimated fee is $45.00 (staff time at $30 per hour).\n"
        "Some records are released in part; names are redacted under 5 U.S.C. § 552(b)(6) and (b)(7)(C).\n"
        "* Patrol Log.pdf\n* Shift Roster.xlsx\n"
        "We have referred the remaining records to the Bureau of Land Records."
    )
    out = extract(message(body, ("fee", "The estimated fee"), ("release", "released in part"),
                          ("denial", "redacted"), ("referral", "referred")),
                  Context("t"))
    fee, release, denial, referral = out.events
    assert fee.amount == 45.0
    assert release.documents == ("Patrol Log.pdf", "Shift Roster.xlsx")
    assert release.exemptions == ("5 U.S.C. § 552(b)(6)", "(b)(7)(C)")
    assert denial.exemptions == release.exemptions
    assert denial.reason and "redacted" in denial.reason
    assert referral.to_agency == "Bureau of Land Records"


def test_release_lists_attachments_once() -> None:
    msg = message("Attached are the records.", ("release", "Attached are the records."),
                  attachments=(Attachment(name="report.pdf"), Attachment(name="image001.png")))
    assert extract(msg, Context("t")).events[0].documents == ("report.pdf",)


def test_attached_letter_text_is_read_when_the_body_is_short() -> None:
    letter = "FOIA Request No. 2026-00311\nThe records are withheld under Exemption 5."
    msg = message("Please see the attached letter.", ("denial", "attached letter"),
                  attachments=(Attachment(name="letter.pdf", text=letter),))
    out = extract(msg, Context("t"))
    assert out.tracking_numbers == ("2026-00311",)
    assert out.events[0].exemptions == ("Exemption 5",)


def test_payment_without_amount_stays_empty_and_no_fee_is_zero() -> None:
    out = extract(message("I have sent the check.", ("payment", "sent the check")), Context("t"))
    assert out.events[0].amount is None
    out = extract(message("There is no fee for these records.", ("fee", "no fee")), Context("t"))
    assert out.events[0].amount == 0.0


def test_fields_set_by_classify_are_kept() -> None:
    event = make_event("extension", due_date=dt.date(2026, 5, 1), tracking_number="X-1")
    msg = Message(source="t", position=0, body="We will respond by April 1, 2026.", events=(event,),
                  sent_at=dt.date(2026, 3, 2))
    out = extract(msg, Context("t")).events[0]
    assert (out.due_date, out.tracking_number) == (dt.date(2026, 5, 1), "X-1")


def test_bad_evidence_offsets_and_empty_body_do_not_crash() -> None:
    event = make_event("denial", evidence=Evidence(text="x", start=500, end=900))
    msg = Message(source="t", position=0, body="", events=(event,))
    out = extract(msg, Context("t"))
    assert out.events[0].reason is None and out.problems == ()


def test_odd_text_never_records_a_problem() -> None:
    """Random words and characters, odd offsets, no sent date: fields or nothing, never a failure."""
    import random

    rng = random.Random(7)
    words = ["Request", "No.", "#", "$", "by", "June", "15", "2026", "within", "10", "business", "days",
             "exempt", "(b)(6)", "§", "U.S.C.", "552", ".pdf", "* ", "\n", "referred", "to", "the", "Office",
             "closed", "Reason:", "İstanbul", "-", "/", "ORS", "%20", "’s", "\u00a0", "😀"]
    kinds = ["acknowledgement", "extension", "fee", "payment", "release", "denial", "no_records",
             "referral", "closure", "dispute", "appeal", "withdrawal", "status_update"]
    for _ in range(300):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(0, 80)))
        events = []
        for kind in rng.sample(kinds, 3):
            a = rng.randint(0, len(body))
            b = rng.randint(a, len(body) + 5)
            events.append(make_event(kind, evidence=Evidence(text=body[a:b], start=a, end=b)))
        msg = Message(source="t", position=0, body=body, events=tuple(events),
                      sent_at=rng.choice([None, dt.date(2026, 12, 31)]),
                      attachments=(Attachment(name="a%20b.pdf", text=body[::-1]),))
        assert extract(msg, Context("t")).problems == ()
