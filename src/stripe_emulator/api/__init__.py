"""The Stripe wire contract, shared by every product area."""
