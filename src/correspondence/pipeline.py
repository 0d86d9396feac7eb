"""The one place that states the order of the stages.

read -> split -> clean -> recognize -> classify -> extract -> link -> export

``read`` streams :class:`~correspondence.models.Message` objects out of a source; the five
per-message stages each take a message and the source's :class:`Context` and return a
new message; ``link`` needs every message of the input (duplicates, requests) and
``export`` writes what link returns. A stage that raises on one message records an
``error`` problem on it and the message goes on with what it had, unless strict mode is
on.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import sources
from .classify import classify
from .clean import clean, redact_message
from .columns import Column, argsort
from .context import Context
from .errors import InputError, StrictModeError
from .extract import extract
from .link import DuplicateWindow, LinkedRequests, Linker, link, signature
from .models import Message, Request
from .options import ParseOptions
from .recognize import recognize
from .split import split

Stage = Callable[[Message, Context], Message]

#: The per-message stages, in order. Swap or extend by passing ``stages=`` to the helpers.
MESSAGE_STAGES: tuple[tuple[str, Stage], ...] = (
    ("split", split),
    ("clean", clean),
    ("recognize", recognize),
    ("classify", classify),
    ("extract", extract),
)


@dataclass(frozen=True)
class ParseResult:
    messages: list[Message]
    requests: list[Request]


def process(message: Message, ctx: Context, stages: Iterable[tuple[str, Stage]] = MESSAGE_STAGES) -> Message:
    """Run one message through the per-message stages."""
    for name, stage in stages:
        try:
            message = stage(message, ctx)
        except Exception as exc:  # one message must never stop a batch
            if ctx.options.strict:
                raise StrictModeError(f"{message.source} message {message.position}: {name}: {exc}") from exc
            message = message.with_problem(
                "stage-failed", f"{name} failed: {type(exc).__name__}: {exc}", name, "error"
            )
            if name in ("split", "clean"):
                # Secrets must not survive a failed clean: redact every field on its own.
                message = redact_message(message)
    if ctx.options.strict:
        errors = [p for p in message.problems if p.severity == "error"]
        if errors:
            raise StrictModeError(f"{message.source} message {message.position}: {errors[0].message}")
    return message


def iter_processed(
    paths: Iterable[str | Path],
    options: ParseOptions | None = None,
    stages: Iterable[tuple[str, Stage]] = MESSAGE_STAGES,
) -> Iterator[Message]:
    """Read every path and yield each message after the per-message stages (no linking)."""
    for event in _prepare([str(p) for p in paths], options or ParseOptions(), tuple(stages)):
        if event[0] == "error":
            raise event[2]  # type: ignore[misc]
        if event[0] == "messages":
            yield from event[1]  # type: ignore[misc]


def parse(
    paths: Iterable[str | Path] | str | Path,
    options: ParseOptions | None = None,
    stages: Iterable[tuple[str, Stage]] = MESSAGE_STAGES,
) -> ParseResult:
    """Parse files or folders into linked messages and requests."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    options = options or ParseOptions()
    messages = list(iter_processed(paths, options, stages))
    linked, requests = link(messages, options)
    return ParseResult(linked, requests)


#: Stages that do not read the Context: they can run in another process, ahead of the rest.
CONTEXT_FREE = frozenset({"split", "clean"})
_BATCH = 64
_MIN_PARALLEL_BYTES = 2 * 1024 * 1024


def _prepare(
    paths: list[str], options: ParseOptions, head: tuple[tuple[str, Stage], ...]
) -> Iterator[tuple[object, ...]]:
    """Read every path and run ``stages`` (the context-free ones, or all of them for
    :func:`iter_processed`), as a stream of events.

    ``("source", source, reader)`` opens a source, ``("messages", [...])`` carries a batch
    of its messages, ``("error", path, InputError)`` reports a path that cannot be read.
    """
    for path in paths:
        try:
            for source, reader_name, messages in sources.read_sources(path, options):
                yield ("source", source, reader_name)
                ctx = Context(source=source, options=options, reader=reader_name)
                batch: list[Message] = []
                for message in messages:
                    batch.append(process(message, ctx, head))
                    ctx.seen += 1
                    if len(batch) >= _BATCH:
                        yield ("messages", batch)
                        batch = []
                if batch:
                    yield ("messages", batch)
        except InputError as exc:
            yield ("error", str(path), exc)


