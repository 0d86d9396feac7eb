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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import sources
from .classify import classify
from .clean import clean, redact_message
from .context import Context
from .errors import StrictModeError
from .extract import extract
from .link import link
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
    options = options or ParseOptions()
    stage_list = tuple(stages)
    for path in paths:
        for source, reader_name, messages in sources.read_sources(path, options):
            ctx = Context(source=source, options=options, reader=reader_name)
            for message in messages:
                yield process(message, ctx, stage_list)
                ctx.seen += 1


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
