"""Link messages into requests: order each source, mark repeated notices, group by request.

The work is split so that a streaming pipeline never has to hold message bodies:

1. :func:`order_source` takes the messages of ONE source (a file), sorts them oldest first
   (stable; an undated message keeps its place after the dated message before it), sets
   ``index`` and ``duplicate_of``. It needs the bodies of that source only
   (:meth:`Linker.add_source` runs this and step 2 for one source).
2. :func:`signature` reduces a message to a compact :class:`Signature`: who is on each
   side, subject key, typed tracking numbers, ids, time, the events. No body.
3. :class:`Linker` takes signatures in any order, then :meth:`Linker.finish` groups them
   into requests (oldest first, each link recorded with the signal that made it) and
   returns the ``request_key`` of every (source, index) and the request records.

:func:`link` runs the three steps on an in-memory list; it is what ``pipeline.parse`` calls.
Signals, strongest first: tracking numbers, reply headers (Message-ID, In-Reply-To,
References), the subject (prefixes removed, compared fuzzily), the thread container for
single-thread formats, and finally the same requester writing with the same agency close in
time. When strong signals disagree the message follows its own tracking number and is
flagged for review instead of merging two requests. docs/requests.md has the details.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import pickle
import re
import sys
import tempfile
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from rapidfuzz import fuzz

from .columns import Column, argsort_by
from .deadlines import jurisdiction_from_domain, jurisdiction_from_text
from .models import Event, LinkDecision, Message, Request, Role, TrackingKind, TrackingNumber
from .options import ParseOptions

# ---------------------------------------------------------------------------------------
# Normalising what the mail says

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|antw|r|automatic reply|auto(?:matic)?[- ]?reply|"
    r"out of office(?: reply)?|undeliverable|read|(?:friendly |final |second )?reminder)\s*(?:\[\d+\])?\s*:\s*|\[[^\]]{1,60}\]\s*)+",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_GENERIC_SUBJECTS = frozenset(
    {
        "", "request", "records request", "public records request", "foia request", "foia",
        "open records request", "your request", "record request", "public records",
        "message", "no subject", "update", "status", "follow up", "question",
    }
)

#: Where a printed number sits: a label or a "#" before it. Bodies are scanned only when
#: the extract stage gave no number (the extract stage is the real source of numbers).
_LABELLED_NUMBER = re.compile(
    r"(?:(?:request|appeal|case|tracking|reference|ref|file|control|ticket|foia|foipa|prr|"
    r"record)\s*(?:no\.?|number|num\.?|id|#)?\s*[:#]?\s*|#\s?)"
    r"([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){2,30})",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"(?<![\w/.=-])#?([A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){1,4})(?![\w/-])")
_DATE_LIKE = re.compile(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$")
_PHONE_LIKE = re.compile(r"^\d{3}-\d{3}-\d{4}$")
_KIND_WORDS = re.compile(
    # a Request for Review (Illinois PAC), an appeal docket or petition is an appeal's
    # number; an Attorney General ruling or opinion number is "other"
    r"appeal|request for review|docket|petition|request|referr|refer(?:red|ral)|remand|"
    r"new search|ruling|opinion",
    re.IGNORECASE,
)
#: "forwarded ... to the Sheriff's Office, which logged it as X": a referral, but only in
#: a message the classifier calls a referral (an internal forward is not one)
_FORWARD_WORDS = re.compile(r"forward(?:ed|ing)?\b", re.IGNORECASE)

_FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
        "aol.com", "icloud.com", "me.com", "protonmail.com", "proton.me", "comcast.net",
        "msn.com", "gmx.com", "ymail.com", "fastmail.com", "hey.com",
    }
)
#: Relaying portals: the agency is the local part (``cityname@mail.nextrequest.com``).
_PORTAL_DOMAINS = (
    "nextrequest.com", "mycusthelp.com", "mycusthelp.net", "govqa.us", "justfoia.com",
    "foiaonline.gov", "muckrock.com", "request.justfoia.com",
)
_AGENCY_HINTS = re.compile(
    r"(?:\.gov$|\.mil$|\.us$|\.gov\.\w\w$|k12|foia|records|clerk|noreply|no-reply|donotreply|"
    r"police|sheriff|city|county|court)",
    re.IGNORECASE,
)
_NAME_STOP = frozenset(
    {"the", "of", "and", "for", "de", "office", "department", "dept", "records", "public",
     "request", "requests", "foia", "team", "unit", "center", "services", "division",
     "correspondence", "no", "reply", "noreply", "admin", "portal", "mail"}
)


_NUMBER_LABEL = re.compile(r"^(?:request|appeal|case|no\.?|number|#)\s*[:#]?\s*", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_WORD_LABEL = re.compile(r"^(?:request|appeal|case)\s+", re.IGNORECASE)


def normalize_number(value: str) -> str:
    """The comparison key of a printed tracking number: '#19-6355' == '19-6355' == '19 6355'."""
    return _NOT_ALNUM.sub("", _NUMBER_LABEL.sub("", value.strip())).upper()


def clean_number(value: str) -> str:
    """The number as an agency prints it, without a leading '#', label or punctuation."""
    return _WORD_LABEL.sub("", value.strip()).lstrip("#:. ").rstrip(".,;:)").strip()


def _plausible_number(token: str) -> bool:
    digits = sum(c.isdigit() for c in token)
    if digits < 3 or _DATE_LIKE.match(token) or _PHONE_LIKE.match(token):
        return False
    # A bare word-with-digits is too loose; want a hyphenated code or a long digit run.
    return "-" in token or digits >= 5


def subject_key(subject: str | None) -> str:
    """Subject without reply/forward/portal prefixes, lower-case, punctuation folded."""
    if not subject:
        return ""
    s = subject
    for _ in range(4):
        stripped = _SUBJECT_PREFIX.sub("", s)
        if stripped == s:
            break
        s = stripped
    return _NON_WORD.sub(" ", s).strip().lower()


def _address_domain(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip(" >").lower()


def _registrable(domain: str) -> str:
    parts = domain.split(".")
    # keep one more label under country/state codes: hsd.k12.or.us, city.ca.gov stay distinct
    if len(parts) >= 3 and (parts[-1] == "us" or parts[-2] in {"k12", "state", "co", "gov", "ci"}):
        return ".".join(parts[-4:]) if parts[-3] == "k12" else ".".join(parts[-3:])
    return ".".join(parts[-2:])


def agency_identity(address: str | None, name: str | None = None) -> str | None:
    """Who the agency is, from its address: the organisation's domain, or for a relaying
    portal the agency's own local part at the portal."""
    domain = _address_domain(address)
    if domain is None:
        tokens = name_tokens(name)
        return "name:" + " ".join(sorted(tokens)) if tokens else None
    for portal in _PORTAL_DOMAINS:
        if domain == portal or domain.endswith("." + portal):
            local = address.rsplit("@", 1)[0].lower() if address else ""
            return f"{local}@{portal}"
    return _registrable(domain)