def _worker(
    queue: Any, paths: list[str], options: ParseOptions, head: tuple[tuple[str, Stage], ...]
) -> None:
    # forked, so the arguments (stage functions included) are inherited, not pickled
    try:
        for event in _prepare(paths, options, head):
            queue.put(event)
        queue.put(("done",))
    except BaseException as exc:  # the reading process reports everything, even a bug
        queue.put(("raise", exc))


def _input_bytes(paths: list[str]) -> int:
    total = 0
    for path in map(Path, paths):
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if total >= _MIN_PARALLEL_BYTES:
            break
    return total


def _use_worker(paths: list[str], options: ParseOptions) -> bool:
    import multiprocessing
    import os

    if options.jobs == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return False
    if options.jobs == 2:
        return True
    return (os.cpu_count() or 1) >= 2 and _input_bytes(paths) >= _MIN_PARALLEL_BYTES


def _prepared(
    paths: list[str], options: ParseOptions, head: tuple[tuple[str, Stage], ...]
) -> Iterator[tuple[object, ...]]:
    """:func:`_prepare`, in a second process when that pays (``options.jobs``).

    Reading, MIME and HTML, splitting and cleaning are half the work and need no Context,
    so a forked process does them while this one classifies, extracts and links: about
    1.6x the throughput on two cores. The queue is bounded, so memory stays flat.
    """
    if not head or not _use_worker(paths, options):
        yield from _prepare(paths, options, head)
        return
    import multiprocessing
    import queue as queue_module

    mp = multiprocessing.get_context("fork")
    events = mp.Queue(maxsize=32)
    proc = mp.Process(
        target=_worker, args=(events, paths, options, head), daemon=True
    )
    proc.start()
    try:
        while True:
            try:
                event = events.get(timeout=1.0)
            except queue_module.Empty:
                if not proc.is_alive():
                    raise RuntimeError(
                        f"the reading process stopped unexpectedly (exit code {proc.exitcode})"
                    ) from None
                continue
            if event[0] == "done":
                break
            if event[0] == "raise":
                raise event[1]
            yield event
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(timeout=5)
        events.close()


class _Spool:
    """Processed messages parked on disk between the passes of :func:`stream`.

    Holding 100,000 parsed messages takes gigabytes; their JSON on disk costs 8 us to
    write and 30 us to read back, and keeps the parse's memory flat.
    """

    def __init__(self) -> None:
        # closed by stream()'s finally; a with-block cannot span the generator's passes
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="correspondence-spool-")  # noqa: SIM115
        self.offsets = Column.offsets()

    def append(self, message: Message) -> int:
        self._file.seek(0, 2)
        self.offsets.append(self._file.tell())
        self._file.write(message.model_dump_json().encode("utf-8") + b"\n")
        return len(self.offsets) - 1

    def get(self, slot: int) -> Message:
        self._file.seek(self.offsets[slot])
        return Message.model_validate_json(self._file.readline())

    def close(self) -> None:
        self._file.close()


def _timestamp(message: Message) -> float:
    from .link import _when

    when = _when(message.sent_at)
    return when.timestamp() if when is not None else math.nan


def _oldest_first(times: Column) -> Column:
    """:func:`~correspondence.link.sort_positions` on timestamps (NaN: undated).

    The same order (stable; an undated message keeps its place after the dated one
    before it), without a datetime and a key tuple per message: for a source of 100,000
    messages those were 20 MB at once.
    """
    keys = Column.filled("d", len(times))
    last = -math.inf
    for pos, t in enumerate(times):
        if math.isnan(t):
            keys[pos] = last
        else:
            keys[pos] = last = t
    return argsort(keys)


