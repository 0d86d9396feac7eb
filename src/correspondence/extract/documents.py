"""Names of released files.

Portals list released files one to a line ("* Flight Log 2025.csv", "• Report.pdf
(212 pages)", "- letter.pdf - https://..."), sometimes inline ("Documents released:
a.pdf, b.pdf"); the message's attachments are released files too. A name is kept as
printed, without its URL, bullet or size note. Two printings of one file are one document:
the filing service's copies lose the '%' of '%20' ("MOU20Between20FBI.pdf") and cut long
names short, so names are compared on their letters and digits, with '20' runs dropped, and
a long name (40 letters and digits or more) that is the start of another is the same file.
Signature images, calendar invites and S/MIME parts are not documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_EXT = (
    r"pdf|docx?|xlsx?|xlsm|csv|zip|7z|rar|mp3|mp4|m4a|wav|wma|wmv|mov|avi|msg|eml|jpe?g|png|gif|"
    r"tiff?|heic|txt|rtf|pptx?|odt|ods|html?|xml|json|kml|kmz|shp|dbf|gz|tar"
)
_HAS_EXT = re.compile(r"\.(?:" + _EXT + r")\b", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|<[^>\n]*>", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦>–—]+|\d{1,3}[.)]|\(?[a-z][.)])\s+|^\s*[-*•·]\s*", re.IGNORECASE)
_SUFFIX = re.compile(
    r"\s*(?:[-–—:|]\s*)?(?:\((?:[\d.,]+\s*(?:pages?|pp\.?|kb|mb|gb|bytes?)|\d+\s*(?:of|files?)\s*\d*)\)|"
    r"[\d.,]+\s*(?:kb|mb|gb|bytes))?\s*[-–—:|,;]?\s*$",
    re.IGNORECASE,
)
# One whole file name ending a line: the whole (bullet-stripped) line.
_LINE_NAME = re.compile(r"^(?P<name>[^\n<>\"|?*]{1,200}?\.(?:" + _EXT + r"))$", re.IGNORECASE)
# A file name inside a sentence: no spaces, so we do not swallow the sentence.
_INLINE_NAME = re.compile(r"(?<![\w/.%-])(?P<name>[\w()\[\]+&'.,-]{0,150}?\w[)\]]?\.(?:" + _EXT + r"))(?![\w/])",
                          re.IGNORECASE)
# Signature images and mail plumbing; the filing service adds "_" and seven characters to
# names it stores ("image001_OUQM15o.png", "WRD0000_JUc3gU1.jpg").
_NOT_DOCUMENT = re.compile(
    r"^(?:(?:image\d{3}|wrd\d{4}|outlook-\w+)(?:_[a-z0-9]{7})?\.(?:png|jpe?g|gif|bmp)"
    r"|smime\.p7s|winmail\.dat|.*\.(?:ics|vcf|p7s))$",
    re.IGNORECASE,
)
# A copy cut short is only recognised for long names: short ones that share a start
# ("Emails.pdf", "Emails_Redacted.pdf") are different files.
_CUT_SHORT_MIN = 40
_SENTENCE_WORDS = re.compile(
    r"^(?:please|attached|see|enclosed|here|i|we|the attached|find|this|you|your|our|a copy|copies)\b",
    re.IGNORECASE,
)


def _key(name: str) -> str:
    stem = name.rsplit(".", 1)[0].lower().replace("%20", " ")
    return re.sub(r"[^a-z0-9]+", "", stem).replace("20", "")


# "are attached (Contract and Amendment.pdf; Invoices 2025.pdf)": a bracketed list whose
# every item is a file name keeps names with spaces whole.
_BRACKETED = re.compile(r"[(\[]([^()\[\]\n]{5,400})[)\]]")
_LIST_SEP = re.compile(r"\s*[;,]\s*(?:and\s+)?")
_AND = re.compile(r"\s+and\s+")


def _bracketed_names(line: str) -> tuple[list[str], str]:
    names: list[str] = []
    for m in _BRACKETED.finditer(line):
        items: list[str] = []
        for item in _LIST_SEP.split(m.group(1)):
            # "a.pdf and b.pdf" is two names; "Lease and Renewal.pdf" one.
            items.extend(_AND.split(item) if len(_HAS_EXT.findall(item)) > 1 else [item])
        items = [i.strip() for i in items if i.strip()]
        if items and all(_LINE_NAME.match(i) and len(_HAS_EXT.findall(i)) == 1
                         and not _SENTENCE_WORDS.match(i) for i in items) \
                and any(" " in i for i in items):
            names.extend(items)
            line = line.replace(m.group(0), " ")
    return names, line


# A download link on a line of its own whose path ends in a record's file name
# ("https://.../BWC_segment1.mp4") hands over that file; a link inside a sentence stays a
# link, and pages and feeds (.html, .xml, .json) are not records.
_URL_FILE = re.compile(
    r"^\s*(?:[-*•]\s+)?<?https?://[^\s<>\"]+/(?P<name>[\w()+&'.,%-]{1,150}\.(?:pdf|docx?|xlsx?|xlsm|csv|zip|"
    r"7z|mp3|mp4|m4a|wav|wmv|mov|avi|jpe?g|png|tiff?|heic|pptx?|odt|ods|kmz))(?:[?#]\S*)?>?\s*$",
    re.IGNORECASE,
)


def _names_in_line(line: str) -> list[str]:
    linked = [m.group("name") for m in _URL_FILE.finditer(line)] if "://" in line else []
    line = _URL.sub(" ", line)
    if not _HAS_EXT.search(line):
        return linked
    bracketed: list[str] = []
    if "(" in line or "[" in line:
        bracketed, line = _bracketed_names(line)
        if bracketed and not _HAS_EXT.search(line):
            return bracketed
    bulleted = bool(_BULLET.match(line))
    text = _BULLET.sub("", line, count=1).strip()
    text = _SUFFIX.sub("", text).strip()
    whole = _LINE_NAME.match(text)
    if whole and (bulleted or len(text.split()) <= 6) and not _SENTENCE_WORDS.match(text) \
            and len(_HAS_EXT.findall(text)) == 1:
        _head, sep, tail = text.rpartition(": ")
        return [*linked, *bracketed, tail if sep and not bulleted else text]
    return [*linked, *bracketed, *(m.group("name") for m in _INLINE_NAME.finditer(text))]


# A letter that names no files may list the records it releases: "we are releasing the
# following today:\n1. Offense report, front page, PDF\n2. CAD call log, PDF". Each item
# of a numbered or bulleted list is a document when the paragraph before it says the
# records listed are attached or released.
_LIST_LEAD = re.compile(
    r"\b(?:following|below|listed)\b[^\n]*\b(?:attach\w*|enclos\w*|releas\w*|provid\w*|produc\w*)\b"
    r"|\b(?:attach\w*|enclos\w*|releas\w*|provid\w*|produc\w*)\b[^\n]*\b(?:following|below|listed)\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?P<item>\S[^\n]{2,200})$", re.MULTILINE)


def _listed_records(text: str) -> list[str]:
    """Items of the first list that follows a paragraph announcing released records."""
    items: list[str] = []
    last_end = 0
    for m in _LIST_ITEM.finditer(text):
        if items:
            between = text[last_end:m.start()]
            if between.strip():
                break  # the list ended
        else:
            para_start = text.rfind("\n\n", 0, max(0, m.start() - 1))
            lead = text[max(0, para_start, m.start() - 400) : m.start()]
            if not lead.strip():  # the list follows a blank line: read the paragraph above it
                prev = text.rfind("\n\n", 0, max(0, para_start))
                lead = text[max(0, prev, para_start - 400) : para_start]
            if not _LIST_LEAD.search(lead):
                continue
        items.append(m.group("item").strip())
        last_end = m.end()
    return items


def find_documents(text: str, attachments: Iterable[str] = ()) -> list[str]:
    """Released file names in the body, then the attachments, each file once.

    Without any file name, the items of a list of released records (``_listed_records``).
    """
    attachments = list(attachments)
    out = _find_named(text, attachments)
    if not out and ("follow" in text or "below" in text or "listed" in text):
        out = _listed_records(text)
    return out


def _find_named(text: str, attachments: Iterable[str]) -> list[str]:
    out: list[str] = []
    keys: list[str] = []
    candidates: list[str] = []
    # Only the lines that hold a file extension are read.
    line_end = -1
    for m in _HAS_EXT.finditer(text):
        if m.start() < line_end:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if line_end == -1:
            line_end = len(text)
        candidates.extend(_names_in_line(text[line_start:line_end]))
    candidates.extend(attachments)
    for name in candidates:
        name = name.strip().strip("\"'").replace("%20", " ")
        if name.startswith(("[", "(")) and not name.endswith(("]", ")")) and "]" not in name:
            name = name[1:]  # "[file.pdf" from a bracketed list
        if name.endswith(("]", ")")) and not name.startswith(("[", "(")) and name.count("(") < name.count(")"):
            name = name[:-1]
        if not name or _NOT_DOCUMENT.match(name) or "://" in name:
            continue
        key = _key(name)
        if not key:
            continue
        if any(k == key or (min(len(k), len(key)) >= _CUT_SHORT_MIN and (k.startswith(key) or key.startswith(k)))
               for k in keys):
            continue
        keys.append(key)
        out.append(name)
    return out
