"""One raw email (bytes) -> :class:`Message`: headers, body, attachments, attached mail.

Why the stdlib ``email`` package with the old ``compat32`` policy and our own header
decoding, not ``policy.default`` or mail-parser: it is 3-8 times faster on agency mail
and lets us see the raw bytes, so a broken charset is repaired instead of replaced
(figures in docs/mime.md). ``policy.default`` builds a structured header object for
every header of every message; we only need seven.

Rules kept here:

* Dates keep the sender's UTC offset (a reply sent 23:30 in Memphis is that local day).
* Text is never silently lost: bytes that do not fit the declared charset are decoded
  one by one as Windows-1252 (Latin-1 for its five holes) and a ``charset-guessed``
  problem says so.
* The text/plain part is the body when it is faithful; an empty stub or a plain part
  much shorter than the HTML's text loses to the HTML (converted by ``htmltext``).
* An attached message (message/rfc822) is an attachment and a ``QuotedMessage``,
  never part of the carrying message's body.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.message
import email.utils
import hashlib
import re
from collections import OrderedDict
from collections.abc import Callable
from email.message import Message as EmailMessage

from ..models import Attachment, Message, Problem, QuotedMessage

STAGE = "read"

# --- charset repair ---------------------------------------------------------------

# Bytes that cp1252 leaves undefined; Latin-1 maps them to C1 controls so none is lost.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _byte_to_char(b: int) -> str:
    return bytes((b,)).decode("latin-1" if b in _CP1252_HOLES else "cp1252")


_BYTE_CHARS = tuple(_byte_to_char(b) for b in range(256))


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode each byte the charset rejects as Windows-1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_BYTE_CHARS[b] for b in bad), exc.end


codecs.register_error("correspondence-cp1252", _cp1252_fallback)

# Labels that mean the same single-byte table in practice (WHATWG maps Latin-1 and ASCII to
# windows-1252): decoding them as cp1252 is the standard reading, not a guess.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "ansi_x3.4-1968": "ascii",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
_SINGLE_BYTE = frozenset({"cp1252", "iso-8859-15", "iso8859-15", "cp1250", "iso-8859-2", "macroman"})


def _normal_charset(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    return _CHARSET_ALIASES.get(label, label)


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode ``data`` labelled ``charset``; return (text, note when the result is a guess).

    Never drops a byte: what the label cannot decode is read as Windows-1252.
    """
    if data.isascii():
        return data.decode("ascii"), None
    label = _normal_charset(charset)
    if label == "ascii":
        label = None  # 8-bit bytes under an ASCII label: the label is wrong
    if label is not None:
        try:
            codecs.lookup(label)
        except LookupError:
            text, _ = decode_bytes(data, None)
            return text, f"unknown charset {charset!r}; decoded as UTF-8 with Windows-1252 fallback"
    if label in _SINGLE_BYTE:
        # UTF-8 mislabelled as a single-byte charset is common (and the reverse reading
        # would turn every accent into two characters of mojibake).
        try:
            return data.decode("utf-8"), f"text labelled {charset} is valid UTF-8; read as UTF-8"
        except UnicodeDecodeError:
            return data.decode(label, "correspondence-cp1252"), None
    if label is None:
        try:
            return data.decode("utf-8"), None if charset is None else f"8-bit text labelled {charset}; read as UTF-8"
        except UnicodeDecodeError:
            return data.decode("cp1252", "correspondence-cp1252"), (
                f"8-bit text {'without a charset' if charset is None else f'labelled {charset}'}; read as Windows-1252"
            )
    try:
        return data.decode(label), None
    except UnicodeDecodeError as exc:
        return data.decode(label, "correspondence-cp1252"), (
            f"bytes invalid in {charset} (first at offset {exc.start}); those read as Windows-1252"
        )


# --- headers ------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)\s+(=\?)")
_FOLD = re.compile(r"\r?\n[ \t]+")
_SPACES = re.compile(r"[ \t]{2,}")
_QP_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")


def _decode_q(text: str) -> bytes:
    raw = text.replace("_", " ").encode("ascii", "replace")
    return _QP_HEX.sub(lambda m: bytes((int(m.group(1), 16),)), raw)


