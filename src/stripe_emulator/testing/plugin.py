"""pytest plugin (entry point `pytest11`): the `stripe_emulator` fixture.

    def test_checkout(stripe_emulator):
        client = stripe_emulator.client()      # a fresh account, isolated from other tests
        client.v1.customers.create({"email": "a@example.com"})

One server per test session (SQLite in a temporary directory); one account per test.
`--stripe-emulator-database-url` points the server at another database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stripe_emulator.testing.server import Account, EmulatorServer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--stripe-emulator-database-url", default=None,
                     help="Database for the stripe_emulator fixture (default: SQLite in a "
                          "temporary directory).")


@pytest.fixture(scope="session")
def stripe_emulator_server(request: pytest.FixtureRequest,
                           tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    """A running stripe-emulator for the whole test session."""
    server = EmulatorServer(data_dir=tmp_path_factory.mktemp("stripe-emulator"),
                            database_url=request.config.getoption(
                                "--stripe-emulator-database-url"))
    with server:
        yield server


@pytest.fixture
def stripe_emulator(stripe_emulator_server: EmulatorServer) -> Account:
    """A fresh account on the session's server: `.client()`, `.api_key`, `.url`."""
    return stripe_emulator_server.new_account()
