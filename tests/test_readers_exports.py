"""The readers of correspondence exports: thread export, GovQA history, MuckRock page and
MuckRock JSON. Each is tested on what it reads (split, order, dates, sides, files) and on
what it must leave to the others (sniffing)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import ModuleType

import pytest

from correspondence import sources
from correspondence.errors import UnreadableInputError
from correspondence.models import Message
from correspondence.sources import govqa, muckrock_json, muckrock_page, thread_export
from correspondence.sources._exports import parse_printed_date, strip_page_artefacts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPORTS = FIXTURES / "exports"

SAMPLES = {
    "thread_export": EXPORTS / "thread-export-quoted-from.txt",
    "govqa": EXPORTS / "govqa-history-newest-first.txt",
    "muckrock_page": EXPORTS / "muckrock-page-wrapped-subject.txt",
    "muckrock_json": EXPORTS / "muckrock-json-missing-fields.json",
}
MODULES = {
    "thread_export": thread_export,
    "govqa": govqa,
    "muckrock_page": muckrock_page,
    "muckrock_json": muckrock_json,
}

EML = b"""From: Records Unit <records@example.gov>
To: someone@example.org
Subject: Your request
Date: Mon, 2 Mar 2026 10:00:00 -0500

From: a line that looks like a header

On 3/1/2026 9:00:00 AM, Someone wrote:
> quoted
"""

MBOX = b"From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n" + EML


def _head(path: Path) -> bytes:
    return path.read_bytes()[: sources.HEAD_BYTES]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _read(module: ModuleType, path: Path) -> list[Message]:
    return list(module.read(path))


# --- sniffing -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_reader_accepts_its_own_format(name: str) -> None:
    path = SAMPLES[name]
    assert MODULES[name].sniff(path, _head(path))


@pytest.mark.parametrize(
    ("reader", "other"),
    [(r, o) for r in sorted(SAMPLES) for o in sorted(SAMPLES) if r != o],
)
def test_each_reader_rejects_the_other_formats(reader: str, other: str) -> None:
    path = SAMPLES[other]
    assert not MODULES[reader].sniff(path, _head(path))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_detect_picks_the_reader_by_content_not_by_name(name: str, tmp_path: Path) -> None:
    renamed = tmp_path / "export.dat"
    renamed.write_bytes(SAMPLES[name].read_bytes())
    reader = sources.detect(renamed, _head(renamed))
    assert reader is not None and reader.name == name


@pytest.mark.parametrize("data", [EML, MBOX], ids=["eml", "mbox"])
def test_mail_files_are_left_to_the_mail_readers(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_bytes(data)
    for module in MODULES.values():
        assert not module.sniff(path, data), module.__name__


def test_expected_files_are_not_taken_for_muckrock_json() -> None:
    expected = EXPORTS / "muckrock-json-missing-fields.expected.json"
    assert not muckrock_json.sniff(expected, _head(expected))


# --- page artefacts -------------------------------------------------------------------


def test_page_break_inside_a_sentence_is_joined() -> None:
    text = "--- page 1 ---\nfirst half of a\n\n--- page 2 ---\nsentence goes on\nPage 2"
    assert strip_page_artefacts(text) == "first half of a\nsentence goes on"


def test_footer_with_ocr_debris_is_removed_only_when_it_closes_its_page() -> None:
    text = "--- page 1 ---\ntext\nLogo Page 1\n\n--- page 2 ---\nPlease see Page 9\nend\nPage 2"
    assert strip_page_artefacts(text) == "text\nPlease see Page 9\nend"


def test_running_header_repeated_on_every_page_is_removed() -> None:
    pages = [f"--- page {n} ---\nCITY OF ELM RIDGE RECORDS\nline {n}\n" for n in range(1, 5)]
    out = strip_page_artefacts("\n".join(pages))
    assert "CITY OF ELM RIDGE" not in out
    assert [x for x in out.split("\n") if x.strip()] == ["line 1", "line 2", "line 3", "line 4"]


# --- thread export --------------------------------------------------------------------


def test_thread_export_splits_only_at_message_headers() -> None:
    messages = _read(thread_export, SAMPLES["thread_export"])
    assert [m.sender for m in messages] == [
        "Jane Roe",
        "MuckRock Staff",
        "Marsh County Parks Department",
        "Jane Roe",
        "Marsh County Parks Department",
    ]
    assert [m.position for m in messages] == [0, 1, 2, 3, 4]
    # The Outlook quote and the 'Original Request' Subject: stay in the bodies that hold them.
    assert "Sent: Friday, April 3, 2026" in messages[3].body
    assert "Subject: Oregon Public Records Law Request" in messages[2].body
    assert all(m.sent_at is None for m in messages)


def test_thread_export_sides_come_from_the_title_block() -> None:
    messages = _read(thread_export, SAMPLES["thread_export"])
    assert [m.role_hint for m in messages] == [
        "requester",
        "requester",
        "agency",
        "requester",
        "agency",
    ]


def test_thread_export_file_bullets_become_attachments_and_leave_the_body() -> None:
    last = _read(thread_export, SAMPLES["thread_export"])[-1]
    assert [a.name for a in last.attachments] == [
        "North20Ramp20Permits202025.pdf",
        "Harbor20Office20Cover20Letter.pdf",
    ]
    assert "North20Ramp" not in last.body
    assert "<br></br>" in last.body  # markup is the clean stage's business


@pytest.mark.parametrize(
    "quote",
    [
        "-----Original Message-----\nFrom: Elm Ridge Clerk\nTo: Lee Park\nSubject: RE: permits",
        "On Tuesday, Lee Park wrote:\n\nFrom: Elm Ridge Clerk\n\nquoted words",
        "From: Elm Ridge Clerk <clerk@elmridge.example.gov>\nDate: Mon, 2 Mar 2026\nSubject: RE: x",
    ],
    ids=["original-message-rule", "after-wrote-line", "gmail-style-header"],
)
def test_quoted_from_lines_do_not_open_messages(quote: str, tmp_path: Path) -> None:
    text = (
        "Permits (Elm Ridge)\n\nLee Park filed this request with the Elm Ridge Clerk of Elm Ridge, KS.\n\n"
        f"From: Lee Park\n\nPlease send the permits.\n\n{quote}\n\nFrom: Elm Ridge Clerk\n\nHere they are.\n"
    )
    messages = _read(thread_export, _write(tmp_path, "t.txt", text))
    assert [m.sender for m in messages] == ["Lee Park", "Elm Ridge Clerk"]
    assert "Elm Ridge Clerk" in messages[0].body


def test_an_export_with_its_own_date_lines_still_splits(tmp_path: Path) -> None:
    text = (
        "From: Lee Park\nDate: March 2, 2026\n\nPlease send the permits.\n\n"
        "From: Elm Ridge Clerk\nDate: March 4, 2026\n\nHere they are.\n\n"
        "From: Lee Park\nSent: Wednesday, March 4, 2026\nTo: Elm Ridge Clerk\n\nThanks.\n"
    )
    messages = _read(thread_export, _write(tmp_path, "t.txt", text))
    assert [m.sender for m in messages] == ["Lee Park", "Elm Ridge Clerk"]
    assert "Sent: Wednesday" in messages[1].body
    # The export's own Date: lines date its messages and leave the bodies.
    assert [m.sent_at for m in messages] == [dt.date(2026, 3, 2), dt.date(2026, 3, 4)]
    assert messages[0].body == "Please send the permits."


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("2026-03-02", dt.date(2026, 3, 2)),
        ("3/2/2026 1:05:09 PM", dt.datetime(2026, 3, 2, 13, 5, 9)),
        ("12/12/2026 12:30 AM", dt.datetime(2026, 12, 12, 0, 30)),
        ("Sept. 19, 2019", dt.date(2019, 9, 19)),
        ("Thursday, March 26, 2026 at 5:17 PM", dt.datetime(2026, 3, 26, 17, 17)),
        ("2 March 2026", dt.date(2026, 3, 2)),
        ("Feb 30, 2026", None),
        ("soon", None),
    ],
)
def test_printed_dates_are_read_without_dateparser(printed: str, want: object) -> None:
    assert parse_printed_date(printed) == want


def test_printed_offsets_are_kept_not_converted() -> None:
    got = parse_printed_date("Mon, 2 Mar 2026 10:00:00 -0500")
    assert isinstance(got, dt.datetime)
    assert (got.hour, got.utcoffset()) == (10, dt.timedelta(hours=-5))


# --- GovQA ----------------------------------------------------------------------------


def test_govqa_is_given_oldest_first_with_its_own_dates() -> None:
    messages = _read(govqa, SAMPLES["govqa"])
    assert [m.sent_at for m in messages] == [
        dt.datetime(2026, 1, 15, 11, 2, 40),
        dt.datetime(2026, 1, 15, 11, 2, 47),
        dt.datetime(2026, 1, 20, 9, 41, 30),
        dt.datetime(2026, 2, 3, 16, 5, 9),
    ]
    assert [m.position for m in messages] == [0, 1, 2, 3]


def test_govqa_page_footer_inside_a_message_is_dropped_and_the_text_joined() -> None:
    reply = _read(govqa, SAMPLES["govqa"])[2]
    assert "Page 2" not in reply.body and "--- page" not in reply.body
    assert "as far as I know.\nThanks,\nPat" in reply.body
    # The looser quote header of a mail program stays in the reply.
    assert "On Monday, Jan 19, 2026 at 3:02 PM" in reply.body


def test_govqa_fields_sides_and_portal() -> None:
    created, ack, reply, closing = _read(govqa, SAMPLES["govqa"])
    assert (created.role_hint, created.portal_hint) == ("requester", "govqa")
    assert (ack.role_hint, ack.portal_hint) == ("agency", "govqa")
    assert (reply.role_hint, reply.portal_hint) == ("requester", None)
    assert reply.recipients == ("records@larkspur.example.org",)
    assert not reply.body.startswith("TO:")
    assert closing.subject == "Public Records Request :: K004417-011526"
    assert closing.body.startswith("Dear Pat Quill,")
    assert (closing.role_hint, closing.portal_hint) == ("agency", "govqa")


def test_govqa_bad_date_and_count_are_recorded_not_raised(tmp_path: Path) -> None:
    text = (
        "Message History (3)\n"
        "On 2/30/2026 1:00:00 PM, Elm Ridge Records Center wrote:\nSecond.\n"
        "On 2/1/2026 1:00:00 PM, Lee Park wrote:\nRequest Created on Public Portal\n"
    )
    messages = _read(govqa, _write(tmp_path, "g.txt", text))
    assert len(messages) == 2
    codes = {p.code for m in messages for p in m.problems}
    assert {"date-invalid", "count-mismatch"} <= codes
    assert all(p.severity != "error" for m in messages for p in m.problems)


# --- MuckRock page --------------------------------------------------------------------


def test_muckrock_page_dates_keep_the_printed_offset() -> None:
    first = _read(muckrock_page, SAMPLES["muckrock_page"])[0]
    assert isinstance(first.sent_at, dt.datetime)
    assert first.sent_at.isoformat() == "2026-01-08T09:15:00.120000-06:00"


def test_muckrock_page_subjects_attachments_and_sides() -> None:
    request, follow_up, answer = _read(muckrock_page, SAMPLES["muckrock_page"])
    assert request.subject is not None and request.subject.endswith("Cedar Falls public works")
    assert request.body.startswith("To Whom It May Concern:")
    assert "if the\nsoftware can export it." in request.body
    assert follow_up.subject is not None and follow_up.subject.endswith("Cedar Falls public works")
    assert [a.name for a in answer.attachments] == ["plow_gps_2025_2026.csv", "tracker_install_dates.pdf"]
    assert "Attachments:" not in answer.body
    assert [m.role_hint for m in (request, follow_up, answer)] == ["requester", "requester", "agency"]


# --- MuckRock JSON --------------------------------------------------------------------


def test_muckrock_json_record_with_missing_fields_is_read_with_a_problem() -> None:
    messages = _read(muckrock_json, SAMPLES["muckrock_json"])
    assert len(messages) == 4
    missing = messages[2]
    assert missing.sent_at is None
    assert [p.code for p in missing.problems] == ["field-missing"]
    assert "<p>The booking calendar you asked for is attached.</p>" in missing.body
    assert [a.name for a in missing.attachments] == ["meeting_room_calendar_2025.pdf"]


def test_muckrock_json_sides_and_names() -> None:
    messages = _read(muckrock_json, SAMPLES["muckrock_json"])
    assert [(m.sender, m.role_hint) for m in messages] == [
        ("Tess Garnet", "requester"),
        ("MuckRock", "requester"),
        ("Pine Hollow Public Library", "agency"),
        ("Pine Hollow Public Library", "agency"),
    ]
    assert messages[0].body.startswith("To Whom It May Concern:\n\nPlease send")  # \r\n gone


def _comm(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"from_user": 1, "to_user": 2, "subject": "s", "communication": "text",
                               "files": [], "datetime": "2024-01-01T10:00:00"}
    base.update(fields)
    return base


def test_muckrock_json_is_sorted_oldest_first_and_unknown_sender_gets_a_stable_name(
    tmp_path: Path,
) -> None:
    request = {
        "id": 1,
        "user": 1,
        "username": "lpark",
        "agency": 77,
        "communications": [
            _comm(from_user=2, to_user=1, datetime="2024-01-05T09:00:00", communication="Answer."),
            _comm(datetime="2024-01-01T10:00:00", communication="The request."),
        ],
    }
    path = _write(tmp_path, "r.json", json.dumps(request))
    messages = _read(muckrock_json, path)
    assert [m.body for m in messages] == ["The request.", "Answer."]
    assert [(m.sender, m.role_hint) for m in messages] == [("lpark", "requester"), ("agency 77", "agency")]


def test_muckrock_json_third_user_writing_to_the_agency_is_the_requesters_side(
    tmp_path: Path,
) -> None:
    request = {
        "id": 1,
        "user": 1,
        "agency": 5,
        "communications": [
            _comm(datetime="2024-01-01T10:00:00"),
            _comm(from_user=2, to_user=1, datetime="2024-01-02T10:00:00"),
            _comm(from_user=9, to_user=2, datetime="2024-01-03T10:00:00", communication="I appeal."),
        ],
    }
    messages = _read(muckrock_json, _write(tmp_path, "r.json", json.dumps(request)))
    assert [m.role_hint for m in messages] == ["requester", "agency", "requester"]


def test_muckrock_json_lists_and_json_lines_are_read(tmp_path: Path) -> None:
    one = {"id": 1, "user": 1, "communications": [_comm()]}
    two = {"id": 2, "user": 3, "communications": [_comm(from_user=3), _comm(from_user=4, to_user=3)]}
    as_list = _read(muckrock_json, _write(tmp_path, "l.json", json.dumps([one, two])))
    assert [m.position for m in as_list] == [0, 1, 2]
    rows = [
        {"request_id": 2, "request_user": 3, **_comm(from_user=3)},
        {"request_id": 2, "request_user": 3, **_comm(from_user=4, to_user=3)},
    ]
    path = _write(tmp_path, "c.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    assert muckrock_json.sniff(path, _head(path))
    assert [m.role_hint for m in _read(muckrock_json, path)] == ["requester", "agency"]


def test_muckrock_json_invalid_json_is_unreadable(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.json", '{"communications": [ {"from_user": 1,')
    with pytest.raises(UnreadableInputError):
        _read(muckrock_json, path)


# --- the shared data: every export parses --------------------------------------------


def _shared_exports(shared: Path) -> list[Path]:
    files = sorted(p for p in (shared / "real").rglob("*") if p.is_file() and p.suffix != ".md")
    return files + sorted((shared / "dev" / "threads").glob("*"))


def test_every_shared_export_parses(shared: Path) -> None:
    files = _shared_exports(shared)
    assert files
    for path in files:
        messages = list(sources.read(path))
        assert messages, path.name
        errors = [p for m in messages for p in m.problems if p.severity == "error"]
        assert not errors, (path.name, errors[:3])
        # A GovQA history announces its count: "Message History (N)".
        assert not any(p.code == "count-mismatch" for m in messages for p in m.problems), path.name
        assert [m.position for m in messages] == list(range(len(messages))), path.name


def test_labelled_exports_split_into_the_labelled_number_of_messages(shared: Path) -> None:
    for gold_file in sorted((shared / "eval" / "gold" / "exports").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        messages = list(sources.read(shared / gold["thread"]))
        assert len(messages) == len(gold["messages"]), gold_file.name
        dated = [(m.sent_at, g["date"]) for m, g in zip(messages, gold["messages"], strict=True)
                 if g.get("date")]
        assert all(str(got)[:10] == want for got, want in dated), gold_file.name


def test_thread_export_without_a_filed_line_gives_no_side_to_unknown_senders(tmp_path: Path) -> None:
    body = "From: Lee Park\n\nPlease send the permits.\n\nFrom: Dana Wells\n\nHere they are.\n"
    with_header = "Permits\n\nLee Park filed this request with the Elm Ridge Clerk of Elm Ridge, KS.\n\n"
    bare = _read(thread_export, _write(tmp_path, "a.txt", body))
    titled = _read(thread_export, _write(tmp_path, "b.txt", with_header + body))
    assert [m.role_hint for m in bare] == [None, None]
    assert [m.role_hint for m in titled] == ["requester", "agency"]


def test_a_govqa_header_quoted_inside_a_thread_export_does_not_make_it_govqa(tmp_path: Path) -> None:
    text = (
        "Permits (Elm Ridge)\n\nLee Park filed this request with the Elm Ridge Clerk of Elm Ridge, KS.\n\n"
        "From: Lee Park\n\nAs the portal said:\nOn 3/1/2026 9:00:00 AM, Elm Ridge Records Center wrote:\n"
        "Your request is closed.\n\nFrom: Elm Ridge Clerk\n\nIt is.\n"
    )
    path = _write(tmp_path, "t.txt", text)
    reader = sources.detect(path, _head(path))
    assert reader is not None and reader.name == "thread_export"


def test_html_is_left_to_the_html_reader(tmp_path: Path) -> None:
    text = (
        "<html><body><p>MuckRock request #12 · Elm Ridge Clerk</p>\n"
        "On 3/1/2026 9:00:00 AM, Elm Ridge Records Center wrote:\n<p>From: Lee Park</p></body></html>\n"
    )
    path = _write(tmp_path, "page.html", text)
    for module in MODULES.values():
        assert not module.sniff(path, _head(path)), module.__name__


@pytest.mark.parametrize("name", ["thread_export", "govqa", "muckrock_page"])
@pytest.mark.parametrize("content", [b"", b"just some notes\nwith no messages\n", b"\xff\xfe\x00garbage\x00"])
def test_a_forced_text_reader_on_a_file_without_messages_says_so(
    name: str, content: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    assert not MODULES[name].sniff(path, content)
    with pytest.raises(UnreadableInputError):
        _read(MODULES[name], path)


def test_a_forced_json_reader_on_empty_json_yields_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.json", '{"id": 1, "user": 1, "communications": []}')
    assert _read(muckrock_json, path) == []


@pytest.mark.parametrize(
    "text",
    ['{"id": 1, "title": "no communications here"}', '[{"a": 1}, {"b": 2}]', '"a string"', '{"a": 1}\n{"b": 2}\n'],
    ids=["request-without-communications", "list-of-other-things", "scalar", "jsonl-of-other-things"],
)
def test_json_that_is_not_muckrock_is_unreadable(text: str, tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError):
        _read(muckrock_json, _write(tmp_path, "other.json", text))


def test_json_lines_of_whole_requests_are_read(tmp_path: Path) -> None:
    rows = [{"id": 1, "user": 1, "communications": [_comm()]}, {"id": 2, "user": 3, "communications": [_comm(from_user=3)]}]
    path = _write(tmp_path, "r.jsonl", "\n".join(json.dumps(r) for r in rows))
    assert [m.role_hint for m in _read(muckrock_json, path)] == ["requester", "requester"]


def test_browser_print_footer_is_removed_but_a_repeated_signature_is_not() -> None:
    pages = [
        f"--- page {n} ---\nbody line {n}\n650-555-0100\nhttps://example.org/foi/permits-12/ {n}/4\n"
        for n in range(1, 5)
    ]
    out = strip_page_artefacts("\n".join(pages))
    assert "example.org" not in out
    assert out.count("650-555-0100") == 4


def test_a_letter_that_opens_with_a_to_line_is_still_a_message(tmp_path: Path) -> None:
    text = (
        "From: Lee Park\n\nTo: Custodian of Records\nPlease send the permits.\n\n"
        "From: Elm Ridge Clerk\n\nHere they are.\n\n"
        "From: Lee Park\n\nSent: Wednesday, March 4, 2026\n\nTo: Elm Ridge Clerk\n\nquoted\n"
    )
    messages = _read(thread_export, _write(tmp_path, "t.txt", text))
    assert [m.sender for m in messages] == ["Lee Park", "Elm Ridge Clerk"]
    assert messages[0].body.startswith("To: Custodian of Records")


def test_govqa_without_seconds_is_read_when_no_header_has_them(tmp_path: Path) -> None:
    text = (
        "Message History (2)\n"
        "On 2/3/2026 4:05 PM, Elm Ridge Records Center wrote:\nYour records are ready.\n"
        "On 2/1/2026 9:30 AM, Lee Park wrote:\nRequest Created on Public Portal\n"
    )
    path = _write(tmp_path, "g.txt", text)
    assert govqa.sniff(path, _head(path))
    messages = _read(govqa, path)
    assert [m.sent_at for m in messages] == [dt.datetime(2026, 2, 1, 9, 30), dt.datetime(2026, 2, 3, 16, 5)]
    assert [m.sender for m in messages] == ["Lee Park", "Elm Ridge Records Center"]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_windows_line_ends_and_a_byte_order_mark_change_nothing(name: str, tmp_path: Path) -> None:
    data = SAMPLES[name].read_bytes()
    windows = tmp_path / "windows.dat"
    windows.write_bytes(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"))
    reader = sources.detect(windows, _head(windows))
    assert reader is not None and reader.name == name
    plain = [(m.sender, m.sent_at, m.body) for m in MODULES[name].read(SAMPLES[name])]
    assert [(m.sender, m.sent_at, m.body) for m in MODULES[name].read(windows)] == plain


def test_govqa_title_stands_in_for_a_missing_subject(tmp_path):
    from correspondence.sources import govqa

    path = tmp_path / "history.txt"
    path.write_text(
        "--- page 1 ---\nR000777-010126 - Public Records Request\nMessage History (1)\n"
        "On 1/2/2026 9:00:00 AM, Lakeside Public Records Center wrote:\n"
        "Request was created by staff\nPage 1\n",
        encoding="utf-8",
    )
    (message,) = list(govqa.read(path))
    assert message.subject == "R000777-010126 - Public Records Request"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_single_thread_formats_state_their_thread(name: str) -> None:
    # The linker takes a stated thread as one request; mailboxes state none.
    messages = _read(MODULES[name], SAMPLES[name])
    assert messages
    assert {m.thread_hint for m in messages} == {
        m.thread_hint for m in messages[:1]
    } and messages[0].thread_hint is not None
    assert messages[0].thread_hint.startswith(str(SAMPLES[name]))


def test_muckrock_json_gives_each_request_its_own_thread(tmp_path: Path) -> None:
    one = {"id": 1, "user": 1, "communications": [_comm()]}
    two = {"id": 2, "user": 3, "communications": [_comm(from_user=3), _comm(from_user=4, to_user=3)]}
    no_id = {"user": 5, "communications": [_comm(from_user=5)]}
    path = _write(tmp_path, "l.json", json.dumps([one, two, no_id]))
    hints = [m.thread_hint for m in _read(muckrock_json, path)]
    assert hints == [f"{path}#1", f"{path}#2", f"{path}#2", f"{path}#request-2"]