def _decode_b(text: str) -> bytes:
    import binascii

    text = text + "=" * (-len(text) % 4)
    try:
        return binascii.a2b_base64(text)
    except binascii.Error:
        return text.encode("ascii", "replace")


def decode_header_text(value: object, notes: list[str] | None = None) -> str:
    """Unfold a header and decode RFC 2047 encoded words and raw 8-bit bytes."""
    if value is None:
        return ""
    if not isinstance(value, str):  # compat32 gives an email.header.Header for 8-bit values
        value = str(value)
    if "\n" in value:
        value = _FOLD.sub(" ", value)
    if not value.isascii():
        # 8-bit header bytes arrive surrogate-escaped; read them as UTF-8, else cp1252.
        try:
            raw = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = None
        if raw is not None:
            value, note = decode_bytes(raw, None)
            if note and notes is not None:
                notes.append(f"header: {note}")
    if "=?" in value:
        value = _BETWEEN_WORDS.sub(r"\1\2", value)  # whitespace between encoded words is dropped

        def word(m: re.Match[str]) -> str:
            charset, enc, text = m.group(1).split("*", 1)[0], m.group(2), m.group(3)
            data = _decode_q(text) if enc in "Qq" else _decode_b(text)
            out, note = decode_bytes(data, charset)
            if note and notes is not None:
                notes.append(f"encoded word: {note}")
            return out

        value = _ENCODED_WORD.sub(word, value)
    return value.strip()


def _header(msg: EmailMessage, name: str) -> str | None:
    # raw_items: compat32's get() wraps 8-bit values in a Header object we would undo.
    name = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def _headers(msg: EmailMessage) -> dict[str, list[str]]:
    heads: dict[str, list[str]] = {}
    for key, value in msg.raw_items():
        heads.setdefault(key.lower(), []).append(str(value))
    return heads


def _address_text(value: object) -> str:
    """A raw address header as a str with 8-bit bytes repaired (encoded words left as is)."""
    text = "" if value is None else str(value)
    if not text.isascii():
        text = decode_header_text(text)
    return _FOLD.sub(" ", text)


# The common shapes, `Name <a@b>`, `"Last, First" <a@b>` and `a@b`, read without
# email.utils' character-by-character parser (a third of the header time otherwise).
_SIMPLE_ADDRESS = re.compile(
    r'\s*(?:"(?P<quoted>[^"\\]*)"|(?P<plain>[^",;:<>()\[\]\\@]*?))\s*<(?P<angle>[^<>\s"(),;:]+)>\s*'
    r'|\s*(?P<bare>[^<>\s"(),;:]+@[^<>\s"(),;:]+)\s*'
)


_LOOSE_ADDRESS = re.compile(r"\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*")


def _split_address(text: str) -> tuple[str, str]:
    m = _SIMPLE_ADDRESS.fullmatch(text)
    if m is None:
        return email.utils.parseaddr(text)
    if m.group("bare"):
        return "", m.group("bare")
    return (m.group("quoted") if m.group("quoted") is not None else m.group("plain")).strip(), m.group("angle")


def _split_addresses(texts: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for text in texts:
        pieces = text.split(",") if '"' not in text and "(" not in text else None
        matched = [_SIMPLE_ADDRESS.fullmatch(p) for p in pieces] if pieces else None
        if not matched or not all(matched):
            out.extend(email.utils.getaddresses([text]))
            continue
        for piece in pieces or ():
            if piece.strip():
                out.append(_split_address(piece))
    return out


def parse_address(value: object, notes: list[str] | None = None) -> tuple[str | None, str | None]:
    """(display name, address) of a From-like header; encoded words decoded after parsing."""
    if value is None:
        return None, None
    text = _address_text(value)
    name, addr = _split_address(text)
    if "@" not in addr:
        # One sender whose name has an unquoted comma ("Nyquist, Carla <c@x>"): RFC 5322
        # reads two addresses, the writer meant one.
        loose = _LOOSE_ADDRESS.fullmatch(text)
        if loose:
            name, addr = loose.group(1).strip().strip('"').strip(), loose.group(2)
    name = decode_header_text(name, notes) if name else ""
    addr = addr.strip()
    if "@" not in addr and not name and addr:
        name, addr = addr, ""
    return name or None, addr or None


def parse_addresses(values: list[object]) -> tuple[str, ...]:
    """Recipients as ``Name <address>`` (or the bare address), in header order."""
    out = []
    for name, addr in _split_addresses([_address_text(v) for v in values]):
        if not addr and not name:
            continue
        name = decode_header_text(name) if name else ""
        out.append(f"{name} <{addr}>" if name and addr else (addr or name))
    return tuple(out)


_MSGID = re.compile(r"<[^<>\s]+>")


def _message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    found = _MSGID.findall(value)
    if found:
        return tuple(found)
    bare = value.strip()
    return (bare,) if bare and " " not in bare else ()


# Zones that parsedate_tz does not know but US agencies' mail servers still write.
_AMPM = re.compile(r"\d\s*[AaPp]\.?[Mm]\b")
_ZONE_WORDS = re.compile(r"\s*\(([^)]*)\)\s*$")
_LOOSE_DATE = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<year>\d{2,4})\s+"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp][Mm])?\s*(?P<tz>[+-]\d{4})?"
)


