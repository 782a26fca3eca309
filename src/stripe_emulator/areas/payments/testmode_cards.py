"""Stripe's documented test cards: numbers, magic PaymentMethod ids, tokens and outcomes.

The only server module allowed to hold test card numbers (a repository hook checks it).
Everything else asks this catalogue by number, id or token and never spells a number.
Source: docs.stripe.com/testing (facts only).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Decline", "TestCard", "by_magic_id", "by_number", "is_magic_id"]


@dataclass(frozen=True, slots=True)
class Decline:
    """How a card fails: Stripe's error `code`, `decline_code` and customer-facing message."""

    code: str
    decline_code: str | None
    message: str
    #: Charge outcome fields for a declined charge.
    network_status: str = "declined_by_network"
    outcome_type: str = "issuer_declined"
    seller_message: str = "The bank did not return any further details with this decline."


_GENERIC = Decline("card_declined", "generic_decline", "Your card was declined.")
_INSUFFICIENT = Decline("card_declined", "insufficient_funds",
                        "Your card has insufficient funds.",
                        seller_message="The bank returned the decline code "
                                       "`insufficient_funds`.")
_LOST = Decline("card_declined", "lost_card", "Your card was declined.",
                seller_message="The bank returned the decline code `lost_card`.")
_STOLEN = Decline("card_declined", "stolen_card", "Your card was declined.",
                  seller_message="The bank returned the decline code `stolen_card`.")
_EXPIRED = Decline("expired_card", "expired_card", "Your card has expired.",
                   seller_message="The bank returned the decline code `expired_card`.")
_CVC = Decline("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.",
               seller_message="The bank returned the decline code `incorrect_cvc`.")
_PROCESSING = Decline("processing_error", "processing_error",
                      "An error occurred while processing your card. Try again in a little "
                      "bit.", network_status="declined_by_network",
                      outcome_type="issuer_declined",
                      seller_message="The bank returned the decline code `processing_error`.")


@dataclass(frozen=True, slots=True)
class TestCard:
    """A documented test card and what it does."""

    __test__ = False  # not a pytest class

    number: str
    brand: str
    funding: str = "credit"
    country: str = "US"
    #: Declines when attached to a customer (verification) and on every charge.
    decline: Decline | None = None
    #: Attaches fine, then every charge declines (4000000000000341).
    decline_on_charge_only: bool = False
    #: Funds skip the pending balance (4000000000000077).
    available_immediately: bool = False
    magic_ids: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()

    @property
    def charge_decline(self) -> Decline | None:
        if self.decline_on_charge_only:
            return _GENERIC
        return self.decline


_CARDS = [
    TestCard("4242424242424242", "visa", magic_ids=("pm_card_visa",), tokens=("tok_visa",)),
    TestCard("4000056655665556", "visa", "debit", magic_ids=("pm_card_visa_debit",),
             tokens=("tok_visa_debit",)),
    TestCard("5555555555554444", "mastercard", magic_ids=("pm_card_mastercard",),
             tokens=("tok_mastercard",)),
    TestCard("2223003122003222", "mastercard"),
    TestCard("5200828282828210", "mastercard", "debit",
             magic_ids=("pm_card_mastercard_debit",), tokens=("tok_mastercard_debit",)),
    TestCard("5105105105105100", "mastercard", "prepaid",
             magic_ids=("pm_card_mastercard_prepaid",), tokens=("tok_mastercard_prepaid",)),
    TestCard("378282246310005", "amex", magic_ids=("pm_card_amex",), tokens=("tok_amex",)),
    TestCard("371449635398431", "amex"),
    TestCard("6011111111111117", "discover", magic_ids=("pm_card_discover",),
             tokens=("tok_discover",)),
    TestCard("6011000990139424", "discover"),
    TestCard("3056930009020004", "diners", magic_ids=("pm_card_diners",),
             tokens=("tok_diners",)),
    TestCard("36227206271667", "diners"),
    TestCard("3566002020360505", "jcb", magic_ids=("pm_card_jcb",), tokens=("tok_jcb",)),
    TestCard("6200000000000005", "unionpay", magic_ids=("pm_card_unionpay",),
             tokens=("tok_unionpay",)),
    # International cards
    TestCard("4000002500000003", "visa", country="FR", magic_ids=("pm_card_fr",),
             tokens=("tok_fr",)),
    TestCard("4000008260000000", "visa", country="GB", magic_ids=("pm_card_gb",),
             tokens=("tok_gb",)),
    TestCard("4000002760000016", "visa", country="DE", magic_ids=("pm_card_de",),
             tokens=("tok_de",)),
    # Declines
    TestCard("4000000000000002", "visa", decline=_GENERIC,
             magic_ids=("pm_card_visa_chargeDeclined", "pm_card_chargeDeclined"),
             tokens=("tok_visa_chargeDeclined", "tok_chargeDeclined")),
    TestCard("4000000000009995", "visa", decline=_INSUFFICIENT,
             magic_ids=("pm_card_visa_chargeDeclinedInsufficientFunds",
                        "pm_card_chargeDeclinedInsufficientFunds"),
             tokens=("tok_visa_chargeDeclinedInsufficientFunds",
                     "tok_chargeDeclinedInsufficientFunds")),
    TestCard("4000000000009987", "visa", decline=_LOST,
             magic_ids=("pm_card_visa_chargeDeclinedLostCard", "pm_card_chargeDeclinedLostCard"),
             tokens=("tok_visa_chargeDeclinedLostCard", "tok_chargeDeclinedLostCard")),
    TestCard("4000000000009979", "visa", decline=_STOLEN,
             magic_ids=("pm_card_visa_chargeDeclinedStolenCard",
                        "pm_card_chargeDeclinedStolenCard"),
             tokens=("tok_visa_chargeDeclinedStolenCard", "tok_chargeDeclinedStolenCard")),
    TestCard("4000000000000069", "visa", decline=_EXPIRED,
             magic_ids=("pm_card_chargeDeclinedExpiredCard",),
             tokens=("tok_chargeDeclinedExpiredCard",)),
    TestCard("4000000000000127", "visa", decline=_CVC,
             magic_ids=("pm_card_chargeDeclinedIncorrectCvc",),
             tokens=("tok_chargeDeclinedIncorrectCvc",)),
    TestCard("4000000000000119", "visa", decline=_PROCESSING,
             magic_ids=("pm_card_chargeDeclinedProcessingError",),
             tokens=("tok_chargeDeclinedProcessingError",)),
    TestCard("4000000000000341", "visa", decline_on_charge_only=True,
             magic_ids=("pm_card_chargeCustomerFail",), tokens=("tok_chargeCustomerFail",)),
    # Balance
    TestCard("4000000000000077", "visa", available_immediately=True,
             magic_ids=("pm_card_bypassPending",), tokens=("tok_bypassPending",)),
]

_BY_NUMBER = {c.number: c for c in _CARDS}
_BY_MAGIC = {m: c for c in _CARDS for m in (*c.magic_ids, *c.tokens)}


def by_number(number: str) -> TestCard | None:
    """The documented test card with this number, or None."""
    return _BY_NUMBER.get(number)


def by_magic_id(value: str) -> TestCard | None:
    """The test card behind a magic PaymentMethod id (`pm_card_visa`) or token (`tok_visa`)."""
    return _BY_MAGIC.get(value)


def is_magic_id(value: str) -> bool:
    return value in _BY_MAGIC
