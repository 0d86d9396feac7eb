"""Linking messages into requests: signals, conflicts, referrals, appeals, repeats, order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from correspondence import ParseOptions, parse
from correspondence.link import (
    link,
    link_signatures,
    normalize_number,
    order_source,
    signature,
    subject_key,
)
from correspondence.models import (
    AcknowledgementEvent,
    AppealEvent,
    ClosureEvent,
    Message,
    PortalNoticeEvent,
    QuotedMessage,
    ReferralEvent,
    ReleaseEvent,
    RequestEvent,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "requests"
ME = "Jo Reporter <jo@example.net>"
CLERK = "City Clerk <records@cityofmaple.gov>"
UTC = dt.UTC


def msg(source: str, position: int, day: int | None, frm: str, to: str, subject: str = "",
        body: str = "", role: str | None = None, numbers: tuple[str, ...] = (), events=(),
        message_id: str | None = None, in_reply_to: str | None = None, hour: int = 10) -> Message:
    name, addr = frm.split(" <")
    return Message(
        source=source, position=position, sender=name, sender_address=addr.rstrip(">"),
        recipients=(to,), subject=subject, body=body, role=role,  # type: ignore[arg-type]
        sent_at=dt.datetime(2026, 3, day, hour, tzinfo=UTC) if day else None,
        tracking_numbers=numbers, events=tuple(events), message_id=message_id,
        in_reply_to=in_reply_to,
    )


def groups(messages: list[Message]) -> list[list[int]]:
    by_key: dict[str | None, list[int]] = {}
    for m in messages:
        by_key.setdefault(m.request_key, []).append(m.position)
    return sorted(sorted(v) for v in by_key.values())


OPTS = ParseOptions(as_of=dt.date(2026, 6, 1))


def test_number_spellings_are_one_request():
    assert normalize_number("#19-6355") == normalize_number("19-6355") == normalize_number("Request 19-6355")
    ms = [
        msg("a.mbox", 0, 2, CLERK, ME, "Your request #19-6355 has been opened", role="agency",
            numbers=("#19-6355",)),
        msg("a.mbox", 1, 5, CLERK, ME, "Update", role="agency", numbers=("19-6355",)),
        msg("b.mbox", 0, 9, CLERK, ME, "Request 19-6355 closed", role="agency", numbers=("Request 19-6355",)),
    ]
    linked, requests = link(ms, OPTS)
    assert len(requests) == 1
    assert requests[0].tracking_number == "19-6355"
    assert len({m.request_key for m in linked}) == 1


def test_two_requests_same_requester_same_agency_stay_apart():
    ms = [
        msg("box.mbox", 0, 2, ME, CLERK, "Records request - plow GPS logs", "I request plow logs.",
            role="requester", events=[RequestEvent()], message_id="<p1@x>"),
        msg("box.mbox", 1, 2, ME, CLERK, "Records request - library bookings", "I request bookings.",
            role="requester", events=[RequestEvent()], message_id="<l1@x>", hour=11),
        msg("box.mbox", 2, 3, CLERK, ME, "RE: Records request - plow GPS logs", "Assigned PRR-1.",
            role="agency", numbers=("PRR-2026-0311",), in_reply_to="<p1@x>"),
        msg("box.mbox", 3, 3, CLERK, ME, "RE: Records request - library bookings", "Assigned PRR-2.",
            role="agency", numbers=("PRR-2026-0312",), in_reply_to="<l1@x>", hour=11),
        msg("box.mbox", 4, 9, CLERK, ME, "Records released", "Files for you.", role="agency",
            numbers=("PRR-2026-0312",)),
        msg("box.mbox", 5, 10, ME, CLERK, "Question", "Any news on PRR-2026-0311?", role="requester",
            numbers=("PRR-2026-0311",)),
    ]
    linked, requests = link(ms, OPTS)
    assert groups(linked) == [[0, 2, 5], [1, 3, 4]]
    by_number = {r.tracking_number: r for r in requests}
    assert set(by_number) == {"PRR-2026-0311", "PRR-2026-0312"}
    signals = {(lk.index, lk.signal) for lk in by_number["PRR-2026-0311"].links}
    assert (2, "reply_header") in signals and (5, "tracking_number") in signals


def test_subject_links_a_reply_without_headers_or_number():
    ms = [
        msg("m.mbox", 0, 2, ME, CLERK, "Records request - bridge inspection reports", "Please send.",
            role="requester", events=[RequestEvent()]),
        msg("m.mbox", 1, 20, CLERK, ME, "RE: Records request - bridge inspection reports", "Here.",
            role="agency"),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 1
    assert requests[0].links[1].signal == "subject"


def test_conflicting_signals_are_flagged_not_merged():
    # A reply to request A's message that names request B's number: it follows its number
    # and both the decision and the request are flagged for review.
    ms = [
        msg("m.mbox", 0, 2, CLERK, ME, "Request PRR-100 received", role="agency",
            numbers=("PRR-100",), message_id="<a@city>"),
        msg("m.mbox", 1, 3, CLERK, ME, "Request PRR-200 received", role="agency",
            numbers=("PRR-200",), message_id="<b@city>"),
        msg("m.mbox", 2, 4, ME, CLERK, "RE: Request PRR-100 received", "About PRR-200 instead.",
            role="requester", numbers=("PRR-200",), in_reply_to="<a@city>"),
    ]
    linked, requests = link(ms, OPTS)
    assert groups(linked) == [[0], [1, 2]]
    b = next(r for r in requests if r.tracking_number == "PRR-200")
    decision = next(lk for lk in b.links if lk.index == 2)
    assert decision.review and "another" in decision.detail
    assert b.needs_review
    a = next(r for r in requests if r.tracking_number == "PRR-100")
    assert not a.needs_review


def test_message_naming_two_known_requests_is_flagged():
    ms = [
        msg("m.mbox", 0, 2, CLERK, ME, "Request PRR-100", role="agency", numbers=("PRR-100",)),
        msg("m.mbox", 1, 3, CLERK, ME, "Request PRR-200", role="agency", numbers=("PRR-200",)),
        msg("m.mbox", 2, 4, CLERK, ME, "Requests PRR-100 and PRR-200", role="agency",
            numbers=("PRR-100", "PRR-200")),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 2  # not silently merged
    assert sum(r.needs_review for r in requests) == 1


def test_appeal_number_does_not_replace_request_number():
    appeals = "Appeals Office <appeals@oversight.gov>"
    ms = [
        msg("f.mbox", 0, 2, "FOIA Office <foia@agency.gov>", ME, "FOIA Request No. 2026-FOI-77",
            "Your request has been assigned FOIA Request No. 2026-FOI-77.", role="agency",
            numbers=("2026-FOI-77",), events=[AcknowledgementEvent()]),
        msg("f.mbox", 1, 10, ME, appeals, "FOIA Appeal - Request No. 2026-FOI-77",
            "I appeal the response to FOIA Request No. 2026-FOI-77.", role="requester",
            numbers=("2026-FOI-77",), events=[AppealEvent()], message_id="<ap@me>"),
        msg("f.mbox", 2, 12, appeals, ME, "Appeal No. A-2026-00412 - Acknowledgment",
            "Your appeal has been assigned number A-2026-00412.", role="agency",
            numbers=("A-2026-00412",), events=[AppealEvent()], in_reply_to="<ap@me>"),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 1
    r = requests[0]
    assert r.tracking_number == "2026-FOI-77"
    kinds = {t.value: t.kind for t in r.tracking_numbers}
    assert kinds == {"2026-FOI-77": "request", "A-2026-00412": "appeal"}
    assert r.tracking_numbers[0].value == "2026-FOI-77"
    assert r.status == "appealing"


def test_referral_with_a_second_number_opens_a_linked_request():
    county = "County Records <records@birchcounty.us>"
    police = "State Police Records <records@statepolice.gov>"
    ms = [
        msg("r.mbox", 0, 2, ME, county, "Crash reports", "I request crash reports.",
            role="requester", events=[RequestEvent()], message_id="<c1@me>"),
        msg("r.mbox", 1, 4, county, ME, "RE: Crash reports",
            "Our number is BC-2026-014. We referred your request to the State Police; they "
            "assigned their own request number SP-26-0099.", role="agency",
            numbers=("BC-2026-014", "SP-26-0099"), in_reply_to="<c1@me>",
            events=[ReferralEvent(to_agency="State Police")]),
        msg("r.mbox", 2, 20, police, ME, "Request SP-26-0099 complete", "Reports attached.",
            role="agency", numbers=("SP-26-0099",),
            events=[ReleaseEvent(documents=("crashes.pdf",)), ClosureEvent()]),
    ]
    linked, requests = link(ms, OPTS)
    assert groups(linked) == [[0, 1], [2]]
    parent = next(r for r in requests if r.parent_key is None)
    child = next(r for r in requests if r.parent_key is not None)
    assert parent.tracking_number == "BC-2026-014"
    assert {t.value: t.kind for t in parent.tracking_numbers}["SP-26-0099"] == "referral"
    assert child.parent_key == parent.key
    assert child.tracking_number == "SP-26-0099"
    assert child.status == "done" and child.files_released == 1
    assert [r.key for r in requests] == [parent.key, child.key]  # child right after parent


def test_referral_without_number_still_opens_a_linked_request():
    ms = [
        msg("r.mbox", 0, 2, ME, CLERK, "Records request - 911 audio", "I request audio.",
            role="requester", events=[RequestEvent()]),
        msg("r.mbox", 1, 4, CLERK, ME, "RE: Records request - 911 audio", "Forwarded.",
            role="agency", events=[ReferralEvent(to_agency="County Sheriff")]),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 2
    child = requests[1]
    assert child.parent_key == requests[0].key and child.agency == "County Sheriff"
    assert child.messages == ()


def test_repeated_notice_is_a_duplicate_but_different_files_are_not():
    body = "Records have been released to you for request 26-14. Files: {}"
    ms = [
        msg("n.mbox", 0, 5, CLERK, ME, "[Document Released] City records", body.format("a.pdf, b.pdf"),
            role="agency", numbers=("26-14",), events=[ReleaseEvent(documents=("a.pdf", "b.pdf"))]),
        msg("n.mbox", 1, 5, CLERK, ME, "[Document Released] City records", body.format("a.pdf, b.pdf"),
            role="agency", numbers=("26-14",), events=[ReleaseEvent(documents=("a.pdf", "b.pdf"))],
            hour=11),
        msg("n.mbox", 2, 6, CLERK, ME, "[Document Released] City records", body.format("c.pdf"),
            role="agency", numbers=("26-14",), events=[ReleaseEvent(documents=("c.pdf",))]),
        msg("n.mbox", 3, 7, CLERK, ME, "[Document Released] City records", body.format("a.pdf, b.pdf"),
            role="agency", numbers=("26-14",), events=[ReleaseEvent(documents=("a.pdf", "b.pdf"))]),
    ]
    linked, requests = link(ms, OPTS)
    assert [m.duplicate_of for m in linked] == [None, 0, None, 0]
    assert requests[0].files_released == 3  # repeats count once


def test_same_notice_for_another_request_is_not_a_duplicate():
    text = "We received your request and assigned it Request No. {}. We will respond soon."
    ms = [
        msg("n.mbox", 0, 3, CLERK, ME, "RE: plow logs", text.format("PRR-0311"), role="agency",
            numbers=("PRR-0311",)),
        msg("n.mbox", 1, 3, CLERK, ME, "RE: library", text.format("PRR-0312"), role="agency",
            numbers=("PRR-0312",), hour=11),
    ]
    linked, _ = link(ms, OPTS)
    assert [m.duplicate_of for m in linked] == [None, None]


def test_order_oldest_first_undated_keep_their_place():
    ms = [
        msg("o.mbox", 0, 9, CLERK, ME, "third", "c" * 50, role="agency"),
        msg("o.mbox", 1, None, CLERK, ME, "undated after the 9th", "d" * 50, role="agency"),
        msg("o.mbox", 2, 2, ME, CLERK, "first", "a" * 50, role="requester"),
        msg("o.mbox", 3, 5, CLERK, ME, "second", "b" * 50, role="agency"),
    ]
    ordered = order_source(ms)
    assert [m.subject for m in ordered] == ["first", "second", "third", "undated after the 9th"]
    assert [m.index for m in ordered] == [0, 1, 2, 3]


def test_portal_account_notice_joins_the_request_next_to_it():
    portal = "City of Maple <maple@mail.nextrequest.com>"
    ms = [
        msg("p.mbox", 0, 2, ME, CLERK, "Records request - permits", "I request permits.",
            role="requester", events=[RequestEvent()]),
        msg("p.mbox", 1, 2, portal, ME, "Your portal account", "Confirm your account.",
            role="agency", events=[PortalNoticeEvent()], hour=12),
        msg("p.mbox", 2, 2, portal, ME, "Request 26-77 opened", "Your request 26-77 was opened.",
            role="agency", numbers=("26-77",), events=[AcknowledgementEvent()], hour=13),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 1, [r.links for r in requests]


def test_notice_quoting_the_request_text_links_to_it():
    text = ("the audio recordings of all emergency calls received about the warehouse fire on "
            "Elm Street on January 28 and the dispatch incident report for the same incident")
    portal = "Records Center <city@cityportal.mycusthelp.net>"
    ms = [
        msg("q.mbox", 0, 2, ME, CLERK, "Open records request",
            f"Under the open records act I request the following records:\n{text}.\nThanks.",
            role="requester", events=[RequestEvent()]),
        msg("q.mbox", 1, 2, portal, ME, "Open Records Request :: R000123-020226",
            f"Records Requested: {text}. Your request is being processed.", role="agency",
            numbers=("R000123-020226",), hour=12),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 1
    assert requests[0].links[1].signal == "quoted_request"


def test_no_linking_across_sources_when_turned_off():
    ms = [
        msg("a.mbox", 0, 2, CLERK, ME, "Request 19-6355", role="agency", numbers=("19-6355",)),
        msg("b.mbox", 0, 3, CLERK, ME, "Request 19-6355", role="agency", numbers=("19-6355",)),
    ]
    _linked, together = link(ms, OPTS)
    _linked, apart = link(ms, ParseOptions(link_across_sources=False))
    assert len(together) == 1 and len(apart) == 2
    assert len({r.key for r in apart}) == 2


def test_streaming_signatures_give_the_same_keys():
    ms = [
        msg("s.mbox", 0, 2, ME, CLERK, "Records request - pool permits", "Please send.",
            role="requester", events=[RequestEvent()], message_id="<s1@me>"),
        msg("s.mbox", 1, 3, CLERK, ME, "RE: Records request - pool permits", "No. PRR-9.",
            role="agency", numbers=("PRR-9",), in_reply_to="<s1@me>"),
    ]
    linked, requests = link(ms, OPTS)
    keys, streamed = link_signatures((signature(m) for m in order_source(ms)), OPTS)
    assert {(m.source, m.index): m.request_key for m in linked} == keys
    assert [r.key for r in requests] == [r.key for r in streamed]


def test_keys_are_stable_across_runs():
    ms = [msg("k.mbox", 0, 2, CLERK, ME, "Request 22-100", role="agency", numbers=("22-100",))]
    assert link(ms, OPTS)[1][0].key == link(ms, OPTS)[1][0].key == "cityofmaple.gov:22100"


def test_subject_key_drops_prefixes():
    assert subject_key("RE: FW: [External Message Added] City records") == "city records"
    assert subject_key("Automatic reply: PRR-1 fee") == "prr 1 fee"


@pytest.mark.parametrize(
    ("name", "groups_want"),
    [
        ("two-requests-one-mailbox", [[0, 2, 6], [1, 3, 4, 5]]),
        ("appeal-keeps-request-number", [[0, 1, 2, 3, 4]]),
        ("referral-opens-linked-request", [[0, 1], [2]]),
    ],
)
def test_fixture_mailboxes_group_as_written(name, groups_want):
    result = parse(FIXTURES / f"{name}.mbox", OPTS)
    by_key: dict[str | None, list[int]] = {}
    for m in result.messages:
        by_key.setdefault(m.request_key, []).append(m.index)
    assert sorted(by_key.values()) == groups_want
    assert all(m.request_key for m in result.messages)


def test_dev_mailboxes_parsed_together_group_by_file(shared):
    """B-cubed precision and recall >= 0.98 over all dev mailboxes as one input."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from bcubed import bcubed

    folder = shared / "dev" / "mailboxes"
    result = parse(sorted(folder.glob("*.mbox")), OPTS)
    parents = {r.key: r.parent_key for r in result.requests}

    def root(key: str | None) -> str | None:
        while key and parents.get(key):
            key = parents[key]
        return key

    truth = {(m.source, m.index): m.source for m in result.messages}
    pred = {(m.source, m.index): root(m.request_key) or "?" for m in result.messages}
    precision, recall = bcubed(truth, pred)  # type: ignore[arg-type]
    assert precision >= 0.98 and recall >= 0.98, (precision, recall)