def name_tokens(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    words = _NON_WORD.sub(" ", name.lower()).split()
    return frozenset(w for w in words if len(w) > 2 and w not in _NAME_STOP)


def guess_role(address: str | None) -> Role | None:
    """A last resort when no stage set the role: agencies write from agency-looking domains."""
    domain = _address_domain(address)
    if domain is None:
        return None
    if domain in _FREE_MAIL:
        return "requester"
    if any(domain == p or domain.endswith("." + p) for p in _PORTAL_DOMAINS):
        return "agency"
    local = address.split("@", 1)[0] if address else ""
    return "agency" if _AGENCY_HINTS.search(domain) or _AGENCY_HINTS.search(local) else None


def _when(value: dt.datetime | dt.date | None) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, 12, tzinfo=dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _display_name(text: str) -> str | None:
    """'HSD Public Records <records@x.us>' -> 'HSD Public Records'."""
    name = text.split("<", 1)[0].strip().strip('"').strip()
    return name if name and "@" not in name else None


def _address_of(text: str | None) -> str | None:
    if not text:
        return None
    found = re.search(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text)
    return found.group(0).lower() if found else None


_DIGITS = re.compile(r"\d+")
#: logos and signature pictures pasted into mail are not released records
_INLINE_IMAGE = re.compile(r"^(?:image|logo|outlook|signature)[-_ ]?\w{0,12}\.(?:png|jpe?g|gif|bmp)$",
                           re.IGNORECASE)


def _subject_similarity(a: str, b: str) -> float:
    """Fuzzy ratio of two subject keys; numbers in them must agree ("topic 36" != "topic 38")."""
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return 0.0
    return fuzz.ratio(a, b)


# ---------------------------------------------------------------------------------------
# Step 1: order one source, set index and duplicate_of

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def _body_sketch(message: Message) -> str:
    body = (message.body or "")[:2400]
    text = _URL.sub(" ", body) if "http" in body or "www." in body else body
    return _SPACES.sub(" ", text).strip().lower()[:2000]


def _documents(message: Message) -> tuple[str, ...]:
    docs: list[str] = []
    for e in message.events:
        docs.extend(getattr(e, "documents", ()) or ())
    return tuple(sorted(d.lower() for d in docs))


def _side(message: Message) -> tuple[str | None, str | None]:
    role = message.role or message.role_hint or guess_role(message.sender_address)
    who = (message.sender_address or message.sender or "").lower() or None
    return role, who


def sort_positions(times: Sequence[dt.datetime | None]) -> list[int]:
    """Positions of one source's messages, oldest first.

    Stable, and an undated message keeps its place after the dated one before it.
    """
    keys: list[tuple[dt.datetime, int]] = []
    last = dt.datetime.min.replace(tzinfo=dt.UTC)
    for pos, when in enumerate(times):
        if when is not None:
            last = when
        keys.append((when or last, pos))
    return sorted(range(len(times)), key=lambda i: keys[i])


class DuplicateWindow:
    """Marks repeats among one source's messages, fed oldest first.

    A repeat is a later message from the same sender on the same side whose normalised
    body is near-identical (rapidfuzz ratio >= ``ratio``) and that does the same things
    (same event types; a release must list the same files). Only the last ``window``
    messages are compared, so memory stays bounded however long the source is.
    """

    def __init__(self, ratio: float = 95.0, window: int = 40) -> None:
        self.ratio = ratio
        self.window = window
        self._recent: list[tuple[int, tuple[object, ...], str, int | None]] = []

    def mark(self, message: Message, index: int) -> Message:
        sketch = _body_sketch(message)
        # what must match before bodies are compared: side, sender, what the message does,
        # released files, numbers and subject (the same notice for another request differs
        # only in its number or title)
        facet = (
            *_side(message), frozenset(e.type for e in message.events), _documents(message),
            frozenset(normalize_number(n) for n in message.tracking_numbers),
            subject_key(message.subject),
        )
        dup: int | None = None
        if len(sketch) >= 40:
            for j, other_facet, other, other_dup in reversed(self._recent):
                if other_facet != facet:
                    continue
                if abs(len(other) - len(sketch)) > 0.1 * max(len(other), len(sketch)):
                    continue
                if fuzz.ratio(sketch, other) >= self.ratio:
                    dup = other_dup if other_dup is not None else j
                    break
        self._recent.append((index, facet, sketch, dup))
        if len(self._recent) > self.window:
            del self._recent[0]
        return message.model_copy(update={"index": index, "duplicate_of": dup})


def order_source(messages: Sequence[Message], duplicate_ratio: float = 95.0) -> list[Message]:
    """Sort one source oldest first, set ``index``, and ``duplicate_of`` for repeats."""
    order = sort_positions([_when(m.sent_at) for m in messages])
    window = DuplicateWindow(duplicate_ratio)
    return [window.mark(messages[pos], idx) for idx, pos in enumerate(order)]


# ---------------------------------------------------------------------------------------
# Step 2: the compact signature


@dataclass(slots=True)
class Signature:
    """What linking needs to know about one message (no body)."""

    source: str
    index: int
    when: dt.datetime | None
    role: Role | None
    requester_id: str | None
    requester_name: str | None
    agency_id: str | None
    agency_name: str | None
    portal: str | None
    subject: str | None
    subject_key: str
    numbers: tuple[tuple[str, str, TrackingKind], ...]  # (key, printed, kind)
    message_id: str | None
    reply_ids: tuple[str, ...]
    container: str | None
    jurisdiction: str | None
    events: tuple[Event, ...]
    duplicate_of: int | None
    appeal_outcome: str | None = None
    clauses: bytes = b""  # packed CRC-32s, read with clause_hashes()
    attachments: tuple[str, ...] = ()


_WORDS = re.compile(r"[a-z0-9]+")
_CLAUSE = re.compile(r"[.;:!?\n]\s*(?=\S)|\n")
_MIN_CLAUSE_WORDS = 8
_MAX_CLAUSES = 40


def text_clauses(text: str) -> frozenset[int]:
    """Fingerprints of the text's longer clauses (for "this notice quotes the request").

    A portal that quotes a request back re-flows its lines but keeps its clauses; each
    clause of 8 words or more is reduced to its lower-case words and hashed (CRC-32, the
    same in every run). Cheap: one split and one hash per clause, no per-word loop.
    """
    out: list[int] = []
    for clause in _CLAUSE.split(text.lower()):
        words = _WORDS.findall(clause)
        if len(words) >= _MIN_CLAUSE_WORDS:
            out.append(zlib.crc32(" ".join(words).encode()))
            if len(out) >= _MAX_CLAUSES:
                break
    return frozenset(out)


#: a decision that grants only part ("granted in part and denied in part", "affirmed in
#: part") leaves a withholding standing; looked for before a plain grant or affirmance
_APPEAL_IN_PART = re.compile(
    # said of the appeal itself: an acknowledgement restating "the decision that granted
    # in part" decides nothing
    r"\b(?:appeal|petition|request for review)\s+(?:is|was|has been|shall be|are)\s+(?:hereby\s+)?"
    r"(?:(?:granted|affirmed|denied|sustained|reversed) in part|(?:partially|partly) "
    r"(?:granted|affirmed|denied|sustained|reversed))\b"
    r"|\b(?:grant|affirm|deny|sustain|revers)\w*\s+(?:your|the|this)\s+appeal\s+in part\b"
    r"|\b(?:partially|partly)\s+(?:grant|sustain|affirm|revers)\w*\s+(?:your|the|this)\s+appeal\b",
    re.IGNORECASE,
)
_APPEAL_OUTCOME = re.compile(
    r"\b(?P<remanded>remand(?:ed|ing)?\b|appeal (?:is|has been) granted|grant(?:ed|ing) (?:your|the) appeal)"
    r"|\b(?P<affirmed>affirm(?:ed|ing)?\b|appeal (?:is|has been) denied|deny(?:ing)? (?:your|the) appeal)",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*\n")
_OWN_NUMBER = re.compile(r"\b(?:their|its)\s+own\b", re.IGNORECASE)


def _word_kind(word: str) -> TrackingKind:
    w = word.lower()
    if w.startswith(("appeal", "request for review", "docket", "petition")):
        return "appeal"
    if w.startswith(("refer", "forward")):
        return "referral"
    if w.startswith(("remand", "new search", "ruling", "opinion")):
        return "other"
    return "request"


def _kind_at(text: str, start: int, referral: bool = False) -> TrackingKind | None:
    """The kind of number printed at ``start``.

    The label right before the number decides ("appeal No. X", "request #X"); without
    one, the sentence does ("... referred to them, X", "remanded ... under number X").
    "their own request number X" after a referral is the other agency's number. In a
    referral letter (``referral``), "forwarded" counts as "referred".
    """
    before = text[max(0, start - 300) : start]
    near = list(_KIND_WORDS.finditer(before[-25:]))
    if near:
        kind = _word_kind(near[-1].group(0))
        if kind == "request" and _OWN_NUMBER.search(before[-40:]) and re.search(
            r"refer(?:red|ral)|forward", before, re.IGNORECASE
        ):
            return "referral"
        return kind
    ends = list(_SENTENCE_END.finditer(before))
    sentence = before[ends[-1].end() :] if ends else before
    words = [_word_kind(m.group(0)) for m in _KIND_WORDS.finditer(sentence)]
    if referral and _FORWARD_WORDS.search(sentence):
        words.append("referral")
    for kind in ("referral", "other", "appeal", "request"):
        if kind in words:
            return kind
    return None


def _numbers_in(text: str) -> list[tuple[str, int]]:
    """Tracking numbers in a subject line: after a label or '#', or a code mixing letters
    and digits (an incident or phone number alone is all digits)."""
    found: list[tuple[str, int]] = []
    for m in _LABELLED_NUMBER.finditer(text):
        if _plausible_number(m.group(1)):
            found.append((m.group(1), m.start(1)))
    for m in _BARE_NUMBER.finditer(text):
        token = m.group(1)
        if _plausible_number(token) and any(c.isalpha() for c in token):
            found.append((token, m.start(1)))
    return found


def _typed_numbers(message: Message) -> tuple[tuple[str, str, TrackingKind], ...]:
    subject = message.subject or ""
    body = message.body or ""
    # The extract stage finds numbers in the text; the subject line is read here as well
    # because portals put the number there even when the body only links to it.
    printed: list[str] = [clean_number(n) for n in message.tracking_numbers if n]
    printed.extend(clean_number(t) for t, _ in _numbers_in(subject))
    if any(e.type == "referral" for e in message.events):
        # a referral letter often gives the other agency's number: it opens the linked request
        printed.extend(clean_number(m.group(1)) for m in _LABELLED_NUMBER.finditer(body[:6000])
                       if _plausible_number(m.group(1)))
    event_kind: dict[str, TrackingKind] = {}
    for e in message.events:
        if e.tracking_number:
            k = normalize_number(e.tracking_number)
            # An event's number is often just the request's own: only an appeal event is
            # trusted to type it, and only when the wording around it says nothing.
            if e.type == "appeal":
                event_kind.setdefault(k, "appeal")
    result: list[tuple[str, str, TrackingKind]] = []
    seen: set[str] = set()
    body_head = body[:6000]
    subject_lower, body_lower = subject.lower(), body_head.lower()
    referral = any(e.type == "referral" for e in message.events)
    for value in printed:
        key = normalize_number(value)
        if len(key) < 3 or key in seen:
            continue
        seen.add(key)
        kinds: list[TrackingKind] = []
        needle = value.lower()
        for text, lower in ((subject, subject_lower), (body_head, body_lower)):
            at = lower.find(needle)
            while at >= 0 and len(kinds) <= 4:
                found_kind = _kind_at(text, at, referral)
                if found_kind:
                    kinds.append(found_kind)
                at = lower.find(needle, at + len(needle))
        special = [k for k in kinds if k != "request"]
        kind: TrackingKind
        if special:
            kind = Counter(special).most_common(1)[0][0]
        else:
            kind = "request" if kinds else event_kind.get(key, "request")
        result.append((key, value, kind))
    return tuple(result)


# --- keeping signatures small: one is held per message until Linker.finish ---------


def _i(value: str | None) -> str | None:
    """The one shared copy of a repeated string (sources, names, ids, subjects): every
    message read back from the spool brings its own copies otherwise."""
    return sys.intern(value) if value else value


def _pack(hashes: frozenset[int]) -> bytes:
    """Clause hashes as 4 bytes each (a frozenset of ints costs about 60 bytes a hash)."""
    return array("I", sorted(hashes)).tobytes()


def clause_hashes(sig: Signature) -> frozenset[int]:
    """The clause fingerprints a signature carries (see :func:`text_clauses`)."""
    if not sig.clauses:
        return frozenset()
    hashes = array("I")
    hashes.frombytes(sig.clauses)
    return frozenset(hashes)


_FIELDS_SET: dict[tuple[type, frozenset[str]], set[str]] = {}
_DAYS: dict[dt.date, dt.date] = {}  # one object per calendar day (a few thousand at most)


def _slim_event(event: Event) -> Event:
    """The event without its evidence, built to share what can be shared.

    ``model_copy`` gives every copy its own set of explicitly-set field names; events of
    one type and shape share one here (pydantic copies that set before any update), which
    halves an event's size (830 -> 360 bytes measured). The object is still the frozen
    model, so the request record shows it as is.
    """
    if event.evidence is None:
        return event
    values = dict(event.__dict__)
    values["evidence"] = None
    for name in ("tracking_number", "rule"):
        if values.get(name):
            values[name] = sys.intern(values[name])
    for name in ("date", "due_date"):
        day = values.get(name)
        if day is not None:
            values[name] = _DAYS.setdefault(day, day)
    names = event.model_fields_set - {"evidence"}
    shared = _FIELDS_SET.setdefault((type(event), frozenset(names)), set(names))
    return type(event).model_construct(_fields_set=shared, **values)


_DECISION_FIELDS = {"source", "index", "signal", "detail", "review"}


def _decision(source: str, index: int, signal: str, detail: str, review: bool) -> LinkDecision:
    """A LinkDecision for every message, built without re-validating what the linker
    made itself, sharing its field-name set (half the size of a validated one)."""
    return LinkDecision.model_construct(_fields_set=_DECISION_FIELDS, source=source, index=index,
                                        signal=sys.intern(signal), detail=sys.intern(detail),
                                        review=review)


def _clauses(message: Message, role: Role | None) -> frozenset[int]:
    """Clause fingerprints for "this notice quotes the request".

    A requester's letter gives its own text only (what it quotes is someone else's). An
    agency notice also gives the text it quotes back: the splitter moves an echo such as
    NextRequest's "Original Request: ..." into ``quoted`` / ``quoted_messages``.
    """
    text = (message.body or "")[:3000]
    if role != "requester":
        quoted = message.quoted or "\n".join(q.body for q in message.quoted_messages)
        if quoted:
            text += "\n" + quoted[:3000]
    return text_clauses(text)


def signature(message: Message) -> Signature:
    """Reduce a message (after :func:`order_source`) to what linking needs."""
    role = message.role or message.role_hint or guess_role(message.sender_address)
    sender_addr = (message.sender_address or _address_of(message.sender) or "").lower() or None
    recipients = [r for r in (_address_of(x) for x in message.recipients) if r]
    requester_id = requester_name = agency_id = agency_name = None
    if role == "requester":
        requester_id = sender_addr or (message.sender or "").lower() or None
        requester_name = message.sender
        if recipients:
            agency_id = agency_identity(recipients[0])
            agency_name = _display_name(message.recipients[0])
    elif role == "agency":
        agency_id = agency_identity(sender_addr, message.sender)
        agency_name = message.sender
        if recipients:
            requester_id = recipients[0]
    # The request letter names its law; for agency mail the subject and domain suffice.
    text_head = message.subject or ""
    if role != "agency" and any(e.type == "request" for e in message.events):
        text_head += "\n" + (message.body or "")[:2000]
    jurisdiction = jurisdiction_from_text(text_head)
    if jurisdiction is None and role == "agency":
        jurisdiction = jurisdiction_from_domain(_address_domain(sender_addr))
    numbers = _typed_numbers(message)
    outcome = None
    if any(e.type == "appeal" for e in message.events) or any(n[2] == "appeal" for n in numbers):
        body = message.body or ""
        found = _APPEAL_OUTCOME.search(body)
        if _APPEAL_IN_PART.search(body):
            outcome = "in_part"
        elif found:
            outcome = found.lastgroup
    # The thread root and the nearest ancestors are enough to find a linked message; a
    # long thread's References otherwise grows with every reply.
    refs = [r.strip() for r in message.references if r.strip()]
    if len(refs) > 4:
        refs = [refs[0], *refs[-3:]]
    if message.in_reply_to and message.in_reply_to.strip():
        refs.append(message.in_reply_to.strip())
    return Signature(
        source=sys.intern(message.source),
        index=message.index,
        when=_when(message.sent_at),
        role=role,
        requester_id=_i(requester_id),
        requester_name=_i(requester_name),
        agency_id=_i(agency_id),
        agency_name=_i(agency_name),
        portal=_i(message.portal or message.portal_hint),
        subject=_i(message.subject),
        subject_key=sys.intern(subject_key(message.subject)),
        numbers=tuple((sys.intern(k), sys.intern(v), kind) for k, v, kind in numbers),
        message_id=_i((message.message_id or "").strip() or None),
        reply_ids=tuple(dict.fromkeys(sys.intern(r) for r in refs)),
        # the thread the format itself states (a thread export, a MuckRock request id);
        # a mailbox states none, whatever its file is called
        container=_i(message.thread_hint),
        jurisdiction=_i(jurisdiction),
        # the evidence text stays on the message line; the request keeps the facts only
        events=tuple(_slim_event(e) for e in message.events),
        duplicate_of=message.duplicate_of,
        appeal_outcome=outcome,
        # only requester letters (the request text) and agency notices (that may quote
        # it) are compared
        clauses=_pack(_clauses(message, role)) if role in ("requester", "agency") else b"",
        # files only count for agency messages (a release without a file list)
        attachments=tuple(sys.intern(a.name) for a in message.attachments
                          if a.name and not _INLINE_IMAGE.match(a.name)) if role == "agency" else (),
    )


# ---------------------------------------------------------------------------------------
# Step 3: group signatures into requests


class _Records:
    """Pickled objects parked in a temporary file, read back by slot (append only).

    One signature is about 1.3 KB in memory; 100,000 of them, plus the decisions and the
    request records made from them, would be most of a large parse's memory. On disk they
    cost a file offset each (8 bytes) and a few microseconds to read back.
    """

    def __init__(self) -> None:
        # closed by close(); the owner's lifetime spans several calls
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="correspondence-link-")  # noqa: SIM115
        self._offsets = Column.offsets()
        self._end = 0

    def __len__(self) -> int:
        return len(self._offsets)

    def append(self, obj: object) -> int:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        self._offsets.append(self._end)
        self._end += len(data)
        return len(self._offsets) - 1

    def get(self, slot: int) -> Any:
        start = self._offsets[slot]
        end = self._offsets[slot + 1] if slot + 1 < len(self._offsets) else self._end
        self._file.seek(start)
        return pickle.loads(self._file.read(end - start))

    def close(self) -> None:
        self._file.close()


class _Strings:
    """An append-only list of strings held as one UTF-8 buffer and 4-byte offsets.

    Request keys are output at the very end, one per request; as str objects in a list
    they cost about 90 bytes each, here their length plus 4.
    """

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("I")

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, n: int) -> str:
        if n < 0:
            n += len(self._ends)
        start = self._ends[n - 1] if n > 0 else 0
        return self._data[start:self._ends[n]].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return (self[n] for n in range(len(self)))

    def append(self, value: str) -> None:
        self._data += value.encode("utf-8")
        self._ends.append(len(self._data))


