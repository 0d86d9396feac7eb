"""Statutory response deadlines as data (``rules/deadlines.toml``), and the clock they run.

Each jurisdiction row says how many days an agency has, whether they are business or
calendar days, and which events stop the clock while the agency waits on the requester
(a clarification question, a fee) and which restart it. :func:`due_date` runs that clock
over a request's events. The table is validated when loaded: a bad row raises
:class:`~correspondence.errors.RuleError` naming the file and the row.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .businessdays import is_business_day
from .errors import RuleError
from .models import EVENT_TYPES

DEADLINES_FILE = Path(__file__).resolve().parent / "rules" / "deadlines.toml"


class Jurisdiction(BaseModel):
    """One row of the deadline table."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str
    statute: str = Field(min_length=3)
    response_days: int = Field(gt=0, le=120)
    business: bool
    acknowledge_days: int | None = Field(default=None, gt=0)
    extension_days: int = Field(default=0, ge=0)
    extension_business: bool | None = None
    extension_statute: str | None = None
    pauses: tuple[str, ...] = ()
    resumes: tuple[str, ...] = ()
    pause_statute: str | None = None
    holidays: Literal["federal"] = "federal"
    names: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()

    @field_validator("pauses", "resumes")
    @classmethod
    def _known_events(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [v for v in value if v not in EVENT_TYPES]
        if unknown:
            raise ValueError(f"unknown event types {unknown}")
        return value

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.lower() for v in value)

    @property
    def unit(self) -> str:
        return "business days" if self.business else "calendar days"


def load_table(path: Path = DEADLINES_FILE) -> dict[str, Jurisdiction]:
    """Read and validate a deadline table; raise RuleError on any bad row."""
    name = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(name, "file", str(exc)) from exc
    rows = data.get("jurisdiction")
    if not isinstance(rows, list) or not rows:
        raise RuleError(name, "file", "no [[jurisdiction]] tables")
    table: dict[str, Jurisdiction] = {}
    for n, row in enumerate(rows):
        where = f"jurisdiction #{n + 1} ({row.get('code', '?') if isinstance(row, dict) else '?'})"
        try:
            jur = Jurisdiction.model_validate(row)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise RuleError(name, where, f"{loc}: {first['msg']}") from exc
        if jur.code in table:
            raise RuleError(name, where, f"code {jur.code} listed twice")
        if set(jur.pauses) & set(jur.resumes):
            raise RuleError(name, where, "an event type cannot both pause and resume the clock")
        table[jur.code] = jur
    return table


@lru_cache(maxsize=1)
def table() -> dict[str, Jurisdiction]:
    """The packaged deadline table, loaded once."""
    return load_table()


@lru_cache(maxsize=1)
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    for jur in table().values():
        for phrase in jur.names:
            lookup[phrase.lower()] = jur.code
    # Longest phrase first so "illinois freedom of information act" beats the federal name.
    alternatives = sorted(lookup, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w])",
                         re.IGNORECASE)
    return pattern, lookup


def jurisdiction_from_text(text: str) -> str | None:
    """The jurisdiction whose law the text names first (a request cites its statute)."""
    if not text:
        return None
    pattern, lookup = _name_pattern()
    found = pattern.search(text)
    return lookup.get(found.group(0).lower()) if found else None


def jurisdiction_from_domain(domain: str | None) -> str | None:
    """The jurisdiction of an agency's mail domain: the longest listed ending wins."""
    if not domain:
        return None
    domain = domain.lower()
    best: tuple[int, str] | None = None
    for jur in table().values():
        for ending in jur.domains:
            matches = domain.endswith(ending) or domain == ending.lstrip(".")
            if matches and (best is None or len(ending) > best[0]):
                best = (len(ending), jur.code)
    return best[1] if best else None


def _paused_days(
    events: Iterable[tuple[dt.date, str]], jur: Jurisdiction
) -> tuple[list[tuple[dt.date, dt.date | None]], bool]:
    """Intervals (start, end] during which the clock stood still; True if still paused."""
    intervals: list[tuple[dt.date, dt.date | None]] = []
    open_since: dt.date | None = None
    for day, kind in sorted(events):
        if kind in jur.pauses and open_since is None:
            open_since = day
        elif kind in jur.resumes and open_since is not None:
            intervals.append((open_since, day))
            open_since = None
    if open_since is not None:
        intervals.append((open_since, None))
    return intervals, open_since is not None


def count_days(
    start: dt.date,
    days: int,
    business: bool,
    paused: Sequence[tuple[dt.date, dt.date | None]] = (),
) -> dt.date | None:
    """The day ``days`` countable days after ``start`` (day 0), skipping paused spans.

    A day inside a pause (after the pause began, up to and including the day the
    requester answered) does not count. Returns None if the clock is still stopped
    when the count would end.
    """
    day, left = start, days
    guard = 0
    while left > 0:
        day += dt.timedelta(days=1)
        guard += 1
        if guard > 3660:
            return None
        stopped = False
        for begin, end in paused:
            if day > begin and (end is None or day <= end):
                if end is None:
                    return None
                stopped = True
                break
        if stopped:
            continue
        if not business or is_business_day(day):
            left -= 1
    return day


def statutory_due_date(
    jurisdiction: str | Jurisdiction,
    received: dt.date,
    events: Iterable[tuple[dt.date, str]] = (),
    extensions: int = 0,
) -> dt.date | None:
    """When the law says the response is due.

    ``events`` are (date, event type) pairs of the request; the jurisdiction's pause and
    resume types stop and restart the clock. ``extensions`` > 0 adds the statutory
    extension once (statutes allow one notice of extension). None when the jurisdiction is
    unknown or the clock is stopped waiting on the requester.
    """
    jur = table().get(jurisdiction) if isinstance(jurisdiction, str) else jurisdiction
    if jur is None:
        return None
    paused, _still = _paused_days(events, jur)
    due = count_days(received, jur.response_days, jur.business, paused)
    if due is None or not extensions or not jur.extension_days:
        return due
    business = jur.business if jur.extension_business is None else jur.extension_business
    return count_days(due, jur.extension_days, business, paused)


def waiting_on_requester(jurisdiction: str, events: Iterable[tuple[dt.date, str]]) -> bool:
    """True when the last pausing event has not been answered yet."""
    jur = table().get(jurisdiction)
    if jur is None:
        return False
    return _paused_days(events, jur)[1]
