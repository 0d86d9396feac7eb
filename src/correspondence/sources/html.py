"""An HTML page, or one email saved as HTML ("Save as" in Outlook, a portal's printable view).

The page becomes one message. Its text comes from :func:`correspondence.htmltext.html_to_text`.
When the text starts with an email header block (``From:``, ``Sent:``/``Date:``, ``To:``,
``Subject:``), as Outlook and most clients write it when saving a message, those lines
fill sender, date and subject and are taken out of the body.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..models import Message
from . import Reader, register
from .mime import decode_bytes, long_date, parse_address, parse_date

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|table|p)\b",
                         re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HEADER_LINE = re.compile(r"^\s*(From|Sent|Date|To|Cc|Subject)\s*:\s*(.*?)\s*$", re.IGNORECASE)
def sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    return bool(_HTML_START.match(head[:4096].lstrip(b"\xef\xbb\xbf")))


def decode_html(raw: bytes) -> tuple[str, str | None]:
    """Text of an HTML file: BOM, then ``<meta charset>``, then UTF-8 / Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return decode_bytes(raw[3:], "utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), None
    m = _META_CHARSET.search(raw[:4096])
    return decode_bytes(raw, m.group(1).decode("ascii") if m else None)


def leading_headers(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``From:/Sent:/To:/Subject:`` block off ``text``: (headers, rest)."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start = i
    while i < len(lines) and i - start < 12:
        m = _HEADER_LINE.match(lines[i])
        if not m:
            break
        headers.setdefault(m.group(1).lower(), m.group(2))
        i += 1
    if "from" not in headers or len(headers) < 2:
        return {}, text
    return headers, "\n".join(lines[i:]).strip("\n")


def read(path: Path) -> Iterator[Message]:
    raw = path.read_bytes()
    html, note = decode_html(raw)
    from ..htmltext import html_to_text

    text = html_to_text(html)
    headers, body = leading_headers(text)
    title = _TITLE.search(raw[:65536])
    subject = headers.get("subject") or (
        " ".join(decode_bytes(title.group(1), None)[0].split()) if title else None)
    sender = address = None
    sent: dt.datetime | dt.date | None = None
    if headers:
        sender, address = parse_address(headers["from"].replace("[mailto:", "<").replace("]", ">"))
        when = headers.get("sent") or headers.get("date") or ""
        # "Tuesday, June 9, 2026 4:12 PM": Outlook's own form first, then RFC 5322 forms.
        sent = (long_date(when) or parse_date(when)[0]) if when else None
    message = Message(
        source=str(path),
        position=0,
        sender=sender or address,
        sender_address=address.lower() if address else None,
        sent_at=sent,
        subject=subject or None,
        recipients=tuple(r.strip() for r in headers.get("to", "").split(";") if r.strip()),
        body=body,
    )
    if note:
        message = message.with_problem("charset-guessed", note, "read")
    if sent is None:
        message = message.with_problem("date-missing", "the saved page states no date", "read", "info")
    yield message


register(Reader("html", "an HTML page or an email saved as HTML", sniff, read))
