"""mbox, maildir, .eml folders and HTML pages: message counts, order, streaming, dates."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from correspondence import sources
from correspondence.sources import eml, html, mbox
from correspondence.sources.maildir import read_maildir

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def one(i: int, body: str = "") -> str:
    return (f"From sender{i}@example.org Mon Mar  2 19:0{i % 10}:11 2026\n"
            f"From: Sender {i} <sender{i}@example.org>\nSubject: message {i}\n"
            f"Date: Mon, 02 Mar 2026 14:0{i % 10}:11 -0500\n\n{body or f'Body of message {i}.'}\n\n")


def test_mbox_split_is_the_same_whatever_the_block_size(tmp_path):
    path = tmp_path / "box.mbox"
    path.write_text("".join(one(i, f"Line one of {i}.\nFrom the desk of nobody\n>From quoted\n") for i in range(40)))
    big = list(mbox.iter_raw(path))
    for block in (7, 64, 333):
        assert list(mbox.iter_raw(path, block=block)) == big
    assert len(big) == 40


def test_mbox_body_lines_starting_with_from_do_not_split(tmp_path):
    path = tmp_path / "box.mbox"
    path.write_text(one(0, "Hello.\nFrom what I hear the file is ready.\n>From the archive: two boxes.") + one(1))
    messages = list(mbox.read(path))
    assert [m.subject for m in messages] == ["message 0", "message 1"]
    assert "From what I hear the file is ready." in messages[0].body
    assert "\nFrom the archive: two boxes." in messages[0].body  # mboxrd escape undone
    assert [m.position for m in messages] == [0, 1]


def test_mbox_with_crlf_line_ends_and_leading_blank_lines(tmp_path):
    path = tmp_path / "box.mbox"
    path.write_bytes(b"\r\n" + "".join(one(i) for i in range(3)).replace("\n", "\r\n").encode())
    messages = list(mbox.read(path))
    assert [m.subject for m in messages] == ["message 0", "message 1", "message 2"]
    assert messages[2].body.strip() == "Body of message 2."


def test_mbox_message_without_date_takes_the_separator_date(tmp_path):
    path = tmp_path / "box.mbox"
    path.write_text("From x@example.org Tue Apr  7 04:30:00 2026\nFrom: x@example.org\nSubject: s\n\nhi\n")
    (m,) = mbox.read(path)
    assert m.sent_at is not None and m.sent_at.isoformat() == "2026-04-07T04:30:00+00:00"
    assert any(p.code == "date-missing" for p in m.problems)


def test_sniffing_picks_the_right_reader(tmp_path):
    box = tmp_path / "mail"
    box.write_text(one(0))
    page = tmp_path / "page"
    page.write_text("<!DOCTYPE html><html><body><b>From:</b> A<br><b>Subject:</b> B<br>"
                    "<b>Date:</b> C<br><b>To:</b> D</body></html>")
    raw = tmp_path / "message"
    raw.write_text("Received: by x\nFrom: a@example.org\nSubject: s\nDate: Mon, 2 Mar 2026 10:00 -0500\n\nhi\n")
    assert sources.detect(box, box.read_bytes()).name == "mbox"
    assert sources.detect(page, page.read_bytes()).name == "html"
    assert sources.detect(raw, raw.read_bytes()).name == "eml"
    assert not eml.sniff(page, page.read_bytes())
    assert html.sniff(page, page.read_bytes())


def test_folder_of_eml_files_is_read_recursively(tmp_path):
    for i, sub in enumerate(("", "2026/03", "2026/04")):
        folder = tmp_path / sub
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"m{i}.eml").write_text(one(i).split("\n", 1)[1])
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # other files are skipped
    found = sorted((m.subject, Path(m.source).name) for m in sources.read(tmp_path))
    assert found == [("message 0", "m0.eml"), ("message 1", "m1.eml"), ("message 2", "m2.eml")]


def test_maildir_in_delivery_order_with_subfolders(tmp_path):
    root = tmp_path / "Mail"
    for folder, name, i in (("new", "1700000300.M3P1.h", 2), ("cur", "1700000100.M1P1.h:2,S", 0),
                            (".Sent/cur", "1700000200.M2P1.h:2,S", 1)):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / name).write_text(one(i).split("\n", 1)[1])
    (root / "new" / ".hidden").write_text("not mail")
    (root / "tmp").mkdir()
    (root / ".Sent" / "new").mkdir()
    messages = list(read_maildir(root))
    assert [m.subject for m in messages] == ["message 0", "message 1", "message 2"]
    assert [m.position for m in messages] == [0, 1, 2]
    assert [s[1] for s in sources.read_sources(root)] == ["maildir"]


def test_saved_html_email_gives_sender_date_and_subject(tmp_path):
    page = tmp_path / "saved.htm"
    page.write_bytes(
        b'<html><head><meta charset="windows-1252"><title>t</title></head><body>'
        b"<p>From: Records Desk &lt;desk@agency.example.gov&gt;<br>Sent: Monday, March 2, 2026 9:05 AM<br>"
        b"To: Pat<br>Subject: Request 12 closed</p><p>We closed request 12 \x96 no records.</p></body></html>"
    )
    (m,) = html.read(page)
    assert (m.sender, m.sender_address, m.subject) == ("Records Desk", "desk@agency.example.gov", "Request 12 closed")
    assert m.sent_at.isoformat() == "2026-03-02T09:05:00"
    assert m.body.strip() == "We closed request 12 – no records."


# --- the shared development mailboxes ---------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def test_dev_mailboxes_message_counts_and_dates(shared):
    mailboxes = sorted((shared / "dev" / "mailboxes").glob("*.mbox"))
    assert mailboxes
    for path in mailboxes:
        want = len(re.findall(rb"^From ", path.read_bytes(), re.MULTILINE))
        messages = list(mbox.read(path))
        assert len(messages) == want, path.name
        assert all(m.sent_at is not None and m.sent_at.tzinfo is not None for m in messages)
        gold = shared / "eval" / "gold" / "mailboxes" / f"{path.stem}.json"
        if not gold.exists():
            continue
        for g in json.loads(gold.read_text())["messages"]:
            key = _squash(g["starts"])
            # The earliest message holding the text is the one that wrote it (later ones quote it).
            holders = [m for m in messages if key in _squash(m.body)]
            assert holders, (path.name, g["starts"])
            first = min(holders, key=lambda m: m.sent_at)
            assert first.sent_at.date().isoformat() == g["date"], (path.name, g["starts"][:40])


def test_cli_reads_an_mbox_end_to_end(tmp_path):
    path = tmp_path / "box.mbox"
    path.write_text(one(0) + one(1))
    out = subprocess.run([sys.executable, "-m", "correspondence", "parse", str(path), "--format", "jsonl", "-q"],
                         capture_output=True, text=True, check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["sent_at"][:10] for r in records if r["kind"] == "message"] == ["2026-03-02", "2026-03-02"]


@pytest.mark.parametrize("name", ["two-messages.mbox"])
def test_fixture_mbox_positions(name):
    path = Path(__file__).resolve().parent.parent / "fixtures" / "mailbox" / name
    assert [m.position for m in mbox.read(path)] == [0, 1]


# --- Outlook .msg (optional extra) ------------------------------------------------------


def _outlook(**kw):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures" / "email"))
    from make_fixtures import outlook_msg

    base = {"headers": None, "subject": "Request 7 decision", "sender": "Records Desk",
            "smtp": "desk@agency.example.gov", "body": "Your request 7 is granted in part.\r\n", "attachments": []}
    return outlook_msg(**{**base, **kw})


def test_outlook_msg_with_internet_headers_keeps_the_offset(tmp_path):
    pytest.importorskip("olefile")
    path = tmp_path / "decision.msg"
    path.write_bytes(_outlook(
        headers="From: Records Desk <desk@agency.example.gov>\r\nDate: Mon, 06 Apr 2026 23:30:00 -0500\r\n"
                "Message-ID: <m1@agency.example.gov>\r\nIn-Reply-To: <r0@example.org>\r\n",
        attachments=[("letter.txt", "text/plain", b"Decision letter"), ("scan.bin", "application/octet-stream", bytes(5000))],
    ))
    assert sources.detect(path, path.read_bytes()[:65536]).name == "msg"
    (m,) = sources.read(path)
    assert m.sent_at.isoformat() == "2026-04-06T23:30:00-05:00"
    assert (m.sender, m.sender_address, m.subject) == ("Records Desk", "desk@agency.example.gov", "Request 7 decision")
    assert (m.message_id, m.in_reply_to) == ("<m1@agency.example.gov>", "<r0@example.org>")
    assert m.body.strip() == "Your request 7 is granted in part."
    assert [(a.name, a.size, a.text) for a in m.attachments] == [
        ("letter.txt", 15, "Decision letter"), ("scan.bin", 5000, None)]


def test_outlook_msg_without_headers_uses_the_utc_submit_time(tmp_path):
    pytest.importorskip("olefile")
    path = tmp_path / "plain.msg"
    # 2026-04-07 04:30:00 UTC as a FILETIME (100 ns since 1601)
    filetime = (int(dt.datetime(2026, 4, 7, 4, 30, tzinfo=dt.UTC).timestamp()) + 11644473600) * 10**7
    path.write_bytes(_outlook(submit_time=filetime))
    (m,) = sources.read(path)
    assert m.sent_at == dt.datetime(2026, 4, 7, 4, 30, tzinfo=dt.UTC)
    assert [p.code for p in m.problems] == ["date-utc-only"]


def test_broken_msg_is_a_problem_not_a_crash(tmp_path):
    pytest.importorskip("olefile")
    from correspondence.sources import msg

    path = tmp_path / "broken.msg"
    path.write_bytes(msg.OLE_MAGIC + b"\x00" * 100)
    (m,) = msg.read(path)
    assert m.problems[0].code == "msg-unreadable"
