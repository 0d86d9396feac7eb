"""Dates in correspondence: absolute dates, relative periods, and which one is a due date.

Candidates are found with compiled regular expressions (month names, numeric forms,
ISO); ``dateparser`` is only asked about a labelled value the regexes could not read
("Estimated completion date: ..."), through one reused ``DateDataParser``.

A date is a *due date* only when the words before it in its sentence say so ("by",
"on or before", "no later than", "the week of", "expect", "completion date", "extended
to" ...) and not when they date something that already happened ("received", "submitted",
"dated", "request of"). A relative period ("within 10 business days", "an additional
twenty (20) working days") counts only in a sentence that promises or extends, not in
one that quotes the statute.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..businessdays import add_days

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Patterns run on lower-cased text and start on a rare character, so the engine can skip
# ahead (a pattern that may start on any digit costs several times more over a body):
# month names (with the day after: "june 15th, 2023"; a day before, "15 june 2023", is read
# in Python), "/" of "04/15/2026" and "-" of "2026-04-15" (the digits before are read back).
_DATE_MONTH = re.compile(
    _MONTH + r"(?:\s+" + _DAY + r"(?:,?\s*" + _YEAR + r")?)?(?![\w/])"
)
_DAY_BEFORE = re.compile(r"(?<![\w/.-])([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)(?![\w/])")
_SLASHED = re.compile(r"/([0-3]?\d)/((?:19|20)?\d\d)(?![\w/])")
_ISO_TAIL = re.compile(r"-([01]\d)-([0-3]\d)(?![\w/])")

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty-one": 21, "twenty-five": 25, "thirty": 30, "forty": 40,
    "forty-five": 45, "sixty": 60, "ninety": 90,
}
_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# A period is found from its unit ("days", "weeks": rare words, cheap to scan for), then
# read backwards: "10 business", "fifteen (15) calendar", "an additional 20 working".
_UNIT = re.compile(r"days?\b|weeks?\b|months?\b|years?\b")
# A period of months or years is a due date only as a duration of the work ("may be
# completed in approximately 20 years", "within six months"), never an age or a span of
# records ("the past 3 years", "kept for 5 years"), and in a sentence about completion.
_LONG_LEAD = re.compile(
    r"\b(?:in|within|approximately|about|roughly|another|additional|next|take|takes|up to)\s+$"
)
_LONG_PROMISE = re.compile(
    r"\b(?:complet\w*|estimate\w*|expect\w*|anticipate\w*|respond|response|ready|available|produc\w*)\b",
    re.IGNORECASE,
)
# ... nor a general figure ("simple requests average approximately 6 months to complete").
_PAST_SPAN = re.compile(
    r"\b(?:past|last|previous|prior|retain\w*|retention|kept|ago|old|age|averages?|typical\w*|"
    r"generally|usually|median|normally)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?<![\w-])" + _NUM + r"\s*(?:\(\s*(?P<n2>\d{1,3})\s*\)\s*)?"
    r"(?:additional\s+|more\s+|further\s+)?(?P<kind>business|working|calendar|work)?[\s-]*$"
)

# Words before a date (in its sentence) that make it the date the agency owes or promises.
# Short words that make a date due only right before it ("by June 7", "no later than
# 7 June 2023"); "identified by Penal Code ... for the period of January 1, 2014" is not.
_DUE_RIGHT_BEFORE = re.compile(
    r"\b(?:by|before|until|through|thru|no later than|not later than|on or before|on or about|"
    r"by or before|week of|due(?: date)?(?: is| of)?|deadline(?: of| is)?|changed to|moved to|extended to|"
    r"extend(?:ed|ing|s)? (?:it|the (?:deadline|due date|response date|time(?: to respond)?))? ?to|"
    r"new date(?: is| of)?)\b"
    r"[\s,:]*(?:(?:the|on|of)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.IGNORECASE,
)
# Words anywhere before a date in its sentence that make it the date promised.
_DUE_IN_SENTENCE = re.compile(
    r"\b(?:completion|complete|completed|expect|expects|expected|anticipate|anticipated|anticipates|"
    r"estimate|estimated|estimates|extend|extended|extending|extension|respond|response|provide|produce|"
    r"available|ready|release|receive the|target|goal)\b",
    re.IGNORECASE,
)
# Words before a date that date something already done (receipt, filing, a letter).
_PAST_BEFORE = re.compile(
    r"\b(?:received|receipt|submitted|dated|filed|sent|request of|request dated|letter of|"
    r"email of|e-mail of|correspondence of|on behalf|originally|was due|were due|initially|"
    r"perfected|opened|created|born|previous|previously|prior|original|old)\b[^.]{0,40}$"
    # "the request made on March 3" is past; "a determination will be made on or before" is not.
    r"|(?<!\bbe )\bmade\b[^.]{0,40}$"
    r"|\b(?:from|since|between|your|period of|dates? of)\s*$",
    re.IGNORECASE,
)
# A sentence that states the law, not the agency's own timetable.
_STATUTE = re.compile(
    r"\b(?:statute|statutory|law|act requires|act allows|the act|code|section|§|requires agencies|"
    r"permits|allows agencies|allowed by)\b",
    re.IGNORECASE,
)
_PROMISE = re.compile(
    r"\b(?:additional|extend|extended|extending|extension|more time|further time|need|needs|"
    r"expect|expects|anticipate|anticipates|will|within|respond|response)\b",
    re.IGNORECASE,
)
# A sentence ends at a stop before a capital, a blank line, a bullet, or a labelled line
# ("New Due Date: 08/19/2022"); a wrapped line ending "... the following Public\nRecords
# Act exemptions:" is not a label, as nothing follows its colon.
# The requester's words, often echoed under an agency's notice: a deadline asked for is
# not one promised ("I look forward to receiving your response ... within 15 business days").
_REQUESTER_ASK = re.compile(
    r"\b(?:look forward to (?:receiving|your|hearing)|(?:i|we) (?:ask|request) that you|"
    r"respond to this request within|as the (?:statute|law) requires|you are (?:obligated|required))",
    re.IGNORECASE,
)
# The requester's rights, stated under a decision: an appeal's deadline is not the agency's
# ("You may appeal ... within 90 days", "Your appeal must be postmarked within ...").
_APPEAL_RIGHTS = re.compile(
    r"\b(?:you (?:may|can)|you have (?:a|the) right to|right to)\b[^.]{0,80}\b(?:appeal|seek|commence)"
    r"|\byour appeal must\b|\bappeal must be\b|\bsubmit\b[^.]{0,80}\bappeal\b|\bcommence an action\b",
    re.IGNORECASE,
)
# A long period counted from something yet to happen ("within six months of receipt of
# your deposit") has no date yet.
_AFTER_EVENT = re.compile(
    r"\s*(?:of|after|from|following|upon)\s+(?:the\s+|your\s+|our\s+)?(?:receipt|receiving|payment|deposit)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z(\"'])|\n\s*\n|\n(?=[ \t]*[-*•]|[ \t]*[A-Z][\w ]{0,40}:[ \t]*\S)")
_LABELLED = re.compile(
    r"(?:estimated completion date|due date(?: changed to)?|new due date|expected completion|"
    r"est\. completion|response due|anticipated (?:completion|response) date)\s*:?\s*(?P<value>[^\n]{3,40})",
    re.IGNORECASE,
)

_SUPERSEDED = re.compile(r"\b(?:previous|prior|original|old|initial|former)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateHit:
    value: dt.date
    start: int
    end: int
    has_year: bool


def _infer_year(month: int, day: int, sent: dt.date | None) -> dt.date | None:
    """The next occurrence of month/day on or after the sent date."""
    year = sent.year if sent else dt.date.today().year
    for y in (year, year + 1):
        try:
            candidate = dt.date(y, month, day)
        except ValueError:
            continue
        if sent is None or candidate >= sent:
            return candidate
    return None


def _make(year: int | None, month: int, day: int, start: int, end: int, sent: dt.date | None) -> DateHit | None:
    try:
        if year is not None:
            return DateHit(dt.date(year, month, day), start, end, True)
        value = _infer_year(month, day, sent)
    except ValueError:  # "February 30"
        return None
    return DateHit(value, start, end, False) if value else None


def lower(text: str) -> str:
    """Lower-case with offsets kept (a few characters grow when lower-cased)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def find_dates(text: str, sent: dt.date | None = None, low: str | None = None) -> list[DateHit]:
    """Every absolute date in ``text``, in reading order."""
    low = low if low is not None else lower(text)
    out: list[DateHit] = []
    for m in _DATE_MONTH.finditer(low):
        start = m.start()
        if start and low[start - 1].isalnum():
            continue  # "dismay 5" is not May 5
        month = MONTHS[m.group("mon")[:3]]
        hit: DateHit | None = None
        if m.group("day"):
            year = m.group("year")
            hit = _make(int(year) if year else None, month, int(m.group("day")), start, m.end(), sent)
        else:
            day = _DAY_BEFORE.search(low, max(0, start - 14), start)
            if day:
                after = _YEAR_AFTER.match(low, m.end())
                end = after.end() if after else m.end()
                hit = _make(int(after.group(1)) if after else None, month, int(day.group(1)), day.start(), end, sent)
        if hit:
            out.append(hit)
    for m in _SLASHED.finditer(low):
        i = m.start()
        j = i
        while j > 0 and i - j < 2 and low[j - 1].isdigit():
            j -= 1
        if j == i or (j and (low[j - 1].isalnum() or low[j - 1] in "/.-")):
            continue
        year = int(m.group(2))
        hit = _make(year + 2000 if year < 100 else year, int(low[j:i]), int(m.group(1)), j, m.end(), sent)
        if hit:
            out.append(hit)
    for m in _ISO_TAIL.finditer(low):
        i = m.start()
        year_s = low[i - 4 : i]
        if i < 4 or not year_s.isdigit() or year_s[:2] not in ("19", "20") or (
                i > 4 and (low[i - 5].isalnum() or low[i - 5] in "/.-")):
            continue
        hit = _make(int(year_s), int(m.group(1)), int(m.group(2)), i - 4, m.end(), sent)
        if hit:
            out.append(hit)
    out.sort(key=lambda h: h.start)
    return out


