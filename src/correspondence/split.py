"""Split a message's own text from its quoted history (placeholder)."""

from __future__ import annotations

from .context import Context
from .models import Message


def own_text(body: str, html: bool = False) -> str:
    return body


def split(message: Message, ctx: Context) -> Message:
    return message