def test_files_released_fall_back_to_attached_files_without_pasted_images():
    from correspondence.models import Attachment

    m = msg("a.mbox", 0, 5, CLERK, ME, "Request 22-9 records", "Records attached.", role="agency",
            numbers=("22-9",), events=[ReleaseEvent()])
    m = m.model_copy(update={"attachments": (Attachment(name="report.pdf"), Attachment(name="image001.png"))})
    _linked, requests = link([m], OPTS)
    assert requests[0].files_released == 1


def test_agency_a_request_was_referred_to_answers_into_the_linked_request():
    sheriff = "Sheriff Records <records@sheriff-example.org>"
    ms = [
        msg("r.mbox", 0, 2, ME, CLERK, "Records request - jail logs", "I request jail logs.",
            role="requester", events=[RequestEvent()]),
        msg("r.mbox", 1, 4, CLERK, ME, "RE: Records request - jail logs", "Sent to the sheriff.",
            role="agency", events=[ReferralEvent(to_agency="Office of the High Constable")]),
        msg("r.mbox", 2, 12, sheriff, ME, "Your request S-2026-88", "We have your request.",
            role="agency", numbers=("S-2026-88",), events=[AcknowledgementEvent()]),
    ]
    linked, requests = link(ms, OPTS)
    assert groups(linked) == [[0, 1], [2]]
    child = next(r for r in requests if r.parent_key)
    assert child.tracking_number == "S-2026-88" and child.messages == (("r.mbox", 2),)


