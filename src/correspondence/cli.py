"""The command line: thin commands over the library.

    correspondence parse PATH... [--format jsonl|csv|sqlite|parquet] [-o FILE]
    correspondence requests PATH... [--format table|csv|jsonl] [-o FILE]
    correspondence schema [message|event|request]
    correspondence readers
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from . import __version__, export, pipeline, sources, summary
from .errors import CorrespondenceError, InputError
from .models import Message, Request
from .options import ParseOptions


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="thread export, GovQA history, MuckRock JSON/page, .eml, mbox, maildir, HTML, or a folder")
    p.add_argument("--reader", help="force a reader instead of detecting it (see 'correspondence readers')")
    p.add_argument("--strict", action="store_true", help="stop at the first message with an error problem")
    p.add_argument("--as-of", help="judge 'overdue' as of this ISO date (default: today)")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    p.add_argument("--jobs", type=int, choices=[1, 2],
                   help="1: one process; 2: a second process reads while the first classifies "
                        "(default: 2 for inputs of 2 MB or more on a multi-core machine)")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="correspondence",
        description="Turn public-records correspondence into typed, dated events.",
    )
    ap.add_argument("--version", action="version", version=f"correspondence {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="messages with their events (and request records)")
    _add_input_options(p)
    p.add_argument("--format", choices=sorted(export.FORMATS), default="jsonl")
    p.add_argument("--summary", action="store_true",
                   help="also print a readable table of requests and events (to stdout with -o, else stderr)")

    p = sub.add_parser("requests", help="one row per request: status, deadlines, fees, outcome")
    _add_input_options(p)
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")

    p = sub.add_parser("schema", help="print the JSON Schema of the output records")
    p.add_argument("what", nargs="?", choices=["message", "event", "request"], default="message")

    sub.add_parser("readers", help="list the input readers")
    return ap


def _options(args: argparse.Namespace) -> ParseOptions:
    import datetime as dt

    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    return ParseOptions(reader=args.reader, strict=args.strict, as_of=as_of, jobs=args.jobs)


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.count = 0

    def tick(self, _message: Message) -> None:
        self.count += 1
        if self.enabled and self.count % 200 == 0:
            sys.stderr.write(f"\r{self.count} messages read")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.count >= 200:
            sys.stderr.write("\r" + " " * 40 + "\r")


class _Run:
    """One streaming parse of the command's paths; unreadable paths are reported, not fatal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failures = 0
        self.progress = _Progress(not args.quiet)
        # what the summary table needs: messages without their texts, and the requests
        self.light: list[Message] = []
        self.requests: list[Request] = []

    def _error(self, path: str, exc: InputError) -> None:
        print(f"correspondence: error: {exc}", file=sys.stderr)
        self.failures += 1

    def items(self, keep_light: bool = False) -> Iterator[Message | Request]:
        for item in pipeline.stream(
            self.args.paths, _options(self.args), on_input_error=self._error,
            on_message=self.progress.tick,
        ):
            if isinstance(item, Request):
                self.requests.append(item)
            elif keep_light:
                self.light.append(item.model_copy(update=_NO_TEXT))
            yield item
        self.progress.done()


_NO_TEXT = {"body": "", "quoted": "", "footer": "", "quoted_messages": (), "attachments": ()}


def _open_text(dest: str | None) -> IO[str]:
    if dest is None:
        return sys.stdout
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    return open(dest, "w", encoding="utf-8", newline="")


def cmd_parse(args: argparse.Namespace) -> int:
    writer, needs_path = export.FORMATS[args.format]
    if needs_path and not args.output:
        print(f"correspondence: error: --format {args.format} needs -o FILE", file=sys.stderr)
        return 2
    run = _Run(args)
    items = run.items(keep_light=args.summary)
    if needs_path:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        writer(items, Path(args.output))
    else:
        out = _open_text(args.output)
        try:
            writer(items, out)
        finally:
            if out is not sys.stdout:
                out.close()
    if args.summary:
        stream = sys.stdout if args.output else sys.stderr
        stream.write(summary.render(run.light, run.requests))
        if args.output:
            stream.write(
                f"\nwrote {len(run.light)} messages and {len(run.requests)} requests to {args.output}\n"
            )
    return 1 if run.failures else 0


def cmd_requests(args: argparse.Namespace) -> int:
    run = _Run(args)
    for _ in run.items(keep_light=args.format == "table"):
        pass
    out = _open_text(args.output)
    try:
        if args.format == "table":
            out.write(summary.render(run.light, run.requests))
        elif args.format == "csv":
            export.writers.write_requests_csv(run.requests, out)
        else:
            for r in run.requests:
                out.write(json.dumps(export.request_record(r), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if run.failures else 0


def cmd_schema(args: argparse.Namespace) -> int:
    from pydantic import TypeAdapter

    from .models import Event

    schema = {
        "message": lambda: Message.model_json_schema(),
        "event": lambda: TypeAdapter(Event).json_schema(),
        "request": lambda: Request.model_json_schema(),
    }[args.what]()
    print(json.dumps(schema, indent=2))
    return 0


def cmd_readers(args: argparse.Namespace) -> int:
    for reader in sources.readers().values():
        print(f"{reader.name:<15} {reader.description}")
    print(f"{'maildir':<15} a maildir folder (cur/ new/ tmp/)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"parse": cmd_parse, "requests": cmd_requests, "schema": cmd_schema,
               "readers": cmd_readers}[args.command]
    try:
        return handler(args)
    except CorrespondenceError as exc:
        print(f"correspondence: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
