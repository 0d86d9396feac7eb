"""Reader placeholder: replaced by the real reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..models import Message
from . import Reader, register


def sniff(path: Path, head: bytes) -> bool:
    return False


def read(path: Path) -> Iterator[Message]:
    return iter(())


register(Reader("muckrock_page", "placeholder", sniff, read))
