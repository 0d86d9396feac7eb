"""Agency tracking numbers, as the agency prints them.

A tracking number is accepted for one of three reasons, strongest first:

1. it follows a tracking context ("Request #", "Reference No.", "FOIPA Request No.",
   "tracking number", "entered as" ...);
2. the thread has already used it (``ctx.known_numbers``, the last :data:`KNOWN_KEPT`);
3. its shape alone is tracking-like: upper-case letters and digits joined by dashes,
   with enough digits that it is not a bill, a road or a disease (``W012174-021826``,
   ``EPA-R8-2022-004512``, ``2021-02798-F``; not ``COVID-19``, ``SB-1421``).

Look-alikes are rejected before any of that: phone numbers, ZIP codes, dates, statute
sections, money, times, e-mail local parts and URLs (the filing service's mail ids and
portal links), and numbers that follow words naming other kinds of numbers (invoice,
incident, report, MuckRock's own request ids).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

# A candidate token starts at a digit (digits are rare in prose, so this scan is cheap) and
# runs on over letters, digits and single dashes; letters and dashes before the first digit
# ("EPA-R8-", "W") are picked up by walking back. Dots and slashes end a token, so
# "42.56.240" or "3/2/2026" never form one.
_TOKEN = re.compile(r"\d[A-Za-z0-9]*(?:-(?:[ \t]*\n[ \t]*)?[A-Za-z0-9]+)*")
_BAD_BEFORE = frozenset("$§@/.=&%-_")
_BAD_AFTER = frozenset("@-_(")

# Words right before the token (same line) that announce a tracking number.
_CONTEXT = re.compile(
    r"(?:"
    r"\b(?:request|requests|reference|ref|tracking|case|control|confirmation|appeal|foipa|foia|"
    r"record|records|file|ticket|matter|prr|pra|cpra|foil|ipra|opra|kora|pia|submission|complaint|receipt|log)\b"
    r"[ \t]{0,3}(?:no\b\.?|nos\b\.?|number\b|num\b\.?|#|id\b|identifier\b)"

    r"|\b(?:reference|tracking|request|appeal|control|case)\s+(?:number\s+)?(?:is|was|of|assigned)\b"
    r"|\b(?:entered|assigned|logged|numbered|designated|docketed)\s+(?:it\s+)?(?:as|number)\b"
    # "It has been assigned RTK 2026-044": the number follows the verb directly.
    r"|(?:\b(?:been|was|is|it)\s+|^[ \t]*)assigned"
    r"|\btracking purposes is\b"
    r"|\b(?:reference|request|appeal)\b"
    r"|\bno\.|#"
    r")[\s:#.]{0,4}$",
    re.IGNORECASE,
)
# "PRA 23-101", "FOIL 2026-0042": the law's short name alone is a weaker context (it also
# names other requests: "in response to prior PRA W012174-021826").
_WEAK_CONTEXT = re.compile(r"\b(?:prr|pra|cpra|foil|ipra|opra|kora|foia|foipa|pia|pir|rtk|rtkl|orr)[\s:#.]{0,4}$",
                           re.IGNORECASE)
# "RTK 2026-044", "PRR 26-0331", "AP 2026-1187", "2026 PAC 88412": an upper-case code and one
# space before a number that starts with a digit belong to the number as the agency prints
# it (and, for the Illinois Public Access Counselor's file numbers, the year before the code).
_CODE_BEFORE = re.compile(r"(?:(?<![\w#/.,$-])((?:19|20)\d\d) )?(?<![\w#/.'&$-])([A-Z]{2,5}) $")
# Upper-case words that are labels, units, states of the mail or other kinds of numbers, not
# an agency's code: "REF 26-0331", "NO 2231", "PO 24-COTS-11872", "FY 2025-26".
_LABEL_CODES = frozenset(
    {
        "NO", "NOS", "NR", "NUM", "ID", "REF", "REQ", "RE", "FW", "FWD", "TO", "OF", "IS", "AS",
        "AND", "FOR", "THE", "AT", "ON", "IN", "BY", "OR", "AN", "CASE", "FILE", "DATE", "DUE",
        "TEL", "FAX", "PH", "EXT", "BOX", "STE", "RM", "APT", "PO", "INV", "HB", "SB", "AB", "SF",
        "HF", "LD", "CFR", "USC", "RCW", "ORS", "NRS", "KRS", "MCL", "HRS", "ILCS", "CH", "SEC",
        "ART", "ZIP", "US", "USA", "FY", "CY", "ITEM", "PAGE", "PG", "PP", "VOL", "TAX", "SSN",
        "DOB", "ALL", "MY", "OUR", "YOUR", "WE", "IT", "AM", "PM", "EST", "EDT", "CST", "CDT",
        "PST", "PDT", "MST", "MDT", "UTC", "GMT", "MR", "MS", "MRS", "DR", "ST", "RD", "AVE",
        "HWY", "SR", "CR", "IR", "RT", "VS", "MUCKROCK"
    }
)
# Codes of the records laws and request logs: a number printed after one is a request's
# number even without other words ("it is FOIA 26-112 in our log").
_RECORDS_CODES = frozenset(
    {
        "FOIA", "FOIL", "FOIPA", "PRA", "PRR", "CPRA", "IPRA", "OPRA", "KORA", "PIA", "PIR", "RTK",
        "RTKL", "ORR", "ORA", "PDR", "PDRR", "OPR"
    }
)
# Codes of appeal bodies' dockets: Pennsylvania's Office of Open Records ("AP 2026-1187"),
# Illinois' Public Access Counselor ("2026 PAC 88412"), Massachusetts' Supervisor of Records
# ("SPR26/0412"). Seen with tracking words or once the thread knows them.
_APPEAL_CODES = frozenset({"AP", "PAC", "SPR", "OOR"})
_GLUED_CODE = re.compile(r"([A-Z]{2,5})[-/]?\d")
_INNER_CODE = re.compile(r"\d[-/][A-Z]{2,6}[-/]\d")
# "SPR26/0412": the digits after the slash of a code-glued number; "FY2025/2026" is two years.
_SLASH_TAIL = re.compile(r"/\d{3,6}(?![\w/])")
_YEAR_SLASH = re.compile(r"[A-Z]*(?:19|20)\d\d/(?:19|20)?\d\d$")
# An oversight body's docket ("OOR Dkt. AP 2026-1187", "Docket No.: AP 2026-1187") numbers
# the appeal; a docket number of digits only is a court's.
_DOCKET_CONTEXT = re.compile(r"\b(?:docket|dkt)\b\.?(?:\s*(?:no\b\.?|number\b|#))?[\s:#.]{0,4}$", re.IGNORECASE)
# An Attorney General's ruling ("Open Records Letter Ruling No. OR2026-14127", Texas' OR
# numbers) is not a tracking number of the request.
_RULING_CONTEXT = re.compile(r"\bruling\b(?:\s*(?:no\b\.?|number\b|#))?[\s:#.]{0,4}$", re.IGNORECASE)
_AG_RULING = re.compile(r"OR(?:19|20)\d\d-\d{4,6}$")
# "We have forwarded item 2 to the Sheriff's Office, which has logged it as SO-26-0077":
# the number another agency gave the referred request ("referred to us" is this office's).
_REFERRED_TO = re.compile(
    r"\b(?:referred|forwarded|transferred|routed)\b(?![^.!?]*\bto (?:us|this office|our office)\b)"
    r"[^.!?]*\bto\b[^.!?]*$",
    re.IGNORECASE,
)
_OWN_NUMBER = re.compile(r"\b(?:their|its)\s+own\b[^\n]{0,30}$", re.IGNORECASE)
# A confirmation number after a payment is the payment's ("paid ... confirmation no. 5530019").
_PAID_CONFIRMATION = re.compile(r"\bconfirmation\b[^\n]{0,20}$", re.IGNORECASE)
_PAYMENT_WORDS = re.compile(r"\b(?:paid|payment|pay|card|transaction|charged)\b", re.IGNORECASE)
# Words saying the number is another, earlier request's.
_OTHER_REQUEST = re.compile(
    r"\b(?:prior|previous|previously|earlier|former|another|separate|other|related|past)\b\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# The token is an appeal's number when the context names an appeal.
_APPEAL_CONTEXT = re.compile(
    r"\b(?:appeal|petition)(?:\s+(?:tracking|control|reference|case|request))?\s*(?:no\b\.?|number\b|#|id\b)?"
    r"(?:\s+(?:is|was))?[\s:#.]{0,4}$",
    re.IGNORECASE,
)
# Words that announce some other kind of number.
_NEGATIVE_CONTEXT = re.compile(
    r"(?:\b(?:invoice|inv|incident|report|police report|citation|warrant|account|acct|order|po|p\.o|"
    r"check|cheque|investigation|"
    r"phone|tel|telephone|fax|cell|call|zip|suite|ste|room|box|unit|apt|policy|bill|sb|hb|ab|"
    r"ordinance|resolution|contract|rfp|sop|bulletin|memo|memorandum|directive|notice|form|opinion|advisory|item|page|pages|line|exhibit|version|v|mr|"
    r"muckrock(?:\s+request)?|case count|cases|records? count|section|sec|chapter|title|article|art|"
    r"u\.?s\.?c|cfr|stat|code|rule|rules|act|permit|permits|license|licenses|licence)\b"
    # "the driver's citation number is TRC-0048817": "is" between the label and the number
    r"[ \t]{0,3}(?:no\b\.?|number\b|num\b\.?|#|id\b)?(?:[ \t]+(?:is|was))?[\s:#.]{0,4}$|§+\s*$"
    # "permits S-2031-98 and S-2044-01": the second of a pair shares the first one's label
    r"|\b(?:permits|licenses|licences|permit nos?\.?|license nos?\.?)[ \t]+[\w-]{3,20},?[ \t]+(?:and|or|&)[ \t]+$)",
    re.IGNORECASE,
)
# A number of digits only needs a word saying what it is, not just "#" ("Home Depot #0654"),
# and a marker: "Request: 2600 magazine" is a title, "Request No. 2600" a number.
_DIGITS_CONTEXT = re.compile(
    r"\b(?:request|reference|ref|tracking|case|control|confirmation|appeal|foipa|foia|record|file|"
    r"ticket|matter|prr|submission|receipt|entered|assigned|logged)\b[^\n]{0,20}?"
    r"(?:#|\bno\b\.?|\bnumber\b|\bnum\b\.?|\bid\b|\bas\b|\bis\b)[\s:#.]*$"
    # "NSA FOIA Request 116287": a request named by its law needs no marker.
    r"|\b(?:foia|foil|foipa|pra|cpra|ipra|opra|kora|sunshine law|open records|public records)\s+request[ \t]*$",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[.-]\d{4}\b"
)
_ZIP_BEFORE = re.compile(r"\b[A-Z]{2}\s*$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_US_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})$")
_LOCAL_PHONE = re.compile(r"^\d{3}-\d{4}$")
# Only tokens shaped like a piece of a phone number need the (costlier) phone check.
_PHONE_PART = re.compile(r"(?:\d{3}-)?\d{3}-\d{4}$|\d{3,4}$")
_COURT_DOCKET = re.compile(r"\d{1,2}-(?:cv|cr|mc|mj|md|civ|ap|bk)-\d", re.IGNORECASE)
_VANITY_PHONE = re.compile(r"(?:1-)?[2-9]\d\d-\d{3}-[A-Z0-9]{4}$", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d+")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")


#: What a number is the number of: this request, its appeal, the request another agency
#: opened on a referral, or something else (an Attorney General ruling).
Kind = Literal["request", "appeal", "referral", "other"]
#: Order of kinds in a message's list of numbers; "other" numbers are not printed.
KIND_ORDER: dict[str, int] = {"request": 0, "appeal": 1, "referral": 2, "other": 3}


@dataclass(frozen=True)
class Found:
    """One tracking number seen in a text."""

    value: str
    start: int
    score: int
    kind: Kind = "request"

    @property
    def appeal(self) -> bool:
        return self.kind == "appeal"


def _is_date(token: str) -> bool:
    m = _ISO_DATE.match(token)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _US_DATE.match(token)
        if not m:
            return False
        mo, d, y = (int(g) for g in m.groups())
        y = y + 2000 if y < 100 else y
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


# Prefixes of numbers that are not requests: invoices, purchase orders, bills, contracts, forms.
_OTHER_PREFIX = re.compile(
    r"^(?:INV|INVOICE|PO|RFP|RFQ|RFI|SOW|SB|HB|AB|SF|LD|SOP|ISO|ORD|RES|CONTRACT|CTR|AGR|DD|SSN|VIN|"
    r"COVID|SARS|FORM|RPT|IR|INC|CAD|CR|DR)-",
)


def _strong_shape(token: str) -> bool:
    """Upper-case letters and digits joined by a dash (or "SPR26/0412"), with enough digits."""
    if not ("-" in token or "/" in token) or not any(c.isalpha() for c in token) or token.upper() != token:
        return False
    if _OTHER_PREFIX.match(token):
        return False
    digits = sum(c.isdigit() for c in token)
    longest = max(len(run) for run in _DIGIT_RUN.findall(token))
    return digits >= 5 and longest >= 3


def normalise(value: str) -> str:
    """The key under which two printings of one number compare equal."""
    return "".join(value.split()).replace("#", "").upper()


def core_key(value: str) -> str:
    """The key of a number without the agency's code: "PRR 26-0331" and "26-0331" are one."""
    last = value.split()[-1] if value.strip() else value
    return normalise(last) if last[:1].isdigit() and len(last) < len(value.strip()) else normalise(value)


