"""MuckRock API request JSON: a request object with its ``communications``.

Recognised by content: JSON whose first bytes hold a ``"communications"`` list or, for
JSON Lines of single communications, a ``"communication"`` field. Also read: a list of
request objects (an API page), and JSON Lines whose lines carry the request's fields
prefixed ``request_`` (one communication per line, grouped back into requests).

Sides, from the ids the API gives: the request's ``user`` is the requester; MuckRock's
own account (it files and follows up for the user, "I wanted to follow up on the
following ... request") is the requester's side; anyone writing to an id that the
agency side uses is the requester's side too; everyone else is the agency. Sender
names: the filer's signature under "Sincerely," in the request letter (else the
username), "MuckRock" for MuckRock's account, and for the agency the name MuckRock
filed its documents under (the ``source`` of its files), else ``agency <id>``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from posixpath import basename
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import UnreadableInputError
from ..models import Attachment, Message
from . import Reader, register
from ._exports import same_name

STAGE = "read"

# The account MuckRock's automated follow-ups and staff filings come from.
MUCKROCK_USER_ID = 4420
_FOLLOW_UP = re.compile(
    r"\A\s*(?:To Whom It May Concern:\s*)?(?:I wanted to follow up on|I'm following up on|"
    r"I am following up on|Please see the following request for records)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:Sincerely|Thank you|Thanks|Regards|Best regards|Best|Respectfully),?\s*$",
    re.IGNORECASE,
)
_KEY = re.compile(rb'"communications?"\s*:')
_NAME_LIKE = re.compile(r"^[^\d@:<>/]{2,60}$")


def sniff(path: Path, head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start not in (b"{", b"["):
        return False
    return _KEY.search(head) is not None


def _load(path: Path) -> list[dict[str, Any]]:
    """The request objects the file holds, whatever its shape."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInputError(str(path), f"cannot read as UTF-8 JSON: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as first_error:
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                raise UnreadableInputError(
                    str(path), f"not JSON ({first_error.msg}) nor JSON Lines (line {n})"
                ) from first_error
        if not any(isinstance(r, dict) and ("communication" in r or "communications" in r) for r in rows):
            raise UnreadableInputError(
                str(path), "JSON Lines hold no MuckRock communication"
            ) from first_error
        return _from_rows(rows)
    if isinstance(data, dict) and isinstance(data.get("results"), list):  # an API page
        data = data["results"]
    if isinstance(data, dict):
        if "communications" in data:
            return [data]
        if "communication" in data:
            return _from_rows([data])
    elif isinstance(data, list):
        dicts = [r for r in data if isinstance(r, dict)]
        if dicts and all("communications" in r for r in dicts):
            return dicts
        if any("communication" in r for r in dicts):
            return _from_rows(dicts)
    raise UnreadableInputError(
        str(path), "JSON holds neither a MuckRock request with 'communications' nor communications"
    )


def _from_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group single communications (JSON Lines) back into requests, in file order."""
    requests: dict[Any, dict[str, Any]] = {}
    for n, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        if "communications" in row:  # a whole request on one line
            requests[f"request-{n}"] = row
            continue
        key = row.get("request_id", row.get("foia", row.get("tid", f"row-{n}")))
        req = requests.get(key)
        if req is None:
            req = {k[len("request_") :]: v for k, v in row.items() if k.startswith("request_")}
            req.setdefault("id", key)
            req["communications"] = []
            requests[key] = req
        req["communications"].append({k: v for k, v in row.items() if not k.startswith("request_")})
    return list(requests.values())


def _when(raw: Any) -> dt.datetime | dt.date | None:
    if not isinstance(raw, str) or not raw.strip():
        return None
    raw = raw.strip()
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            return None


def _text(comm: dict[str, Any]) -> str:
    value = comm.get("communication")
    if not isinstance(value, str):
        value = comm.get("text") or comm.get("body") or ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _signature(text: str) -> str | None:
    """The name under the closing of a letter, when the letter ends that way."""
    lines = [line.strip() for line in text.rstrip().split("\n")][-8:]
    for k, line in enumerate(lines):
        if _CLOSING.match(line):
            rest = [x for x in lines[k + 1 :] if x]
            if rest and _NAME_LIKE.match(rest[0]) and len(rest[0].split()) <= 6:
                return rest[0]
    return None


def _attachments(comm: dict[str, Any]) -> tuple[Attachment, ...]:
    files = comm.get("files")
    if not isinstance(files, list):
        return ()
    out = []
    for f in files:
        if not isinstance(f, dict):
            continue
        url = f.get("ffile")
        name = basename(unquote(urlsplit(url).path)) if isinstance(url, str) and url else ""
        name = name or str(f.get("title") or "").strip()
        if name:
            out.append(Attachment(name=name))
    return tuple(out)


def _agency_name(
    request: dict[str, Any], comms: list[dict[str, Any]], agency_ids: set[Any], filer: str | None
) -> str:
    """The name MuckRock filed the agency's documents under ("Name, City, ST")."""
    sources: Counter[str] = Counter()
    user = request.get("user")
    for comm in comms:
        sender = comm.get("from_user")
        if sender not in agency_ids and not (sender is None and comm.get("to_user") == user):
            continue
        for f in comm.get("files") or []:
            source = f.get("source") if isinstance(f, dict) else None
            # Uploads by MuckRock's processing staff carry a person's name, not a comma.
            if isinstance(source, str) and ", " in source and not same_name(source, filer):
                sources[source.split(", ")[0].strip()] += 1
    if sources:
        return sources.most_common(1)[0][0]
    agency = request.get("agency")
    return f"agency {agency}" if agency is not None else "agency"


