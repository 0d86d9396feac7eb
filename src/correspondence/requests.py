"""Derive a request record from its linked messages: dates, durations, deadlines, status.

Everything here works on :class:`~correspondence.link.Signature` objects (no bodies), in
the order the linker put them (oldest first). Repeated notices (``duplicate_of`` set) are
skipped so a portal e-mail sent twice counts once.

Status uses MuckRock's vocabulary and follows the last decisive event, the way a person
reading the thread would: a clarification question means the requester must fix
something (``fix``), a fee means ``payment``, a release ``done`` (``partial`` when the
agency says it gave records in part), and so on. docs/requests.md has the full table, and
the US DOJ annual-report disposition derived from the same facts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from . import deadlines
from .models import Event, LinkDecision, MuckRockStatus, Request, TrackingNumber

if TYPE_CHECKING:
    from .link import Signature

TERMINAL: frozenset[str] = frozenset({"done", "partial", "rejected", "no_docs", "abandoned"})
_EARLY: frozenset[str | None] = frozenset({None, "submitted", "ack"})

# Order in which one message's events are applied: a final letter that releases, withholds
# part and closes ends as a release with a closure, not as a bare denial.
_RANK = {t: n for n, t in enumerate((
    "request", "follow_up", "portal_notice", "other", "acknowledgement", "status_update",
    "extension", "clarification_response", "clarification_request", "payment", "fee",
    "referral", "release", "no_records", "denial", "closure", "dispute", "withdrawal", "appeal",
))}

# A closing reason that blames the requester's silence: unpaid fee, no reply to a question.
_UNANSWERED = re.compile(
    r"\b(?:(?:lack of|no|without|neither|absence of) (?:the |any )?|non-?)(?:payment|response|reply|answer)\b"
    r"|\bnot (?:been )?paid\b|\bunpaid\b|\bnever (?:paid|responded|replied)\b"
    r"|\bnot (?:yet )?received (?:the |any |your )?(?:payment|response|reply)\b",
    re.IGNORECASE,
)
_PARTIAL = re.compile(r"\bin part\b|\bpartial(?:ly)?\b|\bpart of\b|\bportions?\b", re.IGNORECASE)
_WITHDRAWN = re.compile(r"withdr[ae]wn?|cancel+ed|abandon|no response from|did not respond|"
                        r"failure to respond|not (?:hear|heard) back|inactiv", re.IGNORECASE)
_NO_RECORDS = re.compile(r"no (?:responsive )?records|records? (?:do|does) not exist|"
                         r"not locate|no documents", re.IGNORECASE)
_DENIED = re.compile(r"\bden(?:ied|ial)\b|\bwithheld in (?:full|their entirety)|exempt", re.IGNORECASE)
_COMPLETED = re.compile(r"\bcomplet|\bfulfill|\bprovided\b|\breleased\b|\bproduced\b|"
                        r"\bavailable\b|\bdownload|\bsent to you", re.IGNORECASE)
_FEE_CLOSE = re.compile(r"\bfees?\b|\bpayment\b|\bunpaid\b", re.IGNORECASE)
_NOT_DESCRIBED = re.compile(r"reasonably describ|overly broad|unduly burdensome|too broad", re.IGNORECASE)
_DUPLICATE = re.compile(r"\bduplicate\b", re.IGNORECASE)
_IMPROPER = re.compile(r"not a (?:proper|valid) (?:foia )?request|improper|not an agency record|"
                       r"not subject to", re.IGNORECASE)
_RESOLVED = re.compile(r"\bresolved\b|no further action|moot\b", re.IGNORECASE)
_OF_APPEAL = re.compile(r"\bappeal|request for review|\bpetition\b|\bcomplaint\b", re.IGNORECASE)
_LAWSUIT = re.compile(r"\b(?:lawsuit|complaint (?:was |has been )?filed in|superior court|"
                      r"district court|petition for)\b", re.IGNORECASE)

# DOJ FOIA annual report dispositions (Guidelines, section V.B(1)).
FULL_GRANT = "full grant"
PARTIAL_GRANT = "partial grant"
FULL_DENIAL = "full denial on exemptions"
NO_RECORDS = "no records"
REFERRED = "referred"
WITHDRAWN = "withdrawn"
FEE_RELATED = "fee-related"
NOT_DESCRIBED = "not reasonably described"
IMPROPER = "improper"
DUPLICATE = "duplicate"
OTHER = "other"


def _reason(e: Event) -> str:
    return getattr(e, "reason", None) or ""


def _day(e: Event, sig: Signature) -> dt.date | None:
    if e.date is not None:
        return e.date
    return sig.when.date() if sig.when else None


_UNDECIDED = frozenset({"other", "status_update"})


def timeline(members: Sequence[Signature]) -> list[tuple[dt.date | None, Signature, Event]]:
    """Events of the request in order, repeats skipped, each with the day it happened."""
    out: list[tuple[dt.date | None, Signature, Event]] = []
    for sig in members:
        if sig.duplicate_of is not None:
            continue
        for e in sorted(sig.events, key=lambda ev: _RANK.get(ev.type, 99)):
            out.append((_day(e, sig), sig, e))
    return out


def _delivers_files(sig: Signature) -> bool:
    """An agency message that only "says something" but attaches files: a person reading
    the thread (and MuckRock's staff) takes it as records delivered ("please see the
    attached response"). Used for the status only; no event is invented."""
    return (sig.role == "agency" and bool(sig.attachments)
            and all(e.type in _UNDECIDED for e in sig.events))


def _withholds(sig: Signature) -> bool:
    """The message releases records but keeps part back: it also denies (redactions,
    records withheld), or says "in part"/"partial".

    Exemptions the extract stage finds on a release alone do not count: real letters that
    release everything cite the law's general sections too ("under Gov. Code 6250").
    """
    return any(e.type == "denial" or (e.type in ("release", "closure") and _PARTIAL.search(_reason(e)))
               for e in sig.events)


def _interim(sig: Signature) -> bool:
    """A release with more to come: the same message extends, reports progress or sets a
    new date, and does not close the request (MuckRock's "partially completed")."""
    if any(e.type == "closure" for e in sig.events):
        return False
    # a fee asked in the releasing letter is for the records still to come
    return any(
        e.type in ("extension", "status_update", "fee") or getattr(e, "due_date", None) is not None
        for e in sig.events
    )


def _appeal_outcome(sig: Signature) -> str | None:
    # only the agency (or the appeal office) decides an appeal; a requester's letter that
    # says "deny" or "affirm" is not a decision
    return sig.appeal_outcome if sig.role == "agency" else None


def derive_status(members: Sequence[Signature]) -> tuple[MuckRockStatus | None, str | None]:
    """(MuckRock status, DOJ disposition) from the request's events.

    The events are replayed oldest first and the latest decisive one wins, following the
    decision table of docs/requests.md ("Status"); each branch below is one row of it.
    """
    # Any message at all means a request was made, even if its letter was not recognised.
    state: str | None = "submitted" if members else None
    released = in_appeal = referred = decided = False
    exemptions = False
    withheld = False  # the standing outcome keeps records back (redactions, denial in part)
    challenged = False  # an appeal was filed since that withholding
    appeal_in_part = False  # an appeal decision granted only part
    before_appeal: str | None = None  # what the appeal challenged, restored when it ends
    close_reason = ""
    waiting_since: Signature | None = None  # message that put the ball in the requester's court

    def end_appeal() -> None:
        nonlocal state, in_appeal
        if in_appeal:
            state, in_appeal = before_appeal or "processed", False

    for _, sig, e in timeline(members):
        t = e.type
        if t in _UNDECIDED and _delivers_files(sig) and not in_appeal:
            t = "release"
        reason = _reason(e)
        if t in ("release", "denial", "no_records", "closure"):
            decided = True
            close_reason = reason or close_reason
        if state not in ("fix", "payment"):
            waiting_since = None
        if t == "request":
            state = state or "submitted"
        elif t == "acknowledgement":
            if not in_appeal and state in _EARLY:
                state = "ack"
        elif t == "status_update" and (e.rule or "").endswith(".reopened") and not in_appeal:
            # row: a closed request is reopened: it is being worked again
            state = "processed"
        elif t in ("status_update", "extension"):
            if not in_appeal and state in _EARLY:
                state = "processed"
        elif t == "clarification_request":
            state = "fix"
            waiting_since = waiting_since or sig
        elif t == "clarification_response":
            if state == "fix":
                state = "processed"
        elif t == "fee":
            if in_appeal:
                # the request under appeal now waits on payment; the appeal stays open
                before_appeal = "payment"
            # after an interim release (`partial`) a fee is for the records still to come
            elif state not in TERMINAL or not released or state == "partial":
                state = "payment"
                waiting_since = waiting_since or sig
        elif t == "payment":
            if in_appeal and before_appeal == "payment":
                before_appeal = "processed"
            elif state == "payment":
                state = "processed"
        elif t == "referral":
            referred = True
            if state in _EARLY:
                state = "processed"
        elif t == "release":
            released, in_appeal = True, False
            if _withholds(sig):
                # released with redactions or withholding: MuckRock calls it done (the
                # DOJ disposition says partial grant)
                withheld, challenged = True, False
            elif withheld and (not challenged or appeal_in_part):
                # a later installment (a missed file) does not undo a withholding nobody
                # appealed, nor one an appeal upheld in part
                pass
            else:
                # plain release; release after a denial; release after an appeal
                withheld = False
            # row: an interim release, more to come -> partial; a final one -> done
            state = "partial" if _interim(sig) else "done"
        elif t == "no_records":
            if not released:
                state = "no_docs"
        elif t == "denial":
            exemptions = exemptions or bool(getattr(e, "exemptions", ()))
            in_appeal = False
            if released:
                # row: records released, others withheld -> done (a partial grant); an
                # interim release in this same letter stays `partial`
                withheld, challenged = True, False
                interim = _interim(sig) and any(x.type == "release" for x in sig.events)
                state = "partial" if interim else "done"
            elif state != "no_docs" or not any(x.type == "no_records" for x in sig.events):
                # "no records" is the more specific answer when a letter says both
                state = "rejected"
        elif t == "closure":
            if not in_appeal and _UNANSWERED.search(reason) and (
                    state == "partial"
                    or (state in ("fix", "payment") and waiting_since is not None
                        and waiting_since is not sig)):
                # row: closed for non-payment or no reply while the agency waited on the
                # requester (the rest of an interim release waits on its fee too); "the
                # remaining portion" in that reason is no partial grant
                state = "abandoned"
            elif in_appeal:
                if _WITHDRAWN.search(reason) or _RESOLVED.search(reason):
                    end_appeal()  # the appeal office closes its file
            elif _PARTIAL.search(reason) and released:
                state = "partial"
            elif _WITHDRAWN.search(reason) and not released:
                state = "abandoned"
            elif _NO_RECORDS.search(reason) and not released:
                state = "no_docs"
            elif _DENIED.search(reason) and not released:
                state = "rejected"
            elif _COMPLETED.search(reason) or released:
                # a closure ends an interim release: what was released is final
                state = state if state in ("no_docs", "rejected") else "done"
            elif state in ("fix", "payment") and waiting_since is not None \
                    and waiting_since is not sig:
                # closed while the agency waited on the requester: the requester let it go
                state = "abandoned"
            elif state not in ("no_docs", "rejected", "partial", "abandoned"):
                state = "done"
        elif t == "withdrawal":
            if sig.role == "agency":
                pass
            elif in_appeal or _OF_APPEAL.search(reason):
                end_appeal()  # row: the appeal is withdrawn, the request is not
            elif not released:
                state = "abandoned"  # row: withdrawn request, whatever was decided
        elif t == "appeal":
            outcome = _appeal_outcome(sig)
            if outcome == "remanded":
                state, in_appeal = "processed", False
            elif outcome == "in_part" and any(x.type == "release" for x in sig.events):
                # the decision releases its part in the same letter: carried out already
                in_appeal, appeal_in_part = False, True
            elif outcome == "in_part":
                state, in_appeal, appeal_in_part = "processed", False, True
            elif outcome == "affirmed":
                end_appeal()  # row: appeal decided against the requester
            elif _LAWSUIT.search(reason):
                if not in_appeal:
                    before_appeal = state
                state, in_appeal, challenged = "lawsuit", True, True
            elif state != "lawsuit":
                if not in_appeal:
                    before_appeal = state
                state, in_appeal, challenged = "appealing", True, True
    status: MuckRockStatus | None = state  # type: ignore[assignment]
    return status, disposition(status, referred=referred and not decided, exemptions=exemptions,
                               reason=close_reason, withheld=withheld)


def disposition(status: str | None, referred: bool = False, exemptions: bool = False,
                reason: str = "", withheld: bool = False) -> str | None:
    """The DOJ annual-report disposition, where the request has one (closed requests)."""
    if referred:
        return REFERRED  # the whole request went elsewhere, nothing decided here
    if status is None or status not in TERMINAL:
        return None
    if _DUPLICATE.search(reason):
        return DUPLICATE
    if status == "done":
        return PARTIAL_GRANT if withheld else FULL_GRANT
    if status == "partial":
        return PARTIAL_GRANT
    if status == "no_docs":
        return NO_RECORDS
    if status == "rejected":
        if _NOT_DESCRIBED.search(reason):
            return NOT_DESCRIBED
        if _IMPROPER.search(reason):
            return IMPROPER
        return FULL_DENIAL if exemptions or _DENIED.search(reason) else OTHER
    if status == "abandoned":
        if _FEE_CLOSE.search(reason):
            return FEE_RELATED
        return WITHDRAWN
    return OTHER


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|automatic reply)\s*:\s*|\[[^\]]{1,60}\]\s*)+", re.IGNORECASE)


