"""recognize: which side wrote a message, and which portal sent it."""

from __future__ import annotations

from correspondence.context import Context
from correspondence.models import Message
from correspondence.recognize import recognize


def _msg(sender: str | None = None, address: str | None = None, body: str = "", **kw) -> Message:
    return Message(source="t", position=0, sender=sender, sender_address=address, body=body, **kw)


def _see(messages: list[Message]) -> list[tuple[str | None, str | None]]:
    ctx = Context(source="t")
    out = []
    for m in messages:
        r = recognize(m, ctx)
        ctx.seen += 1
        out.append((r.role, r.portal))
    return out


def test_role_hint_wins_and_sender_is_kept():
    m = recognize(_msg("Records", "records@city.gov", role_hint="requester"), Context(source="t"))
    assert m.role == "requester" and m.sender == "Records"


def test_government_and_portal_domains_are_the_agency():
    assert _see([_msg("Jo", "jo@dot.state.tx.us")]) == [("agency", None)]
    assert _see([_msg("Jo", "jo.smith@epa.gov")]) == [("agency", None)]
    assert _see([_msg("City of X", "cityx@mail.nextrequest.com")]) == [("agency", "nextrequest")]
    assert _see([_msg("Records", "town@mycusthelp.net")]) == [("agency", "govqa")]
    assert _see([_msg("FOIAonline", "admin@foiaonline.gov")]) == [("agency", "foiaonline")]
    assert _see([_msg("Sheriff", "sheriff-notifications@justfoia.com")]) == [("agency", "justfoia")]


def test_muckrock_speaks_for_the_requester_and_is_not_a_portal():
    assert _see([_msg("MuckRock", "12345-67890@requests.muckrock.com")]) == [("requester", None)]
    assert _see([_msg("Muckrock Staff", None, "I wanted to follow up on the following request.")]) == [
        ("requester", None)
    ]


def test_a_staffers_own_mail_has_no_portal_even_if_it_mentions_one():
    body = "Ms. Ortega, the files are on the portal; see riverbend.nextrequest.com if the link fails."
    assert _see([_msg("Ann Wu", "awu@riverbend.gov", body)]) == [("agency", None)]
    # the FBI's letters are mail from staff; its eFOIPA notices are the portal
    assert _see([_msg("FOIPA Correspondence", "foipa-correspondence@fbi.gov", "See eFOIPA for status.")]) == [
        ("agency", None)
    ]
    assert _see([_msg("FBI eFOIPA", "efoia@subscriptions.fbi.gov", "There are eFOIA files available.")]) == [
        ("agency", "fbi_efoipa")
    ]


def test_a_portal_notice_without_an_address_is_found_by_its_template():
    body = "City of X\n\nA message was sent to you regarding record request #19-6355:\n\nWe need more time."
    assert _see([_msg("Police Department", None, body)]) == [("agency", "nextrequest")]
    govqa = "--- Please respond above this line ---\n\nDear Sam, records are attached."
    assert _see([_msg("Town Clerk", None, govqa)]) == [("agency", "govqa")]


def test_the_thread_teaches_who_is_who():
    thread = [
        _msg("Pat Doe", "pat@newsroom.example", "Under the Public Records Act, I request the budget."),
        _msg("Records Unit", "records@cityofx.org", "We have received your request."),
        _msg("Lee Park", "lpark@cityofx.org", "Attached are the records."),  # colleague, same domain
        _msg("Pat Doe", "pat@newsroom.example", "Thanks, this is everything."),
    ]
    assert [r for r, _ in _see(thread)] == ["requester", "agency", "agency", "requester"]


def test_writing_to_the_known_requester_means_the_agency():
    thread = [
        _msg("Pat Doe", "pat@gmail.com", "I request the budget."),
        _msg("Chris", "chris@hotmail.com", "Here you go.", recipients=("pat@gmail.com",)),
    ]
    assert [r for r, _ in _see(thread)] == ["requester", "agency"]


def test_words_decide_when_nothing_else_does():
    ctx = Context(source="t")
    ctx.requester_names.add("someone else")
    ctx.agency_names.add("another")
    m = recognize(_msg("Unknown", None, "I am still interested. My request was filed in May."), ctx)
    assert m.role == "requester"
    m = recognize(_msg("Unknown 2", None, "We have received your request; responsive records follow."), ctx)
    assert m.role == "agency"


def test_whom_the_requester_writes_to_is_the_agency():
    thread = [
        _msg("Pat Doe", "pat@gmail.com", "Under the Public Records Act, I request the budget.",
             recipients=("clerk@smalltown.org",)),
        _msg("Clerk", "clerk@smalltown.org", "Here you go."),
    ]
    assert [r for r, _ in _see(thread)] == ["requester", "agency"]


def test_a_lone_email_is_placed_by_whom_it_is_written_to():
    to_gov = _msg("Sam Lee", "sam@newsroom.example", "Thanks for the update.", recipients=("records@city.gov",))
    to_service = _msg("Ann Wu", "awu@villageofx.org", "Here you go.",
                      recipients=("12345-67890@requests.muckrock.com",))
    assert _see([to_gov]) == [("requester", None)]
    assert _see([to_service]) == [("agency", None)]


def test_recipients_written_with_names_and_the_agency_copied():
    thread = [
        _msg("Pat Doe", "pat@newsroom.example", "Under the Public Records Act, I request the budget.",
             recipients=("City Records <records@cityofx.org>",)),
        _msg("Outside Counsel", "jlaw@lawfirm.example",
             "On behalf of the City, we respond as follows.",
             recipients=("Pat Doe <pat@newsroom.example>", "City Records <records@cityofx.org>")),
    ]
    assert [r for r, _ in _see(thread)] == ["requester", "agency"]


def test_a_portal_vendor_name_in_an_agency_mail_host_names_the_portal():
    assert _see([_msg("Town of X", "townx@mail.nextrequest.example.com")]) == [("agency", "nextrequest")]