class _HashIndex:
    """A str -> non-negative int map holding an 8-byte digest per key, not the string.

    The Message-ID index has one entry per message: as a dict of strings it costs about
    150 bytes an entry, here 24 (open addressing over two arrays, half full at most). Two
    ids sharing a 64-bit BLAKE2 digest would be taken as one (odds ~1e-9 at 100,000).
    """

    def __init__(self) -> None:
        self._keys = array("q", bytes(8 * 64))
        self._vals = array("i", [-1]) * 64
        self._used = 0

    @staticmethod
    def _digest(key: str) -> int:
        value = int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                               "little", signed=True)
        return value or 1  # 0 marks an empty slot

    def _slot(self, digest: int) -> int:
        keys, mask = self._keys, len(self._keys) - 1
        slot = digest & mask
        while keys[slot] != 0 and keys[slot] != digest:
            slot = (slot + 1) & mask
        return slot

    def get(self, key: str) -> int | None:
        slot = self._slot(self._digest(key))
        return self._vals[slot] if self._keys[slot] != 0 else None

    def setdefault(self, key: str, value: int) -> int:
        digest = self._digest(key)
        slot = self._slot(digest)
        if self._keys[slot] != 0:
            return self._vals[slot]
        self._keys[slot], self._vals[slot] = digest, value
        self._used += 1
        if 2 * self._used > len(self._keys):
            self._grow()
        return value

    def _grow(self) -> None:
        old_keys, old_vals = self._keys, self._vals
        self._keys = array("q", bytes(16 * len(old_keys)))
        self._vals = array("i", [-1]) * (2 * len(old_vals))
        for digest, value in zip(old_keys, old_vals, strict=True):
            if digest != 0:
                slot = self._slot(digest)
                self._keys[slot], self._vals[slot] = digest, value