def test_mbox_without_a_suffix_still_holds_several_requests(tmp_path):
    # A Thunderbird mailbox is a file named "Inbox": the name says nothing, the format
    # (mbox, no thread of its own) decides, so its two requests stay two.
    inbox = tmp_path / "Inbox"
    inbox.write_bytes((FIXTURES / "two-requests-one-mailbox.mbox").read_bytes())
    result = parse(inbox, OPTS)
    assert all(m.thread_hint is None for m in result.messages)
    by_key: dict[str | None, list[int]] = {}
    for m in result.messages:
        by_key.setdefault(m.request_key, []).append(m.index)
    assert sorted(by_key.values()) == [[0, 2, 6], [1, 3, 4, 5]]
    assert not any(lk.signal == "thread_container" for r in result.requests for lk in r.links)


def _muckrock_request(rid: int, subject: str, day: int) -> dict[str, object]:
    def comm(frm: int, to: int, text: str, hour: int) -> dict[str, object]:
        return {"from_user": frm, "to_user": to, "subject": subject, "communication": text,
                "files": [], "datetime": f"2024-01-{day:02d}T{hour:02d}:00:00"}

    return {"id": rid, "user": 7, "username": "jreporter", "agency": 55, "communications": [
        comm(7, 900, f"To Whom It May Concern:\nPursuant to the public records law, I request "
             f"{subject.lower()}.\nSincerely,\nJo Reporter", 9),
        comm(900, 7, "We received your request and are working on it.", 12),
    ]}


