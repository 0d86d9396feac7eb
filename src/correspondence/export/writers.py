"""Write linked messages and requests in each output format.

Every writer takes the *items* in output order (messages, each request's record after
its last message, as :func:`correspondence.pipeline.stream` yields them) and writes them
as they come, so a whole mailbox never has to be held in memory.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import CorrespondenceError
from ..models import Message, Request
from .records import EVENT_COLUMNS, event_rows, message_record, request_record

Item = Message | Request
Writer = Callable[[Iterable[Item], Any], None]


def interleave(messages: Iterable[Message], requests: Iterable[Request]) -> Iterator[Item]:
    """Messages in order, each request right after the last of its messages."""
    messages = list(messages)
    pending = {r.key: r for r in requests}
    last_of: dict[str, int] = {}
    for n, message in enumerate(messages):
        if message.request_key in pending:
            last_of[message.request_key] = n
    after: dict[int, list[Request]] = {}
    for key, n in last_of.items():
        after.setdefault(n, []).append(pending.pop(key))
    for n, message in enumerate(messages):
        yield message
        yield from after.get(n, ())
    yield from pending.values()  # requests without messages of their own (referrals)


def write_jsonl(items: Iterable[Item], out: IO[str]) -> None:
    """The output contract: one message per line; each request after its last message."""
    for item in items:
        record = message_record(item) if isinstance(item, Message) else request_record(item)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(items: Iterable[Item], out: IO[str]) -> None:
    """One event per row, flat, for spreadsheets."""
    writer = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for item in items:
        if isinstance(item, Message):
            writer.writerows(event_rows(item))


REQUEST_COLUMNS = (
    "key", "agency", "requester", "title", "portal", "jurisdiction", "tracking_number",
    "tracking_numbers", "status", "disposition", "submitted", "acknowledged", "first_response",
    "closed", "days_to_acknowledge", "days_to_close", "extensions", "due_date",
    "statutory_due_date", "overdue", "as_of", "fees_requested", "fees_paid", "files_released",
    "parent_key", "needs_review", "message_count",
)


def request_row(request: Request) -> dict[str, Any]:
    data = request_record(request)
    row = {k: data.get(k) for k in REQUEST_COLUMNS}
    row["tracking_numbers"] = " | ".join(
        f"{t['value']} ({t['kind']})" for t in data["tracking_numbers"]
    )
    row["message_count"] = len(request.messages)
    return row


def write_requests_csv(requests: Iterable[Request], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(REQUEST_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for request in requests:
        writer.writerow(request_row(request))


_MESSAGE_COLUMNS = (
    "source", "[index]", "request_key", "sent_at", "sender", "sender_address", "role", "portal",
    "subject", "tracking_number", "duplicate_of", "body", "quoted", "footer", "problems",
)


def write_sqlite(items: Iterable[Item], path: Path) -> None:
    """Tables ``messages``, ``events`` and ``requests``, ready for Datasette."""
    path = Path(path)
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    try:
        db.execute(
            "create table messages (source text, [index] integer, request_key text, sent_at text,"
            " sender text, sender_address text, role text, portal text, subject text,"
            " tracking_number text, duplicate_of integer, body text, quoted text, footer text,"
            " problems text, primary key (source, [index]))"
        )
        db.execute(f"create table events ({', '.join(f'[{c}]' for c in EVENT_COLUMNS)})")
        db.execute(
            f"create table requests ({', '.join(f'[{c}]' for c in REQUEST_COLUMNS)}, primary key (key))"
        )
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        mmarks = ", ".join("?" for _ in _MESSAGE_COLUMNS)
        rmarks = ", ".join("?" for _ in REQUEST_COLUMNS)
        for item in items:
            if isinstance(item, Request):
                row = request_row(item)
                db.execute(f"insert into requests values ({rmarks})", tuple(row[c] for c in REQUEST_COLUMNS))
                continue
            m = item
            db.execute(
                f"insert into messages values ({mmarks})",
                (m.source, m.index, m.request_key, m.sent_at.isoformat() if m.sent_at else None,
                 m.sender, m.sender_address, m.role, m.portal, m.subject, m.tracking_number,
                 m.duplicate_of, m.body, m.quoted, m.footer,
                 json.dumps([p.model_dump(mode="json") for p in m.problems])),
            )
            db.executemany(
                f"insert into events values ({marks})",
                [tuple(row[c] for c in EVENT_COLUMNS) for row in event_rows(m)],
            )
        db.execute("create index events_request on events (request_key)")
        db.execute("create index events_type on events (type)")
        db.commit()
    finally:
        db.close()


def write_parquet(items: Iterable[Item], path: Path) -> None:
    """One event per row, as in CSV (needs the ``parquet`` extra: pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise CorrespondenceError(
            "Parquet output needs pyarrow: pip install 'correspondence[parquet]'"
        ) from exc
    string_columns = set(EVENT_COLUMNS) - {"index", "duplicate_of", "event_number", "amount", "confidence"}
    schema = pa.schema(
        [
            (c, pa.string() if c in string_columns else pa.float64() if c in ("amount", "confidence") else pa.int64())
            for c in EVENT_COLUMNS
        ]
    )
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema) as writer:
        for item in items:
            if isinstance(item, Message):
                batch.extend(event_rows(item))
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))


#: format name -> (writer, needs a file path rather than a text stream)
FORMATS: dict[str, tuple[Writer, bool]] = {
    "jsonl": (write_jsonl, False),
    "csv": (write_csv, False),
    "sqlite": (write_sqlite, True),
    "parquet": (write_parquet, True),
}


def write(fmt: str, messages: Iterable[Message], requests: Iterable[Request], dest: Any) -> None:
    """Write lists of messages and requests (as ``parse`` returns them) in ``fmt``."""
    writer, _ = FORMATS[fmt]
    writer(interleave(messages, requests), dest)
