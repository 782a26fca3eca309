"""The catalogue of event types: every type Stripe defines (generated from the pinned SDK
plus the preview types of tools/sdk_overlay.py, in `events/catalog_sdk.py`), and how a
selection (`enabled_events`, the CLI's `--events`) matches an event."""

from __future__ import annotations

import fnmatch

from stripe_emulator.events.catalog_sdk import EVENT_TYPES

__all__ = ["EVENT_TYPES", "is_known", "matches"]


def is_known(event_type: str) -> bool:
    """Is `event_type` one Stripe defines (`*` is not a type: check it apart)?"""
    return event_type in EVENT_TYPES


def matches(patterns: list[str] | tuple[str, ...], event_type: str) -> bool:
    """Does an event of `event_type` match a selection (`enabled_events`, `--events`)?

    Entries are exact types or `*`; a trailing wildcard (`customer.*`), which the CLI's
    `--events` accepts, matches one or more segments.
    """
    for pattern in patterns:
        if pattern == "*" or pattern == event_type:
            return True
        if "*" in pattern and fnmatch.fnmatchcase(event_type, pattern):
            return True
    return False
