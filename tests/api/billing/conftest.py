"""Factories for billing objects, through the SDK."""

from __future__ import annotations

from typing import Any

import pytest
import stripe


def create_customer(client: stripe.StripeClient, **overrides: Any) -> stripe.Customer:
    params: dict[str, Any] = {"email": "jenny@example.com", "name": "Jenny Rosen"}
    params.update(overrides)
    return client.v1.customers.create(params)  # type: ignore[arg-type]


def create_product(client: stripe.StripeClient, **overrides: Any) -> stripe.Product:
    params: dict[str, Any] = {"name": "Gold plan"}
    params.update(overrides)
    return client.v1.products.create(params)  # type: ignore[arg-type]


@pytest.fixture
def customer(client: stripe.StripeClient) -> stripe.Customer:
    return create_customer(client)


@pytest.fixture
def product(client: stripe.StripeClient) -> stripe.Product:
    return create_product(client)
