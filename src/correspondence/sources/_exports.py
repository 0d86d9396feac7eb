"""Helpers shared by the readers of correspondence EXPORTS (thread exports, GovQA
histories, MuckRock pages): decoding, page artefacts, the sides of a MuckRock thread.

This module registers no reader, so importing it never changes the order in which the
readers are tried.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections import Counter
from pathlib import Path

from ..errors import UnreadableInputError
from ..models import Role

# A PDF text layer marks its pages with `--- page N ---` lines; the exporter's own footer
# (`Page N`, sometimes after OCR debris of a logo) closes each page.
PAGE_MARKER = re.compile(r"^\s*-{2,}\s*page\s+(\d+)\s*-{2,}\s*$", re.IGNORECASE)
PAGE_FOOTER = re.compile(r"^(?:.{0,20}\s)?Page\s+(\d+)(?:\s+of\s+\d+)?\s*$")
_PRINT_FOOTER = re.compile(r"^.*\S\s+\d{1,4}\s*/\s*\d{1,4}\s*$")
_BARE_FOOTER = re.compile(r"^\s*Page\s+\d+(?:\s+of\s+\d+)?\s*$")

# An RFC 822 header line, or the `From ` separator of an mbox.
_HEADER_LINE = re.compile(rb"^(?:From \S+|[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]*\S)")

# MuckRock writes its own automated follow-ups under these names.
MUCKROCK_NAME = re.compile(r"^\s*muck\s*rock(?:\s+(?:staff|news|team|inc\.?))?\s*$", re.IGNORECASE)


def read_text(path: Path) -> tuple[str, bool]:
    """The file's text with \\n line ends, and whether its charset had to be guessed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInputError(str(path), exc.strerror or str(exc)) from exc
    guessed = False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Exports saved by Windows tools are cp1252 far more often than anything else.
        text = data.decode("cp1252", errors="replace")
        guessed = True
    return text.replace("\r\n", "\n").replace("\r", "\n"), guessed


def head_text(head: bytes) -> str:
    return head.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")


def starts_like_email(head: bytes) -> bool:
    """True when the bytes open with a block of mail headers (an .eml or an mbox)."""
    lines = head.lstrip(b"\xef\xbb\xbf\r\n\t ").split(b"\n", 3)[:2]
    return len(lines) == 2 and all(_HEADER_LINE.match(line.rstrip(b"\r")) for line in lines)


