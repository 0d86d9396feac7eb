"""A single raw email (.eml). Minimal first version; MIME handling lives in mime.py."""

from __future__ import annotations

import email
import email.policy
import email.utils
from collections.abc import Iterator
from pathlib import Path

from ..models import Message
from . import Reader, register

_HEADER_NAMES = (b"from:", b"date:", b"subject:", b"message-id:", b"received:", b"mime-version:", b"to:")


def sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() == ".eml":
        return True
    first = head.lstrip()[:2000].lower()
    return not first.startswith(b"from ") and sum(n in first for n in _HEADER_NAMES) >= 3


def read(path: Path) -> Iterator[Message]:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    name, addr = email.utils.parseaddr(str(msg.get("From", "")))
    date = msg.get("Date")
    sent = email.utils.parsedate_to_datetime(str(date)) if date else None
    yield Message(
        source=str(path), position=0, sender=name or addr or None, sender_address=addr or None,
        sent_at=sent, subject=str(msg.get("Subject", "")) or None, body=text,
        message_id=str(msg.get("Message-ID", "")) or None,
    )


register(Reader("eml", "a single raw email (.eml)", sniff, read))
