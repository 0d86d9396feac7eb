"""Reasons as written, and the agency a request was referred to.

A portal that closes a request states the reason on a labelled line ("Closure reason:
No responsive records", "Reason: Request withdrawn") or right after the closing words
("Your request has been closed. All records have been released ..."); a letter states it
in the sentence that refuses, finds nothing, withdraws or disputes. We return that
sentence, trimmed, as written: the evidence sentence when it carries the reason, else
the nearest sentence with the reason words of the event's type.
"""

from __future__ import annotations

import re

from .dates import sentence_bounds, sentence_spans

_LABEL = re.compile(
    r"(?:^|(?<=[.!?]))[ \t]*(?:closure reason|reason for closure|reason for closing|closing reason|closed reason|"
    r"disposition|reason|request closed|status reason|denial reason)\s*[:\-–]\s*(?P<value>[^\n]{3,300})$",
    re.IGNORECASE | re.MULTILINE,
)
_WORDS = {
    "closure": r"released|fulfilled|made available|provided|no responsive|no records|withdrawn|"
               r"duplicate|abandon|no response|did not respond|not received|unable to|denied|"
               r"exempt|complete|resolved|satisfied|in part|in full",
    "denial": r"exempt|exemption|withh[eo]ld|withheld|deny|denied|denying|privilege|privileged|"
              r"confidential|protected|not subject to|not disclos|redact|prohibit",
    "no_records": r"no (?:responsive )?(?:records|documents|responsive)|not locate|unable to locate|"
                  r"did not find|could not find|does not (?:have|maintain|possess)|do not (?:have|maintain|possess)|"
                  r"no such|not maintain|does not exist|do not exist|no record",
    "withdrawal": r"withdraw|withdrawn|withdrawing|no longer|cancel|resolved|close (?:my|this|the) request",
    "referral": r"refer|referred|referring|forward|forwarded|transferred|custodian|another agency|"
                r"appropriate agency|better able|direct your request",
    "dispute": r"missing|incomplete|improper|improperly|not responsive|insufficient|inadequate|"
               r"excessive|unreasonable|object|contest|dispute|disagree|failed to|did not (?:include|provide|produce)|"
               r"withh[eo]ld|withheld|overbroad|wrong",
}
_REASON_WORDS = {k: re.compile(r"\b(?:" + v + r")", re.IGNORECASE) for k, v in _WORDS.items()}
_MAX = 300
_WHY = re.compile(
    r"\b(?:exempt|exempts|exemption|privilege|privileged|confidential|protected|because|pursuant|"
    r"under|prohibit|prohibits|statute|code|act)\b|§",
    re.IGNORECASE,
)

# "referred your request to the Bureau of Prisons", "forwarded it to the Office of ..."
_TO_AGENCY = re.compile(
    r"\b(?:refer(?:red|ring)?|forward(?:ed|ing)?|transferr?(?:ed|ing)?|rout(?:ed|ing)|sen[dt])\b"
    r"[^.\n]{0,60}?\bto\s+(?:the\s+)?"
    r"(?P<agency>(?:[A-Z][\w&'.-]*|U\.S\.)(?:[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)*(?:[A-Z][\w&'.-]*|\([A-Z]{2,}\)))*)"
)
_AGENCY_SUBJECT = re.compile(
    r"(?:the\s+)?(?P<agency>(?:[A-Z][\w&'.-]*)(?:[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)*(?:[A-Z][\w&'.-]*|\([A-Z]{2,}\)))*)"
    r"\s+(?:is|would be|may be|maintains|is the (?:custodian|agency))\b[^.\n]{0,40}?\b(?:custodian|responsible|"
    r"appropriate agency|better able|maintains the records|holds the records)"
)
_NOT_AGENCY = {"You", "Your", "Our", "Us", "Me", "This", "That", "It", "Them", "Him", "Her", "I", "We"}


def _trim(sentence: str) -> str:
    sentence = re.sub(r"\s+", " ", sentence).strip(" -–*•")
    return sentence if len(sentence) <= _MAX else sentence[: _MAX - 1].rstrip() + "…"


def find_reason(text: str, event_type: str, near: tuple[int, int] | None = None) -> str | None:
    """The sentence that gives the reason for an event of ``event_type``."""
    if not text.strip():
        return None
    if event_type in ("closure", "denial", "no_records"):
        label = _LABEL.search(text)
        if label:
            return _trim(label.group("value"))
    words = _REASON_WORDS.get(event_type)
    if words is None:
        return None
    spans = sentence_spans(text)
    if near:
        lo, hi = near
        s, e = sentence_bounds(text, lo)
        s = _paragraph_start(text, s, lo)
        e = max(e, hi)
        if words.search(text, s, e) and not _only_closed(text[s:e], event_type):
            return _trim(_with_why(text, s, e, event_type, spans))
    best: tuple[int, int, int, int] | None = None
    lo = near[0] if near else 0
    for s, e in spans:
        hits = len({m.group(0).lower() for m in words.finditer(text, s, e)})
        if not hits or _only_closed(text[s:e], event_type):
            continue
        distance = 0 if s <= lo < e else min(abs(s - lo), abs(e - lo))
        # Without evidence, the sentence with the most reason words; with it, the nearest.
        rank = (distance, -hits) if near else (-hits, distance)
        if best is None or rank < best[:2]:
            best = (*rank, s, e)
    return _trim(_with_why(text, best[2], best[3], event_type, spans)) if best else None