def strip_page_artefacts(text: str) -> str:
    """Remove `--- page N ---` markers, the `Page N` footer closing each page, a running
    header repeated at the top of most pages and a print footer (`URL 3/12`) closing most
    pages; join what a page break cut."""
    lines = text.split("\n")
    markers = [i for i, line in enumerate(lines) if PAGE_MARKER.match(line)]
    drop: set[int] = set()
    numbers = [int(PAGE_MARKER.match(lines[i]).group(1)) for i in markers]  # type: ignore[union-attr]
    # Each page ends just before the next marker (or at the end of the file); the footer
    # that closes it carries that page's number.
    ends = [(i, n - 1) for i, n in zip(markers, numbers, strict=True) if i > 0]
    ends.append((len(lines), numbers[-1] if numbers else -1))
    lasts: list[tuple[int, str]] = []
    for end, page in ends:
        j = end - 1
        # The extractor puts a blank line before each marker: an artefact, not a paragraph.
        while j >= 0 and not lines[j].strip() and j not in drop:
            drop.add(j)
            j -= 1
        footer = PAGE_FOOTER.match(lines[j]) if j >= 0 else None
        if footer and (int(footer.group(1)) == page or _BARE_FOOTER.match(lines[j])):
            drop.add(j)
            j -= 1
            while j >= 0 and not lines[j].strip() and end != len(lines):
                drop.add(j)
                j -= 1
        if j >= 0 and _PRINT_FOOTER.match(lines[j]):
            lasts.append((j, re.sub(r"\d+", "#", lines[j].strip())))
    drop.update(markers)
    # A browser's print footer ("https://... 3/12") closes every page with another number.
    footer_counts = Counter(key for _, key in lasts)
    for j, key in lasts:
        if len(ends) >= 3 and footer_counts[key] >= max(3, len(ends) // 2 + 1):
            drop.add(j)
    if len(markers) >= 3:
        firsts = []
        for i in markers:
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines):
                firsts.append((k, lines[k].strip()))
        counts = Counter(line for _, line in firsts)
        for k, line in firsts:
            if counts[line] >= max(3, len(markers) // 2 + 1):
                drop.add(k)
    if not markers:
        # No page markers: only a whole line that says `Page N` is taken as a footer.
        drop.update(i for i, line in enumerate(lines) if _BARE_FOOTER.match(line))
    if not drop:
        return text
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def same_name(a: str | None, b: str | None) -> bool:
    """Names compared as people write them: case, spacing and apostrophes ignored."""
    return bool(a and b) and squash(a or "") == squash(b or "")


def page_side(sender: str, filer: str | None, *, is_agency: bool, two_sided: bool) -> Role | None:
    """The side a message on a MuckRock page speaks for (saved page or flattened export).

    MuckRock and the filer speak for the requester. The page shows two sides only, so the
    named agency, or once both sides are known anyone else, answers for the agency: its
    staff may sign with another name than the page's.
    """
    if MUCKROCK_NAME.match(sender) or same_name(sender, filer):
        return "requester"
    if is_agency or two_sided:
        return "agency"
    return None


def trim_blank_edges(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?:,?\s+(?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[AaPp]\.?[Mm]\.?)?)?"
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_NAMED = re.compile(
    rf"^\s*{_WEEKDAY}(?P<mon>[A-Za-z]{{3,9}})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}\s*$"
)
_DAY_FIRST = re.compile(
    rf"^\s*{_WEEKDAY}(?P<d>\d{{1,2}})\s+(?P<mon>[A-Za-z]{{3,9}})\.?,?\s+(?P<y>\d{{4}}){_TIME}\s*$"
)
_NUMERIC = re.compile(rf"^\s*{_WEEKDAY}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}\s*$")
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")

# A MuckRock page prints the date after the sender: `From: NAME — 2026-09-25T23:12:18-04:00 (Portal)`.
DATED_SENDER = re.compile(
    r"^(?P<name>.+?)\s+(?:—|–|--)\s+(?P<when>\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)\s*(?:\((?P<via>[^)]*)\))?\s*$"
)


def parse_printed_date(text: str) -> dt.datetime | dt.date | None:
    """A date (and time) as exports print them, read without dateparser.

    ISO 8601, RFC 2822, ``3/2/2026 [10:15[:30] AM]``, ``March 2, 2026 [at 10:15 AM]``
    (weekday and ``Sept.`` allowed) and ``2 March 2026``. An offset is kept as printed.
    """
    s = text.strip()
    if not s:
        return None
    if s[:4].isdigit() and s[4:5] == "-":
        if len(s) == 10:
            try:
                return dt.date.fromisoformat(s)
            except ValueError:
                return None
        try:
            return dt.datetime.fromisoformat(s.replace(" ", "T", 1).replace("Z", "+00:00"))
        except ValueError:
            try:
                return dt.date.fromisoformat(s[:10])
            except ValueError:
                return None
    if _RFC2822.match(s):
        try:
            return email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    m = _NUMERIC.match(s)
    month: int | None
    if m:
        month = int(m.group("m"))
    else:
        m = _NAMED.match(s) or _DAY_FIRST.match(s)
        if not m:
            return None
        month = _MONTHS.get(m.group("mon").lower())
        if month is None:
            return None
    try:
        day = dt.date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None
    if m.group("h") is None:
        return day
    hour = int(m.group("h"))
    ap = (m.group("ap") or "").lower()
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    try:
        return dt.datetime(day.year, day.month, day.day, hour, int(m.group("mi")), int(m.group("s") or 0))
    except ValueError:
        return day