def parse_date(value: str | None) -> tuple[dt.datetime | None, str | None]:
    """A Date header -> aware datetime in the sender's own offset; (None, why) if unreadable."""
    if not value:
        return None, "no Date header"
    value = " ".join(value.split())
    # parsedate_tz ignores AM/PM ("4:12 PM" would become 04:12): such dates take the loose path.
    parsed = None if _AMPM.search(value) else email.utils.parsedate_tz(value)
    if parsed is None and not _AMPM.search(value):
        parsed = email.utils.parsedate_tz(_ZONE_WORDS.sub("", value))
    if parsed is not None:
        try:
            offset = parsed[9]
            naive = dt.datetime(parsed[0], parsed[1], parsed[2], parsed[3], parsed[4], parsed[5])
        except (ValueError, TypeError):
            naive, offset = None, None
        if naive is not None:
            if offset is None:
                # "-0000" or no zone at all: RFC 5322 says the local offset is unknown;
                # UTC is the only honest reading and keeps every date comparable.
                return naive.replace(tzinfo=dt.UTC), None
            return naive.replace(tzinfo=dt.timezone(dt.timedelta(seconds=offset))), None
    m = _LOOSE_DATE.search(value)
    if m:
        try:
            month = _MONTHS[m.group("mon").lower()]
            year = int(m.group("year"))
            year += 2000 if year < 50 else 1900 if year < 100 else 0
            hour = int(m.group("h"))
            if m.group("ampm"):
                hour = hour % 12 + (12 if m.group("ampm").lower() == "pm" else 0)
            naive = dt.datetime(year, month, int(m.group("day")), hour, int(m.group("m")), int(m.group("s") or 0))
            tz = m.group("tz")
            off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])) * (-1 if tz[0] == "-" else 1) if tz else dt.timedelta(0)
            return naive.replace(tzinfo=dt.timezone(off)), None
        except (KeyError, ValueError):
            pass
    loose = long_date(value)
    if isinstance(loose, dt.datetime):
        return loose, None
    return None, f"unreadable Date header {value[:60]!r}"


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


