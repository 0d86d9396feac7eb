"""Which side wrote a message (requester or agency) and which records portal sent it.

The sender is kept as the reader gave it. The side is decided from the strongest signal
available, in this order:

1. ``role_hint``: the source says so (MuckRock's ``from_user``, a reader's own header);
2. what this source already taught us: addresses and names seen before on one side;
3. the sender's address: a portal's domain (portals/*.toml), a government domain
   (``.gov``, ``.mil``, ``.us`` and state forms), a filing service that acts for the
   requester (MuckRock);
4. the portal the text shows (a portal's notice speaks for the agency);
5. the sender's display name ("Records Unit", "Police Department" read as agency);
6. the words: "your request" is the agency's, "I request" / "my request" the requester's;
7. position: the first message of a thread usually files the request.

Signals 1-3 and a clear reading of 5-6 teach ``ctx`` the sender's side for later mail.

The portal is the portal hint, else the sender's domain, else a display name only the
portal uses, else a marker of the portal's template in an agency message's own text.
A staffer writing from their own mailbox is ``null`` even when the request lives in a
portal: the portal did not send that message.
"""

from __future__ import annotations

import email.utils
import re

from .context import Context
from .models import Message, Role
from .rules.loader import Portal, RuleSet, default_rules

# Government mail: .gov / .mil, the .us locality forms (ci.x.st.us, k12.st.us), and the
# state or federal forms other countries use (gov.uk, gc.ca, gov.au, ...).
_GOV_DOMAIN = re.compile(
    r"(?:\.|^)(?:gov|mil|fed\.us|[a-z]{2}\.us|gov\.[a-z]{2}|gc\.ca|gouv\.[a-z]{2})$"
)
_FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
        "aol.com", "icloud.com", "me.com", "protonmail.com", "proton.me", "pm.me",
        "msn.com", "comcast.net", "fastmail.com", "hey.com", "ymail.com", "mail.com",
    }
)
_AGENCY_LOCAL = re.compile(
    r"^(?:foia|foil|foipa|ipra|cpra|pra|prr|opra|publicrecords?|public\.?records|records?|"
    r"recordsrequests?|clerk|cityclerk|townclerk|custodian|noreply|no-reply|donotreply|"
    r"do-not-reply|openrecords|sunshine)\b",
    re.IGNORECASE,
)
_AGENCY_NAME = re.compile(
    r"\b(?:department|dept\.?|office|city|county|town|village|borough|township|state|police|"
    r"sheriff|clerk|records|foia|foil|foipa|ipra|pra|bureau|agency|commission|district|"
    r"division|unit|team|services|service|university|college|school|board|authority|council|"
    r"administration|ministry|court|attorney|prosecutor|custodian|center|centre|portal|"
    r"government|public|fire|municipal|police|pd|sd)\b",
    re.IGNORECASE,
)
_REQUESTER_SERVICE_NAME = re.compile(r"\bmuck ?rock\b", re.IGNORECASE)

# Words of each side, counted; written lower-case and searched in lower-cased text.
_AGENCY_WORDS = re.compile(
    r"\byour (?:public |open |foia |foil |ipra |cpra |pra |records? |information |)"
    r"(?:records? )?(?:request|appeal|inquiry|correspondence|e-?mail|payment)\b"
    r"|\b(?:we|this office|the (?:city|county|town|district|department|agency|office|bureau|division))"
    r" (?:have|has) (?:received|located|completed|reviewed|processed)\b"
    r"|\bresponsive (?:records|documents)\b|\byou requested\b|\byou have requested\b"
)
_REQUESTER_WORDS = re.compile(
    r"\b(?:i|we) (?:hereby )?(?:request|am requesting|are requesting|would like to request|'d like|"
    r"would like|appeal|withdraw|paid|have paid|mailed|still believe|am still|are still)\b"
    r"|\bi'm requesting\b|\b(?:my|our) (?:public records |records |foia |original )?(?:request|appeal)\b"
    r"|\bfollow up on (?:the following|my|our)\b"
)


def _addresses(recipients: tuple[str, ...]) -> list[str]:
    """Bare lower-case addresses of recipients written as 'Name <addr>' or 'addr'."""
    out = []
    for r in recipients:
        addr = email.utils.parseaddr(r)[1] or r
        addr = addr.strip().strip("<>").lower()
        if "@" in addr:
            out.append(addr)
    return out


def _domain(address: str | None) -> str:
    if not address or "@" not in address:
        return ""
    return address.rsplit("@", 1)[1].strip().strip(">").lower()


def _local(address: str | None) -> str:
    if not address or "@" not in address:
        return ""
    return address.rsplit("@", 1)[0].strip().strip("<").lower()


def _norm_name(name: str | None) -> str:
    return " ".join((name or "").lower().replace('"', "").split())


def portal_of_domain(domain: str, rules: RuleSet) -> Portal | None:
    if not domain:
        return None
    for portal in rules.portals:
        if portal.owns_domain(domain):
            return portal
    return None


def portal_of_sender(sender: str | None, rules: RuleSet) -> Portal | None:
    if not sender:
        return None
    for portal in rules.portals:
        rx = portal.sender_regex
        if rx is not None and rx.search(sender):
            return portal
    return None


def portal_of_text(text: str, rules: RuleSet) -> Portal | None:
    """The portal whose template markers appear earliest in ``text``."""
    best: tuple[int, Portal] | None = None
    lower = text.lower()
    for portal in rules.portals:
        rx = portal.marker_regex
        if rx is None:
            continue
        m = rx.search(lower)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), portal)
    return best[1] if best else None


