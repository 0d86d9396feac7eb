"""correspondence: public-records correspondence into typed, dated events.

The stages, in order (see :mod:`correspondence.pipeline`): :func:`read`, :func:`split`,
:func:`clean`, :func:`recognize`, :func:`classify`, :func:`extract`, :func:`link`, and
the writers in :mod:`correspondence.export`. :func:`parse` runs them all.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .classify import classify
from .clean import clean
from .errors import (
    CorrespondenceError,
    InputError,
    RuleError,
    StrictModeError,
    UnknownReaderError,
    UnreadableInputError,
)
from .extract import extract
from .link import link
from .models import (
    EVENT_TYPES,
    Attachment,
    Event,
    Evidence,
    Message,
    Problem,
    QuotedMessage,
    Request,
    TrackingNumber,
)
from .options import ParseOptions
from .pipeline import ParseResult, parse
from .recognize import recognize
from .sources import read
from .split import own_text, split

__all__ = [
    "EVENT_TYPES",
    "Attachment",
    "CorrespondenceError",
    "Event",
    "Evidence",
    "InputError",
    "Message",
    "ParseOptions",
    "ParseResult",
    "Problem",
    "QuotedMessage",
    "Request",
    "RuleError",
    "StrictModeError",
    "TrackingNumber",
    "UnknownReaderError",
    "UnreadableInputError",
    "__version__",
    "classify",
    "clean",
    "extract",
    "link",
    "own_text",
    "parse",
    "read",
    "recognize",
    "split",
]
