"""Clean a message's text: named steps, in order.

The steps run on the own text that ``split`` left in ``body``; redaction runs on every
text field, because quoted history and footers reach the output too. What a step cuts
goes to ``footer``; nothing is dropped silently.

:data:`STEPS` lists the steps by name; callers can build their own order from
:data:`STEP_FUNCTIONS`.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from .context import Context
from .errors import RuleError
from .models import Attachment, Message, QuotedMessage
from .redact import redact

FOOTERS_FILE = Path(__file__).parent / "rules" / "footers.toml"


@dataclass(frozen=True)
class Text:
    """What the steps pass along: the own text, and what was moved to the footer."""

    body: str
    footer: str = ""


# --- markup ------------------------------------------------------------------------------

_TAG = re.compile(r"</?(?:em|strong|b|i|u|span|p|div|br|a|font|li|ul|ol|table|tr|td|th|tbody|h[1-6]|blockquote)\b[^<>]{0,500}>", re.I)
_BR = re.compile(r"<br\s*/?>(?:\s*</br>)?|</p>|</div>|</li>|</tr>|</h[1-6]>", re.I)
_LI = re.compile(r"<li\b[^>]*>", re.I)
_FULL_HTML = re.compile(r"<(?:html|body|table|div|p)\b[^>]*>", re.I)


def strip_markup(text: Text) -> Text:
    """HTML left in text (exports keep `<em>`, `<br></br>`, links): to plain text.

    A body that is a whole HTML document goes through the HTML converter; stray tags in a
    text body are removed with a regular expression, which is 100x cheaper.
    """
    body = text.body
    if "<" not in body and "&" not in body:
        return text
    if len(_FULL_HTML.findall(body)) >= 3:
        from .htmltext import html_to_text

        return Text(html_to_text(body), text.footer)
    body = _BR.sub("\n", body)
    body = _LI.sub("\n- ", body)
    body = _TAG.sub("", body)
    if "&" in body:
        body = html.unescape(body)
    return Text(body, text.footer)


# --- whitespace and encoding --------------------------------------------------------------

_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u201e\u20ac\u2122]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
_TRAILING = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")


def _repair_mojibake(body: str) -> str:
    """UTF-8 read as Windows-1252 ("Ã©", "â€™"): undo it where the round trip is exact."""

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        raw = bytearray()
        for ch in chunk:  # cp1252 where it maps the character, else the latin-1 byte
            try:
                raw += ch.encode("cp1252")
            except UnicodeEncodeError:
                if ord(ch) > 0xFF:
                    return chunk
                raw.append(ord(ch))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return chunk

    return re.sub("(?:[ÃÂâ][\u0080-\u00bf\u2018-\u201e\u20ac\u2122\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc\u2020-\u2022\u2026\u2030\u2039\u203a]{1,2})+", fix, body)


def normalise_whitespace(text: Text) -> Text:
    body = text.body.replace("\r\n", "\n").replace("\r", "\n")
    if _MOJIBAKE.search(body):
        body = _repair_mojibake(body)
    body = _ZERO_WIDTH.sub("", body)
    body = _SPACES.sub(" ", body)
    body = _TRAILING.sub("\n", body)
    body = _BLANKS.sub("\n\n", body)
    return Text(body.strip(), text.footer)


# --- file names that lost the % of their %20 ----------------------------------------------

_FILE_NAME = re.compile(
    r"[^\s/\\\"'<>]{3,240}\.(?:pdf|docx?|xlsx?|csv|txt|zip|msg|eml|pptx?|jpe?g|png|gif|tiff?|mp3|mp4|wav|m4a|mov|wmv|avi|rtf|odt)\b",
    re.I,
)
# Only "20" between a letter or punctuation and a letter: "2019-2020" and "BWI-2026" are years.
_LOST_20 = re.compile(r"(?<=[A-Za-z.,)\-])20(?=[A-Za-z(])")
_LOST_2C = re.compile(r"(?<=[A-Za-z])2C(?=20)")


def repair_file_names(text: Text) -> Text:
    """``MOU20Between20FBI20and20APD.pdf`` -> ``MOU Between FBI and APD.pdf``.

    Some exports drop the ``%`` of URL-encoded names. We repair a name only when it has
    two or more such ``20`` joints, so ``Report2020.pdf`` and ``order201.pdf`` stay as they are.
    """
    body = text.body
    if "20" not in body:
        return text

    def fix(match: re.Match[str]) -> str:
        name = match.group(0)
        if len(_LOST_20.findall(name)) < 2:
            return name
        return _LOST_20.sub(" ", _LOST_2C.sub(",", name))

    return Text(_FILE_NAME.sub(fix, body), text.footer)


# --- footers ------------------------------------------------------------------------------


class FooterRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    pattern: str
    portal: str | None = None


@lru_cache(maxsize=1)
def footer_rules() -> tuple[tuple[FooterRule, re.Pattern[str]], ...]:
    """Load and validate rules/footers.toml (once)."""
    name = FOOTERS_FILE.name
    try:
        data = tomllib.loads(FOOTERS_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(name, "file", str(exc)) from exc
    loaded = []
    for n, raw in enumerate(data.get("footer", [])):
        try:
            rule = FooterRule(**raw)
            compiled = re.compile(rule.pattern, re.I | re.M | re.S)
        except (ValidationError, re.error) as exc:
            raise RuleError(name, f"footer #{n} ({raw.get('id', '?')})", str(exc)) from exc
        loaded.append((rule, compiled))
    return tuple(loaded)


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# searched on the reversed text before a footer match: the nearest ". " behind it
_SENTENCE_END = re.compile(r"\s+[.!?]")
# How much of a paragraph may follow a footer sentence and still go with it: portal
# boilerplate runs a few lines; a longer rest is the message's own text (exports with no
# blank lines make a whole message one "paragraph").
_FOOTER_TAIL = 300


def _footer_span(body: str, match: re.Match[str]) -> tuple[int, int]:
    """The lines the match touches, and the rest of its paragraph when that is short.

    Only a real paragraph break ends a footer paragraph: exports with no blank lines make a
    whole message one "paragraph", and its own text may follow the boilerplate.
    """
    start = body.rfind("\n", 0, match.start()) + 1
    # a footer sentence can follow the message's own sentence on the same line
    sentence = _SENTENCE_END.search(body[start : match.start()][::-1])
    if sentence is not None:
        start = match.start() - sentence.start()
    line_end = body.find("\n", match.end())
    line_end = len(body) if line_end < 0 else line_end
    para = _PARAGRAPH_END.search(body, match.end())
    if para is not None and para.start() - line_end <= _FOOTER_TAIL:
        return start, para.start()
    return start, line_end


def cut_footers(text: Text) -> Text:
    """Move portal boilerplate (the lines a footer pattern matches) to the footer."""
    body = text.body
    spans: list[tuple[int, int]] = []
    for _rule, rx in footer_rules():
        spans.extend(_footer_span(body, match) for match in rx.finditer(body))
    if not spans:
        return text
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    kept, cut, pos = [], [], 0
    for a, b in merged:
        kept.append(body[pos:a])
        cut.append(body[a:b].strip())
        pos = b
    kept.append(body[pos:])
    footer = "\n\n".join(c for c in cut if c)
    if text.footer:
        footer = footer + "\n\n" + text.footer
    new_body = _BLANKS.sub("\n\n", "".join(kept)).strip()
    return Text(new_body, footer)


#: The cleaning steps, in order. Redaction is not a step here: it runs on every field.
STEP_FUNCTIONS: dict[str, Callable[[Text], Text]] = {
    "strip_markup": strip_markup,
    "normalise_whitespace": normalise_whitespace,
    "repair_file_names": repair_file_names,
    "cut_footers": cut_footers,
}
STEPS: tuple[str, ...] = tuple(STEP_FUNCTIONS)


def clean_text(body: str, steps: tuple[str, ...] = STEPS) -> Text:
    text = Text(redact(body))
    for name in steps:
        text = STEP_FUNCTIONS[name](text)
    return text


def _clean_other(value: str) -> str:
    return normalise_whitespace(strip_markup(Text(redact(value)))).body if value else value


def redact_message(message: Message) -> Message:
    """Redact every text field of a message (used alone when cleaning failed)."""
    return message.model_copy(
        update={
            "body": redact(message.body),
            "quoted": redact(message.quoted),
            "footer": redact(message.footer),
            "subject": redact(message.subject) if message.subject else message.subject,
            "quoted_messages": tuple(
                q.model_copy(update={"body": redact(q.body)}) for q in message.quoted_messages
            ),
            "attachments": tuple(
                a.model_copy(update={"text": redact(a.text)}) if a.text else a
                for a in message.attachments
            ),
        }
    )


def clean(message: Message, ctx: Context) -> Message:
    """The clean stage."""
    text = clean_text(message.body)
    footer = "\n\n".join(f for f in (text.footer, _clean_other(message.footer)) if f)
    quoted_messages: tuple[QuotedMessage, ...] = tuple(
        q.model_copy(update={"body": _clean_other(q.body)}) for q in message.quoted_messages
    )
    attachments: tuple[Attachment, ...] = tuple(
        a.model_copy(update={"text": redact(a.text), "name": repair_file_names(Text(a.name)).body})
        if a.text else a.model_copy(update={"name": repair_file_names(Text(a.name)).body})
        for a in message.attachments
    )
    return message.model_copy(
        update={
            "body": text.body,
            "footer": footer,
            "quoted": _clean_other(message.quoted),
            "subject": redact(message.subject) if message.subject else message.subject,
            "quoted_messages": quoted_messages,
            "attachments": attachments,
        }
    )
