"""Sender, side and portal (placeholder)."""

from __future__ import annotations

from .context import Context
from .models import Message


def recognize(message: Message, ctx: Context) -> Message:
    return message
