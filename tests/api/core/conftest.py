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


# -- files ---------------------------------------------------------------------------------

def png_bytes(extra: int = 0) -> bytes:
    """A real 2x2 PNG (and `extra` random bytes after its end, which viewers ignore)."""
    import os
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"") + os.urandom(extra))


def pdf_bytes(extra: int = 0) -> bytes:
    """A one-page PDF (padded with `extra` random bytes in a comment-free stream)."""
    import os

    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
            + os.urandom(extra) + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def upload(client: stripe.StripeClient, path: Any, purpose: str = "dispute_evidence", *,
           options: dict[str, Any] | None = None, **params: Any) -> stripe.File:
    """Upload the file at `path` through the SDK, as users do."""
    with open(path, "rb") as f:
        return client.v1.files.create({"file": f, "purpose": purpose, **params},  # type: ignore[typeddict-item]
                                      options or {})  # type: ignore[arg-type]
