"""MuckRock request pages captured as text.

Recognised by content: a ``MuckRock request #N`` line in the header, or message headers
of the form ``From: NAME — 2026-09-25T23:12:18.664285-04:00 (Portal)``. Each message
starts at such a header (the page prints them without a blank line before); a
``Subject:`` line follows, wrapped over more lines when long; an ``Attachments:`` line
closes messages that carried files. The header names the agency (``MuckRock request
#222054 · San Jose Police Department · Agency tracking # P010012-092726``); the filer
is the sender of the first message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnreadableInputError
from ..models import Attachment, Message
from . import Reader, register
from ._exports import (
    MUCKROCK_NAME,
    head_text,
    page_side,
    read_text,
    same_name,
    squash,
    starts_like_email,
    strip_page_artefacts,
    trim_blank_edges,
)

STAGE = "read"

# The dash is an em dash on the page; an en dash or a hyphen pair is accepted too.
HEADER = re.compile(
    r"^From:\s*(?P<name>.+?)\s+(?:—|–|--)\s+(?P<when>\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)\s*(?:\((?P<via>[^)]*)\))?\s*$"
)
_TITLE_LINE = re.compile(r"^\s*MuckRock request\s*#\s*(\d+)\b(.*)$", re.IGNORECASE)
_SUBJECT = re.compile(r"^Subject:\s?(.*)$")
_ATTACHMENTS = re.compile(r"^Attachments?:\s*(.*)$")


@dataclass
class _Block:
    sender: str
    raw_when: str
    via: str | None
    lines: list[str] = field(default_factory=list)


@dataclass
class _Header:
    title: str = ""
    agency: str | None = None
    tracking: str | None = None


def sniff(path: Path, head: bytes) -> bool:
    if starts_like_email(head) or head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"<", b"{", b"["):
        return False
    lines = head_text(head).split("\n")
    if any(_TITLE_LINE.match(line) for line in lines[:25]):
        return True
    return sum(1 for line in lines if HEADER.match(line)) >= 1


def parse_when(raw: str) -> dt.datetime | dt.date | None:
    """An ISO date-time as printed; its offset is kept, nothing is converted."""
    try:
        return dt.datetime.fromisoformat(raw.replace(" ", "T", 1))
    except ValueError:
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            return None


def _header(preamble: list[str]) -> _Header:
    info = _Header()
    title: list[str] = []
    for line in preamble:
        m = _TITLE_LINE.match(line)
        if m:
            # `MuckRock request #N · Agency · Agency tracking # X`
            parts = [p.strip() for p in re.split(r"\s[·•|]\s", m.group(2)) if p.strip()]
            for part in parts:
                t = re.match(r"(?i)agency tracking\s*#?\s*(.+)", part)
                if t:
                    info.tracking = t.group(1).strip() or None
                elif info.agency is None:
                    info.agency = part
            break
        if line.strip():
            title.append(line.strip())
    info.title = " ".join(title)
    return info


def _subject(lines: list[str], title: str) -> tuple[str | None, list[str]]:
    if not lines or not (m := _SUBJECT.match(lines[0])):
        return None, lines
    subject = m.group(1).strip()
    i = 1
    wanted = squash(title)
    # A long subject wraps; its continuation is more of the request's title, or at least
    # starts in lower case (a new paragraph of the body would not).
    while i < len(lines) and i <= 3 and lines[i].strip():
        nxt = lines[i].strip()
        if (wanted and squash(nxt) and squash(nxt) in wanted) or (
            nxt[0].islower() and len(lines[i - 1]) >= 60
        ):
            subject = f"{subject} {nxt}"
            i += 1
        else:
            break
    return subject or None, lines[i:]


def _attachments(lines: list[str]) -> tuple[tuple[Attachment, ...], list[str]]:
    lines = trim_blank_edges(lines)
    for k in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        m = _ATTACHMENTS.match(lines[k])
        if m:
            listing = " ".join([m.group(1), *(x.strip() for x in lines[k + 1 :])])
            names = [n.strip() for n in listing.split(", ") if n.strip()]
            return tuple(Attachment(name=n) for n in names), trim_blank_edges(lines[:k])
    return (), lines


def read(path: Path) -> Iterator[Message]:
    text, guessed = read_text(path)
    preamble: list[str] = []
    blocks: list[_Block] = []
    for line in strip_page_artefacts(text).split("\n"):
        m = HEADER.match(line)
        if m:
            blocks.append(_Block(m.group("name").strip(), m.group("when"), m.group("via")))
        elif blocks:
            blocks[-1].lines.append(line)
        else:
            preamble.append(line)
    if not blocks:
        raise UnreadableInputError(
            str(path), "no MuckRock message header ('From: NAME — 2026-09-25T23:12:18-04:00') found"
        )
    info = _header(preamble)
    dates = [parse_when(b.raw_when) for b in blocks]
    comparable = [d for d in dates if isinstance(d, dt.datetime)]
    if len(comparable) >= 2 and _later(comparable[0], comparable[-1]):
        blocks.reverse()
        dates.reverse()
    filer = next((b.sender for b in blocks if not MUCKROCK_NAME.match(b.sender)), None)
    if filer and same_name(filer, info.agency):
        filer = None
    for position, (block, when) in enumerate(zip(blocks, dates, strict=True)):
        subject, body = _subject(trim_blank_edges(block.lines), info.title)
        attachments, body = _attachments(body)
        role = page_side(
            block.sender, filer, is_agency=same_name(block.sender, info.agency), two_sided=filer is not None
        )
        message = Message(
            source=str(path),
            position=position,
            sender=block.sender,
            sent_at=when,
            subject=subject,
            body="\n".join(body),
            attachments=attachments,
            role_hint=role,
            thread_hint=str(path),  # a MuckRock page is one request's
        )
        if when is None:
            message = message.with_problem(
                "date-unreadable", f"cannot read the date {block.raw_when!r}", STAGE
            )
        if position == 0 and guessed:
            message = message.with_problem("charset-guessed", "file is not UTF-8; read as cp1252", STAGE)
        yield message


def _later(a: dt.datetime, b: dt.datetime) -> bool:
    try:
        return a > b
    except TypeError:  # one aware, one naive: compare the clock as printed
        return a.replace(tzinfo=None) > b.replace(tzinfo=None)


register(
    Reader(
        "muckrock_page",
        "MuckRock request page captured as text (From: NAME — ISO date (Portal))",
        sniff,
        read,
    )
)