# "Monday, March 2, 2026 2:03 PM" (Outlook) or "March 2, 2026 at 2:03:11 PM"
_LONG_DATE = re.compile(
    r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:\s*(?:at\s+)?(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)



def long_date(text: str) -> dt.datetime | dt.date | None:
    """"June 9, 2026 4:12 PM" (month first, no zone): the writer's local time, naive."""
    m = _LONG_DATE.search(text)
    if not m:
        return None
    month = _MONTHS.get(m.group("mon")[:3].lower())
    if month is None:
        return None
    try:
        day = dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None
    if m.group("h") is None:
        return day
    hour = int(m.group("h"))
    ampm = (m.group("ampm") or "").lower()
    if ampm:
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    try:
        # No zone is printed: the time is the sender's local time, kept as written.
        return dt.datetime(day.year, day.month, day.day, hour, int(m.group("m")), int(m.group("s") or 0))
    except ValueError:
        return day



# --- body choice --------------------------------------------------------------------

# Plain parts that only point at the HTML ("This message requires HTML", "view in browser").
_STUB = re.compile(
    r"(?:requires?|needs?|best viewed|view(?:ed)? (?:it )?in|supports?|capable|enable)[^.\n]{0,60}"
    r"\b(?:html|browser|web)\b|\bhtml (?:version|email|message|format)\b|"
    r"^\s*(?:this (?:is an? )?)?(?:html|multipart)(?: message| email)?[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
_HTML_DROP = re.compile(r"<(style|script|head|title)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>|&[#a-zA-Z0-9]+;")


def _visible_len(text: str) -> int:
    return len("".join(text.split()))


def _html_text_len(html: str) -> int:
    """Cheap estimate of the length of the HTML's visible text (no parse)."""
    return _visible_len(_HTML_TAG.sub(" ", _HTML_DROP.sub(" ", html)))


def plain_is_faithful(plain: str, html: str) -> bool:
    """Whether the text/plain alternative carries the message (else use the HTML's text)."""
    plain_len = _visible_len(plain)
    if plain_len == 0:
        return False
    if plain_len >= len(html) * 0.5:
        return True  # cannot be much shorter than the HTML's text: skip the estimate
    html_len = _html_text_len(html)
    if plain_len < 300 and _STUB.search(plain) and html_len > plain_len * 1.5:
        return False
    return plain_len >= html_len * 0.6


def html_to_text(html: str) -> str:
    from ..htmltext import html_to_text as convert  # lazy: selectolax only when needed

    return convert(html)


# --- attachments --------------------------------------------------------------------

AttachmentTextReader = Callable[[bytes], str]

# Decision letters are one to five pages; a longer PDF is the released records themselves,
# whose text the classifier does not need and whose extraction would cost seconds.
MAX_LETTER_PAGES = 10
MAX_TEXT_BYTES = 8 << 20


class _NotALetter(Exception):
    """The attachment is too long to be a letter; its text is not extracted."""


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) > MAX_LETTER_PAGES:
        raise _NotALetter(f"{len(reader.pages)} pages")
    return "\n".join((page.extract_text() or "") for page in reader.pages).strip()


def _docx_text(data: bytes) -> str:
    import io

    from docx import Document

    doc = Document(io.BytesIO(data))
    return "\n".join(p.text for p in doc.paragraphs).strip()


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: content type or file suffix -> (extractor, module the optional extra provides)
_TEXT_EXTRACTORS: dict[str, tuple[AttachmentTextReader, str]] = {
    "application/pdf": (_pdf_text, "pypdf"),
    ".pdf": (_pdf_text, "pypdf"),
    _DOCX: (_docx_text, "python-docx"),
    ".docx": (_docx_text, "python-docx"),
}
_MISSING_EXTRAS: set[str] = set()
_TEXT_CACHE: OrderedDict[str, str | None] = OrderedDict()  # sha256 -> extracted text


class Parts:
    """What a walk over the MIME tree (or an Outlook .msg) collects."""

    __slots__ = ("attachments", "html", "notes", "plain", "problems", "quoted")

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.quoted: list[QuotedMessage] = []
        self.notes: list[str] = []
        self.problems: list[Problem] = []


def _part_text(part: EmailMessage, parts: Parts) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        data = b""
    text, note = decode_bytes(data, part.get_content_charset())
    if note:
        parts.notes.append(note)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _is_attachment(part: EmailMessage, ctype: str) -> bool:
    disposition = part.get("Content-Disposition")
    if disposition is not None and str(disposition).lstrip().lower().startswith("attachment"):
        return True
    if not ctype.startswith("text/") or ctype not in ("text/plain", "text/html"):
        return True
    # get_param parses every parameter; look at the raw headers first (most parts have none).
    if "name" not in str(part.get("Content-Type", "")).lower() and (
        disposition is None or "filename" not in str(disposition).lower()
    ):
        return False
    return part.get_param("name") is not None or part.get_param("filename", header="content-disposition") is not None


def _filename(part: EmailMessage, fallback: str) -> str:
    try:
        name = part.get_filename()
    except (ValueError, LookupError, TypeError):
        name = None
    if name:
        return decode_header_text(name)
    return fallback


def _attachment(part: EmailMessage, ctype: str, index: int, parts: Parts) -> Attachment:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # a broken base64 body must not stop the message
        data = None
    if not isinstance(data, bytes):
        data = b""
    ext = _SUFFIXES.get(ctype, "")
    name = _filename(part, f"attachment-{index}{ext}")
    return build_attachment(name, ctype, data, part.get_content_charset(), parts)


def build_attachment(name: str, ctype: str, data: bytes, charset: str | None, parts: Parts) -> Attachment:
    """Attachment record with hash, size and (for letters) text; problems go to ``parts``."""
    text: str | None = None
    digest = hashlib.sha256(data).hexdigest()
    if ctype == "text/plain" or (ctype.startswith("text/") and name.lower().endswith(".txt")):
        text, note = decode_bytes(data, charset)
        if note:
            parts.notes.append(f"attachment {name}: {note}")
    else:
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        extractor = _TEXT_EXTRACTORS.get(ctype) or _TEXT_EXTRACTORS.get(suffix)
        if extractor is not None and data:
            if digest in _TEXT_CACHE:  # only successes are kept: a skip or failure is reported again
                # The same letter forwarded or re-sent: pypdf costs milliseconds per letter.
                text = _TEXT_CACHE[digest]
                _TEXT_CACHE.move_to_end(digest)
            else:
                text = _extract_text(name, data, *extractor, parts)
                if text is not None:
                    _TEXT_CACHE[digest] = text
                    if len(_TEXT_CACHE) > 256:
                        _TEXT_CACHE.popitem(last=False)
    return Attachment(name=name, content_type=ctype, size=len(data), sha256=digest, text=text or None)


def _extract_text(name: str, data: bytes, reader: AttachmentTextReader, extra: str, parts: Parts) -> str | None:
    if extra in _MISSING_EXTRAS:
        parts.problems.append(_text_skipped(name, extra=extra))
        return None
    if len(data) > MAX_TEXT_BYTES:
        parts.problems.append(_text_skipped(name, too_long=f"{len(data) >> 20} MiB"))
        return None
    try:
        return reader(data)
    except _NotALetter as exc:
        parts.problems.append(_text_skipped(name, too_long=str(exc)))
    except ImportError:
        _MISSING_EXTRAS.add(extra)
        parts.problems.append(_text_skipped(name, extra=extra))
    except Exception as exc:  # a damaged PDF is the sender's problem, not a crash
        parts.problems.append(
            Problem(code="attachment-unreadable", message=f"{name}: {type(exc).__name__}: {exc}"[:300], stage=STAGE)
        )
    return None


def _text_skipped(name: str, *, too_long: str | None = None, extra: str | None = None) -> Problem:
    """An attachment whose text is deliberately not read (too long for a letter, or its
    reader is not installed): worth knowing, not an error."""
    why = f" ({too_long}: too long for a letter)" if too_long is not None else f"; install the 'attachments' extra ({extra})"
    return Problem(code="attachment-text-skipped", message=f"{name}: text not extracted{why}", stage=STAGE, severity="info")


_SUFFIXES = {
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/html": ".html",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    _DOCX: ".docx",
}


def _walk(part: EmailMessage, parts: Parts, depth: int = 0) -> None:
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or (ctype.startswith("message/") and part.is_multipart() and ctype != "message/delivery-status"):
        _attached_message(part, parts, depth)
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, EmailMessage):
                    _walk(sub, parts, depth)
        return
    if _is_attachment(part, ctype):
        parts.attachments.append(_attachment(part, ctype, len(parts.attachments) + 1, parts))
    elif ctype == "text/html":
        parts.html.append(_part_text(part, parts))
    else:
        parts.plain.append(_part_text(part, parts))


