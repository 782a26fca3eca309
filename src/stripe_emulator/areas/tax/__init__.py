"""Stripe Tax: settings, registrations, tax codes, calculations, transactions, pure engine."""
