"""Writers: the output contract (JSONL), flat CSV, SQLite for Datasette, Parquet.

Every writer takes the linked messages and requests and a destination. The JSONL record
of a message is :func:`message_record`, which is also the base of the flat forms, so
every format says the same thing.
"""

from __future__ import annotations

from .records import event_rows, message_record, request_record
from .writers import FORMATS, interleave, write

__all__ = ["FORMATS", "event_rows", "interleave", "message_record", "request_record", "write"]
