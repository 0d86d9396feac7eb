"""The extract stage: fill each event's fields and the message's tracking numbers.

Runs after ``classify``. Each event type carries its own fields (models.py); we fill the
ones still empty, reading the message's own text near the event's evidence, then the
text of attached letters. The extractors are in the modules beside this one:

- :mod:`.tracking`: agency tracking numbers (request and appeal numbers);
- :mod:`.dates`: absolute dates, relative periods, due dates;
- :mod:`.money`: fee amounts;
- :mod:`.documents`: released file names;
- :mod:`.exemptions`: cited statutes;
- :mod:`.reasons`: reasons as written, and the agency a request was referred to.

What each accepts and rejects, and why: docs/extraction.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..context import Context
from ..models import Message
from . import dates, documents, exemptions, money, reasons, tracking

__all__ = ["extract", "message_tracking_numbers"]

_DUE_TYPES = frozenset(
    {"acknowledgement", "extension", "status_update", "fee", "clarification_request", "appeal"}
)
_AMOUNT_TYPES = frozenset({"fee", "payment"})
_EXEMPTION_TYPES = frozenset({"denial", "release"})
_REASON_TYPES = frozenset({"closure", "denial", "no_records", "withdrawal", "referral", "dispute"})


def _sent_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def message_tracking_numbers(message: Message, ctx: Context | None = None) -> list[tracking.Found]:
    """Tracking numbers the message names (subject, own text, attached letters), best first."""
    known = ctx.known_numbers if ctx is not None else None
    merged: dict[str, tracking.Found] = {}
    texts = [message.body or "", message.subject or ""]
    texts.extend(a.text for a in message.attachments if a.text)
    for i, text in enumerate(texts):
        for f in tracking.find(text, known):
            key = tracking.core_key(f.value)
            # Body before subject before attachments when the scores tie.
            f = tracking.Found(f.value, f.start + i * 1_000_000, f.score, f.kind)
            old = merged.get(key)
            if old is None:
                merged[key] = f
            elif (f.score > old.score or (f.kind != "request" and old.kind == "request")
                  or f.value.count(" ") > old.value.count(" ")):
                # Words that say what the number is (appeal, referral) anywhere in the message
                # win, and so does the printing with the agency's code ("PRR 26-0331").
                kind = f.kind if f.kind != "request" else old.kind
                value = f.value if f.value.count(" ") > old.value.count(" ") else old.value
                merged[key] = tracking.Found(value, old.start, max(f.score, old.score), kind)
    ranked = sorted(merged.values(), key=lambda f: (-f.score, f.start))
    # When the message names its number with words ("Reference #", "Request No."), a bare
    # look-alike elsewhere in it (an earlier request quoted in the letter) is left out.
    if ranked and ranked[0].score >= tracking.CONFIDENT:
        ranked = [f for f in ranked if f.score >= tracking.CONFIDENT]
    return ranked


class _Lazy:
    """Each extractor runs at most once per message, and only if an event needs it."""

    def __init__(self, message: Message, sent: dt.date | None) -> None:
        self.message = message
        self.body = message.body or ""
        self.sent = sent
        self.extra = "\n\n".join(a.text for a in message.attachments if a.text)
        self._cache: dict[str, Any] = {}

    def amount(self) -> float | None:
        if "amount" not in self._cache:
            value = money.find_amount(self.body)
            if value is None and self.extra:
                value = money.find_amount(self.extra)
            self._cache["amount"] = value
        return self._cache["amount"]

    def documents(self) -> tuple[str, ...]:
        if "documents" not in self._cache:
            names = [a.name for a in self.message.attachments if a.name]
            self._cache["documents"] = tuple(documents.find_documents(self.body, names))
        return self._cache["documents"]

    def exemptions(self) -> tuple[str, ...]:
        if "exemptions" not in self._cache:
            text = self.body + ("\n\n" + self.extra if self.extra else "")
            self._cache["exemptions"] = tuple(exemptions.find_exemptions(text))
        return self._cache["exemptions"]

    def to_agency(self) -> str | None:
        if "to_agency" not in self._cache:
            self._cache["to_agency"] = reasons.find_to_agency(self.body)
        return self._cache["to_agency"]

    def dated(self, near: tuple[int, int] | None) -> dt.date | None:
        """Without a sent date, a dated evidence sentence ("On March 5, 2026 we released ...")."""
        if near is None:
            return None
        start, end = dates.sentence_bounds(self.body, near[0])
        hits = [h for h in dates.find_dates(self.body[start : max(end, near[1])]) if h.has_year]
        return hits[0].value if hits else None

    def due(self, near: tuple[int, int] | None) -> dt.date | None:
        if "due" not in self._cache:
            self._cache["due"] = dates.due_candidates(self.body, self.sent)
            # An attached letter's periods count from the letter's own date ("from today").
            self._cache["due_extra"] = [
                c for a in self.message.attachments if a.text
                for c in dates.due_candidates(a.text, self.sent, dates.letter_date(a.text))
            ]
        value = dates.nearest(self._cache["due"], near)
        if value is None:
            value = dates.nearest(self._cache["due_extra"], None)
        return value


def _span(event: Any, body: str) -> tuple[int, int] | None:
    ev = event.evidence
    if ev is None or not (0 <= ev.start <= ev.end <= len(body)):
        return None
    return (ev.start, ev.end)


def _fill(event: Any, lazy: _Lazy, numbers: list[tracking.Found]) -> Any:
    kind = event.type
    update: dict[str, Any] = {}
    near = _span(event, lazy.body)
    if event.date is None:
        when = lazy.sent if lazy.sent is not None else lazy.dated(near)
        if when is not None:
            update["date"] = when
    if event.tracking_number is None and numbers:
        requests = [f.value for f in numbers if f.kind == "request"]
        appeals = [f.value for f in numbers if f.kind == "appeal"]
        # A referral's new number belongs to the request the other agency opened; an
        # Attorney General's ruling number to no request: neither is this event's own.
        referrals = [f.value for f in numbers if f.kind == "referral"]
        chosen = (appeals or requests) if kind == "appeal" else (requests or appeals)
        chosen = chosen or referrals
        if chosen:
            update["tracking_number"] = chosen[0]
    if kind in _DUE_TYPES and event.due_date is None:
        due = lazy.due(near)
        if due is not None:
            update["due_date"] = due
    if kind in _AMOUNT_TYPES and event.amount is None:
        amount = lazy.amount()
        if amount is not None and (amount > 0 or kind == "fee"):
            update["amount"] = amount
    if kind == "release" and not event.documents and lazy.documents():
        update["documents"] = lazy.documents()
    if kind in _EXEMPTION_TYPES and not event.exemptions and lazy.exemptions():
        update["exemptions"] = lazy.exemptions()
    if kind in _REASON_TYPES and event.reason is None:
        reason = reasons.find_reason(lazy.body, kind, near)
        if reason:
            update["reason"] = reason
    if kind == "referral" and event.to_agency is None:
        agency = lazy.to_agency()
        if agency:
            update["to_agency"] = agency
    return event.model_copy(update=update) if update else event


def extract(message: Message, ctx: Context) -> Message:
    """Fill the fields of every event of ``message`` and its ``tracking_numbers``."""
    found = message_tracking_numbers(message, ctx)
    numbers = tracking.order(found)
    for f in found:
        # Only numbers named as such teach the thread; a bare shape could be anything.
        if f.score >= tracking.CONFIDENT and f.kind != "other":
            tracking.learn(ctx.known_numbers, f.value)
    sent = _sent_date(message.sent_at)
    lazy = _Lazy(message, sent)
    events = []
    problems = []
    for event in message.events:
        try:
            events.append(_fill(event, lazy, found))
        except Exception as exc:  # one odd text must not lose the other events' fields
            events.append(event)
            problems.append(f"{event.type}: {type(exc).__name__}: {exc}")
    update: dict[str, Any] = {"events": tuple(events)}
    if numbers and not message.tracking_numbers:
        update["tracking_numbers"] = tuple(numbers)
    elif numbers:
        have = {tracking.normalise(t) for t in message.tracking_numbers}
        extra = tuple(n for n in numbers if tracking.normalise(n) not in have)
        update["tracking_numbers"] = (*message.tracking_numbers, *extra)
    out = message.model_copy(update=update)
    for text in problems:
        out = out.with_problem("extract-failed", text, "extract")
    return out
