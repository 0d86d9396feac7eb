"""A single raw email (.eml, or any file that starts with mail headers).

A folder of .eml files is walked by :func:`correspondence.sources.read_sources`, which
reads each file with this reader. MIME handling lives in :mod:`.mime`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import UnreadableInputError
from ..models import Message
from . import Reader, register
from .mime import parse_bytes

_HEADER_NAMES = (b"from:", b"date:", b"subject:", b"message-id:", b"received:", b"mime-version:", b"to:")


def sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() == ".eml":
        return True
    first = head.lstrip()[:2000].lower()
    return not first.startswith(b"from ") and sum(n in first for n in _HEADER_NAMES) >= 3


def read(path: Path) -> Iterator[Message]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableInputError(str(path), exc.strerror or str(exc)) from exc
    yield parse_bytes(raw, str(path), 0)


register(Reader("eml", "a single raw email (.eml)", sniff, read))
