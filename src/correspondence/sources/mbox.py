"""An mbox file (Gmail Takeout, Thunderbird, mutt...): streamed, one message at a time.

Messages are split by a byte search for separator lines (``\\nFrom `` followed by
something that looks like a sender and a time), reading the file in blocks: ten times
faster than the stdlib ``mailbox`` module and memory stays at one block plus one message
however large the mailbox is. Messages are yielded in file order with ``position``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from pathlib import Path

from ..models import Message
from . import Reader, register
from .mime import parse_bytes

BLOCK = 1 << 20

# "From sender@example.org Mon Mar  2 19:03:11 2026": a body line that merely starts with
# "From " (unescaped by a careless writer) rarely carries a clock time.
_SEPARATOR = re.compile(rb"From \S*[^\n]*?\d{1,2}:\d\d[^\n]*\n?\Z")
_ESCAPED = re.compile(rb"^>(>*From )", re.MULTILINE)
_ASCTIME = re.compile(
    rb"(?P<mon>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s+(?P<time>\d{1,2}:\d\d(?::\d\d)?)\s+"
    rb"(?:[A-Z]{3,4}\s+|[+-]\d{4}\s+)?(?P<year>\d{4})"
)


def sniff(path: Path, head: bytes) -> bool:
    if not head.startswith(b"From "):
        return path.suffix.lower() == ".mbox" and head.lstrip().startswith(b"From ")
    first_line = head.split(b"\n", 1)[0] + b"\n"
    return bool(_SEPARATOR.match(first_line)) or path.suffix.lower() in (".mbox", ".mbx", "")


def iter_raw(path: Path, block: int | None = None) -> Iterator[tuple[bytes, bytes]]:
    """Yield ``(separator line, raw message)`` pairs from an mbox, reading ``block`` bytes at a time."""
    block = block or BLOCK
    with path.open("rb") as fh:
        buf = fh.read(block)
        # Leading blank lines are tolerated; without a separator at the top, whatever
        # precedes the first one is a message (some exports drop the first From_ line).
        buf = buf.lstrip(b"\r\n")
        eof = False
        line = b""
        start = 0
        if buf.startswith(b"From "):
            end = buf.find(b"\n")
            while end < 0 and not eof:
                more = fh.read(block)
                eof = not more
                buf += more
                end = buf.find(b"\n")
            line = buf[: end + 1] if end >= 0 else buf
            start = len(line)
        search = start
        while True:
            idx = buf.find(b"\nFrom ", search)
            if idx < 0:
                if eof:
                    break
                more = fh.read(block)
                if not more:
                    eof = True
                    continue
                # Keep only the message in progress: drop what was already yielded.
                buf = buf[start:] + more
                search = max(0, search - start - 6)
                start = 0
                continue
            nl = buf.find(b"\n", idx + 1)
            if nl < 0 and not eof:
                more = fh.read(block)
                if more:
                    buf = buf[start:] + more
                    idx -= start
                    search = idx
                    start = 0
                    continue
                eof = True
            line_end = len(buf) if nl < 0 else nl + 1
            candidate = buf[idx + 1 : line_end]
            if not _SEPARATOR.match(candidate):
                search = idx + 1
                continue
            raw = buf[start : idx + 1]
            if raw.strip():
                yield line, raw
            line = candidate
            start = line_end
            search = start
        raw = buf[start:]
        if raw.strip():
            yield line, raw


def separator_date(line: bytes) -> dt.datetime | None:
    """The date on a ``From `` separator line (asctime, taken as UTC as mbox writers do)."""
    m = _ASCTIME.search(line)
    if not m:
        return None
    text = f"{m['day'].decode()} {m['mon'].decode()} {m['year'].decode()} {m['time'].decode()} +0000"
    parsed = email.utils.parsedate_tz(text)
    if parsed is None:
        return None
    try:
        return dt.datetime(*parsed[:6], tzinfo=dt.UTC)
    except ValueError:
        return None


def read(path: Path) -> Iterator[Message]:
    source = str(path)
    for position, (line, raw) in enumerate(iter_raw(path)):
        if b"\n>" in raw and b"From " in raw:
            raw = _ESCAPED.sub(rb"\1", raw)  # mboxrd/mboxo escaping of body lines
        yield parse_bytes(raw, source, position, fallback_date=separator_date(line) if line else None)


register(Reader("mbox", "an mbox mailbox file (streamed)", sniff, read))
