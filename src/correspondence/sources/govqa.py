"""GovQA "Message History" exports (the text of the PDF a GovQA request page exports).

Recognised by content: a line ``On 4/22/2026 12:21:02 PM, NAME wrote:`` near the top of
a file that does not open with mail headers, or a ``Message History (N)`` line. GovQA
lists the newest message first; we give them oldest first. Each message is headed by
that ``On ... wrote:`` line, with the exact seconds and AM/PM GovQA always prints: the
looser forms mail programs write when quoting (``On Thursday, Mar 26, 2026 at 5:17 PM``,
``On 2026-03-17 13:59``) stay inside the body they quote in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnreadableInputError
from ..models import Message
from . import Reader, register
from ._exports import (
    PAGE_MARKER,
    head_text,
    read_text,
    starts_like_email,
    strip_page_artefacts,
    trim_blank_edges,
)

STAGE = "read"

HEADER = re.compile(
    r"^On (\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M), (.+?) wrote:\s*$",
    re.IGNORECASE,
)
# The same without seconds: used only in a file where no header has them, because mail
# programs quoting a reply write this shorter form.
HEADER_NO_SECONDS = re.compile(
    r"^On (\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})() ?([AP]M), (.+?) wrote:\s*$",
    re.IGNORECASE,
)
_HISTORY = re.compile(r"^\s*Message History \((\d+)\)\s*$", re.MULTILINE)
_TO = re.compile(r"^\s*TO:\s*(.+?)\s*$", re.IGNORECASE)
_SUBJECT = re.compile(r"^\s*Subject:\s?(.*?)\s*$", re.IGNORECASE)
_BODY = re.compile(r"^\s*Body:\s?(.*)$", re.IGNORECASE)
# The portal writes these lines itself when a request is opened.
_CREATED_BY_REQUESTER = re.compile(r"^\s*Request Created on (?:the )?Public Portal\b", re.IGNORECASE)
_CREATED_BY_STAFF = re.compile(r"^\s*Request was created by staff\b", re.IGNORECASE)
# How GovQA installations name the account that sends staff messages.
_CENTER = re.compile(
    r"\b(?:records?|request|foia|ipra|information|open records|pia|opra)\s+"
    r"(?:center|portal|centre)\b",
    re.IGNORECASE,
)
_QUOTED_ADDRESS = re.compile(r'"?([^"\[<]+?)"?\s*[\[<]([^\]>]+)[\]>]')


@dataclass
class _Block:
    sender: str
    sent_at: dt.datetime | None
    lines: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def sniff(path: Path, head: bytes) -> bool:
    if starts_like_email(head) or head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"<", b"{", b"["):
        return False
    text = head_text(head)
    lines = text.split("\n")
    if _HISTORY.search(text):
        return any(HEADER.match(line) or HEADER_NO_SECONDS.match(line) for line in lines)
    # Without the title block, a message header must open the file (after a title line
    # or a page marker); deeper down it may be a reply quoted in some other export.
    opening = [line for line in lines[:20] if line.strip() and not PAGE_MARKER.match(line)][:3]
    return any(HEADER.match(line) or HEADER_NO_SECONDS.match(line) for line in opening)


def _datetime(m: re.Match[str]) -> dt.datetime | None:
    month, day, year, hour, minute, second = (int(m.group(i) or 0) for i in range(1, 7))
    hour = hour % 12 + (12 if m.group(7).upper() == "PM" else 0)
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _blocks(text: str) -> tuple[list[str], list[_Block]]:
    preamble: list[str] = []
    blocks: list[_Block] = []
    lines = text.split("\n")
    header = HEADER if any(HEADER.match(line) for line in lines) else HEADER_NO_SECONDS
    for line in lines:
        m = header.match(line)
        if m:
            block = _Block(sender=m.group(8).strip(), sent_at=_datetime(m))
            if block.sent_at is None:
                block.problems.append(("date-invalid", f"impossible date in {line.strip()!r}"))
            blocks.append(block)
        elif blocks:
            blocks[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, blocks


def _fields(lines: list[str]) -> tuple[list[str], str | None, tuple[str, ...], str | None]:
    """Split GovQA's own `TO:` / `Subject:` / `Body:` lines off the text they introduce."""
    lines = trim_blank_edges(lines)
    recipients: tuple[str, ...] = ()
    address: str | None = None
    subject: str | None = None
    i = 0
    if i < len(lines) and (m := _TO.match(lines[i])):
        value = m.group(1)
        q = _QUOTED_ADDRESS.search(value)
        recipients = (q.group(2).strip(),) if q else (value,)
        address = q.group(1).strip() if q else value
        i += 1
    if i < len(lines) and (m := _SUBJECT.match(lines[i])):
        subject = m.group(1) or None
        i += 1
        if i < len(lines) and (b := _BODY.match(lines[i])):
            rest = b.group(1)
            lines = [rest, *lines[i + 1 :]] if rest.strip() else lines[i + 1 :]
            i = 0
    return trim_blank_edges(lines[i:]), subject, recipients, address