def _token_start(text: str, pos: int) -> int:
    """Walk back from the first digit over letters, digits and dash-joined prefixes."""
    while pos > 0:
        c = text[pos - 1]
        joined = c == "-" and pos > 1 and text[pos - 2].isascii() and text[pos - 2].isalnum()
        if not ((c.isascii() and c.isalnum()) or joined):
            break
        pos -= 1
    return pos


def _in_url_or_address(text: str, start: int, end: int) -> bool:
    lo, hi = start, end
    limit_lo, limit_hi = max(0, start - 200), min(len(text), end + 200)
    while lo > limit_lo and not text[lo - 1].isspace():
        lo -= 1
    while hi < limit_hi and not text[hi].isspace():
        hi += 1
    chunk = text[lo:hi]
    return "@" in chunk or "://" in chunk or "www." in chunk.lower()


def _in_phone(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 8)
    for m in _PHONE.finditer(text[lo : end + 8]):
        if m.start() + lo < end and start < m.end() + lo:
            return True
    return False


#: How many of a source's numbers (keys) it remembers. A thread has a handful; a mailbox
#: of 100,000 messages names about 17,000, and the map would be the one thing in a
#: parse's memory that grows with the mailbox. A number not named for this many others
#: is forgotten: a later mention must then carry its label ("Request No.") to be found.
KNOWN_KEPT = 4096


