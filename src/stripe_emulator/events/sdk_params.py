# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the events package (`events/`), made from the SDK's
TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested models it
uses:

- `EventListParams`
- `EventRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

from __future__ import annotations

from stripe_emulator.api.params import Params


class EventListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class EventListParams(Params):
    created: EventListParamsCreated | int | None = None
    delivery_success: bool | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    type: str | None = None
    types: list[str] | None = None


class EventRetrieveParams(Params):
    expand: list[str] | None = None


EventListParamsCreated.model_rebuild()
EventListParams.model_rebuild()
EventRetrieveParams.model_rebuild()
