"""Outlook .msg files (optional extra ``msg``: ``pip install correspondence[msg]``).

A .msg is an OLE compound file holding MAPI properties as streams. We read it with
``olefile`` (BSD licence), not ``extract-msg``: extract-msg is GPL-3.0, and linking it
would oblige every user of this MIT library to ship under the GPL. The properties we
need are few and their stream names are fixed by [MS-OXMSG], so reading them directly
is short.

What is read: the transport headers Outlook keeps (they carry the real ``Date`` with the
sender's UTC offset, and the Message-ID chain); else subject, sender and the submit time
(UTC) from the properties; the plain body, else the HTML body; attachments, and attached
Outlook items as quoted messages. RTF-only bodies (compressed RTF) are not decoded: the
message keeps an empty body and a ``msg-rtf-only`` problem.

The reader registers itself only when ``olefile`` is importable.
"""

from __future__ import annotations

import datetime as dt
import email
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import Message, Problem, QuotedMessage
from . import Reader, register
from .mime import (
    Parts,
    build_attachment,
    choose_body,
    decode_bytes,
    decode_header_text,
    from_email,
    parse_address,
)

try:
    import olefile
except ImportError:  # the optional extra is not installed: no .msg reader
    olefile = None

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SUBSTG = "__substg1.0_"
_PROPS = "__properties_version1.0"
_PR_SUBJECT = "0037"
_PR_SENDER_NAME = "0C1A"
_PR_SENDER_EMAIL = "0C1F"
_PR_SENDER_SMTP = "5D01"
_PR_DISPLAY_TO = "0E04"
_PR_HEADERS = "007D"
_PR_BODY = "1000"
_PR_HTML = "1013"
_PR_RTF = "1009"
_PR_ATTACH_DATA = "3701"
_PR_ATTACH_FILENAME = "3704"
_PR_ATTACH_LONG_FILENAME = "3707"
_PR_ATTACH_MIME = "370E"
_PR_CLIENT_SUBMIT_TIME = 0x0039
_PR_DELIVERY_TIME = 0x0E06
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def sniff(path: Path, head: bytes) -> bool:
    if not head.startswith(OLE_MAGIC):
        return False
    return path.suffix.lower() == ".msg" or _SUBSTG.encode("utf-16-le") in head


