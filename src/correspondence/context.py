"""What the pipeline has learned so far about the source being read.

Per-message stages receive one :class:`Context` per source. It is the only mutable
object in the pipeline, and it holds only small facts (who the requester is, which
tracking numbers the thread uses), so memory does not grow with the message bodies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .options import ParseOptions


@dataclass
class Context:
    source: str
    options: ParseOptions = field(default_factory=ParseOptions)
    reader: str = ""
    requester_names: set[str] = field(default_factory=set)
    requester_addresses: set[str] = field(default_factory=set)
    agency_names: set[str] = field(default_factory=set)
    agency_addresses: set[str] = field(default_factory=set)
    #: The source's tracking numbers named as such so far: normalised key -> printed form
    #: (see extract.tracking.learn, which bounds it).
    known_numbers: dict[str, str] = field(default_factory=dict)
    seen: int = 0
    #: Event types of the latest message of each side that did something (not only
    #: ``other``): a reply is read against the question or fee it answers.
    last_events: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The day each side's ``last_events`` message was sent, when known: a source read
    #: newest first must not make an older message look like a reply.
    last_event_day: dict[str, dt.date] = field(default_factory=dict)
    #: ``seen`` when each side's ``last_events`` message was read: once a side has
    #: answered, the other side's question is no longer open for its next message.
    last_event_seq: dict[str, int] = field(default_factory=dict)