def parse_date(text: str, sent: dt.date | None = None) -> dt.date | None:
    """One date string: our regexes first, dateparser for what they cannot read."""
    hits = find_dates(text, sent)
    if hits:
        return hits[0].value
    if not _WORTH_PARSING.search(text):
        return None  # "None", "TBD", "pending": no date for dateparser to find, and it is slow
    parsed = _dateparser().get_date_data(text.strip()).date_obj
    return parsed.date() if parsed else None


_PARSER: Any = None
# Something that can be a date: a number next to a separator or a month name.
_WORTH_PARSING = re.compile(r"\d[./-]\d|\d\s*[a-z]{3}|[a-z]{3}\.?\s*\d", re.IGNORECASE)


def _dateparser() -> Any:
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser  # heavy: imported only when needed

        _PARSER = DateDataParser(languages=["en"], settings={"PARSERS": ["absolute-time"]})
    return _PARSER


@lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of ``text`` as (start, end), in order (cached for the message)."""
    return list(_spans(text))


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``pos``."""
    spans = _spans(text)
    i = bisect_right(spans, (pos, len(text) + 1)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    # Between sentences (in the whitespace of a boundary): the gap itself.
    lo = spans[i][1] if i >= 0 else 0
    hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    return lo, hi


def _period_days(m: re.Match[str], unit: str) -> tuple[int, bool] | None:
    raw = (m.group("n2") or m.group("n")).lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    if not n:
        return None
    kind = (m.group("kind") or "").lower()
    if unit.startswith("week"):
        return n * 7, False
    return n, kind in ("business", "working", "work")


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` moved by whole months, the day kept or cut to the month's last."""
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    for day in (start.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, 28)


_DATELINE = re.compile(r"^[ \t]*(?:[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)[ \t]*$", re.MULTILINE)


def letter_date(text: str) -> dt.date | None:
    """The date a letter is dated: a line holding only a date, near its top."""
    m = _DATELINE.search(text, 0, min(len(text), 600))
    if not m:
        return None
    hits = find_dates(m.group(0))
    return hits[0].value if hits and hits[0].has_year else None


@dataclass(frozen=True)
class DueCandidate:
    value: dt.date
    start: int
    kind: str  # "absolute", "labelled" or "relative"


def due_candidates(text: str, sent: dt.date | None, dated: dt.date | None = None) -> list[DueCandidate]:
    """Every date in ``text`` that reads as a due date, with where it is.

    Periods ("within 10 business days") count from ``dated`` (the date of the letter the
    text is, "20 years from today") when given, else from ``sent``.
    """
    out: list[DueCandidate] = []
    low = lower(text)
    if "date" in low or "complet" in low or "due" in low:
        for m in _LABELLED.finditer(low):
            line_start = low.rfind("\n", 0, m.start()) + 1
            if _SUPERSEDED.search(low, max(line_start, m.start() - 25), m.start()):
                continue  # "Previous Due Date: ..." is the date that no longer holds
            value = parse_date(text[m.start("value") : m.end("value")], sent)
            if value and (sent is None or value >= sent):
                out.append(DueCandidate(value, m.start("value"), "labelled"))
    for hit in find_dates(text, sent, low):
        if sent is not None and hit.value < sent:
            continue
        s_start, s_end = sentence_bounds(text, hit.start)
        before = low[max(s_start, hit.start - 90) : hit.start]
        if _PAST_BEFORE.search(before):
            continue
        if not (_DUE_RIGHT_BEFORE.search(before[-40:]) or _DUE_IN_SENTENCE.search(before)):
            continue
        if _REQUESTER_ASK.search(low, s_start, s_end) or _APPEAL_RIGHTS.search(low, s_start, s_end):
            continue
        out.append(DueCandidate(hit.value, hit.start, "absolute"))
    anchor = dated or sent
    if anchor is not None:
        for u in _UNIT.finditer(low):
            if u.start() and low[u.start() - 1].isalpha():
                continue  # "holidays", "weekdays"
            pm = _PERIOD.search(low, max(0, u.start() - 60), u.start())
            if not pm:
                continue
            unit = u.group(0)
            long_unit = unit.startswith(("month", "year"))
            period = _period_days(pm, "day" if long_unit else unit)
            if not period:
                continue
            s_start, s_end = sentence_bounds(text, pm.start())
            sentence = low[s_start:s_end]
            if _STATUTE.search(sentence) or _REQUESTER_ASK.search(sentence) or _APPEAL_RIGHTS.search(sentence):
                continue
            if long_unit:
                if (pm.group("kind") or not _LONG_LEAD.search(low, max(0, pm.start() - 30), pm.start())
                        or not _LONG_PROMISE.search(sentence) or _PAST_SPAN.search(sentence)
                        or _AFTER_EVENT.match(low, u.end())):
                    continue
                months = period[0] * (12 if unit.startswith("year") else 1)
                out.append(DueCandidate(add_months(anchor, months), pm.start(), "relative"))
                continue
            if not _PROMISE.search(sentence):
                continue
            days, business = period
            out.append(DueCandidate(add_days(anchor, days, business), pm.start(), "relative"))
    return out


def nearest(cands: list[DueCandidate], near: tuple[int, int] | None) -> dt.date | None:
    """The candidate nearest the evidence span: inside it first, then dates before periods."""
    if not cands:
        return None
    lo, hi = near if near else (0, 0)

    def rank(c: DueCandidate) -> tuple[bool, bool, int]:
        inside = near is not None and lo <= c.start < hi
        if near is None:
            # No evidence: the latest date promised (an earlier one is usually the one missed).
            return (False, c.kind == "relative", -c.value.toordinal())
        d = 0 if inside else min(abs(c.start - lo), abs(c.start - hi))
        return (not inside, c.kind == "relative", d)

    return min(cands, key=rank).value


def nearest_due(text: str, sent: dt.date | None, near: tuple[int, int] | None) -> dt.date | None:
    """The due date nearest the evidence span (absolute dates win over periods)."""
    return nearest(due_candidates(text, sent), near)
