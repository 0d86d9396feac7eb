"""Clean a message's text (placeholder)."""

from __future__ import annotations

from .context import Context
from .models import Message


def clean(message: Message, ctx: Context) -> Message:
    return message
