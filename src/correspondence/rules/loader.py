"""Classification rules kept as data: TOML files validated into frozen models at load.

Two kinds of files live in this package (the format is written in docs/rules.md):

- ``events/*.toml``: ``[[rule]]`` tables for free-text letters and mail, any sender;
- ``portals/*.toml``: one ``[portal]`` table (how to recognise the portal's mail) and
  the ``[[rule]]`` tables for that portal's notice templates.

Every regular expression is compiled when the file is loaded, and a file that does not
validate raises :class:`~correspondence.errors.RuleError` naming the file, the rule and
the reason; the pipeline never meets a half-valid rule at parse time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from ..errors import RuleError
from ..models import EVENT_TYPES

RULES_DIR = Path(__file__).resolve().parent

#: Case-insensitive; ``\s`` already spans line breaks, so phrases survive hard wrapping.
REGEX_FLAGS = re.IGNORECASE

# A group that holds an unbounded quantifier and is itself repeated without bound: the
# shape that makes a backtracking engine take exponential time, e.g. ``(a+)+``.
# A bounded outer repeat such as ``(?:\w+ ){0,6}`` (a gap of a few words) is allowed: with
# the word and the space in disjoint classes it stays linear, and the timing test in
# tests/test_rules.py runs every pattern on long adversarial text to keep that true.
_NESTED_UNBOUNDED = re.compile(r"\((?:[^()\\]|\\.)*(?<!\\)[+*](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})")
# ``x{3,}`` has no upper bound; we want every repetition bounded except + and * on atoms.
_OPEN_BRACE = re.compile(r"(?<!\\)\{\d*,\}")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def expand(pattern: str) -> str:
    """Turn each run of literal spaces (outside ``[...]``) into ``\\s+``.

    Letters are hard-wrapped, indented and pasted with odd spacing; writing ``we have
    received`` in a rule should match them all. Write ``\\x20`` for exactly one space.
    """
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == " ":
            while i + 1 < n and pattern[i + 1] == " ":
                i += 1
            # "follow ?up": an optional space stays optional, not a lazy "\s+?".
            optional = i + 1 < n and pattern[i + 1] in "?*"
            out.append(r"(?:\s+)" if optional else r"\s+")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def fold(pattern: str) -> str:
    """``pattern`` for lower-cased text: letters lower-cased, escapes (``\\S``, ``\\W``) kept.

    Matching a folded pattern without IGNORECASE against ``text.lower()`` finds what the
    pattern finds with IGNORECASE, and lets the engine skip ahead on a literal prefix.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def fast(pattern: str) -> tuple[re.Pattern[str], bool]:
    """Compile a folded ``pattern``; a leading ``\\b`` is dropped and reported instead.

    A leading ``\\b`` stops the engine from scanning for the literal that follows it
    (measured: 29 us vs 2 us on a 2 KB letter), so the caller checks the boundary itself.
    """
    folded = fold(expand(pattern))
    boundary = folded.startswith("\\b") and len(_split_top(folded)) == 1
    if boundary:
        folded = folded[2:]
    return re.compile(folded), boundary