def _attached_message(part: EmailMessage, parts: Parts, depth: int) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, EmailMessage):
        # Some clients put the message as one encoded blob: parse it ourselves.
        raw = part.get_payload(decode=True)
        inner = email.message_from_bytes(raw) if isinstance(raw, bytes) and raw else None
    if inner is None:
        return
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte in ("base64", "quoted-printable"):
        # Not allowed on message/rfc822 (RFC 2046) but some clients do it: the parser
        # then read the encoded text as a message; decode it and parse again.
        import binascii
        import quopri

        try:
            encoded = inner.as_bytes()
            decoded = binascii.a2b_base64(encoded) if cte == "base64" else quopri.decodestring(encoded)
            inner = email.message_from_bytes(decoded)
        except (binascii.Error, ValueError):
            pass
    try:
        raw_inner = inner.as_bytes()
    except Exception:  # regenerating a broken message can fail; the hash is then of nothing
        raw_inner = b""
    subject = decode_header_text(_header(inner, "Subject"), parts.notes) or None
    name = _filename(part, f"{subject or 'attached message'}.eml")
    if depth < 5:  # mail forwarded inside mail inside mail...: stop somewhere
        sub = Parts()
        _walk(inner, sub, depth + 1)
        sender, address = parse_address(_header(inner, "From"), parts.notes)
        sent, _ = parse_date(_header(inner, "Date"))
        parts.quoted.append(
            QuotedMessage(
                sender=sender or address,
                sender_address=address,
                sent_at=sent,
                subject=subject,
                body=choose_body(sub, parts.notes),
            )
        )
        parts.notes.extend(sub.notes)
        parts.problems.extend(sub.problems)
    parts.attachments.append(
        Attachment(
            name=name,
            content_type="message/rfc822",
            size=len(raw_inner),
            sha256=hashlib.sha256(raw_inner).hexdigest(),
        )
    )


