"""Flattened thread exports: a title block, then messages each headed ``From: NAME``.

Recognised by content: a ``NAME filed this request with AGENCY`` line in the title
block, or ``From: NAME`` lines standing alone between blank lines, in a file that does
not open with mail headers.

A new message starts only at a ``From: NAME`` line that follows a blank line (or the
title block) and is not part of a quoted header block: a ``From:`` followed by
``Sent:`` (Outlook), by the same ``To:``/``Date:`` lines when the export itself does not
use them, or preceded by an ``-----Original Message-----`` rule stays in the body it
quotes. MuckRock's list of a message's files (indented ``•`` lines closing the message)
becomes its attachments.
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
    DATED_SENDER,
    head_text,
    page_side,
    parse_printed_date,
    read_text,
    squash,
    starts_like_email,
    strip_page_artefacts,
    trim_blank_edges,
)

STAGE = "read"

FROM = re.compile(r"^From:[ \t\u00a0]*(\S.*?)\s*$")
_FILED = re.compile(
    r"^\s*(?P<filer>.+?)\s+filed this request with\s+(?:the\s+)?(?P<agency>.+?)\.?\s*$",
    re.IGNORECASE,
)
_QUOTE_HEADER = re.compile(r"^(?:Sent|To|Cc|Bcc|Date|Subject|Reply-To):", re.IGNORECASE)
_QUOTE_RULE = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|_{8,}\s*$|.*\bwrote:\s*$)",
    re.IGNORECASE,
)
_OWN_HEADER = re.compile(r"^(Date|To|Cc|Subject):[ \t]*(.*)$", re.IGNORECASE)
# MuckRock closes a message with the list of its files: indented bullets, one per line.
_FILE_BULLET = re.compile(r"^\s+[•·▪◦*]\s+(\S.*?)\s*$")


@dataclass
class _Block:
    sender: str
    lines: list[str] = field(default_factory=list)
    sent_at: dt.datetime | dt.date | None = None
    raw_date: str | None = None
    subject: str | None = None
    recipients: tuple[str, ...] = ()


@dataclass
class _Header:
    title: str | None = None
    filer: str | None = None
    agency: str | None = None


def sniff(path: Path, head: bytes) -> bool:
    if starts_like_email(head) or head.lstrip()[:1] in (b"<", b"{", b"["):
        return False
    lines = head_text(head).split("\n")
    if any(_FILED.match(line) for line in lines[:15]):
        return any(FROM.match(line) for line in lines)
    return len(_starts(lines)) >= 1 and any(FROM.match(line) for line in lines[:40])


def _next_nonblank(lines: list[str], i: int, step: int) -> tuple[int, str]:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return (j, lines[j]) if 0 <= j < len(lines) else (j, "")


def _starts(lines: list[str]) -> list[int]:
    """Indexes of the lines that open a message."""
    candidates = []
    for i, line in enumerate(lines):
        if not FROM.match(line):
            continue
        if i > 0 and lines[i - 1].strip():
            continue  # a header inside a quote sits right under the text that quotes it
        _, before = _next_nonblank(lines, i, -1)
        if before and _QUOTE_RULE.match(before):
            continue
        candidates.append(i)
    if not candidates:
        return []
    # Does the export itself put To:/Date: lines under its own From: lines? Its first
    # header tells: then only Outlook's `Sent:` marks a quote.
    first_follow = _next_line(lines, candidates[0])
    export_uses_headers = bool(_QUOTE_HEADER.match(first_follow)) and not _is_sent(first_follow)
    starts = []
    for i in candidates:
        if any(_is_sent(x) for x in _header_lines(lines, i)):
            continue  # Outlook, also when an HTML conversion put blank lines in between
        if _QUOTE_HEADER.match(_next_line(lines, i)) and not export_uses_headers:
            continue
        starts.append(i)
    return starts


def _header_lines(lines: list[str], i: int) -> list[str]:
    """The header-like lines right under line i (single blank lines between allowed)."""
    found: list[str] = []
    j = i + 1
    while j < len(lines) and len(found) < 6:
        if not lines[j].strip():
            if j + 1 < len(lines) and lines[j + 1].strip():
                j += 1
                continue
            break
        if not _QUOTE_HEADER.match(lines[j]):
            break
        found.append(lines[j])
        j += 1
    return found


def _is_sent(line: str) -> bool:
    return line.lstrip().lower().startswith("sent:")


def _next_line(lines: list[str], i: int) -> str:
    return lines[i + 1] if i + 1 < len(lines) else ""


def _header(lines: list[str]) -> _Header:
    info = _Header()
    for line in lines:
        if not line.strip():
            continue
        if info.title is None:
            info.title = line.strip()
        m = _FILED.match(line)
        if m:
            info.filer = m.group("filer").strip()
            info.agency = m.group("agency").strip()
    return info


def _block(lines: list[str], start: int, end: int) -> _Block:
    m = FROM.match(lines[start])
    block = _Block(m.group(1) if m else "")
    dated = DATED_SENDER.match(block.sender)
    if dated:  # `From: NAME — 2026-09-25T23:12:18-04:00 (Email)`, as MuckRock prints it
        block.sender, block.raw_date = dated.group("name").strip(), dated.group("when")
    i = start + 1
    # The export's own header lines under `From:` (when it has them) are fields, not text.
    while i < end and (h := _OWN_HEADER.match(lines[i])):
        key, value = h.group(1).lower(), h.group(2).strip()
        if key == "date":
            block.raw_date = value
        elif key == "subject":
            block.subject = value or None
        else:
            block.recipients += tuple(x.strip() for x in value.split(",") if x.strip())
        i += 1
    block.lines = lines[i:end]
    if block.raw_date:
        block.sent_at = parse_printed_date(block.raw_date)
    return block


def _attachments(lines: list[str]) -> tuple[tuple[Attachment, ...], list[str]]:
    lines = trim_blank_edges(lines)
    k = len(lines)
    names: list[str] = []
    while k > 0:
        line = lines[k - 1]
        m = _FILE_BULLET.match(line)
        if m:
            names.append(m.group(1))
        elif line.strip():
            break
        k -= 1
    if not names:
        return (), lines
    names.reverse()
    return tuple(Attachment(name=n) for n in names), trim_blank_edges(lines[:k])


def _is_agency(sender: str, agency: str | None) -> bool:
    # The header names the agency with its jurisdiction ("X of Albuquerque, NM"), the
    # messages with the agency's name alone: a name that opens the header's wording counts.
    if not agency:
        return False
    s, a = squash(sender), squash(agency)
    return bool(s) and (s == a or a.startswith(s))


def read(path: Path) -> Iterator[Message]:
    text, guessed = read_text(path)
    lines = strip_page_artefacts(text).split("\n")
    starts = _starts(lines)
    if not starts:
        raise UnreadableInputError(str(path), "no 'From: NAME' line opening a message found")
    info = _header(lines[: starts[0]] if starts else lines)
    blocks = [
        _block(lines, i, starts[n + 1] if n + 1 < len(starts) else len(lines))
        for n, i in enumerate(starts)
    ]
    for position, block in enumerate(blocks):
        attachments, body = _attachments(block.lines)
        role = page_side(
            block.sender,
            info.filer,
            is_agency=_is_agency(block.sender, info.agency),
            two_sided=bool(info.filer and info.agency and block.sender),
        )
        message = Message(
            source=str(path),
            position=position,
            sender=block.sender or None,
            recipients=block.recipients,
            sent_at=block.sent_at,
            subject=block.subject,
            body="\n".join(body),
            attachments=attachments,
            role_hint=role,
            thread_hint=str(path),  # the export is one thread by construction
        )
        if block.raw_date and block.sent_at is None:
            message = message.with_problem(
                "date-unreadable", f"cannot read the date {block.raw_date!r}", STAGE
            )
        if not body:
            message = message.with_problem("empty-body", "the message has no text", STAGE, "info")
        if position == 0 and guessed:
            message = message.with_problem("charset-guessed", "file is not UTF-8; read as cp1252", STAGE)
        yield message


register(
    Reader(
        "thread_export",
        "flattened thread export (title block, then 'From: NAME' messages), source order",
        sniff,
        read,
    )
)
