"""Maildir reader placeholder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..models import Message


def read_maildir(path: Path) -> Iterator[Message]:
    return iter(())