def choose_body(parts: Parts, notes: list[str]) -> str:
    plain = "\n".join(p for p in parts.plain if p.strip())
    html = "\n".join(parts.html)
    if not html.strip():
        return plain
    if plain and plain_is_faithful(plain, html):
        return plain
    try:
        return html_to_text(html)
    except ImportError:
        notes.append("htmltext is not available; kept the plain part")
        return plain


# --- the whole message --------------------------------------------------------------


def parse_bytes(
    raw: bytes,
    source: str,
    position: int = 0,
    fallback_date: dt.datetime | None = None,
) -> Message:
    """Parse one raw RFC 5322 message into a :class:`Message` (never raises on bad mail).

    ``fallback_date`` (e.g. from an mbox ``From `` line) is used when the Date header is
    missing or unreadable, with a ``date-missing`` problem.
    """
    try:
        msg = email.message_from_bytes(raw)
        return from_email(msg, source, position, fallback_date)
    except Exception as exc:  # the stdlib parser is lenient; this is the last guard
        return Message(source=source, position=position, body=decode_bytes(raw, None)[0]).with_problem(
            "mime-unreadable", f"{type(exc).__name__}: {exc}"[:300], STAGE, "error"
        )


def from_email(
    msg: EmailMessage,
    source: str,
    position: int = 0,
    fallback_date: dt.datetime | None = None,
) -> Message:
    """Build a :class:`Message` from an already parsed ``email.message.Message``."""
    parts = Parts()
    notes = parts.notes
    heads = _headers(msg)

    def first(name: str) -> str | None:
        values = heads.get(name)
        return values[0] if values else None

    sender, address = parse_address(first("from") or first("sender"), notes)
    recipients = parse_addresses([*heads.get("to", []), *heads.get("cc", [])])
    subject = decode_header_text(first("subject"), notes) or None
    sent, why = parse_date(first("date"))
    problems: list[Problem] = []
    if sent is None:
        if fallback_date is not None:
            sent = fallback_date
            why = f"{why}; used the mbox separator line's date (UTC)"
        problems.append(Problem(code="date-missing", message=why or "no date", stage=STAGE))
    for defect in msg.defects[:3]:
        problems.append(
            Problem(code="mime-defect", message=type(defect).__name__, stage=STAGE, severity="info")
        )
    _walk(msg, parts)
    body = choose_body(parts, notes)
    problems.extend(parts.problems)
    if notes:
        problems.append(Problem(code="charset-guessed", message="; ".join(dict.fromkeys(notes))[:500], stage=STAGE))
    message_ids = _message_ids(first("message-id"))
    in_reply_to = _message_ids(first("in-reply-to"))
    return Message(
        source=source,
        position=position,
        sender=sender or address,
        sender_address=address.lower() if address else None,
        recipients=recipients,
        sent_at=sent,
        subject=subject,
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_message_ids(first("references")),
        attachments=tuple(parts.attachments),
        body=body,
        quoted_messages=tuple(parts.quoted),
        problems=tuple(problems),
    )
