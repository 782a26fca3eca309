"""Fixtures every API test area uses: a customer, a product, a price (fresh per test)."""

from __future__ import annotations

import pytest
import stripe

from tests.api.core.conftest import create_customer, create_price, create_product


@pytest.fixture
def customer(client: stripe.StripeClient) -> stripe.Customer:
    return create_customer(client)


@pytest.fixture
def product(client: stripe.StripeClient) -> stripe.Product:
    return create_product(client)


@pytest.fixture
def price(client: stripe.StripeClient) -> stripe.Price:
    return create_price(client)