def stream(
    paths: Iterable[str | Path],
    options: ParseOptions | None = None,
    stages: Iterable[tuple[str, Stage]] = MESSAGE_STAGES,
    on_input_error: Callable[[str, InputError], None] | None = None,
    on_message: Callable[[Message], None] | None = None,
) -> Iterator[Message | Request]:
    """Parse and link with memory that does not grow with the message bodies.

    Yields every message, oldest first within its source, each request's record right
    after the last of its messages, and at the end any request without messages of its
    own. Messages are spooled to a temporary file; only what linking needs stays in
    memory. ``on_input_error(path, error)`` is called for a path that cannot be read (the
    other paths still are); without it the error is raised. ``on_message`` sees each
    message as soon as it is processed (for progress).
    """
    options = options or ParseOptions()
    stage_list = tuple(stages)
    linker = Linker(options)
    spool = _Spool()
    # per source: the spool slots in output order, and duplicate_of by index (the few that are);
    # the n-th message of the plan is the n-th signature the linker was given
    plan: list[tuple[Column, dict[int, int]]] = []
    linked: LinkedRequests | None = None
    try:
        path_names = [str(p) for p in paths]
        split_at = 0
        while split_at < len(stage_list) and stage_list[split_at][0] in CONTEXT_FREE:
            split_at += 1
        head, tail = stage_list[:split_at], stage_list[split_at:]
        ctx: Context | None = None
        slots, times = Column("i"), Column("d")

        def finish_source() -> None:
            nonlocal slots, times
            if not slots:
                return
            order = _oldest_first(times)
            times = Column("d")  # sorted: let it go before the signatures grow the linker's
            window = DuplicateWindow()
            ordered, dups = Column("i"), {}  # duplicates are few: by index
            for index, pos in enumerate(order):
                marked = window.mark(spool.get(slots[pos]), index)
                linker.add(signature(marked))
                ordered.append(slots[pos])
                if marked.duplicate_of is not None:
                    dups[index] = marked.duplicate_of
            plan.append((ordered, dups))
            slots, times = Column("i"), Column("d")  # the plan has them in order now

        for event in _prepared(path_names, options, head):
            kind = event[0]
            if kind == "source":
                finish_source()
                ctx = Context(source=str(event[1]), options=options, reader=str(event[2]))
                slots, times = Column("i"), Column("d")
            elif kind == "messages":
                assert ctx is not None
                for message in event[1]:  # type: ignore[attr-defined]
                    done = process(message, ctx, tail)
                    ctx.seen += 1
                    slots.append(spool.append(done))
                    times.append(_timestamp(done))
                    if on_message is not None:
                        on_message(done)
            elif kind == "error":
                finish_source()
                slots, times = Column("i"), Column("d")
                if on_input_error is None:
                    raise event[2]  # type: ignore[misc]
                on_input_error(str(event[1]), event[2])  # type: ignore[arg-type]
        finish_source()
        linked = linker.finish_records()
        request_of, keys = linked.request_of, linked.keys
        # each request's record follows the last of its messages
        last = Column.filled("i", len(keys), -1)
        for n, number in enumerate(request_of):
            if number >= 0:
                last[number] = n
        emitted = bytearray(len(keys))
        n = 0
        for ordered, dups in plan:
            for index, slot in enumerate(ordered):
                number = request_of[n]
                yield spool.get(slot).model_copy(
                    update={
                        "index": index,
                        "duplicate_of": dups.get(index),
                        "request_key": keys[number] if number >= 0 else None,
                    }
                )
                if number >= 0 and last[number] == n:
                    emitted[number] = 1
                    yield linked.request(number)
                n += 1
        for number in linked.order:
            if not emitted[number]:
                yield linked.request(number)
    finally:
        spool.close()
        linker.close()
        if linked is not None:
            linked.close()