def test_muckrock_json_list_of_two_requests_gives_two_requests(tmp_path):
    # The same filer writing to the same agency on the same day: only the format's own
    # request ids tell the two threads apart.
    path = tmp_path / "page.json"
    path.write_text(json.dumps([_muckrock_request(101, "Snow plow GPS logs", 3),
                                _muckrock_request(102, "Library room bookings", 3)]))
    result = parse(path, OPTS)
    hints = [m.thread_hint for m in result.messages]
    assert len(set(hints)) == 2 and all(h and h.startswith(str(path)) for h in hints)
    assert len(result.requests) == 2
    for r in result.requests:
        assert len(r.messages) == 2
        assert len({hints[i] for _src, i in r.messages}) == 1


@pytest.mark.parametrize("where", ["quoted", "quoted_messages"])
def test_notice_whose_echo_of_the_request_was_split_off_still_links(where):
    # NextRequest's "Original Request: ..." echo is moved out of the body by the splitter;
    # the request's text is still there to be matched.
    text = ("all inspection reports for the Halvorsen Street pedestrian bridge from 2019 "
            "through 2025, including photographs and the engineer's condition ratings")
    portal = "City of Maple <cityofmaple@mail.nextrequest.com>"
    echo = f"Original Request:\n{text}."
    notice = msg("q.mbox", 1, 2, portal, ME, "Your record request has been received",
                 "Your record request has been received and is being processed.",
                 role="agency", numbers=("26-1418",), hour=12)
    notice = notice.model_copy(update={"quoted": echo} if where == "quoted" else
                               {"quoted_messages": (QuotedMessage(body=echo),)})
    ms = [
        msg("q.mbox", 0, 2, ME, CLERK, "Records request",
            f"Under the public records act I request the following records:\n{text}.\nThanks.",
            role="requester", events=[RequestEvent()]),
        notice,
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 1
    assert requests[0].links[1].signal == "quoted_request"


def _kinds(requests) -> dict[str, str]:
    return {t.value: t.kind for r in requests for t in r.tracking_numbers}


def test_attorney_general_ruling_number_is_other_not_the_request_number():
    ms = [
        msg("tx.mbox", 0, 2, CLERK, ME, "Public Information Request PIR-26-0388",
            "The Office of the Attorney General has issued Open Records Letter Ruling No. "
            "OR2026-14127 concerning your request. The ruling lets the City withhold the video.",
            role="agency", numbers=("OR2026-14127", "PIR-26-0388"), events=[ReleaseEvent()]),
    ]
    _linked, requests = link(ms, OPTS)
    assert len(requests) == 1
    assert _kinds(requests)["OR2026-14127"] == "other"
    assert requests[0].tracking_number == "PIR-26-0388"


def test_request_for_review_and_appeal_docket_numbers_are_appeals():
    pac = "Public Access Bureau <pac@ilag.gov>"
    oor = "Office of Open Records <oor@oor.pa.gov>"
    ms = [
        msg("r.mbox", 0, 2, CLERK, ME, "FOIA request F26-041", "We are extending the time.",
            role="agency", numbers=("F26-041",)),
        msg("r.mbox", 1, 9, pac, ME, "Request for Review - F26-041",
            "The Public Access Bureau has received your Request for Review and has assigned it "
            "file number 2026 PAC 88412.", role="agency", numbers=("2026 PAC 88412", "F26-041")),
        msg("r.mbox", 2, 12, oor, ME, "Official notice of appeal - F26-041",
            "Your appeal has been docketed. OOR Docket No. AP 2026-1187 regarding request F26-041.",
            role="agency", numbers=("AP 2026-1187", "F26-041")),
    ]
    _linked, requests = link(ms, OPTS)
    kinds = _kinds(requests)
    assert kinds["2026 PAC 88412"] == "appeal" and kinds["AP 2026-1187"] == "appeal"
    assert [r.tracking_number for r in requests] == ["F26-041"]


def test_number_given_by_the_agency_a_request_was_forwarded_to_is_a_referral():
    ms = [
        msg("g.mbox", 0, 2, CLERK, ME, "Open records request ORA-2026-118",
            "The Sheriff is a separate constitutional officer. We have forwarded item 2 of your "
            "request to the Sheriff's Office Open Records Unit, which has logged it as SO-26-0077.",
            role="agency", numbers=("ORA-2026-118", "SO-26-0077"), events=[ReferralEvent()]),
    ]
    _linked, requests = link(ms, OPTS)
    parent, child = requests
    assert parent.tracking_number == "ORA-2026-118"
    assert _kinds([parent])["SO-26-0077"] == "referral"
    assert child.parent_key == parent.key and child.tracking_number == "SO-26-0077"
    assert child.status == "submitted"


def _busy_message(n: int) -> Message:
    from correspondence.models import Evidence, make_event

    body = ("Your public records request has been received and assigned the number below. "
            "We will respond within the time the law allows and tell you of any fees. ") * 4
    return Message(
        source="/data/mail/Inbox", position=n, sender="Records Unit",
        sender_address="records@cityofmaple.gov", recipients=(ME,),
        sent_at=dt.datetime(2026, 3, 1 + n % 28, 10, tzinfo=UTC),
        subject=f"RE: Public records request PRR-2026-{n // 6:04d}", body=body, role="agency",
        message_id=f"<m{n}@cityofmaple.gov>", in_reply_to=f"<m{n - 1}@cityofmaple.gov>",
        references=tuple(f"<m{k}@cityofmaple.gov>" for k in range(max(0, n - 12), n)),
        tracking_numbers=(f"PRR-2026-{n // 6:04d}",), index=n,
        events=(
            make_event("acknowledgement", tracking_number=f"PRR-2026-{n // 6:04d}",
                       date=dt.date(2026, 3, 1 + n % 28), rule="agency.ack", confidence=0.8,
                       evidence=Evidence(text="has been received", start=30, end=47)),
            make_event("fee", amount=25.0, date=dt.date(2026, 3, 1 + n % 28), rule="agency.fee",
                       evidence=Evidence(text="fees", start=150, end=154)),
        ),
    )


def test_signatures_share_repeated_strings_and_drop_what_linking_does_not_read():
    # How much a signature costs is measured by bench/bench_mailbox.py; here, what makes it
    # small: shared strings, a trimmed References chain, events without their evidence.
    messages = [_busy_message(n) for n in range(20)]
    sigs = [signature(m) for m in messages]
    a, b = sigs[10], sigs[11]
    assert a.source is b.source and a.agency_id is b.agency_id
    assert len(a.reply_ids) <= 5 and "<m9@cityofmaple.gov>" in a.reply_ids  # parent kept
    assert all(e.evidence is None for e in a.events)
    assert [e.model_dump(exclude={"evidence"}) for e in a.events] == \
        [e.model_dump(exclude={"evidence"}) for e in messages[10].events]