def known_forms(values: Iterable[str]) -> dict[str, str]:
    """The thread's numbers for :func:`find`: each printed number under its key, and a
    number printed with its code ("PRR 26-0331") under the key of its bare digits too,
    so a later "your request 26-0331" is recognised and printed the same way."""
    forms: dict[str, str] = {}
    for value in values:
        learn(forms, value)
    return forms


def learn(known: dict[str, str], value: str, keep: int = KNOWN_KEPT) -> None:
    """Add ``value`` to a :func:`known_forms` map (most recently named last), keeping at
    most ``keep`` keys; the first printed form of a number stays its printed form."""
    value = value.lstrip("#").strip()
    if not value:
        return
    keys = [normalise(value)]
    m = _CODE_BEFORE.search(value, 0, max(0, len(value) - len(value.split()[-1])))
    if m and value.split()[-1][:1].isdigit():
        keys.append(normalise(value.split()[-1]))
    for key in keys:
        known[key] = known.pop(key, value)
    while len(known) > keep:
        del known[next(iter(known))]


def _known_map(known: Counter[str] | set[str] | dict[str, str] | None) -> Mapping[str, str | None]:
    if not known:
        return {}
    if isinstance(known, dict) and not isinstance(known, Counter):
        return known
    if isinstance(known, set):
        # A set is taken as already normalised (keys only, no printed form).
        return dict.fromkeys(known)
    return known_forms(known)


