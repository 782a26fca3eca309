"""Accounts and their keys: the keys the server issues (an account's publishable key, its
restricted keys) and the `/_emulator/keys` operator routes. Secret keys need nothing here:
any `sk_test_` key opens its own account (`api.auth`)."""

from stripe_emulator.accounts import keys

__all__ = ["keys"]
