"""Every exception correspondence raises.

::

    CorrespondenceError               base: catch this to catch ours
    ├── InputError                    a path the user gave cannot be used
    │   ├── UnreadableInputError      missing, unreadable, or no reader recognises it
    │   └── UnknownReaderError        --reader names no reader
    ├── RuleError                     a rules/portal/deadline data file is invalid
    └── StrictModeError               strict mode and a message recorded an error problem

Problems inside one message are *recorded* on the message (``Message.problems``), never
raised, unless ``ParseOptions(strict=True)`` asks for it: one broken message must not stop
a batch of ten thousand.
"""

from __future__ import annotations


class CorrespondenceError(Exception):
    """Base of every error raised by correspondence."""


class InputError(CorrespondenceError):
    """A path given by the user cannot be used."""


class UnreadableInputError(InputError):
    """The file is missing, unreadable, or not in any format we read."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UnknownReaderError(InputError):
    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        super().__init__(f"no reader named {name!r}; choose one of: {', '.join(sorted(known))}")


class RuleError(CorrespondenceError):
    """A rules, portal-template or deadline data file is invalid."""

    def __init__(self, file: str, where: str, reason: str) -> None:
        self.file = file
        super().__init__(f"{file}: {where}: {reason}")


class StrictModeError(CorrespondenceError):
    """Raised in strict mode when a message records an error-level problem."""
