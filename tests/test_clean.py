"""The clean stage: markup, whitespace, lost %20 in file names, footers, secrets."""

from __future__ import annotations

import pytest

from correspondence.clean import clean, clean_text, footer_rules
from correspondence.context import Context
from correspondence.models import Message, QuotedMessage
from correspondence.redact import LINK_MARK, SECRET_MARK, redact


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("<em>Questions?</em> see<br></br>next line", "Questions? see\nnext line"),
        ("Fish &amp; Game <a href='https://x.example/y'>help page</a>", "Fish & Game help page"),
        ("a\u00a0b\r\n\r\n\r\n\r\nc  d ", "a b\n\nc d"),
        ("caf\u00c3\u00a9 it\u00e2\u20ac\u2122s", "café it’s"),
        ("- MOU20Between20FBI20and20APD.pdf", "- MOU Between FBI and APD.pdf"),
        ("Report2020.pdf and order201.pdf", "Report2020.pdf and order201.pdf"),
        ("BWI-2026-000417_Interim1_2019-2020.pdf", "BWI-2026-000417_Interim1_2019-2020.pdf"),
        ("FY2020Budget_Summary-2021Draft.pdf", "FY2020Budget_Summary-2021Draft.pdf"),
        ("Hynes2C20Brooklyn20D.A.20Story.pdf", "Hynes, Brooklyn D.A. Story.pdf"),
    ],
)
def test_clean_text_repairs(raw, want):
    assert clean_text(raw).body == want


def test_portal_footer_moves_to_footer_not_lost():
    text = clean_text(
        "Your records are ready.\n\nQuestions about your request? Reply to this email or sign in "
        "to contact staff at Springfield.\n\nTechnical support: see our help page"
    )
    assert text.body == "Your records are ready."
    assert "Questions about your request?" in text.footer
    assert "Technical support" in text.footer


def test_filing_service_block_is_cut_but_text_after_it_stays():
    # An agency reply that echoes a request, then says something of its own after the
    # echoed footer: the footer goes, the agency's words stay.
    body = (
        "I request the minutes.\nFiled via MuckRock.com\nE-mail (Preferred): 1-2@requests.example.com\n"
        "For mailed responses, please address (see note):\nMuckRock News\nDEPT MR 12345\n"
        "1 Main Street\nBoston, MA 02115\n"
        "PLEASE NOTE: This request is not filed by a MuckRock staff member, but is sent\n"
        "through it; misaddressed mail might be returned as undeliverable.\n"
        "We are still searching for the minutes and will write again next week."
    )
    text = clean_text(body)
    assert "DEPT MR 12345" in text.footer and "DEPT MR" not in text.body
    assert "undeliverable" in text.footer
    assert text.body.endswith("We are still searching for the minutes and will write again next week.")


def test_footer_rules_load_and_have_ids():
    ids = [rule.id for rule, _ in footer_rules()]
    assert len(ids) == len(set(ids)) > 5


@pytest.mark.parametrize(
    ("raw", "secret"),
    [
        ("Magic link: https://town.nextrequest.com/users/confirmation?confirmation_token=aB3dE5fG7hJ9kL1mN3pQ", "aB3dE5fG7hJ9kL1mN3pQ"),
        ("open https://portal.example.gov/authorize/0a1b2c3d4e5f60718293a4b5c6d7e8f9 now", "0a1b2c3d4e5f6071"),
        ("https://records.example.gov/Account/SetPassword?userId=pat&code=Zk3PqW8nL2", "Zk3PqW8nL2"),
        ("One Time Passcode: 604122\nIt expires soon.", "604122"),
        ("Temporary Password: 9f8e7d6c5b4a\n", "9f8e7d6c5b4a"),
        ("If prompted for a passcode, please enter:\r\nQWERTYUI\r\n", "QWERTYUI"),
        ("Your verification code is 55-1234", "55-1234"),
        ("Use the following code to sign in to the records center: 730266\n", "730266"),
        ("To log in, enter the code below.\n\n  D4K9Q2\n", "D4K9Q2"),
        ("Use the code below to finish signing in. It expires in 10 minutes.\n\n604417\n\nNever share it.", "604417"),
    ],
)
def test_secrets_are_redacted(raw, secret):
    out = redact(raw)
    assert secret not in out
    assert LINK_MARK in out or SECRET_MARK in out


@pytest.mark.parametrize(
    "raw",
    [
        "See https://www.nextrequest.com/support for help.",
        "Track it at https://town.nextrequest.com/requests/24-118",
        "https://www.muckrock.com/foi/springfield-1/police-use-of-force-123456/",
        "Your password must be reset by the portal.",
        "Under Government Code section 7922, please log in to the portal: https://x.example.gov/requests/26-11",
        "Verification codes expire after 10 minutes. Request 2026-0044 is open.",
        "Sign in to the portal to see the status code of your request.\nRequest\n",
    ],
)
def test_ordinary_links_and_words_are_kept(raw):
    assert redact(raw) == raw


def test_clean_redacts_every_field():
    token = "Qx7vT2mLpR9sKd4Wc8Zn"
    link = f"https://city.nextrequest.com/users/confirmation?confirmation_token={token}"
    message = Message(
        source="t", position=0, body=f"Confirm: {link}", quoted=f"> {link}",
        footer=link, subject=f"Confirm {link}",
        quoted_messages=(QuotedMessage(body=link),),
    )
    out = clean(message, Context(source="t"))
    assert token not in out.model_dump_json()


def test_footer_in_a_text_without_blank_lines_takes_only_its_lines():
    # Some exports have no blank lines: a footer sentence must not take the whole message.
    body = ("Dear requester,\nYour records are attached.\n" + "We searched every file.\n" * 20
            + "To monitor the progress or update this request please log into the Public Records Center.\n"
            + "Thank you.\n" + "The clerk reviewed the rest.\n" * 20)
    text = clean_text(body)
    assert "Your records are attached." in text.body
    assert "The clerk reviewed the rest." in text.body
    assert text.footer.startswith("To monitor the progress")
    assert "Your records are attached." not in text.footer


def test_footer_sentence_after_own_sentence_on_one_line():
    text = clean_text(
        "Hello Pat,\n\nYour portal password was changed today. This is an auto-generated email "
        "sent from an unmonitored account. Please do not reply."
    )
    assert text.body.endswith("Your portal password was changed today.")
    assert text.footer.startswith("This is an auto-generated email")
