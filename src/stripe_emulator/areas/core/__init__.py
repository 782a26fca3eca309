"""Core: customers, products and prices, the objects every other area refers to, and files
(with their links), which other areas make and read through `files`."""

from stripe_emulator.areas.core import customers, file_links, files, prices, products
from stripe_emulator.areas.core import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.core import endpoints_files as _endpoints_files  # noqa: F401

__all__ = ["customers", "file_links", "files", "prices", "products"]