def _kind(text: str, lead: int, before: str, code: str | None, token: str) -> Kind:
    """What the number is the number of, from the words before it and its code."""
    glued = _GLUED_CODE.match(token)
    codes = {code, glued.group(1) if glued else None}
    if _RULING_CONTEXT.search(before) or _AG_RULING.match(token):
        return "other"
    if _APPEAL_CONTEXT.search(before) or _DOCKET_CONTEXT.search(before) or codes & _APPEAL_CODES:
        return "appeal"
    if _REFERRED_TO.search(text, max(0, lead - 200), lead) or _OWN_NUMBER.search(before):
        return "referral"
    return "request"


def find(text: str, known: Counter[str] | set[str] | dict[str, str] | None = None) -> list[Found]:
    """Tracking numbers in ``text``, each once, best first (then in reading order).

    ``known`` is the thread's numbers: printed values (a Counter), already normalised keys
    (a set), or :func:`known_forms` (a dict).
    """
    if not text:
        return []
    known_map = _known_map(known)
    best: dict[str, Found] = {}
    n = len(text)
    for m in _TOKEN.finditer(text):
        core = m.group()
        prev = text[m.start() - 1] if m.start() else " "
        if core.isdigit() and (len(core) < 3 or _YEARISH.match(core)) and not (prev.isalnum() or prev in "-#"):
            continue  # the bulk of digits in prose: small numbers and years
        start, end = _token_start(text, m.start()), m.end()
        after = text[end] if end < n else " "
        if after == "/" and start < m.start():
            # "SPR26/0412": a code glued to digits, a slash, more digits (never a date: no code)
            tail = _SLASH_TAIL.match(text, end)
            if tail and not _YEAR_SLASH.match(text[start:tail.end()]):
                end = tail.end()
                after = text[end] if end < n else " "
        if after != "_" and (after.isalnum() or after in _BAD_AFTER
                             or (after in ".,/" and end + 1 < n and text[end + 1].isdigit())):
            continue
        # "#19-6355", "# W012174-021826": the '#' belongs to the context, not the number.
        lead = start
        if lead > 0 and text[lead - 1] == "#":
            lead -= 1
        elif lead > 1 and text[lead - 1] == " " and text[lead - 2] == "#":
            lead -= 2
        hashed = lead < start
        if lead > 0 and (text[lead - 1] in _BAD_BEFORE or text[lead - 1].isalnum()):
            continue
        # A number wrapped at its dash ("W012297-\n030826") is printed as one.
        token = text[start:end]
        if "\n" in token:
            token = re.sub(r"\s+", "", token)
        if len(token) < 3 or _is_date(token) or (_YEARISH.match(token) and "-" not in token):
            continue
        if _COURT_DOCKET.match(token) or _VANITY_PHONE.match(token):
            continue  # "No. 14-cv-765" is a lawsuit, "1-855-333-SAFE" a phone line
        if _in_url_or_address(text, start, end) or (_PHONE_PART.match(token) and _in_phone(text, start, end)):
            continue
        # "RTK 2026-044", "AP 2026-1187", "2026 PAC 88412": the agency's code is printed as
        # part of the number; "#" after it ("PRR #2022-111") makes it a label, and a number
        # with its own letter prefix ("FOIA F26-041") has the law's name before it.
        code: str | None = None
        value = token
        if not hashed and token[0].isdigit() and start > 2 and text[start - 1] == " ":
            cm = _CODE_BEFORE.search(text, max(0, start - 16), start)
            # "FEMA FOIA 2026-FEFO-01877": a number that carries its own letter code between
            # its digit groups is printed without the law's name before it
            own_code = cm is not None and cm.group(2) in _RECORDS_CODES and bool(_INNER_CODE.search(token))
            if cm and cm.group(2) not in _LABEL_CODES and not own_code:
                code = cm.group(2)
                with_year = cm.group(1) is not None and token.isdigit()
                lead = cm.start(1) if with_year else cm.start(2)
                value = (cm.group(1) + " " if with_year else "") + code + " " + token
        line_start = text.rfind("\n", max(0, lead - 60), lead) + 1
        before = text[max(line_start, lead - 60) : lead] + ("#" if hashed else "")
        if _NEGATIVE_CONTEXT.search(before):
            continue
        if token.isdigit() and code is None and len(token) in (5, 9) and _ZIP_BEFORE.search(before):
            continue
        docket = bool(_DOCKET_CONTEXT.search(before))
        if docket and code is None and not any(c.isalpha() for c in token):
            continue  # "Docket No. 2023-0456": a court's number, not an appeal's
        if _PAID_CONFIRMATION.search(before) and _PAYMENT_WORDS.search(text, max(0, lead - 120), lead):
            continue  # "paid ... by card, confirmation no. 5530019": the payment's number
        key = normalise(value)
        context = docket or bool(_CONTEXT.search(before))
        printed = known_map.get(key) if key in known_map else known_map.get(normalise(token), "")
        is_known = printed != ""
        if printed and normalise(printed) != key:
            value = printed  # printed as the thread first printed it, with or without its code
        key = core_key(value)
        strong = _strong_shape(token)
        if token.isdigit() and code is None:
            # A bare number needs a word saying what it is, or the thread.
            context = context and len(token) >= 3 and bool(_DIGITS_CONTEXT.search(before))
        if _LOCAL_PHONE.match(token) and not context and code is None:
            continue
        weak = not context and (code in _RECORDS_CODES if code else
                                not token.isdigit() and bool(_WEAK_CONTEXT.search(before)))
        if not (context or is_known or strong or weak):
            continue
        if after == "_" and not (is_known or strong):
            continue  # the start of a file name ("1592775-000_Release.pdf") counts once the thread knows it
        score = 4 * context + 2 * weak + 3 * is_known + strong
        # Across the line break too: "In response to prior\nPRA W012174-021826".
        if (context or weak) and _OTHER_REQUEST.search(text, max(0, lead - 60), lead):
            score = 3 * is_known + 1  # named, but as another request: kept only if nothing better
        kind = _kind(text, lead, before, code, token)
        old = best.get(key)
        if old is None:
            best[key] = Found(value, start, score, kind)
        elif score > old.score or (code and " " not in old.value):
            # The fuller printing ("PRR 26-0331" over "26-0331") and the better score are kept.
            fuller = value if code and " " not in old.value else old.value
            best[key] = Found(fuller, old.start, max(score, old.score), kind if kind != "request" else old.kind)
    return sorted(best.values(), key=lambda f: (-f.score, f.start))


#: Score of a number seen with a tracking context or already used by the thread.
CONFIDENT = 3


def order(found: list[Found]) -> list[str]:
    """Request numbers first, then appeal, then referral numbers, each group best first.

    A number of another kind (an Attorney General's ruling) is not the request's: left out.
    """
    kept = [f for f in found if f.kind != "other"]
    return [f.value for f in sorted(kept, key=lambda f: KIND_ORDER[f.kind])]
