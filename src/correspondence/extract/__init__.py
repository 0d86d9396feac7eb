"""Field extraction (placeholder)."""

from __future__ import annotations

from ..context import Context
from ..models import Message


def extract(message: Message, ctx: Context) -> Message:
    return message
