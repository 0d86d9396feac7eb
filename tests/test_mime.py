"""One raw message -> Message: headers, dates, charsets, body choice, attachments."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import sys
from pathlib import Path

import pytest

from correspondence.sources import mime
from correspondence.sources.mime import decode_bytes, decode_header_text, parse_bytes, parse_date

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def msg(headers: str, body: bytes | str = b"Hello.\n", *, date: str = "Mon, 06 Apr 2026 10:00:00 -0400") -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    head = f"From: Pat Doe <pat@example.org>\nTo: Records <records@agency.example.gov>\nDate: {date}\n{headers}"
    return head.encode("utf-8") + b"\n" + body


def codes(message) -> list[str]:
    return [p.code for p in message.problems]


# --- dates ------------------------------------------------------------------------------


def test_late_evening_reply_keeps_the_senders_day_and_offset():
    m = parse_bytes(msg("Subject: ok\n", date="Mon, 06 Apr 2026 23:30:00 -0500"), "x")
    assert m.sent_at == dt.datetime(2026, 4, 6, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert m.sent_at.date() == dt.date(2026, 4, 6)  # UTC would say April 7


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Tue, 7 Apr 2026 08:00:00 +0530 (IST)", "2026-04-07T08:00:00+05:30"),
        ("Tue, 7 Apr 2026 08:00:00 EDT", "2026-04-07T08:00:00-04:00"),
        ("7 Apr 2026 8:05 PM -0700", "2026-04-07T20:05:00-07:00"),
        ("Tue, 7 Apr 26 08:00 -0000", "2026-04-07T08:00:00+00:00"),
        ("Tuesday, April 7, 2026 4:12 PM", "2026-04-07T16:12:00"),
    ],
)
def test_date_forms(value, want):
    sent, why = parse_date(value)
    assert why is None
    assert sent is not None and sent.isoformat() == want


def test_unreadable_date_falls_back_to_the_mbox_line_and_says_so():
    fallback = dt.datetime(2026, 4, 7, 4, 30, tzinfo=dt.UTC)
    m = parse_bytes(msg("Subject: x\n", date="someday soon"), "x", fallback_date=fallback)
    assert m.sent_at == fallback
    assert "date-missing" in codes(m)


# --- headers ----------------------------------------------------------------------------


def test_encoded_words_in_two_charsets_folded_across_lines():
    raw = msg("Subject: =?utf-8?q?Solicitud_p=C3=BAblica_=E2=80=93?=\n =?iso-8859-1?q?_n=FAmero_17?=\n")
    assert parse_bytes(raw, "x").subject == "Solicitud pública – número 17"


def test_encoded_display_name_with_a_comma_is_one_sender():
    raw = b"From: =?utf-8?q?Z=C3=A1rate=2C_In=C3=A9s?= <ines@example.net>\nSubject: s\n\nbody\n"
    m = parse_bytes(raw, "x")
    assert (m.sender, m.sender_address) == ("Zárate, Inés", "ines@example.net")


def test_unquoted_comma_in_a_single_senders_name():
    m = parse_bytes(b"From: Nyquist, Carla <nyquistc@district.example.org>\nSubject: s\n\nbody\n", "x")
    assert (m.sender, m.sender_address) == ("Nyquist, Carla", "nyquistc@district.example.org")


def test_raw_8bit_latin1_header_is_repaired_and_flagged():
    raw = "From: Étienne Lefèvre <e@example.com>\nSubject: Reçu\n\nok\n".encode("cp1252")
    m = parse_bytes(raw, "x")
    assert m.sender == "Étienne Lefèvre"
    assert m.subject == "Reçu"
    assert "charset-guessed" in codes(m)


def test_ids_and_recipients():
    raw = msg(
        "Cc: =?utf-8?q?Jos=C3=A9?= <jose@example.org>, plain@example.org\n"
        "Message-ID: <a1@x.example>\nIn-Reply-To: <z0@y.example>\n"
        "References: <r1@x.example>\n <z0@y.example>\nSubject: s\n"
    )
    m = parse_bytes(raw, "x")
    assert m.message_id == "<a1@x.example>"
    assert m.in_reply_to == "<z0@y.example>"
    assert m.references == ("<r1@x.example>", "<z0@y.example>")
    assert m.recipients == ("Records <records@agency.example.gov>", "José <jose@example.org>", "plain@example.org")


# --- charsets ---------------------------------------------------------------------------


def test_latin1_labelled_utf8_keeps_every_accent():
    text, note = decode_bytes("Lefèvre paid €12 — thanks".encode("cp1252"), "utf-8")
    assert text == "Lefèvre paid €12 — thanks"
    assert note


def test_mixed_valid_utf8_and_stray_cp1252_bytes_both_survive():
    data = "café ".encode() + "naïve".encode("cp1252")
    text, note = decode_bytes(data, "utf-8")
    assert text == "café naïve"
    assert note


def test_utf8_labelled_latin1_is_read_as_utf8():
    text, note = decode_bytes("São Tomé".encode(), "iso-8859-1")
    assert text == "São Tomé" and note


def test_correct_labels_are_not_guesses():
    assert decode_bytes("São".encode("iso-8859-1"), "iso-8859-1") == ("São", None)
    assert decode_bytes("São".encode(), "utf-8") == ("São", None)


def test_unknown_charset_does_not_lose_text():
    text, note = decode_bytes("Zoë".encode(), "x-unheard-of")
    assert text == "Zoë" and "unknown charset" in (note or "")


def test_no_byte_is_dropped_even_in_cp1252_holes():
    data = bytes(range(0x80, 0x100))
    text, _ = decode_bytes(data, "utf-8")
    assert len(text) == 128 and "\ufffd" not in text


def test_body_charset_repair_records_a_problem():
    raw = msg("Subject: s\nContent-Type: text/plain; charset=utf-8\n", "Reçu le 3 mars".encode("cp1252"))
    m = parse_bytes(raw, "x")
    assert m.body.startswith("Reçu le 3 mars")
    assert "charset-guessed" in codes(m)


def test_header_decoding_leaves_plain_text_alone():
    assert decode_header_text("Re: PRR-2026-1  status?") == "Re: PRR-2026-1  status?"


# --- body choice ------------------------------------------------------------------------


def alternative(plain: str, html: str) -> bytes:
    return msg(
        'Subject: s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"\n',
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
        f"--b\nContent-Type: text/html; charset=utf-8\n\n{html}\n--b--\n",
    )


HTML = ("<html><body><p>Your request 26-1418 is closed.</p><ul><li>Flight_Log_2025.pdf</li>"
        "<li>Drone_Policy.docx</li></ul><p>The records were released on January 30.</p></body></html>")


def test_stub_plain_part_loses_to_the_html():
    m = parse_bytes(alternative("This message requires an HTML-capable email client.", HTML), "x")
    assert "Your request 26-1418 is closed." in m.body
    assert "Flight_Log_2025.pdf" in m.body
    assert "HTML-capable" not in m.body


def test_plain_part_much_shorter_than_the_html_loses():
    m = parse_bytes(alternative("Your request 26-1418 is closed.", HTML), "x")
    assert "Drone_Policy.docx" in m.body


def test_faithful_plain_part_wins():
    plain = ("Your request 26-1418 is closed.\n- Flight_Log_2025.pdf\n- Drone_Policy.docx\n"
             "The records were released on January 30.")
    m = parse_bytes(alternative(plain, HTML), "x")
    assert m.body.strip() == plain


def test_html_only_message_is_converted():
    raw = msg("Subject: s\nContent-Type: text/html; charset=utf-8\n", HTML)
    assert "Flight_Log_2025.pdf" in parse_bytes(raw, "x").body


# --- attachments and attached messages --------------------------------------------------


def mixed(*parts: str) -> bytes:
    body = "".join(f"--m\n{p}\n" for p in parts) + "--m--\n"
    return msg('Subject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="m"\n', body)


def test_attachment_metadata_and_text_attachment():
    data = b"Fee estimate: $42.00\n"
    raw = mixed(
        "Content-Type: text/plain\n\nSee attached.",
        "Content-Type: text/plain; charset=us-ascii\nContent-Disposition: attachment; filename=\"estimate.txt\"\n"
        f"Content-Transfer-Encoding: base64\n\n{base64.b64encode(data).decode()}",
        "Content-Type: application/vnd.ms-excel\nContent-Disposition: attachment;\n"
        " filename*=utf-8''Registro%20p%C3%BAblico.xls\nContent-Transfer-Encoding: base64\n\nAAEC",
    )
    m = parse_bytes(raw, "x")
    assert m.body.strip() == "See attached."
    first, second = m.attachments
    assert (first.name, first.content_type, first.size) == ("estimate.txt", "text/plain", len(data))
    assert first.sha256 == hashlib.sha256(data).hexdigest()
    assert first.text == data.decode()
    assert second.name == "Registro público.xls" and second.size == 3 and second.text is None


def test_attached_message_is_an_attachment_and_a_quoted_message_not_body():
    inner = ("From: =?utf-8?q?Ren=C3=A9e_Roy?= <renee@state.example.gov>\nSubject: Referral 44\n"
             "Date: Mon, 11 May 2026 16:40:00 -0400\nContent-Type: text/plain\n\n"
             "We closed request 44 as withdrawn.\n")
    raw = mixed("Content-Type: text/plain\n\nForwarding the note below.",
                f"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n{inner}")
    m = parse_bytes(raw, "x")
    assert "withdrawn" not in m.body
    assert [a.content_type for a in m.attachments] == ["message/rfc822"]
    assert m.attachments[0].name == "Referral 44.eml"
    (q,) = m.quoted_messages
    assert (q.sender, q.sender_address, q.subject) == ("Renée Roy", "renee@state.example.gov", "Referral 44")
    assert q.sent_at == dt.datetime(2026, 5, 11, 16, 40, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert "withdrawn" in q.body


def pdf_message() -> bytes:
    from bench_mailbox import make_pdf

    pdf = make_pdf(["Your request HAR-9 is denied in part.", "You may appeal within 90 days."])
    return mixed("Content-Type: text/plain\n\nSee the letter.",
                 'Content-Type: application/pdf; name="letter.pdf"\nContent-Disposition: attachment\n'
                 f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(pdf).decode()}")


def test_pdf_letter_text_is_extracted_with_the_extra():
    pytest.importorskip("pypdf")
    (att,) = parse_bytes(pdf_message(), "x").attachments
    assert att.name == "letter.pdf"
    assert "denied in part" in (att.text or "")
    (again,) = parse_bytes(pdf_message(), "y").attachments  # same letter again: from the cache
    assert again.text == att.text and again.sha256 == att.sha256


def test_without_the_extra_pdf_text_is_skipped_with_an_info_problem(monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)  # import pypdf now raises ImportError
    monkeypatch.setattr(mime, "_MISSING_EXTRAS", set())
    monkeypatch.setattr(mime, "_TEXT_CACHE", mime.OrderedDict())
    m = parse_bytes(pdf_message(), "x")
    assert m.attachments[0].text is None
    problem = next(p for p in m.problems if p.code == "attachment-text-skipped")
    assert problem.severity == "info"


def test_broken_pdf_is_a_problem_not_a_crash():
    pytest.importorskip("pypdf")
    raw = mixed("Content-Type: text/plain\n\nx",
                "Content-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n"
                f"Content-Transfer-Encoding: base64\n\n{base64.b64encode(b'%PDF-1.4 not really').decode()}")
    m = parse_bytes(raw, "x")
    assert m.attachments[0].size == len(b"%PDF-1.4 not really")
    assert "attachment-unreadable" in codes(m)


@pytest.mark.parametrize("raw", [b"", b"\x00\xff\xfe garbage", b"Content-Type: multipart/mixed\n\n--\n",
                                 b"From: <<<>>>\nDate: \nSubject: =?bogus?x?y?=\n\n"])
def test_bad_input_never_raises(raw):
    m = parse_bytes(raw, "x", 3)
    assert m.position == 3


def test_base64_encoded_attached_message_is_decoded_before_parsing():
    inner = b"From: Ann Lowe <ann@x.example>\nSubject: Inner note\nDate: Mon, 11 May 2026 16:40:00 -0400\n\nInner body.\n"
    raw = mixed("Content-Type: text/plain\n\nouter text",
                "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
                + base64.encodebytes(inner).decode())
    m = parse_bytes(raw, "x")
    (q,) = m.quoted_messages
    assert (q.sender, q.subject, q.body.strip()) == ("Ann Lowe", "Inner note", "Inner body.")
    assert m.attachments[0].name == "Inner note.eml"