def _syntax_chars(p: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """(index, char) of each character of ``p`` from ``i`` that is regex syntax at its
    level: escapes and character classes are skipped whole, so their ``(``, ``)`` and
    ``|`` never count as grouping or alternation."""
    n = len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            while i < n and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        else:
            yield i, c
        i += 1


def _group_end(p: str, i: int) -> int:
    """Index just past the ``)`` that closes the ``(`` at ``p[i]``."""
    depth = 0
    for j, c in _syntax_chars(p, i):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return len(p)


def _optional_at(p: str, i: int) -> bool:
    return i < len(p) and (p[i] in "?*" or p.startswith("{0", i))


def _skip_quantifier(p: str, i: int) -> int:
    if i < len(p) and p[i] in "?*+":
        i += 1
    elif i < len(p) and p[i] == "{":
        i = p.index("}", i) + 1
    if i < len(p) and p[i] == "?":
        i += 1
    return i


def _split_top(p: str) -> list[str]:
    parts: list[str] = []
    depth = start = 0
    for i, c in _syntax_chars(p):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
    parts.append(p[start:])
    return parts


def gates(pattern: str) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` must contain, or None.

    Used as a prefilter: ``any(w in text.lower() for w in gates)`` is a substring test,
    far cheaper than running a regular expression that starts with ``\\b(?:...)`` at
    every position of the text. None means "no such words; always run the pattern".
    """
    branches = _split_top(pattern)
    if len(branches) > 1:
        found: set[str] = set()
        for b in branches:
            g = gates(b)
            if g is None:
                return None
            found |= g
        return frozenset(found)
    p, i, n = pattern, 0, len(pattern)
    words: list[str] = []
    groups: list[frozenset[str]] = []  # alternatives, one of which every match holds
    word = ""

    def flush() -> None:
        nonlocal word
        if word:
            words.append(word.lower())
        word = ""

    while i < n:
        c = p[i]
        if c == "\\":
            flush()
            i = _skip_quantifier(p, i + 2)
        elif c == "[":
            flush()
            j = i + 1
            while j < n and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            i = _skip_quantifier(p, j + 1)
        elif c == "(":
            flush()
            end = _group_end(p, i)
            inner = p[i + 1 : end - 1]
            if not _optional_at(p, end) and not inner.startswith(("?=", "?!", "?<", "?#")):
                g = gates(inner[2:] if inner.startswith("?:") else inner)
                if g:
                    groups.append(g)
            i = _skip_quantifier(p, end)
        elif c.isalpha():
            if _optional_at(p, i + 1):
                flush()
                i = _skip_quantifier(p, i + 1)
            else:
                word += c
                i += 1
                if i < n and p[i] in "+{":
                    flush()
                    i = _skip_quantifier(p, i)
        else:
            flush()
            i += 1
    flush()
    # Prefer, in order: a rare word; a set of rare alternatives; any word; any set.
    words = [w for w in words if len(w) >= 3]
    groups = [g for g in groups if min(len(w) for w in g) >= 3]
    rare = [w for w in words if w not in _COMMON and len(w) >= 4]
    if rare:
        return frozenset({max(rare, key=len)})
    rare_groups = [g for g in groups if not g & _COMMON]
    if rare_groups:
        return min(rare_groups, key=lambda g: (len(g), -min(len(w) for w in g)))
    if words:
        return frozenset({max(words, key=len)})
    if groups:
        return min(groups, key=len)
    return None


# Words in nearly every letter: a poor prefilter when a rarer choice exists.
_COMMON = frozenset(
    {"your", "this", "that", "have", "been", "will", "with", "request", "records", "record",
     "please", "from", "would", "could", "should", "the", "and", "you", "are", "for", "not"}
)


def check_pattern(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` or raise ValueError; refuse shapes known to backtrack badly."""
    pattern = expand(pattern)
    if _NESTED_UNBOUNDED.search(pattern):
        raise ValueError(f"nested unbounded quantifier (catastrophic backtracking risk): {pattern!r}")
    if _OPEN_BRACE.search(pattern):
        raise ValueError(f"open-ended {{n,}} quantifier; give an upper bound: {pattern!r}")
    try:
        return re.compile(pattern, REGEX_FLAGS)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc


def _join_folded(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{fold(expand(p))})" for p in patterns))


def _join(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{expand(p)})" for p in patterns), REGEX_FLAGS)


class Rule(_Frozen):
    """One phrase family that, when found in a message's own text, yields one event."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    type: str
    patterns: tuple[str, ...] = Field(min_length=1, description="Any one matching fires the rule.")
    unless: tuple[str, ...] = Field(
        default=(), description="Veto patterns, searched in the sentence around the match."
    )
    unless_anywhere: tuple[str, ...] = Field(
        default=(), description="Veto patterns, searched in the whole text."
    )
    role: Literal["requester", "agency"] | None = None
    portal: str | None = None
    confidence: float = Field(default=0.7, ge=0.0, le=1.0)
    within: int | None = Field(
        default=None, gt=0, description="The match must start in the first N characters."
    )
    suppresses: tuple[str, ...] = Field(default=(), description="Event types this rule cancels.")
    final: bool = Field(default=False, description="No rule after this one is tried.")
    defers: bool = Field(
        default=False,
        description="The text only points at an attached letter: when attachment text is at hand, it decides.",
    )
    after: tuple[str, ...] = Field(
        default=(),
        description="Only when the other side's latest message in the thread had one of these event types.",
    )
    description: str = ""
    file: str = ""

    _match: re.Pattern[str] | None = PrivateAttr(default=None)
    _veto: re.Pattern[str] | None = PrivateAttr(default=None)
    _veto_all: re.Pattern[str] | None = PrivateAttr(default=None)
    _gates: frozenset[str] | None = PrivateAttr(default=None)
    _each: tuple[tuple[re.Pattern[str], bool, frozenset[str] | None], ...] = PrivateAttr(default=())

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in EVENT_TYPES:
            raise ValueError(f"unknown event type {value!r}")
        return value

    @field_validator("suppresses", "after")
    @classmethod
    def _known_types(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for v in value:
            if v not in EVENT_TYPES:
                raise ValueError(f"suppresses names unknown event type {v!r}")
        return value

    @field_validator("patterns", "unless", "unless_anywhere")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for p in value:
            check_pattern(p)
        return value

    def model_post_init(self, _context: Any) -> None:
        self._match = _join(self.patterns)
        self._veto = _join_folded(self.unless)
        self._veto_all = _join_folded(self.unless_anywhere)
        each = []
        for p in self.patterns:
            regex, boundary = fast(p)
            each.append((regex, boundary, gates(expand(p))))
        self._each = tuple(each)
        if all(g is not None for _, _, g in each):
            self._gates = frozenset(w for _, _, g in each for w in g or ())

    @property
    def compiled(self) -> tuple[tuple[re.Pattern[str], bool, frozenset[str] | None], ...]:
        """Per pattern: the folded regex (for lower-cased text), whether it must start at a
        word boundary, and the words one of which it needs (None: no prefilter)."""
        return self._each

    @property
    def gate_words(self) -> frozenset[str] | None:
        """Words one of which must be in the (lower-cased) text for the rule to fire."""
        return self._gates

    @property
    def regex(self) -> re.Pattern[str]:
        assert self._match is not None
        return self._match

    @property
    def veto(self) -> re.Pattern[str] | None:
        """The ``unless`` patterns joined, folded: search them in lower-cased text."""
        return self._veto

    @property
    def veto_anywhere(self) -> re.Pattern[str] | None:
        """The ``unless_anywhere`` patterns joined, folded: search them in lower-cased text."""
        return self._veto_all


class Portal(_Frozen):
    """How to tell that a message was sent or relayed by one records portal."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    domains: tuple[str, ...] = Field(default=(), description="Sender domains (suffix match).")
    domain_labels: tuple[str, ...] = Field(
        default=(),
        description="Vendor names that mark the portal wherever they appear as a domain label "
        "(agency-specific mail hosts such as city.nextrequest.example.com).",
    )
    markers: tuple[str, ...] = Field(default=(), description="Body patterns only its notices carry.")
    senders: tuple[str, ...] = Field(
        default=(), description="Sender display-name patterns only its notices carry."
    )
    role: Literal["requester", "agency"] = Field(
        default="agency", description="Side its own notices speak for."
    )
    reported: bool = Field(
        default=True,
        description="False for a filing service (MuckRock): it tells the side, not a portal.",
    )
    description: str = ""

    _markers: re.Pattern[str] | None = PrivateAttr(default=None)
    _senders: re.Pattern[str] | None = PrivateAttr(default=None)

    @field_validator("markers", "senders")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for p in value:
            check_pattern(p)
        return value

    @field_validator("domains")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(d.lower().lstrip("@.") for d in value)

    def model_post_init(self, _context: Any) -> None:
        self._markers = _join_folded(self.markers)
        self._senders = _join(self.senders)

    @property
    def marker_regex(self) -> re.Pattern[str] | None:
        """The markers joined and folded: search them in lower-cased text."""
        return self._markers

    @property
    def sender_regex(self) -> re.Pattern[str] | None:
        return self._senders

    def owns_domain(self, domain: str) -> bool:
        domain = domain.lower()
        if any(domain == d or domain.endswith("." + d) for d in self.domains):
            return True
        return bool(self.domain_labels) and any(label in self.domain_labels for label in domain.split("."))


@dataclass(frozen=True, slots=True)
class Plan:
    """One rule as the hot loop reads it: plain attributes, no model look-ups."""

    rule: Rule
    type: str
    role: str | None
    portal: str | None
    gate: tuple[str, ...] | None
    patterns: tuple[tuple[re.Pattern[str], bool, tuple[str, ...] | None], ...]
    veto: re.Pattern[str] | None
    veto_anywhere: re.Pattern[str] | None
    within: int | None
    suppresses: frozenset[str]
    final: bool
    defers: bool
    after: frozenset[str]


def _plan(rule: Rule) -> Plan:
    return Plan(
        rule=rule,
        type=rule.type,
        role=rule.role,
        portal=rule.portal,
        gate=tuple(sorted(rule.gate_words)) if rule.gate_words is not None else None,
        patterns=tuple((rx, b, tuple(sorted(g)) if g is not None else None) for rx, b, g in rule.compiled),
        veto=rule.veto,
        veto_anywhere=rule.veto_anywhere,
        within=rule.within,
        suppresses=frozenset(rule.suppresses),
        final=rule.final,
        defers=rule.defers,
        after=frozenset(rule.after),
    )


class RuleSet(_Frozen):
    """Every portal and rule, in matching order (docs/rules.md, "Matching order")."""

    portals: tuple[Portal, ...]
    rules: tuple[Rule, ...]

    _plans: tuple[Plan, ...] = PrivateAttr(default=())

    def model_post_init(self, _context: Any) -> None:
        self._plans = tuple(_plan(r) for r in self.rules)

    @property
    def plans(self) -> tuple[Plan, ...]:
        """The rules in matching order, compiled for :func:`correspondence.classify.match_rules`."""
        return self._plans

    def portal(self, portal_id: str) -> Portal | None:
        for p in self.portals:
            if p.id == portal_id:
                return p
        return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(str(path), "file", f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise RuleError(str(path), "file", exc.strerror or str(exc)) from exc


def _where(rule: Any, i: int) -> str:
    rid = rule.get("id") if isinstance(rule, dict) else None
    return f"rule {i + 1}" + (f" ({rid})" if rid else "")


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        parts.append(f"{loc}: {err['msg']}" if loc else err["msg"])
    return "; ".join(parts)


def _rules_of(path: Path, data: dict[str, Any], portal: str | None) -> list[Rule]:
    raw = data.get("rule", [])
    if not isinstance(raw, list):
        raise RuleError(str(path), "rule", "use [[rule]] tables")
    rules = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise RuleError(str(path), _where(item, i), "not a table")
        item = dict(item)
        if portal is not None:
            if item.get("portal", portal) != portal:
                raise RuleError(str(path), _where(item, i), f"portal must be {portal!r} in this file")
            item["portal"] = portal
        item["file"] = path.name
        try:
            rules.append(Rule(**item))
        except ValidationError as exc:
            raise RuleError(str(path), _where(item, i), _reason(exc)) from exc
    return rules


def load_rules(directory: Path | str = RULES_DIR) -> RuleSet:
    """Load and validate every rule file under ``directory`` (``portals/``, ``events/``).

    Order: the portal files by name, each portal's template rules in file order, then
    the event files by name, each in file order. Rule ids must be unique.
    """
    directory = Path(directory)
    portals: list[Portal] = []
    rules: list[Rule] = []
    for path in sorted((directory / "portals").glob("*.toml")):
        data = _read_toml(path)
        unknown = set(data) - {"portal", "rule"}
        if unknown:
            raise RuleError(str(path), "file", f"unknown tables {sorted(unknown)}; use [portal] and [[rule]]")
        if not isinstance(data.get("portal"), dict):
            raise RuleError(str(path), "file", "a portal file needs a [portal] table")
        try:
            portal = Portal(**data["portal"])
        except ValidationError as exc:
            raise RuleError(str(path), "portal", _reason(exc)) from exc
        portals.append(portal)
        rules.extend(_rules_of(path, data, portal.id))
    for path in sorted((directory / "events").glob("*.toml")):
        data = _read_toml(path)
        unknown = set(data) - {"rule"}
        if unknown:
            raise RuleError(str(path), "file", f"unknown tables {sorted(unknown)}; use [[rule]]")
        rules.extend(_rules_of(path, data, None))
    seen: dict[str, str] = {}
    known_portals = {p.id for p in portals}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(rule.file, f"rule {rule.id}", f"duplicate id (also in {seen[rule.id]})")
        seen[rule.id] = rule.file
        if rule.portal is not None and rule.portal not in known_portals:
            raise RuleError(rule.file, f"rule {rule.id}", f"unknown portal {rule.portal!r}")
    return RuleSet(portals=tuple(portals), rules=tuple(rules))


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The rules shipped with the package, loaded once per process."""
    return load_rules(RULES_DIR)


__all__ = [
    "RULES_DIR",
    "Plan",
    "Portal",
    "Rule",
    "RuleSet",
    "check_pattern",
    "default_rules",
    "expand",
    "fast",
    "fold",
    "gates",
    "load_rules",
]
