"""Write linked messages and requests in each output format."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from ..errors import CorrespondenceError
from ..models import Message, Request
from .records import EVENT_COLUMNS, event_rows, message_record, request_record

Writer = Callable[[Iterable[Message], Iterable[Request], Any], None]


def write_jsonl(messages: Iterable[Message], requests: Iterable[Request], out: IO[str]) -> None:
    """The output contract: one message per line; each request's record after its last message."""
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
        out.write(json.dumps(message_record(message), ensure_ascii=False) + "\n")
        for request in after.get(n, ()):
            out.write(json.dumps(request_record(request), ensure_ascii=False) + "\n")
    for request in pending.values():  # requests without messages of their own (referrals)
        out.write(json.dumps(request_record(request), ensure_ascii=False) + "\n")


def write_csv(messages: Iterable[Message], requests: Iterable[Request], out: IO[str]) -> None:
    """One event per row, flat, for spreadsheets."""
    writer = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for message in messages:
        writer.writerows(event_rows(message))


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


def write_sqlite(messages: Iterable[Message], requests: Iterable[Request], path: Path) -> None:
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
        cols = ", ".join(f"[{c}]" for c in EVENT_COLUMNS)
        db.execute(f"create table events ({cols})")
        db.execute(f"create table requests ({', '.join(f'[{c}]' for c in REQUEST_COLUMNS)}, primary key (key))")
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        for m in messages:
            db.execute(
                "insert into messages values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (m.source, m.index, m.request_key, m.sent_at.isoformat() if m.sent_at else None,
                 m.sender, m.sender_address, m.role, m.portal, m.subject, m.tracking_number,
                 m.duplicate_of, m.body, m.quoted, m.footer,
                 json.dumps([p.model_dump(mode="json") for p in m.problems])),
            )
            db.executemany(
                f"insert into events values ({marks})",
                [tuple(row[c] for c in EVENT_COLUMNS) for row in event_rows(m)],
            )
        rmarks = ", ".join("?" for _ in REQUEST_COLUMNS)
        for r in requests:
            row = request_row(r)
            db.execute(f"insert into requests values ({rmarks})", tuple(row[c] for c in REQUEST_COLUMNS))
        db.commit()
    finally:
        db.close()


def write_parquet(messages: Iterable[Message], requests: Iterable[Request], path: Path) -> None:
    """One event per row, as in CSV (needs the ``parquet`` extra: pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise CorrespondenceError(
            "Parquet output needs pyarrow: pip install 'correspondence[parquet]'"
        ) from exc
    rows = [row for m in messages for row in event_rows(m)]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in EVENT_COLUMNS})
    pq.write_table(table, path)


#: format name -> (writer, needs a file path rather than a text stream)
FORMATS: dict[str, tuple[Writer, bool]] = {
    "jsonl": (write_jsonl, False),
    "csv": (write_csv, False),
    "sqlite": (write_sqlite, True),
    "parquet": (write_parquet, True),
}


def write(fmt: str, messages: Iterable[Message], requests: Iterable[Request], dest: Any) -> None:
    writer, _ = FORMATS[fmt]
    writer(messages, requests, dest)