class _ClauseCounts:
    """How many requests' letters hold each 32-bit clause hash, counted to 2 ("shared").

    Every request letter adds its clauses, so across a large mailbox this is the one map
    that grows with the requests' text: as a dict of ints about 100 bytes an entry, here
    10 (open addressing, half full at most; 0 stands for an empty slot).
    """

    def __init__(self) -> None:
        self._keys = array("I", bytes(4 * 64))
        self._counts = bytearray(64)
        self._used = 0

    def _slot(self, key: int) -> int:
        keys, mask = self._keys, len(self._keys) - 1
        slot = key & mask  # CRC-32s: their low bits are already spread
        while keys[slot] != 0 and keys[slot] != key:
            slot = (slot + 1) & mask
        return slot

    def get(self, key: int) -> int:
        slot = self._slot(key or 1)
        return self._counts[slot] if self._keys[slot] != 0 else 0

    def add(self, key: int) -> None:
        key = key or 1
        slot = self._slot(key)
        if self._keys[slot] == 0:
            self._keys[slot] = key
            self._used += 1
        self._counts[slot] = min(2, self._counts[slot] + 1)
        if 2 * self._used > len(self._keys):
            old_keys, old_counts = self._keys, self._counts
            self._keys = array("I", bytes(8 * len(old_keys)))
            self._counts = bytearray(2 * len(old_counts))
            for k, c in zip(old_keys, old_counts, strict=True):
                if k != 0:
                    new = self._slot(k)
                    self._keys[new], self._counts[new] = k, c