def _title(members: Sequence[Signature]) -> str | None:
    from .link import _GENERIC_SUBJECTS

    def clean(subject: str) -> str:
        return _PREFIX.sub("", subject).strip() or subject

    # the letter's own subject, else the first one about the request (not a login notice)
    for sig in members:
        if sig.role == "requester" and sig.subject and sig.subject_key not in _GENERIC_SUBJECTS \
                and any(e.type == "request" for e in sig.events):
            return clean(sig.subject)
    for sig in members:
        if sig.subject and sig.subject_key not in _GENERIC_SUBJECTS and any(
            e.type not in ("portal_notice", "other") for e in sig.events
        ):
            return clean(sig.subject)
    for sig in members:
        if sig.subject and sig.subject_key not in _GENERIC_SUBJECTS:
            return clean(sig.subject)
    return None


def build_request(
    key: str,
    members: Sequence[Signature],
    numbers: tuple[TrackingNumber, ...] = (),
    links: tuple[LinkDecision, ...] = (),
    parent_key: str | None = None,
    needs_review: bool = False,
    referred_to: str | None = None,
    as_of: dt.date | None = None,
) -> Request:
    """The request record of one group of linked messages (oldest first)."""
    events = timeline(members)

    def first(*types: str) -> dt.date | None:
        return next((d for d, _s, e in events if e.type in types and d), None)

    def last(*types: str) -> dt.date | None:
        days = [d for d, _s, e in events if e.type in types and d]
        return days[-1] if days else None

    dates = [s.when.date() for s in members if s.when]
    # The request letter's date; without it, the earliest message we have (the request
    # cannot have been filed later than the first mail about it).
    submitted = first("request") or (min(dates) if dates else None)
    acknowledged = first("acknowledgement")
    first_response = next(
        (s.when.date() for s in members
         if s.role == "agency" and s.when and s.duplicate_of is None
         and any(e.type not in ("portal_notice", "other") for e in s.events)),
        None,
    )
    status, disp = derive_status(members)
    closed = None
    if status in TERMINAL:
        closed = last("closure") or last("release", "no_records", "denial", "withdrawal")
    days_to_ack = (acknowledged - submitted).days if acknowledged and submitted else None
    days_to_close = (closed - submitted).days if closed and submitted else None
    extensions = sum(1 for _d, _s, e in events if e.type == "extension")
    # the last date promised is the one in force
    due: dt.date | None = None
    for _d, _s, e in events:
        value = getattr(e, "due_date", None)
        if value:
            due = value
    jurisdiction = _jurisdiction(members)
    clock = [(d, e.type) for d, _s, e in events if d]
    statutory = (
        deadlines.statutory_due_date(jurisdiction, submitted, clock, extensions)
        if jurisdiction and submitted else None
    )
    as_of_day = as_of or dt.date.today()
    in_force = due or statutory
    overdue: bool | None = None
    if status in TERMINAL or status in ("fix", "payment"):
        overdue = False
    elif in_force is not None:
        overdue = as_of_day > in_force
    fees = [getattr(e, "amount", None) for _d, _s, e in events if e.type == "fee"]
    fees = [f for f in fees if f]
    paid = {getattr(e, "amount", None) for _d, _s, e in events if e.type == "payment"}
    paid_total = sum(a for a in paid if a)
    files: set[str] = set()
    unnamed = 0
    for _d, sig, e in events:
        if e.type == "release":
            # the files the notice lists, else the files attached to the releasing mail
            docs = getattr(e, "documents", ()) or (sig.attachments if sig.role == "agency" else ())
            files.update(d.lower() for d in docs)
    agency = _agency_name(members) or referred_to
    requester = _most_common(s.requester_name for s in members if s.role == "requester")
    return Request(
        key=key,
        agency=agency,
        requester=requester or _most_common(s.requester_id for s in members),
        title=_title(members),
        portal=_most_common(s.portal for s in members),
        jurisdiction=jurisdiction,
        tracking_numbers=numbers,
        messages=tuple((s.source, s.index) for s in members),
        events=tuple(e for _d, _s, e in events),
        links=links,
        parent_key=parent_key,
        submitted=submitted,
        acknowledged=acknowledged,
        first_response=first_response,
        closed=closed,
        days_to_acknowledge=days_to_ack,
        days_to_close=days_to_close,
        extensions=extensions,
        due_date=due,
        statutory_due_date=statutory,
        overdue=overdue,
        as_of=as_of_day,
        fees_requested=fees[-1] if fees else None,
        fees_paid=paid_total or None,
        files_released=len(files) + unnamed,
        # a request opened by a referral exists at the other agency before it writes
        status=status if members else ("submitted" if referred_to or parent_key else None),
        disposition=disp,
        needs_review=needs_review,
    )


