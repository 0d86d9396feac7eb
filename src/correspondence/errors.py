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

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # errors cross a process boundary when a worker reads the input (pipeline.stream)
        return (type(self), (self.path, self.reason))


class UnknownReaderError(InputError):
    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"no reader named {name!r}; choose one of: {', '.join(sorted(known))}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return (type(self), (self.name, self.known))


class RuleError(CorrespondenceError):
    """A rules, portal-template or deadline data file is invalid."""

    def __init__(self, file: str, where: str, reason: str) -> None:
        self.file = file
        self.where = where
        self.reason = reason
        super().__init__(f"{file}: {where}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return (type(self), (self.file, self.where, self.reason))


class StrictModeError(CorrespondenceError):
    """Raised in strict mode when a message records an error-level problem."""