class _MessageIds:
    """Message-ID -> the request of the message that has it, built before grouping.

    Every message's ID digest is known when grouping starts, so the index is two sorted
    arrays (12 bytes a message) searched by bisection, instead of a hash table grown one
    message at a time (24 to 48 bytes a message, and a copy of itself while it grows).
    A message counts only once it has been grouped (``assignment[i] >= 0``), as when
    each was registered after its grouping: of several messages with one ID, the first
    grouped (the entry ranked first) answers.
    """

    def __init__(self, digests: Column, order: Column) -> None:
        # stable: equal digests stay in grouping order
        by_digest = argsort_by(len(order), lambda rank: digests[order[rank]])
        self._digests = Column.filled("q", len(by_digest))
        self._messages = Column.filled("i", len(by_digest))
        for k, rank in enumerate(by_digest):
            self._messages[k] = i = order[rank]
            self._digests[k] = digests[i]

    def cluster(self, message_id: str, assignment: Column) -> int | None:
        digest = _HashIndex._digest(message_id)
        k = bisect.bisect_left(self._digests, digest)
        if k == len(self._digests) or self._digests[k] != digest:
            return None
        cluster = assignment[self._messages[k]]
        return cluster if cluster >= 0 else None


_NO_TIME = -(2**63)  # a message without a date
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MIN_TIME = (dt.datetime.min.replace(tzinfo=dt.UTC) - _EPOCH) // dt.timedelta(microseconds=1)


def _time_key(times: Column) -> Callable[[int], int]:
    """Sort key of message number i: its time, undated messages first."""
    return lambda i: _MIN_TIME if times[i] == _NO_TIME else times[i]


def _micros(when: dt.datetime | None) -> int:
    """An aware datetime as exact microseconds since 1970 (compares as the datetimes do)."""
    return _NO_TIME if when is None else (when - _EPOCH) // dt.timedelta(microseconds=1)


@dataclass(slots=True)
class _Cluster:
    # One per request (and per referral opened): the sets are frozensets shared between
    # clusters through Linker._canon, and members are message numbers (the order the
    # signatures were added), so a cluster costs a few hundred bytes, not kilobytes.
    id: int
    # members by rank (the n-th message grouped: order[rank] is its message number, and
    # rank is its decision's slot); in the order they joined
    members: array[int] = field(default_factory=lambda: array("i"))
    numbers: dict[str, tuple[str, TrackingKind]] = field(default_factory=dict)  # key -> (printed, kind)
    requesters: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    agency_words: frozenset[str] = frozenset()
    subjects: tuple[str, ...] = ()  # the last 8 (only those are compared)
    containers: frozenset[str] = frozenset()
    last: dt.datetime | None = None
    parent: int | None = None
    referred_to: str | None = None
    review: bool = False
    request_text: frozenset[int] = frozenset()
    n_agency: int = 0  # members written by the agency
    n_requester: int = 0  # ... and by the requester

    def request_numbers(self) -> set[str]:
        return {k for k, v in self.numbers.items() if v[1] == "request"}


_CLUSTERS_IN_MEMORY = 1024


class _ClusterStore:
    """Every cluster by id; only the most recently used stay in memory, the rest are
    parked on disk and read back when a message reaches them again.

    A mailbox of 100,000 messages makes about 17,000 requests: in memory their clusters
    (numbers, subjects, members) cost more than all the per-message arrays together.
    Messages are taken oldest first and mostly reach the latest requests, so a thousand
    clusters in memory serve nearly every look-up (the weak signals compare a requester's
    last 60 only). A cluster object is only valid until the next :meth:`trim` (called
    between messages).
    """

    def __init__(self, canon: Callable[[frozenset[Any]], frozenset[Any]], keep: int | None = None) -> None:
        self.keep = _CLUSTERS_IN_MEMORY if keep is None else keep
        self._canon = canon  # a cluster read back shares its sets again
        self._live: dict[int, _Cluster] = {}  # least recently used first
        self._parked = Column("i")  # per cluster id: its record, -1 while in memory
        self._records = _Records()

    def __len__(self) -> int:
        return len(self._parked)

    def new(self) -> _Cluster:
        cl = _Cluster(id=len(self._parked))
        self._parked.append(-1)
        self._live[cl.id] = cl
        return cl

    def __getitem__(self, cid: int) -> _Cluster:
        cl = self._live.pop(cid, None)
        if cl is None:
            cl = self._records.get(self._parked[cid])
            self._parked[cid] = -1
            for name in ("requesters", "agencies", "agency_words", "containers", "request_text"):
                setattr(cl, name, self._canon(getattr(cl, name)))
        self._live[cid] = cl
        return cl

    def trim(self) -> None:
        while len(self._live) > self.keep:
            cid = next(iter(self._live))
            self._parked[cid] = self._records.append(self._live.pop(cid))

    def close(self) -> None:
        self._records.close()


_WEAK_WINDOW = dt.timedelta(days=120)
_ADOPT_WINDOW = dt.timedelta(days=14)
_ADOPT_MICROS = _ADOPT_WINDOW // dt.timedelta(microseconds=1)
_REFERRAL_WINDOW = dt.timedelta(days=60)
_SUBJECTS_KEPT = 8


class LinkedRequests:
    """What :meth:`Linker.finish_records` returns: each message's request and the request
    records, parked on disk and read back one at a time.

    ``request_of[n]`` is the request number of the n-th signature added (-1: none),
    ``keys[r]`` the key of request r, ``order`` the request numbers in output order
    (each referral right after the request that made it). Close it when done.
    """

    def __init__(self, request_of: Column, keys: _Strings, order: Column, records: _Records) -> None:
        self.request_of = request_of
        self.keys = keys
        self.order = order
        self._records = records

    def request(self, number: int) -> Request:
        result: Request = self._records.get(number)
        return result

    def close(self) -> None:
        self._records.close()


