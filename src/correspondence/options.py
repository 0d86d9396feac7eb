"""Frozen options for one parse."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class ParseOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    reader: str | None = Field(
        default=None, description="Force a reader by name instead of detecting it from content."
    )
    strict: bool = Field(
        default=False, description="Raise StrictModeError on the first error-level problem."
    )
    as_of: dt.date | None = Field(
        default=None, description="Date 'overdue' is judged against; default: today."
    )
    jobs: int | None = Field(
        default=None,
        ge=1,
        le=2,
        description="1: one process. 2: a second process reads, splits and cleans while the "
        "first classifies and links. None: 2 for inputs of 2 MB or more on a multi-core machine.",
    )
    link_across_sources: bool = Field(
        default=True, description="Let messages of different files join one request."
    )