def read(path: Path) -> Iterator[Message]:
    text, guessed = read_text(path)
    preamble, blocks = _blocks(strip_page_artefacts(text))
    if not blocks:
        raise UnreadableInputError(
            str(path), "no GovQA message header ('On 4/22/2026 12:21:02 PM, NAME wrote:') found"
        )
    dated = [b.sent_at for b in blocks if b.sent_at is not None]
    # GovQA lists the newest first; an export that is already oldest first stays as it is.
    if len(dated) >= 2 and dated[0] > dated[-1]:
        blocks.reverse()
    parsed = [(b, *_fields(b.lines)) for b in blocks]

    requester_names = {
        b.sender for b, lines, *_ in parsed if lines and _CREATED_BY_REQUESTER.match(lines[0])
    }
    staff_names = {b.sender for b, lines, *_ in parsed if lines and _CREATED_BY_STAFF.match(lines[0])}
    center_names = {to for *_, to in parsed if to} | staff_names

    count = _HISTORY.search("\n".join(preamble))
    # The export's title ("W012129-020926 - California Public Records Request") names the
    # request every message belongs to; it stands in for a subject the message lacks.
    title = next((ln.strip() for ln in preamble if ln.strip() and not _HISTORY.search(ln)), None)
    for position, (block, lines, subject, recipients, addressed_to) in enumerate(parsed):
        sender = block.sender
        if sender in requester_names:
            role = "requester"
        elif sender in center_names or _CENTER.search(sender):
            role = "agency"
        elif addressed_to or recipients:
            role = "requester"  # a reply the requester e-mailed to the records center
        elif subject is not None:
            role = "agency"  # the portal frames staff messages with Subject:/Body:
        elif requester_names:
            role = "agency"
        else:
            role = None
        by_portal = role == "agency" or bool(lines and _CREATED_BY_REQUESTER.match(lines[0]))
        message = Message(
            source=str(path),
            position=position,
            sender=sender,
            recipients=recipients,
            sent_at=block.sent_at,
            subject=subject if subject is not None else title,
            body="\n".join(lines),
            role_hint=role,
            portal_hint="govqa" if by_portal else None,
            thread_hint=str(path),  # a GovQA history is one request's
        )
        for code, why in block.problems:
            message = message.with_problem(code, why, STAGE)
        if position == 0:
            if guessed:
                message = message.with_problem(
                    "charset-guessed", "file is not UTF-8; read as cp1252", STAGE
                )
            if count and int(count.group(1)) != len(blocks):
                message = message.with_problem(
                    "count-mismatch",
                    f"the export announces {count.group(1)} messages, {len(blocks)} were found",
                    STAGE,
                )
        yield message


register(
    Reader(
        "govqa",
        "GovQA 'Message History' export (On M/D/YYYY h:mm:ss AM, NAME wrote:), newest first",
        sniff,
        read,
    )
)
