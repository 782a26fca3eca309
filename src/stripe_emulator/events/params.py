"""Hand-written params of the events kernel: the operator's feed, which the SDK does not
describe."""

from __future__ import annotations

from pydantic import Field

from stripe_emulator.api.params import Params

__all__ = ["EventFeedParams"]


class EventFeedParams(Params):
    #: A position from an earlier page's `cursor`; omitted: no events, only "now".
    after: int | None = None
    limit: int = Field(100, ge=1, le=1000)