class Linker:
    """Collects signatures, then groups them into requests (see module doc).

    Signatures are parked on disk as they come (see :class:`_Records`); what grouping
    compares is read back one message at a time, in time order, and what it must keep
    per message is a few numbers in arrays.
    """

    def __init__(self, options: ParseOptions | None = None) -> None:
        self.options = options or ParseOptions()
        self._sigs = _Records()
        self._times = Column("q")  # per message: _micros(when)
        self._msgids = Column("q")  # per message: its scoped Message-ID's digest, 0 for none
        # how many requests' letters contain each clause (boilerplate is in many)
        self._clause_df = _ClauseCounts()
        self._shared: dict[frozenset[Any], frozenset[Any]] = {}  # bounded, see _canon

    def add(self, sig: Signature) -> None:
        self._sigs.append(sig)
        self._times.append(_micros(sig.when))
        self._msgids.append(_HashIndex._digest(self._scope(sig, sig.message_id)) if sig.message_id else 0)

    def close(self) -> None:
        """Let go of the parked signatures (finishing does it too)."""
        self._sigs.close()

    def add_source(self, messages: Sequence[Message]) -> list[Message]:
        """Order one source's messages and keep their signatures; return the ordered
        messages (``index``/``duplicate_of`` set) for the caller to spool or write later.
        Only this source's bodies are needed, so a streaming pipeline can drop them."""
        ordered = order_source(messages)
        for m in ordered:
            self.add(signature(m))
        return ordered

    # -- helpers --------------------------------------------------------------------------
    def _scope(self, sig: Signature, value: str) -> str:
        return value if self.options.link_across_sources else f"{sig.source}\x00{value}"

    def _canon(self, values: frozenset[Any]) -> frozenset[Any]:
        """One shared copy of each distinct set (most requests have the same few).

        Only the clusters in memory share them, so when the map outgrows those many times
        over it starts again: every request's own clause set would otherwise stay here.
        """
        if len(self._shared) > 8 * _CLUSTERS_IN_MEMORY:
            self._shared.clear()
        return self._shared.setdefault(values, values)

    def finish(self) -> tuple[dict[tuple[str, int], str], list[Request]]:
        """Group every signature; return request_key per (source, index) and the requests.

        The linker is spent afterwards. :meth:`finish_records` is the same without
        holding every request at once.
        """
        linked = self.finish_records()
        try:
            result: dict[tuple[str, int], str] = {}
            for number in range(len(linked.keys)):
                request = linked.request(number)
                for where in request.messages:
                    result[where] = request.key
            return result, [linked.request(number) for number in linked.order]
        finally:
            linked.close()

    def finish_records(self) -> LinkedRequests:
        """Group every signature into requests and build each request's record.

        Only one request's signatures are in memory at a time: each record is built and
        parked on disk before the next (see :class:`LinkedRequests`).
        """
        from .requests import build_request

        total = len(self._times)
        # undated messages sort first
        order = argsort_by(total, _time_key(self._times))
        clusters = _ClusterStore(self._canon)
        children_of: dict[int, list[int]] = {}  # referral clusters by the cluster that opened them
        parent_of = Column("i")
        by_number = _HashIndex()
        by_msgid = _MessageIds(self._msgids, order)
        self._msgids = Column("q")
        by_requester: dict[str, list[int]] = {}
        by_container: dict[str, int] = {}
        assignment = Column.filled("i", total, -1)
        decisions_of = _Records()  # (signal, detail, review) by rank: one per message, in order

        def find(c: int) -> int:
            while parent_of[c] != c:
                parent_of[c] = parent_of[parent_of[c]]
                c = parent_of[c]
            return c

        def new_cluster(parent: int | None = None) -> _Cluster:
            cl = clusters.new()
            parent_of.append(cl.id)
            if parent is not None:
                cl.parent = parent
                children_of.setdefault(parent, []).append(cl.id)
            return cl

        def merge(a: int, b: int) -> int:
            a, b = find(a), find(b)
            if a == b:
                return a
            if len(clusters[a].members) < len(clusters[b].members):
                a, b = b, a
            ca, cb = clusters[a], clusters[b]
            parent_of[b] = a
            ca.members.extend(cb.members)
            for k, v in cb.numbers.items():
                ca.numbers.setdefault(k, v)
            ca.requesters = self._canon(ca.requesters | cb.requesters)
            ca.agencies = self._canon(ca.agencies | cb.agencies)
            ca.agency_words = self._canon(ca.agency_words | cb.agency_words)
            ca.subjects = (ca.subjects + cb.subjects)[-_SUBJECTS_KEPT:]
            ca.containers = self._canon(ca.containers | cb.containers)
            ca.request_text = self._canon(ca.request_text | cb.request_text)
            ca.review = ca.review or cb.review
            ca.n_agency += cb.n_agency
            ca.n_requester += cb.n_requester
            if cb.last and (ca.last is None or cb.last > ca.last):
                ca.last = cb.last
            return a

        sigs = self._sigs
        for rank, i in enumerate(order):
            sig: Signature = sigs.get(i)
            decisions: list[tuple[str, int, str]] = []  # (signal, cluster, detail)
            review = False
            own_request_numbers = [n for n in sig.numbers if n[2] == "request"]
            # 1. tracking numbers
            number_hits: dict[int, list[str]] = {}
            for key, printed, _kind in sig.numbers:
                c = by_number.get(self._scope(sig, key))
                if c is not None:
                    number_hits.setdefault(find(c), []).append(printed)
            # 2. reply headers
            reply_hits: set[int] = set()
            for rid in sig.reply_ids:
                c = by_msgid.cluster(self._scope(sig, rid), assignment)
                if c is not None:
                    reply_hits.add(find(c))
            target: int | None = None
            if number_hits:
                ranked = sorted(number_hits, key=lambda c: -len(number_hits[c]))
                target = ranked[0]
                decisions.append(("tracking_number", target, ", ".join(number_hits[target])))
                for other in ranked[1:]:
                    a, b = clusters[target].request_numbers(), clusters[other].request_numbers()
                    if a and b and not (a & b) and clusters[other].parent != target and \
                            clusters[target].parent != other:
                        review = True
                        decisions.append(("conflict", other,
                                          f"also names {', '.join(number_hits[other])} of another request"))
                    elif clusters[other].parent is None and clusters[target].parent is None:
                        target = merge(target, other)
            if reply_hits:
                for c in reply_hits:
                    c = find(c)
                    if target is None:
                        target = c
                        decisions.append(("reply_header", c, "In-Reply-To/References"))
                    elif c != find(target):
                        a, b = clusters[find(target)].request_numbers(), clusters[c].request_numbers()
                        if a and b and not (a & b):
                            review = True
                            decisions.append(("conflict", c, "replies to a message of another request"))
                        else:
                            target = merge(target, c)
                            decisions.append(("reply_header", target, "In-Reply-To/References"))
            # A strong link that disagrees with the message's own number: follow the number.
            if target is not None and own_request_numbers and not number_hits:
                have = clusters[find(target)].request_numbers()
                mine = {n[0] for n in own_request_numbers}
                if have and not (have & mine):
                    review = True
                    decisions.append(("conflict", find(target),
                                      f"reply names another number {own_request_numbers[0][1]}"))
                    target = None
            # 3. a single-thread file (MuckRock JSON, thread export, GovQA history) is one
            #    thread by construction: numbers it gathers on the way belong together.
            if target is None and sig.container is not None:
                c = by_container.get(sig.container)
                if c is not None:
                    target = find(c)
                    decisions.append(("thread_container", target, "same single-thread export"))
            # 4. subject, same requester (a new request letter with no strong link starts its
            #    own request instead)
            files_request = sig.role == "requester" and any(e.type == "request" for e in sig.events)
            if target is None and sig.subject_key not in _GENERIC_SUBJECTS and sig.requester_id \
                    and not files_request:
                best: tuple[float, int] | None = None
                for c in reversed(by_requester.get(self._scope(sig, sig.requester_id), [])[-60:]):
                    c = find(c)
                    cl = clusters[c]
                    if self._conflicts(cl, own_request_numbers, sig.container):
                        continue
                    score = max((_subject_similarity(sig.subject_key, s) for s in cl.subjects[-8:]),
                                default=0.0)
                    if score >= 90 and (best is None or score > best[0]):
                        best = (score, c)
                if best is not None:
                    target = best[1]
                    decisions.append(("subject", target, f"subject {sig.subject_key!r} ~{best[0]:.0f}"))
            # 5. the notice quotes the request's own text back
            if target is None and sig.requester_id and sig.role == "agency" and sig.clauses:
                quoting = clause_hashes(sig)
                for c in reversed(by_requester.get(self._scope(sig, sig.requester_id), [])[-60:]):
                    c = find(c)
                    cl = clusters[c]
                    # clauses more than one request shares are boilerplate, not evidence
                    shared = [h for h in cl.request_text & quoting if self._clause_df.get(h) == 1]
                    if shared and not self._conflicts(cl, own_request_numbers, sig.container):
                        target = c
                        decisions.append(("quoted_request", c, f"quotes {len(shared)} clause(s) of the request"))
                        break
            # 6. same requester, same agency, close in time (a new request letter with no
            #    strong link starts its own request instead)
            if target is None and sig.requester_id and not files_request:
                target = self._weak(sig, by_requester, clusters, find, own_request_numbers)
                if target is not None:
                    decisions.append(("agency_time", target, "same requester and agency, nearby in time"))
            if target is None:
                cl = new_cluster()
                target = cl.id
                decisions.append(("new", target, "first message of a request"))
            target = find(target)
            cl = clusters[target]
            self._absorb(cl, sig, rank)
            assignment[i] = target
            main_signal = decisions[0][0] if decisions else "new"
            detail = "; ".join(d[2] for d in decisions)
            decisions_of.append((main_signal, detail, review))
            cl.review = cl.review or review
            # register what this message makes findable
            for key, printed, kind in sig.numbers:
                scoped = self._scope(sig, key)
                known = by_number.get(scoped)
                if kind == "referral" and known is None:
                    # the number the other agency gave: it belongs to the linked request
                    child = next((clusters[c] for c in reversed(children_of.get(target, []))
                                  if find(c) == c and not clusters[c].numbers), None)
                    if child is None:
                        child = new_cluster(parent=target)
                        child.requesters = self._canon(child.requesters | cl.requesters)
                    child.numbers[key] = (printed, "request")
                    by_number.setdefault(scoped, child.id)
                    cl.numbers.setdefault(key, (printed, "referral"))
                    continue
                if known is None:
                    by_number.setdefault(scoped, target)
                cl.numbers.setdefault(key, (printed, kind))
            if sig.requester_id:
                lst = by_requester.setdefault(self._scope(sig, sig.requester_id), [])
                if not lst or find(lst[-1]) != target:
                    lst.append(target)
                    _keep_tail(lst)
            if sig.container is not None:
                by_container.setdefault(sig.container, target)
            # a referral to an agency we know by name opens its linked request now
            for e in sig.events:
                if e.type == "referral" and getattr(e, "to_agency", None) and not any(
                    n[2] == "referral" for n in sig.numbers
                ):
                    child = new_cluster(parent=target)
                    to_agency: str | None = getattr(e, "to_agency", None)
                    child.referred_to = to_agency
                    child.agency_words = self._canon(child.agency_words | name_tokens(to_agency))
                    if sig.requester_id:
                        child.requesters = self._canon(child.requesters | {sig.requester_id})
                        lst = by_requester.setdefault(self._scope(sig, sig.requester_id), [])
                        lst.append(child.id)
                        _keep_tail(lst)
                    child.last = sig.when
            clusters.trim()

        # Grouping is done: its indexes go before the request records are built, which is
        # when a large parse peaks (about 3 MB at 100,000 messages).
        del by_msgid, by_number, by_container, by_requester
        self._clause_df = _ClauseCounts()
        self._shared.clear()
        overrides: dict[int, tuple[str, str, bool]] = {}

        def decision(rank: int) -> tuple[str, str, bool]:
            found: tuple[str, str, bool] = overrides.get(rank) or decisions_of.get(rank)
            return found

        self._adopt_orphans(clusters, find, merge, decision, overrides, order)
        self._times = Column("q")  # only the adoption of orphans compares times
        # The final clusters in order of their first message, members oldest first, as
        # linked lists over arrays: a dict of 17,000 small arrays was 3 MB at 100,000.
        n_clusters = len(clusters)
        first, last_of, next_of = (Column.filled("i", n_clusters, -1), Column.filled("i", n_clusters, -1),
                                   Column.filled("i", total, -1))
        root_order = Column("i")
        for i in order:
            r = find(assignment[i])
            if first[r] < 0:
                first[r] = i
                root_order.append(r)
            else:
                next_of[last_of[r]] = i
            last_of[r] = i
        del assignment, last_of
        # referral children that no message reached still exist (in the order they were made)
        for c in sorted(c for children in children_of.values() for c in children):
            if find(c) == c and first[c] < 0:
                root_order.append(c)

        def members_of(cid: int) -> list[int]:
            out, i = [], first[cid]
            while i >= 0:
                out.append(i)
                i = next_of[i]
            return out

        number_of = Column.filled("i", n_clusters, -1)  # cluster -> request number
        names = _Strings()
        used = _HashIndex()
        for number, cid in enumerate(root_order):
            number_of[cid] = number
            names.append(self._key(clusters[cid], sigs.get(first[cid]) if first[cid] >= 0 else None, used))
            clusters.trim()
        del used
        request_of = Column.filled("i", total, -1)
        parent_number = Column("i")
        records = _Records()
        try:
            for number, cid in enumerate(root_order):
                ids = members_of(cid)
                cl = clusters[cid]
                for i in ids:
                    request_of[i] = number
                member_sigs = [sigs.get(i) for i in ids]
                where = {i: (s.source, s.index) for i, s in zip(ids, member_sigs, strict=True)}
                parent = number_of[find(cl.parent)] if cl.parent is not None else -1
                links = []
                for rank in cl.members:
                    signal, detail, review = decision(rank)
                    links.append(_decision(*where[order[rank]], signal, detail, review))
                records.append(build_request(
                    key=names[number], members=member_sigs, numbers=self._ranked_numbers(cl, member_sigs),
                    links=tuple(links), parent_key=names[parent] if parent >= 0 else None,
                    needs_review=cl.review, referred_to=cl.referred_to, as_of=self.options.as_of,
                ))
                parent_number.append(parent)
                cl.members, cl.numbers = array("i"), {}
                clusters.trim()
        except BaseException:
            records.close()
            raise
        finally:
            clusters.close()
            decisions_of.close()
            self._sigs.close()
        return LinkedRequests(request_of, names, _parents_first_order(parent_number), records)

    def _adopt_orphans(self, clusters: _ClusterStore, find: Callable[[int], int],
                       merge: Callable[[int, int], int], decision: Callable[[int], tuple[str, str, bool]],
                       overrides: dict[int, tuple[str, str, bool]], order: Column) -> None:
        """Agency notices that name no request (a portal's "account created" mail sent just
        before the acknowledgement) join the request of the same requester and agency
        nearest in time, before or after. Members are ranks: ``order[rank]`` is the message."""
        live = Column("i")
        by_requester: dict[str, array[int]] = {}
        for cid in range(len(clusters)):
            if find(cid) != cid:
                continue
            c = clusters[cid]
            if c.members and c.parent is None:
                live.append(cid)
                for r in c.requesters:
                    by_requester.setdefault(r, array("i")).append(cid)
            clusters.trim()
        times = self._times

        def span(c: _Cluster) -> tuple[int, int] | None:
            stamps = [t for t in (times[order[r]] for r in c.members) if t != _NO_TIME]
            return (min(stamps), max(stamps)) if stamps else None

        def sources(members: Iterable[int]) -> set[str]:
            return {self._sigs.get(order[r]).source for r in members}

        for oid in live:
            clusters.trim()
            orphan = clusters[oid]
            if orphan.numbers or orphan.n_agency != len(orphan.members):
                continue
            if not orphan.requesters or not orphan.agencies or orphan.last is None:
                continue
            mine = span(orphan)
            if mine is None:
                continue
            best: tuple[int, int] | None = None
            # the orphan's facts, read once: the store may park the object itself while
            # the candidates are read (it is trimmed for each, so a requester with
            # thousands of requests does not bring them all into memory at once)
            agencies, containers, own = orphan.agencies, orphan.containers, set(orphan.members)
            own_sources: set[str] | None = None
            candidates = dict.fromkeys(c for r in orphan.requesters for c in by_requester.get(r, ()))
            for other in candidates:
                clusters.trim()
                o = find(other)
                if o == find(oid):
                    continue
                cand = clusters[o]
                if not (cand.agencies & agencies):
                    continue
                if not self.options.link_across_sources:
                    if own_sources is None:
                        own_sources = sources(own)
                    if not (sources(cand.members) & own_sources):
                        continue
                if containers and cand.containers and not (containers & cand.containers):
                    continue  # the format says these are two threads
                theirs = span(cand)
                if theirs is None:
                    continue
                # distance between the two time spans (0 when they overlap)
                gap = max(theirs[0] - mine[1], mine[0] - theirs[1], 0)
                if gap <= _ADOPT_MICROS and (best is None or gap < best[0]):
                    best = (gap, o)
            if best is not None:
                root = merge(best[1], oid)
                # the notices of the orphan (of both, when the orphan absorbed the other)
                adopted = set(clusters[root].members) if root == oid else own
                for rank in clusters[root].members:
                    if rank in adopted:
                        signal, _detail, review = decision(rank)
                        if signal == "new":
                            overrides[rank] = ("agency_time", "agency notice next to this request in time", review)
        clusters.trim()

    @staticmethod
    def _conflicts(cl: _Cluster, own: Sequence[tuple[str, str, TrackingKind]],
                   container: str | None = None) -> bool:
        """Whether a weak signal must not join ``cl``: its request numbers differ from the
        message's own, or the source format puts the two in different threads."""
        if container is not None and cl.containers and container not in cl.containers:
            return True
        have = cl.request_numbers()
        mine = {n[0] for n in own}
        return bool(have and mine and not (have & mine) and not (mine & set(cl.numbers)))

    def _weak(self, sig: Signature, by_requester: dict[str, list[int]], clusters: _ClusterStore,
              find: Callable[[int], int], own: Sequence[tuple[str, str, TrackingKind]]) -> int | None:
        best: tuple[int, dt.datetime, int] | None = None
        words = name_tokens(sig.agency_name)
        for c in reversed(by_requester.get(self._scope(sig, sig.requester_id or ""), [])[-60:]):
            c = find(c)
            cl = clusters[c]
            if self._conflicts(cl, own, sig.container):
                continue
            gap = (sig.when - cl.last) if (sig.when and cl.last) else dt.timedelta(0)
            if gap > _WEAK_WINDOW:
                continue
            score = 0
            if sig.agency_id and sig.agency_id in cl.agencies:
                score = 2
            elif words and words & cl.agency_words:
                score = 1
            if own and not cl.request_numbers() and gap <= _ADOPT_WINDOW and cl.parent is None \
                    and cl.n_agency == 0 and cl.n_requester > 0:
                # a number assigned to a letter nobody has answered yet: the portal's
                # acknowledgement of an e-mailed request often comes from another domain
                score += 3
            if score == 0 and cl.parent is not None and not cl.members and sig.role == "agency" \
                    and gap <= _REFERRAL_WINDOW and sig.agency_id \
                    and sig.agency_id not in clusters[find(cl.parent)].agencies:
                # the agency a request was referred to writes for the first time
                score = 1
            if score == 0:
                continue
            when = cl.last or dt.datetime.min.replace(tzinfo=dt.UTC)
            if best is None or (score, when) > (best[0], best[1]):
                best = (score, when, c)
        return best[2] if best else None

    def _absorb(self, cl: _Cluster, sig: Signature, number: int) -> None:
        cl.members.append(number)
        if sig.role == "agency":
            cl.n_agency += 1
        elif sig.role == "requester":
            cl.n_requester += 1
        if sig.requester_id and sig.requester_id not in cl.requesters:
            cl.requesters = self._canon(cl.requesters | {sys.intern(sig.requester_id)})
        if sig.agency_id and sig.agency_id not in cl.agencies:
            cl.agencies = self._canon(cl.agencies | {sys.intern(sig.agency_id)})
        words = name_tokens(sig.agency_name)
        if not words <= cl.agency_words:
            cl.agency_words = self._canon(cl.agency_words | words)
        if sig.subject_key and sig.subject_key not in _GENERIC_SUBJECTS:
            cl.subjects = (*cl.subjects[1 - _SUBJECTS_KEPT:], sys.intern(sig.subject_key))
        if sig.container and sig.container not in cl.containers:
            cl.containers = self._canon(cl.containers | {sys.intern(sig.container)})
        if sig.role == "requester" and len(cl.request_text) < 4 * _MAX_CLAUSES:
            fresh = clause_hashes(sig) - cl.request_text
            for h in fresh:
                self._clause_df.add(h)
            if fresh:
                cl.request_text = self._canon(cl.request_text | fresh)
        if sig.when and (cl.last is None or sig.when > cl.last):
            cl.last = sig.when

    @staticmethod
    def _key(cl: _Cluster, first: Signature | None, used: _HashIndex) -> str:
        """A key stable across runs: agency + request number, else a digest of the first message."""
        number = next((v[0] for v in cl.numbers.values() if v[1] == "request"), None)
        agency = next(iter(sorted(cl.agencies, key=lambda a: ("@" in a, a))), None) or (
            "-".join(sorted(cl.agency_words))[:30] if cl.agency_words else "request"
        )
        agency = re.sub(r"[^a-z0-9.]+", "-", agency.lower()).strip("-") or "request"
        if number:
            base = f"{agency}:{normalize_number(number).lower()}"
        else:
            seed = (
                (first.message_id or f"{first.source.rsplit('/', 1)[-1]}:{first.index}:{first.when}")
                if first else f"referral:{cl.referred_to}"
            )
            base = f"{agency}:{hashlib.sha1(seed.encode()).hexdigest()[:10]}"
        key, n = base, 2
        while used.get(key) is not None:
            key, n = f"{base}-{n}", n + 1
        used.setdefault(key, 0)
        return key

    def _ranked_numbers(self, cl: _Cluster, members: Sequence[Signature]) -> tuple[TrackingNumber, ...]:
        """The request's numbers, its own number first: agencies assign numbers, so a number
        only the requester ever wrote (a court case, an earlier request) ranks below, and is
        typed "other" when the agency gave one of its own."""
        agency_said = {(s.source, s.index) for s in members if s.role == "agency"}
        # where each number was seen: the members that name it (every message a cluster
        # takes in adds its numbers to it)
        named = [((s.source, s.index), {n[0] for n in s.numbers}) for s in members]
        rows: list[list[Any]] = []
        for pos, (key, (printed, kind)) in enumerate(cl.numbers.items()):
            where = [at for at, keys in named if key in keys]
            by_agency = any(x in agency_said for x in where)
            rows.append([printed, kind, where, by_agency, pos])
        if any(r[1] == "request" and r[3] for r in rows):
            for r in rows:
                if r[1] == "request" and not r[3]:
                    r[1] = "other"
        rows.sort(key=lambda r: (_KIND_ORDER.get(r[1], 9), not r[3], -len(r[2]), r[4]))
        return tuple(
            TrackingNumber(value=r[0], kind=r[1], seen_in=tuple(sorted({idx for _, idx in r[2]})))
            for r in rows
        )


