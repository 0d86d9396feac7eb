"""Events from rules: what a message does in the life of a request.

The rules are data (``rules/portals/*.toml``, ``rules/events/*.toml``; spec in
docs/rules.md). For one message, every rule that applies to its side and portal is tried
in matching order; a rule fires on its first match whose sentence holds none of its veto
patterns. The first rule to fire for an event type gives that event its evidence, rule
id and confidence; later rules of the same type are skipped. A firing rule may cancel
event types (``suppresses``) or stop the search (``final``). A message that no rule
describes gets one ``other`` event with low confidence.

Only the message's own text is read (``body``, after split and clean): quoted history
repeats what earlier messages did. When the body says nothing and the message carries
attachment text (a letter sent as a PDF), the attachments are read the same way and the
evidence names the file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .context import Context
from .models import Event, Evidence, Message, make_event
from .rules.loader import Plan, Rule, RuleSet, default_rules

OTHER_CONFIDENCE = 0.2
#: Past this many characters a body is read only in part: letters say what they do early,
#: and a pasted attachment must not cost a millisecond per kilobyte.
MAX_CHARS = 20_000
#: An attached letter is read up to here: its decision sits in its first pages, and the
#: records themselves (often attached as text too) need not be read at all.
MAX_ATTACHMENT_CHARS = 8_000
# Sentence ends: punctuation (closing quotes allowed), a blank line, the line breaks
# around list items (which carry no punctuation), and a period glued to the next word
# ("item 3.These records"); initials such as "U.S.C." stay inside their sentence.
_BULLET = r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]"
_SENTENCE_END = re.compile(
    rf"[.!?;:][\"')\]]*(?:\s|$)|\n\s*\n|\n(?={_BULLET})|(?m:^{_BULLET}[^\n]*\n)|\.(?=[a-z]{{3}})"
)
_SENTENCE_STOP = re.compile(rf"[.!?;:][\"')\]]*(?:\s|$)|\n\s*\n|\n(?={_BULLET})|\.(?=[a-z]{{3}})")
_SENTENCE_LOOK = 300
_TOKEN = re.compile(r"[^\W\d_]+")
# Form letters that offer standard paragraphs behind check boxes (the FBI's "Only checked
# boxes contain corresponding paragraphs relevant to your request. If no boxes are checked,
# ...", a state response form's "our office is taking the action(s) indicated below"):
# text extraction drops the marks, so which of them apply cannot be told. The letter is
# read up to that list; a decision written out comes before it.
_CHECKBOX_MENU = re.compile(
    r"\bonly (?:the )?(?:checked|marked) (?:boxes|items|paragraphs)\b"
    r"|\bif no boxes? (?:is|are) (?:checked|marked)\b"
    r"|\b(?:action|actions|action\(s\)) (?:indicated|checked|marked) below\b"
)
# Typographic quotes and dashes read as plain ones, so rules need only one spelling.
_STRAIGHTEN = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    start: int
    end: int


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or line block) around ``text[start:end]``."""
    lo = max(0, start - _SENTENCE_LOOK)
    left = lo
    for stop in _SENTENCE_END.finditer(text, lo, start):
        left = stop.end()
    after = _SENTENCE_STOP.search(text, end, min(len(text), end + _SENTENCE_LOOK))
    right = after.start() + 1 if after else min(len(text), end + _SENTENCE_LOOK)
    return left, right


def _word_before(lower: str, i: int) -> bool:
    return i > 0 and (lower[i - 1].isalnum() or lower[i - 1] == "_")


class _Gates:
    """Which gate words a text holds, each looked up once per text.

    Gate words are letters only, so each lies inside one token: a long text is reduced
    to its distinct tokens before the look-ups.
    """

    __slots__ = ("_hay", "_seen")

    def __init__(self, lower: str) -> None:
        self._hay = " ".join(set(_TOKEN.findall(lower))) if len(lower) > 1500 else lower
        self._seen: dict[str, bool] = {}

    def any(self, words: tuple[str, ...]) -> bool:
        seen = self._seen
        for w in words:
            found = seen.get(w)
            if found is None:
                found = seen[w] = w in self._hay
            if found:
                return True
        return False