def _paragraph_start(text: str, s: int, pos: int) -> int:
    """Where the sentence holding ``pos`` really starts, when a "sentence" is several lines.

    A table or a list without stops ("NAME / TITLE / DATES / ...") runs into the sentence
    after it; a sentence wrapped over long lines does not end its lines with a stop. So we
    walk back from the line of ``pos`` while the line before is long and unfinished.
    """
    line = text.rfind("\n", s, pos)
    while line != -1:
        prev = text.rfind("\n", s, line)
        above = text[prev + 1 : line].rstrip()
        if len(above) < 50 or above.endswith((".", "!", "?", ":")):
            return line + 1
        line = prev
    return s


def _with_why(text: str, s: int, e: int, event_type: str, spans: list[tuple[int, int]]) -> str:
    """A refusal says why in the sentence after it ("... has been denied. Code section X exempts ...")."""
    following = next(((a, b) for a, b in spans if a >= e), None)
    if text[s:e].rstrip().endswith(":") and following:
        # "... as determined by the following exemptions:" announces the reason; it follows.
        s, e = following
    sentence = text[s:e]
    if event_type != "denial" or _WHY.search(sentence):
        return sentence
    following = next(((a, b) for a, b in spans if a >= e), None)
    if following and _WHY.search(text, *following):
        return text[s : following[1]]
    return sentence


def _only_closed(sentence: str, event_type: str) -> bool:
    """"Your request has been closed." says that, not why."""
    return event_type == "closure" and len(sentence.split()) <= 8 and not re.search(
        r"\b(?:released|fulfilled|complete|completed|available|no responsive|no records|withdrawn|duplicate|in part|in full)\b",
        sentence, re.IGNORECASE)


_AGENCY_WORD = re.compile(
    r"\b(?:Department|Dept|Division|Office|Bureau|Agency|Administration|Commission|Service|Services|"
    r"Board|Authority|Council|Police|Sheriff|County|City|Town|Village|District|Court|Ministry|"
    r"Institute|Center|Centre|Corps|Command|Unit|Section|Branch|Library|Archives|University|School|"
    r"[A-Z]{2,6})\b"
)
# A name runs over "." for "U.S."; a stop after a lower-case word ends the sentence.
_SENTENCE_TAIL = re.compile(r"(?<=[a-z]{2})\.(?:\s.*)?$", re.DOTALL)
_GENERIC = {"Department", "Dept", "Division", "Office", "Bureau", "Agency", "Unit", "Section", "Branch"}
# "... to Sgt David Myers with the Police Department": the person's agency follows.
_PERSON_AT = re.compile(
    r"\s+(?:with|of|at|in)\s+(?:the\s+)?(?P<agency>[A-Z][\w&'.-]*(?:[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)*"
    r"[A-Z][\w&'.-]*)*)"
)
# Full names of agencies written earlier ("Vermont Division of Fire Safety"), to read a
# later "the Division's Williston office" as that agency.
_NAMED_AGENCY = re.compile(
    r"(?:[A-Z][\w&.-]*[ \t]+){0,4}(?P<word>Department|Division|Office|Bureau|Agency|Unit|Section|Branch)"
    r"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w&.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&.-]*)*)?"
)


def find_to_agency(text: str) -> str | None:
    """The agency a request was referred or forwarded to, when named."""
    for regex in (_TO_AGENCY, _AGENCY_SUBJECT):
        for m in regex.finditer(text):
            agency = re.sub(r"^(?:The|THE)\s+", "", m.group("agency").strip(" .,"))
            agency = re.sub(r"[’']s$", "", agency)
            if agency.split()[0] in _NOT_AGENCY or len(agency) < 3:
                continue
            if not _AGENCY_WORD.search(agency):
                at = _PERSON_AT.match(text, m.end("agency"))
                if at and _AGENCY_WORD.search(at.group("agency")):
                    agency = at.group("agency").strip(" .,")
            agency = _SENTENCE_TAIL.sub("", agency)
            if agency in _GENERIC:
                earlier = [n.group(0).strip() for n in _NAMED_AGENCY.finditer(text, 0, m.start("agency"))
                           if n.group("word") == agency and n.group(0).strip() != agency]
                if earlier:
                    agency = earlier[-1]
            return agency
    return None