def _keep_tail(clusters: list[int]) -> None:
    """A requester's clusters: only the last 60 are ever compared, so keep at most 120."""
    if len(clusters) > 120:
        del clusters[:-60]


_KIND_ORDER = {"request": 0, "appeal": 1, "referral": 2, "other": 3}


def _parents_first_order(parents: Column) -> Column:
    """Request numbers in order of first message, each referral child right after its
    parent (``parents[n]``: the parent's number, -1 for none)."""
    children: dict[int, list[int]] = {}  # referrals only: a few
    for n, parent in enumerate(parents):
        if parent >= 0:
            children.setdefault(parent, []).append(n)
    out = Column("i")

    def visit(n: int) -> None:
        out.append(n)
        for c in children.pop(n, []):
            visit(c)

    for n, parent in enumerate(parents):
        if parent < 0:
            visit(n)
    for rest in children.values():
        for n in rest:
            out.append(n)
    return out


# ---------------------------------------------------------------------------------------


def link(messages: list[Message], options: ParseOptions) -> tuple[list[Message], list[Request]]:
    """Order each source, mark repeats, and group every message into a request."""
    by_source: dict[str, list[Message]] = {}
    for m in messages:
        by_source.setdefault(m.source, []).append(m)
    linker = Linker(options)
    ordered: list[Message] = []
    for group in by_source.values():
        ordered.extend(linker.add_source(group))
    keys, requests = linker.finish()
    linked = [m.model_copy(update={"request_key": keys.get((m.source, m.index))}) for m in ordered]
    return linked, requests


def link_signatures(signatures: Iterable[Signature], options: ParseOptions) -> tuple[
    dict[tuple[str, int], str], list[Request]
]:
    """The streaming entry point: signatures in, request keys and records out."""
    linker = Linker(options)
    for s in signatures:
        linker.add(s)
    return linker.finish()
