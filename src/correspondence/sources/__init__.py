"""Readers: one module per kind of input, chosen by content (or forced by name).

Each reader is a :class:`Reader`: ``sniff(path, head)`` says whether it recognises a
file from its first bytes, ``read(path)`` streams :class:`Message` objects in the order
the source implies, oldest first. A folder is walked and each file read on its own,
except maildir folders, which are one mailbox.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import UnknownReaderError, UnreadableInputError
from ..models import Message
from ..options import ParseOptions

HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class Reader:
    name: str
    description: str
    sniff: Callable[[Path, bytes], bool]
    read: Callable[[Path], Iterator[Message]]


_READERS: dict[str, Reader] = {}
_ORDER = ("muckrock_json", "govqa", "muckrock_page", "thread_export", "mbox", "eml", "html", "msg")
_loaded = False


def register(reader: Reader) -> Reader:
    _READERS[reader.name] = reader
    return reader


def readers() -> dict[str, Reader]:
    _load()
    return dict(_READERS)


def _load() -> None:
    # A flag, not "if _READERS": importing one reader module directly registers it alone.
    global _loaded
    if _loaded:
        return
    # Order matters: the first reader whose sniff() accepts a file reads it.
    from . import (  # noqa: F401
        eml,
        govqa,
        html,
        mbox,
        msg,  # registers itself only when olefile (extra 'msg') is importable
        muckrock_json,
        muckrock_page,
        thread_export,
    )
    # Registration order is import order; restore the sniffing order stated above.
    for name in sorted(_READERS, key=lambda n: _ORDER.index(n) if n in _ORDER else len(_ORDER)):
        _READERS[name] = _READERS.pop(name)
    _loaded = True


def detect(path: Path, head: bytes) -> Reader | None:
    for reader in readers().values():
        if reader.sniff(path, head):
            return reader
    return None


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError as exc:
        raise UnreadableInputError(str(path), exc.strerror or str(exc)) from exc


def read_sources(
    path: str | Path, options: ParseOptions | None = None
) -> Iterator[tuple[str, str, Iterator[Message]]]:
    """Yield ``(source, reader name, messages)`` for each thread or mailbox under ``path``."""
    options = options or ParseOptions()
    path = Path(path)
    if not path.exists():
        raise UnreadableInputError(str(path), "no such file or folder")
    known = readers()
    if options.reader is not None and options.reader not in known:
        raise UnknownReaderError(options.reader, list(known))
    if path.is_dir():
        if options.reader == "maildir" or (options.reader is None and _is_maildir(path)):
            from .maildir import read_maildir

            yield str(path), "maildir", read_maildir(path)
            return
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        for file in files:
            head = _read_head(file)
            reader = known[options.reader] if options.reader else detect(file, head)
            if reader is None:
                continue  # a folder may hold other files; only an explicit file must be readable
            yield str(file), reader.name, reader.read(file)
        return
    head = _read_head(path)
    reader = known[options.reader] if options.reader else detect(path, head)
    if reader is None:
        raise UnreadableInputError(
            str(path), "not a format correspondence reads (thread export, GovQA history, MuckRock JSON or page, .eml, mbox, maildir, HTML); use --reader to force one"
        )
    yield str(path), reader.name, reader.read(path)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def read(path: str | Path, options: ParseOptions | None = None) -> Iterator[Message]:
    """Stream every message under ``path`` as read (before any other stage)."""
    for _source, _name, messages in read_sources(path, options):
        yield from messages
