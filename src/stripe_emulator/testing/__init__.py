"""Run stripe-emulator inside a test suite: a real server on a free port, a fresh account
per test. The pytest plugin (`stripe_emulator` fixture) is built on `EmulatorServer`."""

from stripe_emulator.testing.server import Account, EmulatorServer

__all__ = ["Account", "EmulatorServer"]