class _Item:
    """One message storage of a .msg (the file's root, or an attached item)."""

    def __init__(self, ole: Any, prefix: list[str]) -> None:
        self.ole = ole
        self.prefix = prefix

    def raw(self, prop: str, kind: str) -> bytes | None:
        path = [*self.prefix, f"{_SUBSTG}{prop}{kind}"]
        if not self.ole.exists(path) or self.ole.get_type(path) != olefile.STGTY_STREAM:
            return None
        data: bytes = self.ole.openstream(path).read()
        return data

    def text(self, prop: str) -> str | None:
        data = self.raw(prop, "001F")  # PT_UNICODE
        if data is not None:
            return data.decode("utf-16-le", "replace").rstrip("\x00") or None
        data = self.raw(prop, "001E")  # PT_STRING8, in the item's code page
        if data is not None:
            return decode_bytes(data.rstrip(b"\x00"), None)[0] or None
        return None

    def time(self, tag_id: int) -> dt.datetime | None:
        """A PT_SYSTIME property from the fixed-size property stream (UTC)."""
        path = [*self.prefix, _PROPS]
        if not self.ole.exists(path):
            return None
        data = self.ole.openstream(path).read()
        # Header: 32 bytes for the top-level message, 24 for embedded items and 8 for attachments.
        start = 32 if not self.prefix else 24
        for off in range(start, len(data) - 15, 16):
            tag, _flags, value = struct.unpack_from("<IIQ", data, off)
            if tag == (tag_id << 16 | 0x0040) and value:
                return _FILETIME_EPOCH + dt.timedelta(microseconds=value // 10)
        return None

    def children(self, marker: str) -> list[list[str]]:
        depth = len(self.prefix)
        seen = []
        for entry in self.ole.listdir(streams=False, storages=True):
            if len(entry) == depth + 1 and entry[:depth] == self.prefix and entry[depth].startswith(marker):
                seen.append(entry)
        return sorted(seen)


def _read_item(item: _Item, source: str, position: int, depth: int = 0) -> Message:
    parts = Parts()
    problems: list[Problem] = []
    headers = item.text(_PR_HEADERS)
    if headers:
        # Outlook keeps the message's internet headers: use them for everything they say.
        head = from_email(email.message_from_string(headers.strip() + "\n\n"), source, position)
    else:
        head = Message(source=source, position=position)
    sender = head.sender
    address = head.sender_address
    if not sender and not address:
        name = item.text(_PR_SENDER_NAME)
        smtp = item.text(_PR_SENDER_SMTP) or item.text(_PR_SENDER_EMAIL)
        if smtp and "@" not in smtp:
            smtp = None  # an Exchange DN ("/O=ORG/OU=..."), not an address
        sender, address = parse_address(f"{name or ''} <{smtp}>" if smtp else name)
    sent: dt.datetime | dt.date | None = head.sent_at
    if sent is None:
        sent = item.time(_PR_CLIENT_SUBMIT_TIME) or item.time(_PR_DELIVERY_TIME)
        if sent is not None:
            problems.append(Problem(code="date-utc-only", stage="read", severity="info",
                                    message="no internet headers in the .msg; the date is the UTC submit time"))
        else:
            problems.append(Problem(code="date-missing", message="no date in the .msg", stage="read"))
    subject = item.text(_PR_SUBJECT) or head.subject
    body = item.text(_PR_BODY)
    if body:
        parts.plain.append(body.replace("\r\n", "\n"))
    html = item.raw(_PR_HTML, "0102") or item.raw(_PR_HTML, "001E")
    if html:
        text, note = decode_bytes(html, None)
        parts.html.append(text)
        if note:
            parts.notes.append(f"HTML body: {note}")
    if not body and not html and item.raw(_PR_RTF, "0102") is not None:
        problems.append(Problem(code="msg-rtf-only", stage="read",
                                message="the body is only in compressed RTF, which is not decoded"))
    for index, storage in enumerate(item.children("__attach_version1.0_#"), 1):
        att = _Item(item.ole, storage)
        name = (att.text(_PR_ATTACH_LONG_FILENAME) or att.text(_PR_ATTACH_FILENAME)
                or f"attachment-{index}")
        embedded = [*storage, f"{_SUBSTG}{_PR_ATTACH_DATA}000D"]
        if item.ole.exists(embedded) and depth < 5:
            inner = _read_item(_Item(item.ole, embedded), source, 0, depth + 1)
            parts.quoted.append(QuotedMessage(sender=inner.sender, sender_address=inner.sender_address,
                                              sent_at=inner.sent_at, subject=inner.subject, body=inner.body))
            data = inner.body.encode("utf-8")
            parts.attachments.append(build_attachment(f"{inner.subject or name}.msg", "application/vnd.ms-outlook",
                                                      data, None, parts))
            continue
        data = att.raw(_PR_ATTACH_DATA, "0102") or b""
        ctype = (att.text(_PR_ATTACH_MIME) or "application/octet-stream").lower()
        parts.attachments.append(build_attachment(decode_header_text(name), ctype, data, None, parts))
    text = choose_body(parts, parts.notes)
    problems.extend(parts.problems)
    if parts.notes:
        problems.append(Problem(code="charset-guessed", message="; ".join(dict.fromkeys(parts.notes))[:500],
                                stage="read"))
    return head.model_copy(update={
        "sender": sender or address,
        "sender_address": address.lower() if address else None,
        "recipients": head.recipients or tuple(
            r.strip() for r in (item.text(_PR_DISPLAY_TO) or "").split(";") if r.strip()),
        "sent_at": sent,
        "subject": subject,
        "body": text,
        "attachments": tuple(parts.attachments),
        "quoted_messages": tuple(parts.quoted),
        "problems": (*(p for p in head.problems if p.code != "date-missing"), *problems),
    })


def read(path: Path) -> Iterator[Message]:
    try:
        ole = olefile.OleFileIO(str(path))
    except Exception as exc:  # not a compound file after all, or truncated
        yield Message(source=str(path), position=0).with_problem(
            "msg-unreadable", f"{type(exc).__name__}: {exc}"[:300], "read", "error")
        return
    try:
        yield _read_item(_Item(ole, []), str(path), 0)
    finally:
        ole.close()


if olefile is not None:
    register(Reader("msg", "an Outlook .msg file (optional extra 'msg')", sniff, read))
