"""Duplicates and requests (placeholder)."""

from __future__ import annotations

from .models import Message, Request
from .options import ParseOptions


def link(messages: list[Message], options: ParseOptions) -> tuple[list[Message], list[Request]]:
    return messages, []