_OFFICE = re.compile(r"records|foia|foipa|public|clerk|office|department|dept|city|county|town|"
                     r"village|police|sheriff|district|agency|bureau|division|commission|"
                     r"information|privacy|appeals|state|university|school|court|board",
                     re.IGNORECASE)


def _agency_name(members: Sequence[Signature]) -> str | None:
    """The agency as it names itself: the office the letter was addressed to, else the
    office or person who answered most; a relaying portal's own name comes last."""
    counts: Counter[str] = Counter()
    office: dict[str, bool] = {}
    portal: dict[str, bool] = {}
    for s in members:
        if s.agency_name and s.role in ("agency", "requester"):
            name = s.agency_name
            counts[name] += 1
            office[name] = bool(_OFFICE.search(name))
            relayed = s.role == "agency" and bool(s.portal or (s.agency_id and "@" in s.agency_id))
            portal[name] = portal.get(name, True) and relayed
    if not counts:
        return None
    return max(counts, key=lambda n: (office[n] and not portal[n], office[n], counts[n]))


def _jurisdiction(members: Sequence[Signature]) -> str | None:
    # The request letter names its law; agencies' notices and domains come next.
    for sig in members:
        if sig.role == "requester" and sig.jurisdiction:
            return sig.jurisdiction
    return _most_common(s.jurisdiction for s in members)
