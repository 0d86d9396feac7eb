"""A single raw email (.eml, or any file that starts with mail headers).

A folder of .eml files is walked by :func:`correspondence.sources.read_sources`, which
reads each file with this reader. MIME handling lives in :mod:`.mime`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import UnreadableInputError
from ..models import Message
from . import Reader, register
from .mime import parse_bytes

# A raw message starts with header fields at the start of lines (an HTML page or a text
# export that merely mentions "From:" and "Subject:" does not).
_FIRST_FIELD = re.compile(rb"^[!-9;-~]+:[ \t]?")
_KNOWN_FIELD = re.compile(
    rb"^(?:from|date|subject|message-id|received|mime-version|to|cc|return-path|delivered-to|"
    rb"reply-to|content-type|x-[a-z0-9-]+):",
    re.IGNORECASE | re.MULTILINE,
)


def sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() == ".eml":
        return True
    first = head.lstrip()[:4000]
    if first.startswith(b"From ") or not _FIRST_FIELD.match(first):
        return False
    headers = re.split(rb"\r?\n\r?\n", first, maxsplit=1)[0]
    return len(_KNOWN_FIELD.findall(headers)) >= 3


def read(path: Path) -> Iterator[Message]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableInputError(str(path), exc.strerror or str(exc)) from exc
    yield parse_bytes(raw, str(path), 0)


register(Reader("eml", "a single raw email (.eml)", sniff, read))
