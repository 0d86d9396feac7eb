"""Events from rules (placeholder)."""

from __future__ import annotations

from .context import Context
from .models import Message


def classify(message: Message, ctx: Context) -> Message:
    return message
