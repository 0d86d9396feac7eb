"""The quote splitter: own text, quoted history, footer and rebuilt quoted messages."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path

import pytest

from correspondence import sources
from correspondence.context import Context
from correspondence.models import Message
from correspondence.options import ParseOptions
from correspondence.split import own_text, split, split_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "quoting"


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# --- the forms a quote starts with ---------------------------------------------------------

CASES = [
    pytest.param(
        "Fine by me.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Records Office <records@city.example.gov> wrote:\n\n> Hello\n",
        "Fine by me.", id="on-wrote"),
    pytest.param(
        "Fine by me.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Records Office <\nrecords@city.example.gov> wrote:\n> Hello\n",
        "Fine by me.", id="on-wrote-two-lines"),
    pytest.param(
        "Fine by me.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Records Office\n<records@city.example.gov>\nwrote:\n\nHello\n",
        "Fine by me.", id="on-wrote-three-lines-unquoted"),
    pytest.param("ok then On Tue, Mar 3, 2026 at 9:14 AM, a@city.example.gov wrote:\n> Hello",
                 "ok then", id="on-wrote-same-line"),
    pytest.param("Danke.\n\nAm 03.03.2026 um 09:14 schrieb Amt <amt@stadt.example.de>:\n\n> Hallo",
                 "Danke.", id="german-schrieb"),
    pytest.param("Merci.\n\nLe 3 mars 2026 à 09:14, Mairie <mairie@ville.example.fr> a écrit :\n\n> Bonjour",
                 "Merci.", id="french-a-ecrit"),
    pytest.param("Noted.\n\n2026-03-03 9:14 GMT-05:00 Records Office <records@city.example.gov>:\n\n> Hello",
                 "Noted.", id="gmail-iso-date"),
    pytest.param(
        "Noted.\n\nFrom: Records Office <records@city.example.gov>\nSent: Tuesday, March 3, 2026 9:14 AM\n"
        "To: Pat <pat@example.org>\nSubject: Your request\n\nHello\n",
        "Noted.", id="outlook-block"),
    pytest.param(
        "Noted.\n\n*From:* Records Office [mailto:records@city.example.gov]\n*Date:* Tuesday, March 3, 2026 9:14 AM\n"
        "*To:* Pat\n*Subject:* Your request\n\nHello\n",
        "Noted.", id="outlook-bold-date"),
    pytest.param("Noted.\n\n-----Original Message-----\nFrom: Records\nSent: Tue\n\nHello", "Noted.",
                 id="original-message"),
    pytest.param("FYI\n\n---------- Forwarded message ---------\nFrom: Records <r@city.example.gov>\n"
                 "Date: Tue, Mar 3, 2026 at 9:14 AM\nSubject: Denial\n\nDenied.", "FYI", id="gmail-forward"),
    pytest.param("FYI\n\nBegin forwarded message:\n\n> From: Records <r@city.example.gov>\n> Subject: Denial\n\n",
                 "FYI", id="apple-forward"),
    pytest.param("Thanks\n\n--- Please respond above this line ---\n\nYour request was updated.", "Thanks",
                 id="govqa-marker"),
    pytest.param("Thanks\n\n##- Please type your reply above this line -##\n\nYour request was updated.", "Thanks",
                 id="helpdesk-marker"),
    pytest.param("Thanks\n\nWrite ABOVE THIS LINE to post a message.\n\nYour request was updated.", "Thanks",
                 id="write-above-marker"),
    pytest.param("Records are ready.\n\nOriginal Request:\n\nAll emails about the park.", "Records are ready.",
                 id="nextrequest-echo"),
    pytest.param("Got it.\n\n>>> \"Records\" <r@city.example.gov> 3/3/2026 9:14 AM >>>\nClosed.", "Got it.",
                 id="groupwise"),
    pytest.param("Got it.\n\nRecords <r@city.example.gov> wrote on 03/03/2026 09:14:00 AM:\n\n> Closed.", "Got it.",
                 id="lotus-wrote-on"),
    pytest.param("Got it.\n\nRecords Office wrote:\n\n> Closed.", "Got it.", id="bare-name-wrote"),
    pytest.param("Thanks\n\n-- \nPat Doe\nReporter", "Thanks", id="dash-dash-signature"),
    pytest.param("Thanks\n\nSent from my iPhone", "Thanks", id="device-line"),
    pytest.param("Attached.\n\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information.",
                 "Attached.", id="disclaimer"),
]


@pytest.mark.parametrize(("body", "own"), CASES)
def test_own_text_cuts_at_each_quote_form(body: str, own: str) -> None:
    assert own_text(body).strip() == own


@pytest.mark.parametrize(("body", "own"), CASES)
def test_nothing_is_dropped(body: str, own: str) -> None:
    result = split_text(body)
    kept = _squash(result.own + result.quoted + result.footer)
    for line in _lines(body):
        assert _squash(line) in kept, line


# --- conservative: a letter's own lines that only look like quote headers -------------------

@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Subject: Request for 2025 budget records\n\nPlease send the adopted budget.", id="subject-line"),
        pytest.param("Date: March 3, 2026\nTo: Clerk\nFrom: Pat Doe\nSubject: Records request\n\nPlease send the budget.",
                     id="memo-head"),
        pytest.param("The statute says:\n\n> Every person has a right to inspect any public record.\n\n"
                     "Please apply it to my request for the budget.", id="introduced-quotation"),
        pytest.param("On March 2, 2026, your office wrote:\n\n\"the records do not exist\"\n\nBut the minutes list them.",
                     id="appeal-quotes-agency"),
        pytest.param("A message was sent to you about request 19-1:\n\nTo: Pat Doe\nFrom: Records Custodian\n"
                     "Date: 3/3/2026\nSubject: Your request\n\nDear Pat, the records are attached.", id="memo-mid-body"),
        pytest.param("In his email (john@city.example.gov) the clerk wrote:\n\nThe records do not exist.\n\n"
                     "That is false: the minutes list them.", id="letter-cites-an-email"),
        pytest.param("Here is another email\n\nSent from my desk, is much easier than my phone.", id="sent-from-sentence"),
        pytest.param("Original Request: EPA-R8-2022-004512\nRequester Name: Pat Doe", id="original-request-field"),
    ],
)
def test_letters_are_not_cut(body: str) -> None:
    result = split_text(body)
    assert _lines(result.own) == _lines(body)
    assert result.quoted == ""
    assert result.quoted_messages == ()


def test_outlook_mac_forward_without_comment_is_a_forward() -> None:
    body = ("From: Records Office <r@city.example.gov>\nDate: Tuesday, March 3, 2026 at 9:14 AM\n"
            "To: Pat <pat@example.org>\nSubject: FW: Denial\n\nYour request is denied.")
    result = split_text(body)
    assert result.own == ""
    assert result.quoted_messages[0].body == "Your request is denied."
    assert result.quoted_messages[0].subject == "FW: Denial"
    assert result.forward_only


@pytest.mark.parametrize(
    "banner",
    [
        "CAUTION: This email originated from outside of the organization. Do not click links.",
        "[EXTERNAL] This email came from outside the City.",
        "CONFIDENTIALITY NOTICE: This message may contain confidential information.",
    ],
)
def test_a_warning_on_top_moves_alone(banner: str) -> None:
    result = split_text(f"{banner}\nDear Pat,\n\nYour records are attached.\n\nRecords Unit")
    assert result.own == "Dear Pat,\n\nYour records are attached.\n\nRecords Unit"
    assert result.footer == banner


def test_an_email_described_in_a_request_is_not_a_quote() -> None:
    body = ("I request the email described here:\nFrom: John <john@city.example.gov>\nSent: March 3, 2026\n"
            "Subject: Budget\n\nand all replies to it.")
    assert split_text(body).own == body


def test_own_text_below_and_between_quotes_is_kept() -> None:
    body = (
        "On Fri, Mar 20, 2026 at 4:00 PM Records <r@city.example.gov> wrote:\n"
        "> Do you want drafts?\n\nNo, finals only.\n\n> USB drive?\n\nEmail is better.\n"
    )
    result = split_text(body)
    assert _lines(result.own) == ["No, finals only.", "Email is better."]
    assert len(result.quoted_messages) == 1
    assert "USB drive?" in result.quoted_messages[0].body


def test_html_quotes_are_found() -> None:
    html = (
        '<div dir="ltr">Please send PDFs.</div><div class="gmail_quote">On Mon, Mar 2, 2026 at 1:00 PM '
        'Records &lt;r@city.example.gov&gt; wrote:<blockquote class="gmail_quote">Which format?</blockquote></div>'
    )
    assert own_text(html, html=True).strip() == "Please send PDFs."
    outlook = (
        "<p>Received, thank you.</p><div id='divRplyFwdMsg'><b>From:</b> Pat &lt;pat@example.org&gt;<br>"
        "<b>Sent:</b> Monday, March 2, 2026 1:00 PM<br><b>To:</b> Records<br><b>Subject:</b> Appeal</div>"
        "<div>I appeal the denial.</div>"
    )
    assert own_text(outlook, html=True).strip() == "Received, thank you."


# --- quoted messages ----------------------------------------------------------------------

def test_quoted_messages_rebuild_the_conversation_newest_first() -> None:
    body = (
        "Thank you, the new scope is recorded.\n\n"
        "-----Original Message-----\n"
        "From: Pat Doe <pat@example.org>\n"
        "Sent: Monday, April 6, 2026 10:58 PM\n"
        "To: FOIA Office <foia@agency.example.gov>\n"
        "Subject: Re: Request 26-001 scope\n\n"
        "Yes, please narrow it to 2019.\n\n"
        "On Mon, Apr 6, 2026 at 8:31 AM FOIA Office <foia@agency.example.gov> wrote:\n\n"
        "> Would you narrow the request?\n"
    )
    result = split_text(body)
    assert result.own == "Thank you, the new scope is recorded."
    first, second = result.quoted_messages
    assert (first.sender, first.sender_address) == ("Pat Doe", "pat@example.org")
    assert first.sent_at == dt.datetime(2026, 4, 6, 22, 58)
    assert first.subject == "Re: Request 26-001 scope"
    assert first.body == "Yes, please narrow it to 2019."
    assert (second.sender, second.sender_address) == ("FOIA Office", "foia@agency.example.gov")
    assert second.sent_at == dt.datetime(2026, 4, 6, 8, 31)
    assert second.body == "Would you narrow the request?"


def test_forward_only_keeps_the_forwarded_letter_and_says_so() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: Records <r@city.example.gov>\n"
        "Date: Fri, Mar 13, 2026 at 4:10 PM\nSubject: Denial\nTo: Pat <pat@example.org>\n\n"
        "Your request is denied.\n"
    )
    message = Message(source="x.eml", position=0, body=body)
    out = split(message, Context(source="x.eml"))
    assert out.body == ""
    assert out.quoted_messages[0].body == "Your request is denied."
    assert out.quoted_messages[0].sender_address == "r@city.example.gov"
    assert out.quoted_messages[0].sent_at == dt.datetime(2026, 3, 13, 16, 10)
    assert [p.code for p in out.problems] == ["forward-only"]


def test_split_stage_keeps_reader_footer_and_empty_bodies() -> None:
    ctx = Context(source="x")
    empty = Message(source="x", position=0, body="")
    assert split(empty, ctx) == empty
    message = Message(source="x", position=1, body="Hi\n\nSent from my iPhone", footer="reader footer")
    out = split(message, ctx)
    assert out.body == "Hi"
    assert "reader footer" in out.footer and "Sent from my iPhone" in out.footer


def test_bad_input_does_not_crash() -> None:
    for body in ["", "\n\n", ">", "On", "From:", "-- ", "\r\n> a\r\n", "<html>", "x" * 100000,
                 "> " * 5000, "On 1/1/2020 10:00 AM x wrote:\n" * 300,
                 # long single lines that would make a backtracking pattern quadratic
                 "x@ " + "a" * 20000 + ":\n\n> q\n\nmore text after the quote",
                 "From: x@ " + "a" * 20000 + "\nSent: 1/1/2020\n\nq", "-" * 100000]:
        start = time.perf_counter()
        result = split_text(body)
        assert isinstance(result.own, str)
        assert time.perf_counter() - start < 1.0, body[:40]


# --- our own fixtures, split only (the full pipeline runs them in test_fixtures) ---------

def _fixture_cases() -> list[Path]:
    return sorted(FIXTURES.glob("*.expected.json"))


@pytest.mark.parametrize("expected", _fixture_cases(), ids=lambda p: p.name.split(".")[0])
def test_quoting_fixture_split(expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    eml = expected.with_name(expected.name.replace(".expected.json", ".eml"))
    messages = [m for _, _, ms in sources.read_sources(eml, ParseOptions()) for m in ms]
    assert len(messages) == len(want["messages"])
    ctx = Context(source=str(eml))
    for w, message in zip(want["messages"], messages, strict=True):
        got = split(message, ctx)
        for snippet in w.get("body_contains", []):
            assert _squash(snippet) in _squash(got.body), (snippet, got.body)
        for snippet in w.get("body_excludes", []):
            assert _squash(snippet) not in _squash(got.body), (snippet, got.body)
        if "quoted_messages" in w:
            assert len(got.quoted_messages) == w["quoted_messages"], got.quoted_messages


def test_a_dash_dash_divider_in_a_long_letter_is_not_a_signature() -> None:
    body = "Summary of the records.\n\n--\n\n" + "\n".join(f"Item {n}: a released record." for n in range(20))
    result = split_text(body)
    assert "Item 19" in result.own
    assert result.footer == ""


@pytest.mark.parametrize(
    "header",
    [
        "On Tuesday, March 3, 2026, 09:14:12 AM EST, Records Office <r@city.example.gov> wrote:",
        "Am Di., 3. März 2026 um 09:14 Uhr schrieb Records Office <r@city.example.gov>:",
        "El mar, 3 mar 2026 a las 9:14, Records Office (<r@city.example.gov>) escribió:",
        "On 3/3/26 9:14 AM, Records Office <r@city.example.gov> wrote:",
    ],
)
def test_attribution_dates_and_senders(header: str) -> None:
    result = split_text(f"Thanks.\n\n{header}\n\n> Closed.\n")
    assert result.own == "Thanks."
    (quoted,) = result.quoted_messages
    assert quoted.sender == "Records Office"
    assert quoted.sender_address == "r@city.example.gov"
    assert quoted.sent_at == dt.datetime(2026, 3, 3, 9, 14)
    assert quoted.body == "Closed."


def test_portal_marker_under_a_logo_line_heads_the_notice() -> None:
    body = "[City of Maple]\n\n--- Please respond above this line ---\n\nYour request has been closed."
    result = split_text(body)
    assert "Your request has been closed." in result.own
    assert result.quoted == ""


def test_portal_notice_is_never_cut_at_its_marker() -> None:
    body = "City of Maple Records Center\n\n--- Please respond above this line ---\n\nYour request has been closed."
    notice = Message(source="x", position=0, body=body, sender_address="maple@mycusthelp.net")
    out = split(notice, Context(source="x"))
    assert "Your request has been closed." in out.body
    assert "respond above this line" in out.footer
    reply = Message(source="x", position=1, body=body, sender_address="pat@example.org")
    assert "Your request has been closed." not in split(reply, Context(source="x")).body
