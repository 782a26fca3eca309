"""Events: every state change writes one, in the same unit of work as the change."""

from stripe_emulator.events.emitter import changed_attributes, emit, on_event

__all__ = ["changed_attributes", "emit", "on_event"]