def _fire(plan: Plan, lower: str, gates: _Gates) -> Hit | None:
    """The rule's first acceptable match: patterns in order, each from the text's start."""
    veto = plan.veto
    limit = plan.within
    end = len(lower) if limit is None else min(len(lower), limit + 200)
    for regex, boundary, gate in plan.patterns:
        if gate is not None and not gates.any(gate):
            continue
        pos = 0
        while (m := regex.search(lower, pos, end)) is not None:
            start = m.start()
            pos = start + 1
            if limit is not None and start >= limit:
                break
            if boundary and _word_before(lower, start):
                continue
            if veto is not None:
                left, right = _sentence(lower, start, m.end())
                if veto.search(lower, left, right):
                    continue
            return Hit(plan.rule, start, m.end())
    return None


def _prepare(text: str) -> str:
    """Lower-cased text with plain quotes, the same length, so offsets hold in both."""
    # "*" is mail's bold (*estimate* it will take*): read it as a space.
    text = text[:MAX_CHARS].replace("*", " ")
    if not text.isascii():
        for fancy, plain in _STRAIGHTEN:
            if fancy in text:
                text = text.replace(fancy, plain)
    lower = text.lower()
    if len(lower) != len(text):  # a few letters (e.g. U+0130) lower to two characters
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def match_rules(
    text: str,
    role: str | None = None,
    portal: str | None = None,
    rules: RuleSet | None = None,
    after: frozenset[str] = frozenset(),
) -> list[Hit]:
    """Every rule that fires on ``text``, one per event type, after suppression; in text order.

    ``after`` is what the other side's latest message did (``Context.last_events``): rules
    with an ``after`` list apply only when it shares a type ("yes, go ahead" answers an
    open question; "check 2247 went out today" pays an open fee).
    """
    return _match(text, role, portal, rules, after)[0]


def _match(
    text: str,
    role: str | None,
    portal: str | None,
    rules: RuleSet | None,
    after: frozenset[str],
) -> tuple[list[Hit], bool]:
    """:func:`match_rules`, and whether a deferring ``other`` rule fired (the text points
    at an attached letter) even when its event gave way to others."""
    rules = rules or default_rules()
    lower = _prepare(text)
    if ("checked" in lower or "marked" in lower or "indicated below" in lower) and (
        menu := _CHECKBOX_MENU.search(lower)
    ) is not None:
        lower = lower[: menu.start()]  # offsets before the cut still index ``text``
    gates = _Gates(lower)
    hits: dict[str, Hit] = {}
    suppressed: set[str] = set()
    for plan in rules.plans:
        if plan.type in hits or plan.type in suppressed:
            continue
        if plan.portal is not None and plan.portal != portal:
            continue
        if plan.role is not None and role is not None and plan.role != role:
            continue
        if plan.after and not plan.after & after:
            continue
        if plan.gate is not None and not gates.any(plan.gate):
            continue
        hit = _fire(plan, lower, gates)
        if hit is None:
            continue
        if plan.veto_anywhere is not None and plan.veto_anywhere.search(lower):
            continue
        hits[plan.type] = hit
        suppressed.update(plan.suppresses)
        if plan.final:
            break
    kept = [h for t, h in hits.items() if t not in suppressed]
    other = hits.get("other")
    points = other is not None and other.rule.defers
    if len(kept) > 1:  # "other" is what a message is when it is nothing else
        kept = [h for h in kept if h.rule.type != "other"]
    kept.sort(key=lambda h: h.start)
    return kept, points


def _events(text: str, hits: list[Hit], attachment: str | None = None) -> list[Event]:
    events = []
    for h in hits:
        evidence = Evidence(text=text[h.start : h.end], start=h.start, end=h.end, attachment=attachment)
        events.append(
            make_event(h.rule.type, evidence=evidence, confidence=h.rule.confidence, rule=h.rule.id)
        )
    return events


