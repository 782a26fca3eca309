"""Fixtures for the pure tax engine's unit tests (factories live in tax_engine_factories)."""

from __future__ import annotations

import pytest
from tax_engine_factories import Calc, run


@pytest.fixture
def calc() -> Calc:
    """``calc(address, lines, **options)`` -> CalculationResult."""
    return run
