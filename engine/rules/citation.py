"""Citations: every rule points at the seed document and the clause it encodes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from engine.i18n import Text


class Citation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str | None = None  # defaults to the pack's source file
    ref: str  # clause reference as written in the source, e.g. "商家門檻 5"
    quote: str  # short verbatim quote from the source


class Reading(BaseModel):
    """An interpretation the pack chose where the source text is ambiguous."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    text: Text