def classify_text(
    text: str, role: str | None = None, portal: str | None = None, rules: RuleSet | None = None
) -> list[Event]:
    """The events ``text`` shows (without the ``other`` fallback)."""
    return _events(text, match_rules(text, role, portal, rules))


def classify(message: Message, ctx: Context) -> Message:
    """Set ``events`` from the message's own text, and from attachment text when the body
    is silent or points at an attached letter ("please see the attached letter")."""
    body = message.body or ""
    after = _other_side(message, ctx)
    hits, points = _match(body, message.role, message.portal, None, after)
    events = _events(body, hits)
    # "The final determination on your appeal is enclosed": the body names what the letter
    # is about, the letter says how it ends; its other events join the body's.
    pointing = not hits or points or all(h.rule.defers for h in hits)
    if pointing:
        for attachment in message.attachments:
            if not attachment.text:
                continue
            letter = attachment.text[:MAX_ATTACHMENT_CHARS]
            found = match_rules(letter, message.role, message.portal, after=after)
            if found:
                kept = [h for h in hits if not h.rule.defers]
                have = {h.rule.type for h in kept}
                extra = [h for h in found if h.rule.type not in have]
                events = _events(body, kept) + _events(letter, extra, attachment.name)
                break
    if not events and _answers_open_question(message, body, after):
        events = [make_event("clarification_response", confidence=ANSWER_CONFIDENCE, rule=ANSWER_RULE)]
    if not events:
        events = [make_event("other", confidence=OTHER_CONFIDENCE, rule="")]
    _remember(message, events, ctx)
    return message.model_copy(update={"events": tuple(events)})


#: A requester's short reply that does nothing else, sent while the agency's question is
#: open, is the answer ("It's the 3:30 run.", a name and a street address, a signed form):
#: answers are written in the asker's terms, so no phrase list covers them.
ANSWER_RULE = "requester.reply-to-open-question"
ANSWER_CONFIDENCE = 0.5
_ANSWER_MAX_CHARS = 1500
_ANSWER_MIN_WORDS = 5


def _answers_open_question(message: Message, body: str, after: frozenset[str]) -> bool:
    if message.role != "requester" or "clarification_request" not in after:
        return False
    if len(body) > _ANSWER_MAX_CHARS:
        return False
    return len(_TOKEN.findall(body)) >= _ANSWER_MIN_WORDS


# Types that say nothing a reply could answer: they leave the side's latest state alone.
_SILENT = frozenset({"other", "portal_notice"})


def _day(message: Message) -> dt.date | None:
    sent = message.sent_at
    return sent.date() if isinstance(sent, dt.datetime) else sent


def _other_side(message: Message, ctx: Context) -> frozenset[str]:
    """What the other side's latest message did, if it came before this one."""
    role = message.role
    if role not in ("agency", "requester"):
        return frozenset()
    other = "requester" if role == "agency" else "agency"
    day, then = _day(message), ctx.last_event_day.get(other)
    if day is not None and then is not None and day < then:
        return frozenset()  # the source runs newest first: that message is not before this one
    if ctx.last_event_seq.get(role, -1) > ctx.last_event_seq.get(other, -1):
        return frozenset()  # this side has already answered it
    return ctx.last_events.get(other, frozenset())


def _remember(message: Message, events: list[Event], ctx: Context) -> None:
    """Keep what this side's message did, for reading the other side's reply."""
    role = message.role
    if role not in ("agency", "requester"):
        return
    types = frozenset(e.type for e in events) - _SILENT
    if types:
        ctx.last_events[role] = types
        ctx.last_event_seq[role] = ctx.seen
        day = _day(message)
        if day is not None:
            ctx.last_event_day[role] = day
        else:
            ctx.last_event_day.pop(role, None)