def _read_request(
    path: Path, request: dict[str, Any], first_position: int, ordinal: int = 0
) -> Iterator[Message]:
    comms_raw = request.get("communications")
    comms = [c for c in comms_raw if isinstance(c, dict)] if isinstance(comms_raw, list) else []
    user = request.get("user")
    # Oldest first: the API already lists them so; sort only when every record is dated.
    stamps = [_when(c.get("datetime")) for c in comms]
    if all(isinstance(s, dt.datetime) for s in stamps) and len(comms) > 1:
        order = sorted(range(len(comms)), key=lambda i: _naive(stamps[i]))
        comms = [comms[i] for i in order]
        stamps = [stamps[i] for i in order]

    writes_to_user = {c.get("from_user") for c in comms if user is not None and c.get("to_user") == user}
    muckrock_ids: set[Any] = {MUCKROCK_USER_ID} - writes_to_user
    muckrock_ids |= {
        c.get("from_user")
        for c in comms
        if c.get("from_user") not in (None, user, *writes_to_user) and _FOLLOW_UP.match(_text(c))
    }
    requester_ids = ({user} if user is not None else set()) | muckrock_ids
    agency_ids = set(writes_to_user)
    agency_ids |= {c.get("to_user") for c in comms if c.get("from_user") in requester_ids}
    agency_ids -= requester_ids | {None}

    filer_letter = next((c for c in comms if c.get("from_user") == user), None)
    filer = (_signature(_text(filer_letter)) if filer_letter else None) or request.get("username")
    agency = _agency_name(request, comms, agency_ids, filer)
    has_ids = any("from_user" in c or "to_user" in c for c in comms)
    # One file may hold several requests (an API page, JSON Lines): each is its own thread.
    request_id = request.get("id")
    thread = f"{path}#{request_id if request_id is not None else f'request-{ordinal}'}"

    for n, (comm, when) in enumerate(zip(comms, stamps, strict=True)):
        text = _text(comm)
        sender_id = comm.get("from_user")
        role: str | None
        sender: str | None
        if sender_id == user and user is not None:
            role, sender = "requester", filer
        elif sender_id in muckrock_ids:
            role, sender = "requester", "MuckRock"
        elif sender_id in agency_ids:
            role, sender = "agency", agency
        elif _FOLLOW_UP.match(text):
            role, sender = "requester", "MuckRock"
        elif comm.get("to_user") in agency_ids:
            role, sender = "requester", filer  # someone of the requester's side writing in
        elif has_ids:
            role, sender = "agency", agency  # e.g. a portal notice with no user at all
        else:
            role, sender = None, comm.get("username") or None
        subject = comm.get("subject")
        message = Message(
            source=str(path),
            position=first_position + n,
            sender=sender if isinstance(sender, str) else None,
            sent_at=when,
            subject=subject if isinstance(subject, str) and subject.strip() else None,
            body=text,
            attachments=_attachments(comm),
            role_hint=role,
            thread_hint=thread,
        )
        missing = [k for k in ("datetime", "communication", "from_user") if k not in comm]
        if missing:
            message = message.with_problem(
                "field-missing", f"communication lacks {', '.join(missing)}", STAGE
            )
        if when is None and "datetime" in comm:
            message = message.with_problem(
                "date-unreadable", f"cannot read datetime {comm.get('datetime')!r}", STAGE
            )
        if not text.strip():
            message = message.with_problem("empty-body", "the communication has no text", STAGE)
        yield message


def _naive(value: dt.datetime | dt.date | None) -> dt.datetime:
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=None)


def read(path: Path) -> Iterator[Message]:
    requests = _load(path)
    position = 0
    for ordinal, request in enumerate(requests):
        if not isinstance(request, dict):
            continue
        for message in _read_request(path, request, position, ordinal):
            position += 1
            yield message


register(
    Reader(
        "muckrock_json",
        "MuckRock API request JSON (a request with communications, a list, or JSON Lines)",
        sniff,
        read,
    )
)
