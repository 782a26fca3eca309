"""Factories for core objects (customers, products, prices), through the SDK."""

from __future__ import annotations

from typing import Any

import stripe


def create_customer(client: stripe.StripeClient, **overrides: Any) -> stripe.Customer:
    params: dict[str, Any] = {"email": "jenny@example.com", "name": "Jenny Rosen"}
    params.update(overrides)
    return client.v1.customers.create(params)  # type: ignore[arg-type]


def create_product(client: stripe.StripeClient, **overrides: Any) -> stripe.Product:
    params: dict[str, Any] = {"name": "Gold plan"}
    params.update(overrides)
    return client.v1.products.create(params)  # type: ignore[arg-type]


def create_price(client: stripe.StripeClient, product: str | None = None,
                 **overrides: Any) -> stripe.Price:
    params: dict[str, Any] = {"currency": "usd", "unit_amount": 1000,
                              "recurring": {"interval": "month"}}
    if product is None:
        params["product_data"] = {"name": "Gold plan"}
    else:
        params["product"] = product
    params.update(overrides)
    return client.v1.prices.create(params)  # type: ignore[arg-type]