def role_from_text(text: str) -> Role | None:
    """The side the words suggest, or None when they do not lean clearly."""
    head = text[:4000].lower()
    agency = len(_AGENCY_WORDS.findall(head))
    requester = len(_REQUESTER_WORDS.findall(head))
    if agency > requester:
        return "agency"
    if requester > agency:
        return "requester"
    return None


def recognize_parts(message: Message, ctx: Context, rules: RuleSet | None = None) -> tuple[Role | None, str | None, str]:
    """Return ``(role, portal, signal)``; signal names what decided the role."""
    rules = rules or default_rules()
    address = (message.sender_address or "").lower().strip()
    name = _norm_name(message.sender)
    domain = _domain(address)
    text = message.body or ""

    # --- the portal that sent it, from the envelope ---
    service: Portal | None = None  # a portal or filing service, whether or not reported
    if message.portal_hint:
        service = rules.portal(message.portal_hint)
    service = service or portal_of_domain(domain, rules) or portal_of_sender(message.sender, rules)

    # --- the side ---
    role: Role | None = message.role_hint
    signal = "role_hint" if role else ""
    if role is None and address:
        if address in ctx.requester_addresses:
            role, signal = "requester", "known_address"
        elif address in ctx.agency_addresses:
            role, signal = "agency", "known_address"
    if role is None and name:
        if name in ctx.requester_names:
            role, signal = "requester", "known_name"
        elif name in ctx.agency_names:
            role, signal = "agency", "known_name"
    if role is None and service is not None:
        role, signal = service.role, "portal_sender"
    if role is None and domain and domain not in _FREE_MAIL:
        # A colleague of someone already seen (same office domain) is on the same side.
        if any(_domain(a) == domain for a in ctx.agency_addresses):
            role, signal = "agency", "known_domain"
        elif any(_domain(a) == domain for a in ctx.requester_addresses):
            role, signal = "requester", "known_domain"
    if role is None and domain:
        if _GOV_DOMAIN.search(domain):
            role, signal = "agency", "gov_domain"
        elif _AGENCY_LOCAL.match(_local(address)) and domain not in _FREE_MAIL:
            role, signal = "agency", "records_mailbox"
    to = _addresses(message.recipients)
    if role is None and to:
        # Writing to the known requester (even with the agency copied) is the agency's.
        if set(to) & ctx.requester_addresses:
            role, signal = "agency", "writes_to_requester"
        elif set(to) & ctx.agency_addresses:
            role, signal = "requester", "writes_to_agency"
    if role is None and to:
        # Alone (a single .eml), the envelope still tells: mail to a filing service's
        # address answers the requester; mail to a .gov or portal address is the requester's.
        to_domains = [_domain(r) for r in to]
        services = [portal_of_domain(d, rules) for d in to_domains]
        if any(p is not None and p.role == "requester" for p in services):
            role, signal = "agency", "writes_to_requester"
        elif any(_GOV_DOMAIN.search(d) for d in to_domains if d) or any(
            p is not None and p.role == "agency" for p in services
        ):
            role, signal = "requester", "writes_to_agency"
    marked: Portal | None = None
    if service is None and role != "requester":
        marked = portal_of_text(text[:6000], rules)
        if role is None and marked is not None:
            role, signal = marked.role, "portal_text"
    if role is None and _REQUESTER_SERVICE_NAME.search(name):
        role, signal = "requester", "service_name"
    if role is None:
        worded = role_from_text(text)
        named: Role | None = "agency" if name and _AGENCY_NAME.search(name) else None
        if worded is not None:
            role, signal = worded, "words"
        elif named is not None:
            role, signal = named, "sender_name"
    if role is None:
        if not ctx.requester_addresses and not ctx.requester_names:
            # Nobody has spoken for the requester yet, and nothing marks this sender as
            # the agency's: the thread's first private sender is usually the requester.
            role, signal = "requester", "first_message"
        elif (ctx.requester_addresses or ctx.requester_names) and not (
            address in ctx.requester_addresses or name in ctx.requester_names
        ):
            role, signal = "agency", "not_the_requester"
        else:
            role, signal = "agency", "default"

    portal_id: str | None = None
    shown = service or marked
    if shown is not None and shown.reported and (role == shown.role or message.portal_hint):
        portal_id = shown.id
    if portal_id is None and message.portal_hint and rules.portal(message.portal_hint) is None:
        portal_id = message.portal_hint  # a reader knows a portal we have no file for
    return role, portal_id, signal


_TEACHING = frozenset(
    {"role_hint", "known_address", "known_name", "known_domain", "portal_sender", "gov_domain",
     "records_mailbox", "service_name", "first_message", "words", "writes_to_requester",
     "writes_to_agency"}
)


def recognize(message: Message, ctx: Context) -> Message:
    """Set ``role`` and ``portal``; remember the sender's side in ``ctx``."""
    role, portal, signal = recognize_parts(message, ctx)
    if signal in _TEACHING and role is not None:
        address = (message.sender_address or "").lower().strip()
        name = _norm_name(message.sender)
        # A portal's or filing service's shared address speaks for many people; a name
        # such as "Records Unit" may be either side's only when it is not the address.
        if address:
            (ctx.requester_addresses if role == "requester" else ctx.agency_addresses).add(address)
        if name and name != address and signal != "portal_sender":
            (ctx.requester_names if role == "requester" else ctx.agency_names).add(name)
        if role == "requester" and signal != "first_message":
            # Whom the requester writes to is the agency (copies to a colleague are rare).
            for r in _addresses(message.recipients):
                if r not in ctx.requester_addresses:
                    ctx.agency_addresses.add(r)
    return message.model_copy(update={"role": role, "portal": portal})
