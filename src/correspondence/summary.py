"""A readable plain-text summary of requests and their events, for the terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from .models import Event, Message, Request


def _date(value: object) -> str:
    if value is None:
        return "-"
    return str(value)[:10]


def _event_label(event: Event) -> str:
    due = getattr(event, "due_date", None)  # only some event types carry a due date
    return event.type + (f" (due {due})" if due else "")


def render(messages: list[Message], requests: Iterable[Request], width: int = 100) -> str:
    by_key: dict[str | None, list[Message]] = {}
    for m in messages:
        by_key.setdefault(m.request_key, []).append(m)
    lines: list[str] = []
    requests = list(requests)
    problems = sum(len(m.problems) for m in messages)
    lines.append(
        f"{len(messages)} messages, {len(requests)} requests, {problems} problems recorded"
    )
    for r in requests:
        lines.append("")
        title = r.title or "(no subject)"
        lines.append(f"== {title[: width - 3]}")
        facts = [
            f"key {r.key}",
            f"tracking {r.tracking_number or '-'}",
            f"agency {r.agency or '-'}",
            f"status {r.status or '-'}",
        ]
        if r.due_date:
            facts.append(f"due {r.due_date}" + (" OVERDUE" if r.overdue else ""))
        if r.files_released:
            facts.append(f"{r.files_released} files")
        if r.fees_requested:
            facts.append(f"fees ${r.fees_requested:,.2f}")
        lines.append("   " + " | ".join(facts))
        lines.append(f"   {'date':<10}  {'#':>3}  {'side':<9}  {'portal':<11}  events")
        for m in by_key.get(r.key, []):
            events = ", ".join(_event_label(e) for e in m.events) or "-"
            if m.duplicate_of is not None:
                events += f"  [repeats #{m.duplicate_of}]"
            row = f"   {_date(m.sent_at):<10}  {m.index:>3}  {(m.role or '?'):<9}  {(m.portal or '-'):<11}  "
            wrapped = textwrap.wrap(events, max(20, width - len(row))) or [""]
            lines.append(row + wrapped[0])
            lines.extend(" " * len(row) + w for w in wrapped[1:])
    unlinked = by_key.get(None, [])
    if unlinked:
        lines.append("")
        lines.append(f"{len(unlinked)} messages not linked to a request")
    return "\n".join(lines) + "\n"
