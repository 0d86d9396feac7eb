"""A maildir folder (``cur/``, ``new/``; Maildir++ subfolders such as ``.Sent``), read as one mailbox.

Files are read one at a time, so memory does not grow with the mailbox. They are
yielded in delivery order as far as the file names tell it (maildir names start with
the delivery time in seconds); the link stage sorts by date anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..models import Message
from .mime import parse_bytes

_LEADING_TIME = re.compile(r"^(\d+)(?:\.(?:M(\d+))?)?")


def _order(path: Path) -> tuple[int, int, str]:
    m = _LEADING_TIME.match(path.name)
    if m is None:
        return (1 << 62, 0, path.name)
    return (int(m.group(1)), int(m.group(2) or 0), path.name)


def _folders(path: Path) -> list[Path]:
    folders = [path]
    # Maildir++: subfolders are hidden directories with their own cur/ and new/.
    folders += sorted(p for p in path.iterdir() if p.is_dir() and p.name.startswith(".")
                      and (p / "cur").is_dir())
    return folders


def message_files(path: Path) -> list[Path]:
    """Every message file of the maildir, in delivery order (names only are held, not mail)."""
    files: list[Path] = []
    for folder in _folders(path):
        for sub in ("new", "cur"):
            d = folder / sub
            if d.is_dir():
                files.extend(p for p in d.iterdir() if p.is_file() and not p.name.startswith("."))
    files.sort(key=_order)
    return files


def read_maildir(path: Path) -> Iterator[Message]:
    path = Path(path)
    source = str(path)
    position = 0
    for file in message_files(path):
        try:
            raw = file.read_bytes()
        except OSError:  # a message removed while we read: others go on
            continue
        yield parse_bytes(raw, source, position)
        position += 1
