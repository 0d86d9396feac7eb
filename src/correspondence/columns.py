"""Per-message numbers kept in memory by a streaming parse, outside the malloc heap.

A parse of a large mailbox keeps a few numbers per message (spool offsets, times, plan
positions). In plain ``array``s each append that outgrows the buffer reallocates it, and
glibc serves those buffers from the heap once any large block has been freed (its mmap
threshold rises): the copies and the parse's transient bodies then leave holes the heap
never returns, 5 to 8 MB after 100,000 messages. A :class:`Column` grows by chunks that
are each an anonymous memory map of a fixed size, never moved, returned to the system
whole when dropped; a page of a chunk costs memory only once it is written.
"""

from __future__ import annotations

import heapq
import mmap
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

_SHIFT = 14
_CHUNK = 1 << _SHIFT  # 16,384 numbers: 64 or 128 KB a chunk
_MASK = _CHUNK - 1


def _chunk(typecode: str, fill: Any = 0) -> memoryview:
    itemsize = array(typecode).itemsize
    mapped = mmap.mmap(-1, itemsize * _CHUNK)  # zero-filled
    if fill:
        mapped.write(array(typecode, [fill]).tobytes() * _CHUNK)
    return memoryview(mapped).cast(typecode)  # type: ignore[call-overload]  # an array typecode


class Column:
    """An append-only sequence of numbers of one array typecode, held in fixed chunks."""

    __slots__ = ("_chunks", "_len", "_widen", "typecode")

    def __init__(self, typecode: str, values: Iterable[Any] = ()) -> None:
        self.typecode = typecode
        self._chunks: list[memoryview] = []
        self._len = 0
        self._widen = False
        for value in values:
            self.append(value)

    @classmethod
    def offsets(cls) -> Column:
        """File offsets: 4 bytes each, widened to 8 once one passes 4 GiB."""
        column = cls("I")
        column._widen = True
        return column

    @classmethod
    def filled(cls, typecode: str, n: int, value: Any = 0) -> Column:
        """``n`` numbers, all ``value``: a table of fixed size, in the same kind of chunks."""
        column = cls(typecode)
        whole, part = divmod(n, _CHUNK)
        column._chunks = [_chunk(typecode, value) for _ in range(whole + (part > 0))]
        column._len = n
        return column

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0

    def __getitem__(self, i: int) -> Any:
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        return self._chunks[i >> _SHIFT][i & _MASK]

    def __setitem__(self, i: int, value: Any) -> None:
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        self._chunks[i >> _SHIFT][i & _MASK] = value

    def __iter__(self) -> Iterator[Any]:
        left = self._len
        for chunk in self._chunks:
            yield from chunk if left >= _CHUNK else chunk[:left]
            left -= _CHUNK

    def append(self, value: Any) -> None:
        if self._widen and value >= 2**32:
            wide = Column("q", self)
            self._chunks, self.typecode, self._widen = wide._chunks, "q", False
        if self._len & _MASK == 0:
            self._chunks.append(_chunk(self.typecode))
        self._chunks[self._len >> _SHIFT][self._len & _MASK] = value
        self._len += 1


def argsort(keys: Sequence[Any] | Column) -> Column:
    """Positions of ``keys`` in ascending order of key (stable)."""
    return argsort_by(len(keys), keys.__getitem__)


def argsort_by(n: int, key: Callable[[int], Any]) -> Column:
    """``range(n)`` sorted by ``key(position)``, stable.

    ``sorted(range(n), key=...)`` holds a list of n ints and a list of n keys at once:
    for 100,000 messages that is 8 MB, most of a large parse's growth. Sorting runs of
    4,096 and merging them lazily holds one run's worth, for about 0.3 s more per
    100,000 (heapq.merge breaks ties by run, so the merge stays stable).
    """
    run = 4096
    runs = [array("i", sorted(range(start, min(start + run, n)), key=key)) for start in range(0, n, run)]
    out = Column("i")
    for pos in heapq.merge(*runs, key=key) if len(runs) > 1 else (runs[0] if runs else ()):
        out.append(pos)
    return out
