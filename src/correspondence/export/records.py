"""Plain-dict views of messages, events and requests, shared by every writer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..models import Event, Message, Request


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def event_record(event: Event) -> dict[str, Any]:
    data = event.model_dump(mode="json", exclude_none=True)
    for key in ("documents", "exemptions"):
        if key in data and not data[key]:
            del data[key]
    return data


def message_record(message: Message) -> dict[str, Any]:
    """The JSONL record of one message: the output contract in docs/output.md."""
    return {
        "kind": "message",
        "source": message.source,
        "index": message.index,
        "request_key": message.request_key,
        "sender": message.sender,
        "sender_address": message.sender_address,
        "role": message.role,
        "portal": message.portal,
        "sent_at": _iso(message.sent_at),
        "subject": message.subject,
        "body": message.body,
        "tracking_number": message.tracking_number,
        "tracking_numbers": list(message.tracking_numbers),
        "duplicate_of": message.duplicate_of,
        "events": [event_record(e) for e in message.events],
        "attachments": [a.model_dump(mode="json", exclude_none=True) for a in message.attachments],
        "quoted": message.quoted,
        "footer": message.footer,
        "quoted_messages": [q.model_dump(mode="json") for q in message.quoted_messages],
        "message_id": message.message_id,
        "in_reply_to": message.in_reply_to,
        "problems": [p.model_dump(mode="json") for p in message.problems],
    }


def request_record(request: Request) -> dict[str, Any]:
    data = request.model_dump(mode="json")
    data["tracking_number"] = request.tracking_number
    data["events"] = [event_record(e) for e in request.events]
    data["messages"] = [{"source": s, "index": i} for s, i in request.messages]
    return {"kind": "request", **data}


EVENT_COLUMNS = (
    "source",
    "index",
    "request_key",
    "sent_at",
    "sender",
    "role",
    "portal",
    "subject",
    "message_tracking_number",
    "duplicate_of",
    "event_number",
    "type",
    "tracking_number",
    "date",
    "due_date",
    "amount",
    "documents",
    "reason",
    "exemptions",
    "to_agency",
    "confidence",
    "rule",
    "evidence",
    "problems",
)


def event_rows(message: Message) -> list[dict[str, Any]]:
    """One flat row per event (a message without events still gets one row, type empty)."""
    base = {
        "source": message.source,
        "index": message.index,
        "request_key": message.request_key,
        "sent_at": _iso(message.sent_at),
        "sender": message.sender,
        "role": message.role,
        "portal": message.portal,
        "subject": message.subject,
        "message_tracking_number": message.tracking_number,
        "duplicate_of": message.duplicate_of,
        "problems": "; ".join(f"{p.code}: {p.message}" for p in message.problems),
    }
    rows = []
    for n, event in enumerate(message.events or [None]):
        row = dict.fromkeys(EVENT_COLUMNS)
        row.update(base)
        row["event_number"] = n
        if event is not None:
            data = event.model_dump(mode="json")
            row.update({k: data.get(k) for k in ("type", "tracking_number", "date", "due_date",
                                                 "amount", "reason", "to_agency", "confidence", "rule")})
            row["documents"] = " | ".join(data.get("documents") or ())
            row["exemptions"] = " | ".join(data.get("exemptions") or ())
            row["evidence"] = (data.get("evidence") or {}).get("text")
        rows.append(row)
    return rows
