"""Architecture rules, as tests (docs/architecture.md)."""
