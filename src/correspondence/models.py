"""The typed, frozen records that flow through the pipeline and out of it.

A :class:`Message` is created by a reader with what the source says (sender, date,
subject, raw text) and is completed stage by stage; every stage returns a new copy
(``model_copy(update=...)``), never mutates. Events are a discriminated union on
``type``: each type carries only the fields that make sense for it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["requester", "agency"]
Severity = Literal["info", "warning", "error"]

EVENT_TYPES: tuple[str, ...] = (
    "request",
    "follow_up",
    "acknowledgement",
    "clarification_request",
    "clarification_response",
    "extension",
    "fee",
    "payment",
    "release",
    "denial",
    "no_records",
    "referral",
    "closure",
    "dispute",
    "appeal",
    "withdrawal",
    "status_update",
    "portal_notice",
    "other",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Problem(_Frozen):
    """Something that went wrong or was guessed while handling one message.

    Problems are recorded, not raised: a batch never stops for one bad message.
    """

    code: str = Field(description="Stable machine-readable code, e.g. 'charset-guessed'.")
    message: str = Field(description="What happened, for a person.")
    stage: str = Field(description="Pipeline stage that recorded it (read, split, ...).")
    severity: Severity = "warning"


class Attachment(_Frozen):
    """A file that came with a message, or that a portal notice lists as released."""

    name: str
    content_type: str | None = None
    size: int | None = Field(default=None, description="Size in bytes, when known.")
    sha256: str | None = Field(default=None, description="Hex digest of the content, when read.")
    text: str | None = Field(
        default=None, description="Text extracted from the file (optional extra), if any."
    )


class Evidence(_Frozen):
    """The span of the message body that made a rule fire."""

    text: str
    start: int = Field(description="Offset of the first character in Message.body.")
    end: int = Field(description="Offset just past the last character in Message.body.")
    attachment: str | None = Field(
        default=None, description="File name when the span is in an attachment's text, not the body."
    )


class _EventBase(_Frozen):
    tracking_number: str | None = Field(
        default=None, description="Agency tracking number the event refers to, as printed."
    )
    date: dt.date | None = Field(default=None, description="When the event happened.")
    evidence: Evidence | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    rule: str = Field(default="", description="Id of the rule that produced the event.")


class _HasDue(_Frozen):
    due_date: dt.date | None = Field(
        default=None, description="Date the agency now promises or owes a response."
    )


class _HasReason(_Frozen):
    reason: str | None = Field(default=None, description="Reason as written in the message.")


class RequestEvent(_EventBase):
    type: Literal["request"] = "request"


class FollowUpEvent(_EventBase):
    type: Literal["follow_up"] = "follow_up"


class AcknowledgementEvent(_EventBase, _HasDue):
    type: Literal["acknowledgement"] = "acknowledgement"


class ClarificationRequestEvent(_EventBase, _HasDue, _HasReason):
    type: Literal["clarification_request"] = "clarification_request"


class ClarificationResponseEvent(_EventBase):
    type: Literal["clarification_response"] = "clarification_response"


class ExtensionEvent(_EventBase, _HasDue, _HasReason):
    type: Literal["extension"] = "extension"


class FeeEvent(_EventBase, _HasDue):
    type: Literal["fee"] = "fee"
    amount: float | None = Field(default=None, description="Amount in dollars.")


class PaymentEvent(_EventBase):
    type: Literal["payment"] = "payment"
    amount: float | None = Field(default=None, description="Amount in dollars.")


class ReleaseEvent(_EventBase):
    type: Literal["release"] = "release"
    documents: tuple[str, ...] = Field(default=(), description="Released file names.")
    exemptions: tuple[str, ...] = Field(default=(), description="Statutes cited for redactions.")


class DenialEvent(_EventBase, _HasReason):
    type: Literal["denial"] = "denial"
    exemptions: tuple[str, ...] = Field(default=(), description="Statutes cited.")


class NoRecordsEvent(_EventBase, _HasReason):
    type: Literal["no_records"] = "no_records"


class ReferralEvent(_EventBase, _HasReason):
    type: Literal["referral"] = "referral"
    to_agency: str | None = Field(default=None, description="Agency the request went to.")


class ClosureEvent(_EventBase, _HasReason):
    type: Literal["closure"] = "closure"


class DisputeEvent(_EventBase, _HasReason):
    type: Literal["dispute"] = "dispute"


class AppealEvent(_EventBase, _HasReason, _HasDue):
    type: Literal["appeal"] = "appeal"


class WithdrawalEvent(_EventBase, _HasReason):
    type: Literal["withdrawal"] = "withdrawal"


class StatusUpdateEvent(_EventBase, _HasDue):
    type: Literal["status_update"] = "status_update"


class PortalNoticeEvent(_EventBase):
    type: Literal["portal_notice"] = "portal_notice"


class OtherEvent(_EventBase):
    type: Literal["other"] = "other"


Event = Annotated[
    RequestEvent
    | FollowUpEvent
    | AcknowledgementEvent
    | ClarificationRequestEvent
    | ClarificationResponseEvent
    | ExtensionEvent
    | FeeEvent
    | PaymentEvent
    | ReleaseEvent
    | DenialEvent
    | NoRecordsEvent
    | ReferralEvent
    | ClosureEvent
    | DisputeEvent
    | AppealEvent
    | WithdrawalEvent
    | StatusUpdateEvent
    | PortalNoticeEvent
    | OtherEvent,
    Field(discriminator="type"),
]

EVENT_CLASSES: dict[str, type[_EventBase]] = {
    cls.model_fields["type"].default: cls
    for cls in (
        RequestEvent,
        FollowUpEvent,
        AcknowledgementEvent,
        ClarificationRequestEvent,
        ClarificationResponseEvent,
        ExtensionEvent,
        FeeEvent,
        PaymentEvent,
        ReleaseEvent,
        DenialEvent,
        NoRecordsEvent,
        ReferralEvent,
        ClosureEvent,
        DisputeEvent,
        AppealEvent,
        WithdrawalEvent,
        StatusUpdateEvent,
        PortalNoticeEvent,
        OtherEvent,
    )
}


def make_event(type_: str, **fields: object) -> Event:
    """Build the event class for ``type_``, dropping fields that type does not carry."""
    cls = EVENT_CLASSES[type_]
    allowed = cls.model_fields
    return cls(**{k: v for k, v in fields.items() if k in allowed and v is not None})  # type: ignore[return-value]


class QuotedMessage(_Frozen):
    """An earlier message rebuilt from the quoted history of a later one."""

    sender: str | None = None
    sender_address: str | None = None
    sent_at: dt.datetime | dt.date | None = None
    subject: str | None = None
    body: str = ""


class Message(_Frozen):
    """One message of the correspondence, as read and then understood.

    Readers fill the first block; the later stages fill the rest.
    """

    # --- what the source says (read) ---
    source: str = Field(description="Input file the message came from.")
    position: int = Field(description="Order of the message in its source as read (0-based).")
    sender: str | None = Field(default=None, description="Display name, else address.")
    sender_address: str | None = None
    recipients: tuple[str, ...] = ()
    sent_at: dt.datetime | dt.date | None = None
    subject: str | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    role_hint: Role | None = Field(
        default=None, description="Side stated by the source itself (e.g. MuckRock's from_user)."
    )
    portal_hint: str | None = Field(default=None, description="Portal stated by the source.")
    thread_hint: str | None = Field(
        default=None,
        description="Thread the source format itself puts the message in (a thread export, "
        "a MuckRock request id); None for mailboxes, whose messages can belong to any request.",
    )
    # --- the text: raw as read, then split and cleaned ---
    body: str = Field(default="", description="Own text once split and cleaned; raw text before.")
    quoted: str = Field(default="", description="Quoted history split off the body.")
    footer: str = Field(default="", description="Signature, disclaimer and portal footer text.")
    quoted_messages: tuple[QuotedMessage, ...] = ()
    # --- understood (recognize, classify, extract, link) ---
    index: int = Field(default=0, description="0-based position in its thread, oldest first.")
    role: Role | None = None
    portal: str | None = None
    events: tuple[Event, ...] = ()
    tracking_numbers: tuple[str, ...] = Field(
        default=(), description="Agency tracking numbers the message names, most relevant first."
    )
    duplicate_of: int | None = Field(
        default=None, description="index of an earlier message this one repeats."
    )
    request_key: str | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def tracking_number(self) -> str | None:
        return self.tracking_numbers[0] if self.tracking_numbers else None

    def with_problem(
        self, code: str, message: str, stage: str, severity: Severity = "warning"
    ) -> Message:
        """A copy with one more recorded problem."""
        problem = Problem(code=code, message=message, stage=stage, severity=severity)
        return self.model_copy(update={"problems": (*self.problems, problem)})


TrackingKind = Literal["request", "appeal", "referral", "other"]


class TrackingNumber(_Frozen):
    """A tracking number of a request, typed, with where it was seen."""

    value: str
    kind: TrackingKind = "request"
    seen_in: tuple[int, ...] = Field(default=(), description="Message indexes that name it.")


class LinkDecision(_Frozen):
    """Why a message was put in a request."""

    source: str
    index: int
    signal: str = Field(description="tracking_number, reply_header, subject, agency, time, ...")
    detail: str = ""
    review: bool = Field(default=False, description="Signals conflicted: a person should look.")


MuckRockStatus = Literal[
    "submitted",
    "ack",
    "processed",
    "appealing",
    "fix",
    "payment",
    "lawsuit",
    "rejected",
    "no_docs",
    "done",
    "partial",
    "abandoned",
]


class Request(_Frozen):
    """A records request: its messages, tracking numbers, and the facts derived from them."""

    key: str
    agency: str | None = None
    requester: str | None = None
    title: str | None = None
    portal: str | None = None
    jurisdiction: str | None = Field(default=None, description="Deadline table row used, e.g. 'US', 'NM'.")
    tracking_numbers: tuple[TrackingNumber, ...] = ()
    messages: tuple[tuple[str, int], ...] = Field(default=(), description="(source, index) pairs.")
    events: tuple[Event, ...] = ()
    links: tuple[LinkDecision, ...] = ()
    parent_key: str | None = Field(default=None, description="Request that referred this one.")
    submitted: dt.date | None = None
    acknowledged: dt.date | None = None
    first_response: dt.date | None = None
    closed: dt.date | None = None
    days_to_acknowledge: int | None = None
    days_to_close: int | None = None
    extensions: int = 0
    due_date: dt.date | None = Field(default=None, description="Due date in force at the end.")
    statutory_due_date: dt.date | None = None
    overdue: bool | None = None
    as_of: dt.date | None = None
    fees_requested: float | None = None
    fees_paid: float | None = None
    files_released: int = 0
    status: MuckRockStatus | None = None
    disposition: str | None = Field(default=None, description="US DOJ annual-report disposition.")
    needs_review: bool = False

    @property
    def tracking_number(self) -> str | None:
        # A referral number belongs to the request the referral opened, not to this one.
        for kind in ("request", "other", "appeal"):
            for t in self.tracking_numbers:
                if t.kind == kind:
                    return t.value
        return None
