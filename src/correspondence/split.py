"""Split a message's own text from its quoted history, signature and portal junk.

One pass over the lines, compiled regular expressions only (about 1 ms per message is
the budget of the whole pipeline). The rules, the policy choices and their reasons are
in docs/quoting.md; in short:

- a quote starts only at a *strong* header: ``On ... wrote:`` (and its usual client and
  language forms, wrapped over up to five lines), a dated ``Name <address>:`` line, an
  Outlook ``From:/Sent:/To:/Subject:`` block (two or more header kinds), an
  ``-----Original Message-----`` or forwarded-message banner, a portal "reply above this
  line" marker with text above it, NextRequest's ``Original Request:`` echo; or at a
  block of ``>`` lines;
- a header followed by ``>`` lines ends with them: own text written below or between
  quotes is kept; a header followed by plain text takes everything to the end;
- signatures (``-- ``), device lines ("Sent from my iPhone") and legal disclaimers go to
  ``footer``;
- nothing is dropped: what is cut goes to ``quoted`` or ``footer``, and the quoted part
  is rebuilt into :class:`~correspondence.models.QuotedMessage` records.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, field

from .context import Context
from .models import Message, QuotedMessage

__all__ = ["Split", "own_text", "split", "split_text"]

# --- line classes ---------------------------------------------------------------------

# ">" opens a quoted line unless a number follows ("> 50 pages" is still a quote; ">50" is not).
_QUOTED = re.compile(r"^[ \t]*>(?![\d=])")
_QUOTE_PREFIX = re.compile(r"^[ \t]*>(?![\d=]) ?")
_BLANK = re.compile(r"^[\s\u00a0]*$")
_SEPARATOR = re.compile(r"^[\s>]*(?:-{3,}|_{3,}|={3,}|\*{3,}|—+)[\s]*$")

# "wrote:" and its translations; "sent:" as some clients (and talon's tests) use it.
_WROTE_WORDS = (
    r"wrote|writes|sent|a\s+écrit|a\s+ecrit|schrieb|escribió|escribio|ha\s+scritto|"
    r"schreef|het\s+volgende\s+geschreven|geschreven|skrev|napisał|napisal|"
    r"написал(?:а)?|пишет|đã\s+viết|escreveu|kirjoitti|írta|napsal(?:a)?|yazdı"
)
_WROTE_END = re.compile(rf"(?:{_WROTE_WORDS})\s*:?\s*-*\s*$", re.I)
_ADDR_WROTE = re.compile(rf"@[\w.-]+[\]>)\"']*\s*(?:{_WROTE_WORDS})\s*(?::|-{{2,}})\s*$", re.I)
_WROTE_END_COLON = re.compile(rf"(?:{_WROTE_WORDS})\s*(?::|-{{2,}})\s*$", re.I)
# "Am 26.03.2014 um 10:00 schrieb Max <max@example.de>:", "Op ... schreef Name <a@b>:"
_WROTE_MID = re.compile(r"\b(?:schrieb|schreef|skrev|wrote|escribió|a\s+écrit)\s+\S.{0,150}:\s*$", re.I)
# Words that open an attribution line in the common clients' languages.
_ATTRIB_START = re.compile(
    r"^[\s>]*-*\s*(?:On|Le|Am|El|Il|Op|W\s+dniu|Den|På|Vào|Em|Dne|Il\s+giorno|Am\s+\w+)\s", re.I
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
# The look-behind and possessive runs keep a search linear on a long line with an "@".
_EMAILISH = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+|<\s*$|\[mailto:|mailto:", re.I)
_DIGIT = re.compile(r"\d")
# "---- John Smith wrote ----" (Android)
_DASHED_WROTE = re.compile(rf"^\s*-{{2,}}+\s*\S.{{0,100}}?\b(?:{_WROTE_WORDS})\s*-{{2,}}\s*$", re.I)
# "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" in one line.
_INLINE_ON = re.compile(r"(?:(?<=\s)|(?<=-))On\s+(?=.*\d)")
# A dated "Name <address>:" line: Gmail's "2014-12-11 23:51 GMT+02:00 Name <a@b>:",
# Yandex "26.06.2014, 14:41, "Name" <a@b>:", Mail.ru "Thu, 26 Jun 2014 ... от Name <a@b>:".
_DATE_START = re.compile(
    r"^\s*(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Пн|Вт|Ср|Чт|Пт|Сб|Вс)[a-zа-я]*,?\s+\d{1,2}\s+\w+\s+\d{4})",
    re.I,
)
_ADDRESS = re.compile(r"<?\s*((?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+)\s*>?")

_GROUPWISE = re.compile(r"^>>>\s*\S.{0,150}?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}).{0,40}>>>\s*$")
# Lotus Notes: "Records Office <r@city.gov> wrote on 03/03/2026 09:14:00 AM:"
_WROTE_ON = re.compile(r"\bwrote\s+on\s+\S.{3,60}:\s*$", re.I)
_QUOTED_HIDDEN = re.compile(r"^\s*\[(?:Quoted text hidden|Texte des messages précédents masqué)\]\s*$", re.I)

# Banners: Original Message / Reply Message and their translations; forwarded messages.
_ORIGINAL = re.compile(
    r"^[\s>*]*-{2,}+\s*(?:Original\s+Message|Reply\s+Message|Ursprüngliche\s+Nachricht|"
    r"Antwort\s+Nachricht|Oprindelig\s+meddelelse|Message\s+d'origine|Mensaje\s+original|"
    r"Messaggio\s+originale|Oorspronkelijk\s+bericht|Opprinnelig\s+melding|"
    r"Ursprungligt\s+meddelande|Alkuperäinen\s+viesti|Mensagem\s+original|"
    r"Исходное\s+сообщение|Wiadomość\s+oryginalna)\s*-{2,}\s*$",
    re.I,
)
_FORWARD = re.compile(
    r"^[\s>*]*(?:-{2,}+\s*)?(?:Forwarded\s+message|Forwarded\s+Message|Weitergeleitete\s+Nachricht|"
    r"Message\s+transféré|Mensaje\s+reenviado|Messaggio\s+inoltrato|Doorgestuurd\s+bericht|"
    r"Vidarebefordrat\s+meddelande|Videresendt\s+meddelelse|Videresendt\s+melding|"
    r"Mensagem\s+encaminhada|Пересылаемое\s+сообщение)\s*(?:-{2,}|:)?\s*$"
    r"|^[\s>*]*(?:Begin\s+forwarded\s+message|Début\s+du\s+message\s+réexpédié|"
    r"Anfang\s+der\s+weitergeleiteten\s+Nachricht|Inicio\s+del\s+mensaje\s+reenviado)\s*:\s*$",
    re.I,
)
# Portal markers: "--- Please respond above this line ---", "##- Please type your reply
# above this line -##", "Write ABOVE THIS LINE".
_ABOVE_LINE = re.compile(
    r"(?:respond|reply|type\s+your\s+(?:reply|response)|write|enter\s+your\s+(?:reply|response)|"
    r"answer)\s+(?:above|ABOVE)\s+(?:this|THIS)\s+(?:line|LINE)",
    re.I,
)
# NextRequest echoes the request under a bare "Original Request:" line.
_ECHO_DATE = re.compile(r"^\s*On\s+\w+\.?\s+\d{1,2},?\s+\d{4}\s*:\s*$", re.I)
_ORIGINAL_REQUEST = re.compile(r"^\s*\*?Original\s+Request:?\*?\s*$", re.I)

# Outlook-style header lines; the key decides the kind.
_HEADER_LINE = re.compile(r"^[\s>]*\*?\s*([^\W\d_][^\W\d_ .'-]*(?:\s[^\W\d_]+)?)\s*:\*?\s*(.*)$")
_REPLY_SUBJECT = re.compile(r"^\s*\*?\s*(?:RE|FW|FWD|AW|WG|TR|SV|VS|RV|R)\s*:", re.I)
_HEADER_KINDS: dict[str, str] = {}
for _kind, _names in (
    ("from", "from von de fra från от van da od lähettäjä feladó"),
    ("sent", "sent gesendet envoyé envoye sendt skickat отправлено enviado inviato "
             "verzonden wysłano lähetetty elküldve"),
    ("date", "date datum data fecha дата päivämäärä dátum"),
    ("to", "to an à a til till кому para aan pour do vastaanottaja címzett"),
    ("subject", "subject betreff objet emne ämne тема asunto oggetto onderwerp sujet temat "
                "aihe assunto tárgy"),
    ("cc", "cc kopie копия bcc"),
    ("reply-to", "reply-to"),
):
    for _name in _names.split():
        _HEADER_KINDS[_name] = _kind

# Signature, device lines and legal disclaimers (moved to the footer).
_SIG_DELIM = re.compile(r"^(?:--|—|-- .{0,40})\s*$")
_DEVICE = re.compile(
    r"^\s*(?:Sent\s+(?:from|with|via|using)\s+(?:my\s+)?(?P<tail>\S.{0,60})|Get\s+Outlook\s+for\s+\S.{0,30}|"
    r"Envoyé\s+de\s+mon\s+\S.{0,40}|Von\s+meinem\s+\S.{0,40}\s+gesendet|"
    r"Enviado\s+desde\s+mi\s+\S.{0,40}|Inviato\s+da\s+\S.{0,40})\s*$",
    re.I,
)
_DEVICE_FIRST = frozenset("SsGgEeVvIi")
# External-sender warnings that mail gateways put on top of a message.
_WARNING = re.compile(
    r"^\s*\[?\**\s*(?:CAUTION|WARNING|EXTERNAL(?:\s+(?:EMAIL|SENDER|MESSAGE))?)\s*\**\s*[:\]-]"
    # ... and only about the mail itself: "WARNING: the fee is due" is the letter's
    r"(?=.{0,200}\b(?:outside|external|originated|click|links?|attachments?|sender|phishing|trusted)\b)"
    r"|^\s*\[?EXTERNAL\]?\s*(?:EMAIL|SENDER|MESSAGE)?\s*[:\]]?\s*This\s+(?:e-?mail|message)\s+"
    r"(?:originated|came|was\s+sent)\s+from\s+outside"
    r"|^\s*This\s+(?:e-?mail|message)\s+(?:originated|came)\s+from\s+outside",
    re.I,
)
# First characters of device lines, disclaimers and signature delimiters.
_FOOTER_FIRST = frozenset("SsGgEeVvIiCcDdNnPpTtWwAa-—")
# "Sent from my desk, is much easier than my phone." is a sentence, not a device line.
_SENTENCE = re.compile(r"\b(?:is|are|was|were|will|would|can|could|should|easier|because|but)\b", re.I)
_DISCLAIMER = re.compile(
    r"^\s*\**\s*(?:CONFIDENTIALITY\s+NOTICE|CONFIDENTIALITY\s+STATEMENT|CONFIDENTIAL(?:ITY)?\s*:|"
    r"DISCLAIMER\s*:|PRIVILEGED\s+(?:AND|&)\s+CONFIDENTIAL|"
    r"NOTICE\s*:\s*This\s+(?:e-?mail|message|communication|transmission)|"
    r"This\s+(?:e-?mail|message|communication|electronic\s+(?:mail|message|transmission)|transmission)"
    r"(?:\s*\([^)]*\))?(?:,?\s+(?:and|including)\s+any\s+(?:attachments?|files?)[^,.]{0,40},?)?\s+"
    r"(?:is|are|may\s+contain|contains|and\s+any)\s+(?:\w+\s+){0,3}?(?:confidential|privileged|intended)|"
    r"The\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message|communication|transmission)"
    r"(?:\s+\w+){0,4}\s+(?:is|may\s+be)\s+(?:\w+\s+){0,2}?(?:confidential|privileged|intended))",
    re.I,
)
_HTML_DOC = re.compile(r"<(?:html|body|div|p|table|br)\b[^>]*>", re.I)

# First characters of the lines the header expressions can match (a cheap pre-test).
_BANNER_STARTS = frozenset({"Begin", "Forwa", "Débu", "Début", "Anfan", "Inici", "Origi", "Messa"})
_ATTRIB_WORDS = frozenset({
    "On ", "Le ", "Am ", "El ", "Il ", "Op ", "Den", "På ", "Vào", "Em ", "Dne", "on ", "ON ",
})
_WEEKDAYS = frozenset({
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс",
})

_LETTER = re.compile(r"[^\W\d_]")
_BRACKETED = re.compile(r"^\s*\[[^\]]*\]\s*$")

_MAX_HEADER_LINES = 6  # an attribution wrapped over more lines than this is not one
_MAX_DEPTH = 20  # nested quote levels rebuilt into quoted messages
_MAX_SIGNATURE_LINES = 12  # non-blank lines after "-- " that still make a signature


@dataclass
class _Seg:
    kind: str  # own, footer, gt, wrote, dated, outlook, original, forward, portal, echo
    header: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Split:
    """What :func:`split_text` makes of one body."""

    own: str
    quoted: str
    footer: str
    quoted_messages: tuple[QuotedMessage, ...]
    forward_only: bool = False


# --- header recognisers ------------------------------------------------------------------


def _has_address(text: str) -> bool:
    # The substring tests first: the regular expression is ten times dearer.
    return ("@" in text or "mailto" in text or text.rstrip().endswith("<")) and bool(
        _EMAILISH.search(text)
    )


def _ends_wrote(text: str) -> bool:
    """``wrote:`` (or a translation, or ``wrote ---``) at the end of ``text``."""
    tail = text.rstrip()
    return tail.endswith((":", "-")) and bool(_WROTE_END_COLON.search(tail[-60:]))


def _is_quoted(line: str) -> bool:
    return line.lstrip(" \t")[:1] == ">" and bool(_QUOTED.match(line))


def _header_kind(line: str) -> tuple[str, str] | None:
    m = _HEADER_LINE.match(line)
    if not m:
        return None
    kind = _HEADER_KINDS.get(m.group(1).lower())
    return (kind, m.group(2)) if kind else None


def _wrote_header(lines: list[str], i: int) -> int:
    """Lines taken by an ``On ... wrote:`` attribution starting at ``i`` (0 if none)."""
    line = lines[i]
    if line.lstrip().startswith("--") and _DASHED_WROTE.match(line):
        return 1
    if not (_ATTRIB_START.match(line) and _DIGIT.search(line)):
        # "Sent from Samsung MobileName <address@example.com> wrote:": the address comes
        # right before the verb ("In his email (a@b.gov) the clerk wrote:" is a letter's).
        if len(line) < 300 and _ends_wrote(line) and "@" in line and _ADDR_WROTE.search(line[-120:]):
            return 1
        return 0
    joined = line
    for k in range(i, min(i + _MAX_HEADER_LINES, len(lines))):
        if k > i:
            nxt = lines[k]
            if _BLANK.match(nxt):
                continue
            if _is_quoted(nxt) and not _WROTE_END.search(nxt[-60:]):
                return 0
            joined += " " + nxt.strip()
            if len(joined) > 400:
                return 0
        if _ends_wrote(joined) or (
            joined.rstrip().endswith(":") and _WROTE_MID.search(joined) and _has_address(joined)
        ):
            # An attribution names a time or an address; "On May 5, 2024 your office
            # wrote:" in an appeal letter names neither and is the letter's own text.
            if _TIME.search(joined) or _has_address(joined):
                return k - i + 1
            return 0
    return 0


def _dated_header(lines: list[str], i: int) -> int:
    """Lines taken by a dated ``Name <address>:`` attribution (Gmail ISO, Yandex, Mail.ru)."""
    line = lines[i]
    if not _DATE_START.match(line):
        return 0
    joined = line.rstrip()
    n = 1
    if joined.endswith("<") and i + 1 < len(lines):
        joined += lines[i + 1].strip()
        n = 2
    if len(joined) > 300 or not _ADDRESS.search(joined):
        return 0
    if joined.endswith(":"):
        return n
    # "2011/4/7 Name <address>" with the quote right after.
    k = i + n
    while k < len(lines) and _BLANK.match(lines[k]):
        k += 1
    if k < len(lines) and _is_quoted(lines[k]) and joined.endswith(">"):
        return n
    return 0


def _outlook_block(lines: list[str], i: int, at_top: bool) -> int:
    """Lines taken by a ``From:/Sent:/To:/Subject:`` block starting at ``i`` (0 if none).

    Two header kinds at least, one of them From or Sent/Date, and Outlook's ``Sent:`` or an
    email address. At the top of a body (nothing above it) a memo-style letter head
    ("Date:/To:/From: Pat <pat@example.org>/Subject:") looks the same, so there only a
    block with ``Sent:`` counts.
    """
    first = _header_kind(lines[i])
    if not first or first[0] not in ("from", "sent", "date", "subject", "to"):
        return 0
    if i > 0 and _header_kind(lines[i - 1]):
        return 0  # the middle of a header block already judged from its first line
    kinds = {first[0]}
    has_address = bool(_EMAILISH.search(first[1]))
    # "Subject: FW: ..." / "RE: ..." marks a mail header, never a letter's memo head.
    reply_subject = first[0] == "subject" and bool(_REPLY_SUBJECT.match(first[1]))
    end = i + 1
    blanks = 0
    continuation = 0
    k = i + 1
    while k < len(lines) and k < i + 16:
        line = lines[k]
        if _BLANK.match(line) or line.strip() == ">":
            blanks += 1
            if blanks > 3:
                break
            k += 1
            continue
        h = _header_kind(line)
        if h:
            kinds.add(h[0])
            has_address = has_address or bool(_EMAILISH.search(h[1]))
            reply_subject = reply_subject or (h[0] == "subject" and bool(_REPLY_SUBJECT.match(h[1])))
            end = k + 1
            continuation = 0
            blanks = 0
        elif blanks == 0 and continuation < 2 and len(line) < 120 and end == k:
            # A wrapped header value ("[mailto:\n bob@example.com]", a two-line subject).
            continuation += 1
            has_address = has_address or bool(_EMAILISH.search(line))
            end = k + 1
        else:
            break
        k += 1
    if len(kinds) < 2 or not kinds & {"from", "sent", "date"}:
        return 0
    if first[0] == "to" and not ("from" in kinds and kinds & {"sent", "date"}):
        return 0  # Lotus Notes puts To: first, but then From: and a date follow
    if len(kinds) == 2 and "subject" in kinds and "from" not in kinds:
        return 0
    if "sent" not in kinds and (at_top or not has_address) and not reply_subject:
        # Outlook writes "Sent:"; other clients name an address. A block with neither is
        # a memo head ("To: / From: Records Custodian / Date: / Subject:") of the
        # message's own letter, and so is any block without "Sent:" on top of a body.
        return 0
    return end - i


def _match_header(lines: list[str], i: int, at_top: bool) -> tuple[str, int, str] | None:
    """(kind, lines taken, own text left of the header on the same line) or None.

    Cheap string tests decide which regular expressions can match at all: most lines are
    prose and must cost a few string operations, not a dozen regex calls.
    """
    line = lines[i]
    stripped = line.strip()
    if not stripped:
        return None
    first, last = stripped[0], stripped[-1]
    punct_end = last in ":-*>"
    if ("bove" in line or "BOVE" in line) and _ABOVE_LINE.search(line):
        return ("portal", 1, "")
    if first in "-*>" or punct_end or stripped[:5] in _BANNER_STARTS:
        if _ORIGINAL.match(line):
            return ("original", 1, "")
        if _FORWARD.match(line):
            return ("forward", 1, "")
        if _ORIGINAL_REQUEST.match(line):
            return ("echo", 1, "")
    if first == "[" and _QUOTED_HIDDEN.match(line):
        return ("original", 1, "")
    if ":" in line:
        if "wrote on" in line and _WROTE_ON.search(line) and (_has_address(line) or _TIME.search(line)):
            return ("wrote", 1, "")
        n = _outlook_block(lines, i, at_top)
        if n and not (i > 0 and lines[i - 1].rstrip().endswith(":") and not _SEPARATOR.match(lines[i - 1])):
            # "I request the email below:" straight above a header block introduces it.
            return ("outlook", n, "")
    if punct_end and "On " in line and len(line) < 1000 and _ends_wrote(line) and not _ATTRIB_START.match(line):
        # "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" in one line.
        for m in _INLINE_ON.finditer(line):
            rest = line[m.start():]
            if _TIME.search(rest) or _has_address(rest):
                left = line[: m.start()].rstrip(" -")
                return ("wrote", 1, left)
    if punct_end or stripped[:3] in _ATTRIB_WORDS or stripped[:2] in _ATTRIB_WORDS or first == "W":
        n = _wrote_header(lines, i)
        if n:
            return ("wrote", n, "")
    if first.isdigit() or stripped[:3] in _WEEKDAYS or stripped[:2] in _WEEKDAYS:
        n = _dated_header(lines, i)
        if n:
            return ("dated", n, "")
    return None


def _gt_block_end(lines: list[str], i: int) -> int:
    """End of the ``>`` block starting at ``i``.

    A line or two without ``>`` squeezed between quoted lines (a long link wrapped by the
    client) belongs to the quote; text separated by a blank line is the writer's own.
    """
    n = len(lines)
    k = i
    while k < n:
        if _is_quoted(lines[k]):
            k += 1
            continue
        j = k
        while j < n and j - k < 2 and not _BLANK.match(lines[j]) and not _is_quoted(lines[j]):
            j += 1
        if j > k and j < n and _is_quoted(lines[j]):
            k = j
            continue
        break
    return k


# --- the scan ------------------------------------------------------------------------------


def _introduced_quotation(own: list[str], lines: list[str], end: int) -> bool:
    """A ``>`` passage the writer introduces with a colon and then writes on after.

    "The statute provides:" then ``> A public body shall ...`` then more of the letter is
    the letter's own text. A quoted email has an attribution above it instead (no colon
    line without an address or time), or nothing but a signature after it.
    """
    intro = next((ln for ln in reversed(own) if not _BLANK.match(ln)), "")
    intro = intro.rstrip()
    if not intro.endswith(":") or _has_address(intro) or _TIME.search(intro) or _ends_wrote(intro):
        return False
    after = 0
    for line in lines[end:]:
        if _BLANK.match(line):
            continue
        if _is_quoted(line) or _SIG_DELIM.match(line) or _is_device_line(line):
            break
        after += 1
        if after >= 1 and len(line.split()) >= 4:
            return True
    return False


def _scan(lines: list[str], from_portal: bool = False) -> list[_Seg]:
    segs: list[_Seg] = []
    own: list[str] = []
    own_seen = False  # any own text so far (for the portal marker and memo heads)

    def flush() -> None:
        nonlocal own
        if own:
            segs.append(_Seg("own", [], own))
            own = []

    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if line.startswith(">>>") and _GROUPWISE.match(line):
            # GroupWise: ">>> "Records" <r@city.gov> 3/3/2026 9:14 AM >>>", then the
            # earlier message unquoted: everything below is history.
            flush()
            segs.append(_Seg("wrote", [line], lines[i + 1 :]))
            break
        if _is_quoted(line):
            j = _gt_block_end(lines, i)
            if (
                j == i + 1 and own and not _BLANK.match(own[-1])
                and j < n and not _BLANK.match(lines[j])
            ) or _introduced_quotation(own, lines, j):
                # One ">" line inside a paragraph (">>> http://... <<<") is text, not a
                # quote; so is a passage the writer introduces and goes on after.
                own.extend(lines[i:j])
                i = j
                continue
            header: list[str] = []
            k = len(own) - 1
            while k >= 0 and _BLANK.match(own[k]):
                k -= 1
            if k >= 0 and len(own[k]) < 200 and _ends_wrote(own[k]):
                # "Records Office wrote:" with no date or address is still the
                # attribution of the quote right below it.
                header = own[k:]
                del own[k:]
            flush()
            segs.append(_Seg("wrote" if header else "gt", header, lines[i:j]))
            i = j
            continue
        found = _match_header(lines, i, not own_seen)
        if found is None:
            own.append(line)
            if not own_seen and _LETTER.search(line) and not _BRACKETED.match(line):
                # A logo's "[City seal]" or a bare rule above a portal marker is not
                # text anybody wrote.
                own_seen = True
            i += 1
            continue
        kind, taken, left = found
        header = lines[i : i + taken]
        if left:
            own.append(left)
            header = [line[len(left):].lstrip(" -"), *header[1:]]
        if kind == "portal" and (not own_seen or from_portal):
            # The marker heads a portal notice: what follows is the notice itself.
            flush()
            segs.append(_Seg("footer", [], header))
            i += taken
            continue
        # Separator lines just above a header (blank lines between allowed) belong to it
        # ("_____" before "From:").
        k = len(own)
        while k > 0 and (_BLANK.match(own[k - 1]) or _SEPARATOR.match(own[k - 1])):
            k -= 1
        first_sep = next((j for j in range(k, len(own)) if _SEPARATOR.match(own[j])), None)
        if first_sep is not None:
            header = [*own[first_sep:], *header]
            del own[first_sep:]
        flush()
        k = i + taken
        while k < n and _BLANK.match(lines[k]):
            k += 1
        if k < n and _is_quoted(lines[k]) and kind not in ("portal", "echo"):
            j = _gt_block_end(lines, k)
            segs.append(_Seg(kind, header, lines[i + taken : j]))
            i = j
            continue
        segs.append(_Seg(kind, header, lines[i + taken :]))
        i = n
    flush()
    return segs


def _is_device_line(line: str) -> bool:
    if line.lstrip()[:1] not in _DEVICE_FIRST:
        return False
    m = _DEVICE.match(line)
    if not m:
        return False
    tail = m.group("tail")
    return not tail or (len(tail.split()) <= 10 and not _SENTENCE.search(tail))


def _signature_follows(lines: list[str], start: int) -> bool:
    """A ``--`` line opens a signature only when a signature-sized block follows it.

    A letter that uses ``--`` as a section divider goes on for many lines after it; a
    signature is a few lines of name and contact details, perhaps with a disclaimer.
    """
    count = 0
    for line in lines[start:]:
        if _BLANK.match(line):
            continue
        if _DISCLAIMER.match(line):
            return True
        count += 1
        if count > _MAX_SIGNATURE_LINES:
            return False
    return True


_SALUTATION = re.compile(
    r"^\s*(?:Dear|Hello|Hi|Hey|Greetings|Good\s+(?:morning|afternoon|evening)|To\s+whom|Mr\.|Ms\.|Mrs\.|Dr\.)\b",
    re.I,
)


def _paragraph_end(lines: list[str], start: int) -> int:
    """End of the paragraph at ``start``: a blank line or a salutation starting the letter."""
    k = start + 1
    while k < len(lines) and not _BLANK.match(lines[k]) and not _SALUTATION.match(lines[k]):
        k += 1
    return k


def _sign_off(segs: list[_Seg]) -> list[_Seg]:
    """Move signatures, device lines and disclaimers from own segments to footers.

    A disclaimer or an external-sender warning on top of the message (nothing written
    above it) moves alone, as one paragraph: the letter below it is the message.
    """
    out: list[_Seg] = []
    top = True  # no own text seen yet in this body
    for seg in segs:
        if seg.kind != "own":
            out.append(seg)
            top = top and seg.kind == "footer"
            continue
        lines = seg.lines
        start = 0
        cut = None
        idx = 0
        while idx < len(lines):
            line = lines[idx]
            head = line.lstrip(" \t*[")[:1]
            if not head or head not in _FOOTER_FIRST:
                if top and head:
                    top = False
                idx += 1
                continue
            if top and (_WARNING.match(line) or _DISCLAIMER.match(line)):
                end = _paragraph_end(lines, idx)
                if idx > start:
                    out.append(_Seg("own", [], lines[start:idx]))
                out.append(_Seg("footer", [], lines[idx:end]))
                start = idx = end
                continue
            if _DISCLAIMER.match(line) or _is_device_line(line):
                cut = idx
                break
            if _SIG_DELIM.match(line) and _signature_follows(lines, idx + 1):
                cut = idx
                break
            top = False
            idx += 1
        if cut is None:
            if start < len(lines):
                out.append(_Seg("own", [], lines[start:]))
            continue
        if cut > start:
            out.append(_Seg("own", [], lines[start:cut]))
        out.append(_Seg("footer", [], lines[cut:]))
    return out


# --- quoted messages -------------------------------------------------------------------------

_ON_PREFIX = re.compile(r"^[\s>*-]*(?:On|Le|Am|El|Il|Op|W\s+dniu|Den|På|Vào|Em|Dne)\s+", re.I)
_WROTE_TAIL = re.compile(rf"[\s,]*(?:{_WROTE_WORDS})\s*[:\-]*\s*$", re.I)
_TIME_END = re.compile(
    r"^(?P<date>.*?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:GMT|UTC)?\s*[+-]\d{2}:?\d{2}|\s+(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|AK[SD]T|HST)\b)?)"
    r"[\s,]*(?P<who>.*)$"
)
_NAME_CLEAN = re.compile(r"^[\s,\"'*]+|[\s,\"'*]+$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# Month names of the languages the attribution patterns cover (first 3 or 4 letters).
_MONTHS.update({
    "sept": 9, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9, "mär": 3, "mae": 3,
    "mai": 5, "okt": 10, "dez": 12, "janv": 1, "févr": 2, "fév": 2, "fev": 2, "mars": 3,
    "avr": 4, "juin": 6, "juil": 7, "aoû": 8, "aou": 8, "déc": 12, "gen": 1, "mag": 5,
    "giu": 6, "lug": 7, "ott": 10, "maa": 3, "mei": 5, "okt.": 10,
})
_MONTH_WORD = r"([^\W\d_]{3,})"
_D_MONTH_Y = re.compile(rf"\b(\d{{1,2}})\.?(?:[\s-]+de)?[\s-]+{_MONTH_WORD}\.?(?:[,\s-]+de)?[,\s-]+(\d{{4}})")
_MONTH_D_Y = re.compile(rf"\b{_MONTH_WORD}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")


def _month(word: str) -> int | None:
    word = word.lower()
    return _MONTHS.get(word[:4]) or _MONTHS.get(word[:3])


_NUMERIC_DATE = re.compile(r"\b(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})\b")
_AM_PM = re.compile(r"\d\s*[AaPp]\.?[Mm]\b")
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp])?\.?[Mm]?\b")


def _parse_date(text: str) -> dt.datetime | dt.date | None:
    """The date of a quote header, from the forms clients print; None when unsure."""
    text = text.strip().replace("=2C", ",")
    if not text:
        return None
    if not _AM_PM.search(text):  # parsedate ignores "PM": only RFC 2822 forms go there
        try:
            parsed = email.utils.parsedate_to_datetime(text)
            if parsed is not None:
                return parsed
        except (TypeError, ValueError, IndexError):
            pass
    day: dt.date | None = None
    try:
        m = next((x for x in _MONTH_D_Y.finditer(text) if _month(x.group(1))), None)
        if m:
            day = dt.date(int(m.group(3)), _month(m.group(1)) or 1, int(m.group(2)))
        else:
            m = next((x for x in _D_MONTH_Y.finditer(text) if _month(x.group(2))), None)
            if m:
                day = dt.date(int(m.group(3)), _month(m.group(2)) or 1, int(m.group(1)))
            else:
                m = _NUMERIC_DATE.search(text)
                if m:
                    a, b, c = (int(g) for g in m.groups())
                    if a > 31:  # 2014-12-11
                        day = dt.date(a, b, c)
                    elif a > 12 or m.group(0)[len(m.group(1))] == ".":  # 02.04.2012: day first
                        day = dt.date(c if c > 99 else 2000 + c, b, a)
                    else:  # 04/19/2011: US month first
                        day = dt.date(c if c > 99 else 2000 + c, a, b)
    except ValueError:
        return None
    if day is None:
        return None
    clock = _CLOCK.search(text[m.end():] if m else text) if m else None
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        ampm = (clock.group(4) or "").lower()
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return dt.datetime(day.year, day.month, day.day, hour, minute)
    return day


def _person(text: str) -> tuple[str | None, str | None]:
    """(display name, address) from "Name <a@b>", "a@b", "Name [mailto:a@b]"."""
    text = text.replace("mailto:", " ")
    m = _ADDRESS.search(text)
    address = m.group(1).lower() if m else None
    name = _ADDRESS.sub(" ", text) if m else text
    name = re.sub(r"[\[\]()<>]", " ", name)
    name = re.sub(r"\bOn Behalf Of\b.*$", "", name, flags=re.I)
    name = _NAME_CLEAN.sub("", " ".join(name.split()))
    half = name[: len(name) // 2].strip()
    if half and name == f"{half} {half}":  # "John Smith John Smith" (Polymail)
        name = half
    return (name or address, address)


_WHO_PREFIX = re.compile(
    r"^(?:от|пользователь|użytkownik|heeft|schreef|schrieb|skrev|wrote|a\s+écrit|um\s+[\d:]+\s+\w+)\s+",
    re.I,
)
_WROTE_VERB = re.compile(r"\b(?:schrieb|schreef|skrev|wrote|escribió|a\s+écrit)\s+", re.I)


def _meta_from_attribution(header: list[str]) -> dict[str, object]:
    raw = " ".join(h.strip() for h in header)
    wrote_on = re.search(r"\s+wrote\s+on\s+", raw, re.I)
    if wrote_on or raw.startswith(">>>"):
        # Lotus "Name <a@b> wrote on DATE:" and GroupWise ">>> Name <a@b> DATE >>>":
        # the sender comes first, the date after.
        raw = raw.strip(">: ")
        if wrote_on:
            who, when = re.split(r"\s+wrote\s+on\s+", raw, maxsplit=1, flags=re.I)
        else:
            m = _NUMERIC_DATE.search(raw)
            who, when = (raw[: m.start()], raw[m.start():]) if m else (raw, "")
        sender, address = _person(who)
        return {"sender": sender, "sender_address": address, "sent_at": _parse_date(when)}
    text = " ".join(h.strip().lstrip(">").strip() for h in header)
    text = _ON_PREFIX.sub("", text.strip(" -"))
    text = _WROTE_TAIL.sub("", text).rstrip(":").strip()
    m = _TIME_END.match(text)
    dated = _DATE_START.match(text)
    if m:
        when, who = m.group("date"), m.group("who")
    elif dated:  # "2011/4/7 Name <a@b>"
        when, who = dated.group(0), text[dated.end():]
    elif "," in text:
        when, _, who = text.rpartition(",")
    else:
        when, who = "", text
    verb = _WROTE_VERB.search(who)
    if verb:  # "Op 13-02-2014 3:18 schreef Julius Caesar <a@b>"
        who = who[verb.end():]
    who = _WHO_PREFIX.sub("", who.strip())
    if not m and _DIGIT.search(who) and "," in who:  # "8 tháng 6, 2017, Name <a@b>"
        when, _, who = f"{when}, {who}".rpartition(",")
    sender, address = _person(who)
    return {"sender": sender, "sender_address": address, "sent_at": _parse_date(when)}


def _meta_from_block(header: list[str]) -> dict[str, object]:
    meta: dict[str, object] = {}
    last = None
    for line in header:
        h = _header_kind(line)
        if h:
            last = h[0]
            value = h[1].strip().strip("*").strip()
            if last == "from" and "sender" not in meta:
                meta["sender"], meta["sender_address"] = _person(value)
                meta["_from"] = value
            elif last in ("sent", "date") and "sent_at" not in meta:
                meta["sent_at"] = _parse_date(value)
            elif last == "subject" and "subject" not in meta:
                meta["subject"] = value or None
        elif last == "from" and "_from" in meta and not _SEPARATOR.match(line):
            value = f"{meta['_from']} {line.strip()}"
            meta["sender"], meta["sender_address"] = _person(value)
            meta["_from"] = value
        elif last == "subject" and meta.get("subject") and not _SEPARATOR.match(line):
            meta["subject"] = f"{meta['subject']} {line.strip()}"
    meta.pop("_from", None)
    return meta


def _dequote(lines: list[str]) -> list[str]:
    """One quote level off; unquoted lines inside the block (wrapped links) stay as they are."""
    return [_QUOTE_PREFIX.sub("", ln, count=1) for ln in lines]


def _messages(segs: list[_Seg], depth: int) -> list[QuotedMessage]:
    """Rebuild the quoted messages, newest first, from the cut segments."""
    out: list[QuotedMessage] = []
    if depth > _MAX_DEPTH:
        return out
    last = -1  # index in ``out`` of the message the previous quoted segment made
    for seg in segs:
        if seg.kind in ("own", "footer"):
            continue
        lines = seg.lines
        header = seg.header
        meta: dict[str, object] = {}
        if seg.kind in ("wrote", "dated"):
            meta = _meta_from_attribution([h for h in header if not _SEPARATOR.match(h)])
        elif seg.kind == "outlook":
            meta = _meta_from_block(header)
        elif seg.kind == "echo":
            # NextRequest: "Original Request:" then "On July 2, 2019:" then the request.
            k = next((k for k, ln in enumerate(lines) if not _BLANK.match(ln)), None)
            if k is not None and _ECHO_DATE.match(lines[k]):
                meta = {"sent_at": _parse_date(lines[k])}
                lines = lines[k + 1 :]
        first = next((ln for ln in lines if not _BLANK.match(ln)), "")
        if first and _is_quoted(first):
            lines = _dequote(lines)
        if seg.kind in ("original", "forward", "gt"):
            # A banner is followed by the forwarded message's own header block.
            k = 0
            while k < len(lines) and _BLANK.match(lines[k]):
                k += 1
            n = _outlook_block(lines, k, False) if k < len(lines) else 0
            if n == 0 and k < len(lines) and _header_kind(lines[k]):
                n = 1
                while k + n < len(lines) and _header_kind(lines[k + n]):
                    n += 1
            if n:
                meta = _meta_from_block(lines[k : k + n])
                lines = lines[k + n :]
        inner = _sign_off(_scan(lines))
        body = "\n".join(ln.rstrip() for s in inner if s.kind == "own" for ln in s.lines).strip("\n")
        if seg.kind == "gt" and not meta and not body.strip():
            out.extend(_messages(inner, depth + 1))
            continue
        if seg.kind in ("portal", "footer") and not body.strip():
            out.extend(_messages(inner, depth + 1))
            continue
        nested = _messages(inner, depth + 1)
        if seg.kind == "gt" and not meta and last >= 0 and not nested:
            # Answers written between quoted parts: the later ">" parts continue the
            # message quoted first, they are not messages of their own.
            prev = out[last]
            out[last] = prev.model_copy(update={"body": f"{prev.body}\n\n{body}".strip("\n")})
            continue
        if not body.strip() and nested:
            # A header straight above another header (Yahoo's "On ... wrote:" over a From:
            # block) is one message: fill the nested one's missing fields.
            head = nested[0]
            fill = {k: v for k, v in meta.items() if v is not None and getattr(head, k) is None}
            nested[0] = head.model_copy(update=fill) if fill else head
            out.extend(nested)
            continue
        last = len(out)
        out.append(QuotedMessage(body=body, **meta))
        out.extend(nested)
    return out


# --- public ----------------------------------------------------------------------------------


def _join(segs: list[_Seg], kinds: tuple[str, ...]) -> str:
    parts = []
    for s in segs:
        if s.kind in kinds:
            text = "\n".join([*s.header, *s.lines]).strip("\n")
            if text.strip():
                parts.append(text)
    return "\n\n".join(parts)


def _to_text(body: str, html: bool) -> str:
    if html or (
        body.lstrip()[:1] == "<"
        and (len(_HTML_DOC.findall(body, 0, 20000)) >= 3 or "<blockquote" in body or "gmail_quote" in body)
    ):
        # A body a reader left as HTML: quotes are found in its text rendering.
        from .htmltext import html_to_text

        body = html_to_text(body)
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return body


def split_text(body: str, html: bool = False, messages: bool = True, from_portal: bool = False) -> Split:
    """Split one body into own text, quoted history (text and messages) and footer.

    ``from_portal``: the message was sent by a records portal, so a "reply above this line"
    marker in it heads the portal's own notice and never cuts it.
    """
    text = _to_text(body, html)
    segs = _sign_off(_scan(text.split("\n"), from_portal))
    own = "\n".join(ln for s in segs if s.kind == "own" for ln in s.lines).strip("\n")
    own = "\n".join(ln.rstrip() for ln in own.split("\n")) if own else ""
    quoted = _join(segs, ("gt", "wrote", "dated", "outlook", "original", "forward", "portal", "echo"))
    footer = _join(segs, ("footer",))
    qms = tuple(_messages(segs, 0)) if messages and quoted else ()
    first_cut = next((s.kind for s in segs if s.kind not in ("own", "footer")), None)
    forward_only = not own.strip() and first_cut in ("forward", "original", "outlook")
    return Split(own, quoted, footer, qms, forward_only)


def own_text(body: str, html: bool = False) -> str:
    """The sender's own words in ``body``: no quoted history, signature or portal junk.

    ``html=True`` converts an HTML body to text first (:func:`~correspondence.htmltext.html_to_text`).
    Own text written below or between ``>`` quotes is kept; a forwarded message is not own
    text (it is in :func:`split_text`'s ``quoted_messages``). See docs/quoting.md.
    """
    return split_text(body, html, messages=False).own


# Mail domains of records portals: their notices carry "reply above this line" on top.
_PORTAL_DOMAINS = (
    "mycusthelp.", "govqa.", "nextrequest.", "justfoia.", "foiaxpress.", "foiaonline.",
    "zendesk.", "freshdesk.", "civicplus.", "granicus.", "opengov.", "publicrecords.",
)


def split(message: Message, ctx: Context) -> Message:
    """Pipeline stage: ``body`` becomes the own text; the rest goes to quoted/footer."""
    if not message.body:
        return message
    address = (message.sender_address or "").lower()
    from_portal = bool(address) and any(domain in address for domain in _PORTAL_DOMAINS)
    result = split_text(message.body, from_portal=from_portal)
    footer = "\n\n".join(p for p in (result.footer, message.footer) if p.strip())
    quoted = "\n\n".join(p for p in (message.quoted, result.quoted) if p.strip())
    updated = message.model_copy(
        update={
            "body": result.own,
            "quoted": quoted,
            "footer": footer,
            "quoted_messages": (*message.quoted_messages, *result.quoted_messages),
        }
    )
    if result.forward_only and result.quoted_messages:
        updated = updated.with_problem(
            "forward-only",
            "no own text above a forwarded message; the forwarded text is in "
            f"quoted_messages[{len(message.quoted_messages)}]",
            "split",
            "info",
        )
    return updated
