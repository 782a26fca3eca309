"""Card numbers as a card network sees them: Luhn, brand from the IIN, expiry and CVC
checks, with Stripe's `card_error` codes. Pure functions; never logs or echoes a number."""

from __future__ import annotations

import datetime

from stripe_emulator.api.errors import CardError

__all__ = ["DISPLAY_BRANDS", "brand_of", "check_cvc", "check_expiry", "check_number", "luhn_ok"]

#: `card.brand` -> `card.display_brand`
DISPLAY_BRANDS = {
    "amex": "american_express",
    "diners": "diners_club",
    "discover": "discover",
    "jcb": "jcb",
    "mastercard": "mastercard",
    "unionpay": "union_pay",
    "visa": "visa",
    "unknown": "other",
}


def luhn_ok(number: str) -> bool:
    """The Luhn (mod 10) checksum every card number carries in its last digit."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def brand_of(number: str) -> str:
    """The network, from the issuer identification number (first digits)."""
    n2, n3, n4, n6 = int(number[:2]), int(number[:3]), int(number[:4]), int(number[:6])
    if number.startswith("4"):
        return "visa"
    if 51 <= n2 <= 55 or 2221 <= n4 <= 2720:
        return "mastercard"
    if n2 in (34, 37):
        return "amex"
    if n4 == 6011 or n2 == 65 or 644 <= n3 <= 649 or 622126 <= n6 <= 622925:
        return "discover"
    if n2 == 62 or n2 == 81:
        return "unionpay"
    if 3528 <= n4 <= 3589:
        return "jcb"
    if 300 <= n3 <= 305 or n2 in (36, 38, 39) or n3 == 309:
        return "diners"
    return "unknown"


def check_number(number: str | None, *, param: str = "card[number]") -> str:
    """The number without spaces, or Stripe's card_error (the number is never echoed)."""
    digits = (number or "").replace(" ", "").replace("-", "")
    if not digits.isdigit() or not 12 <= len(digits) <= 19:
        raise CardError("Your card number is invalid.", code="invalid_number", param=param)
    if not luhn_ok(digits):
        raise CardError("Your card number is incorrect.", code="incorrect_number", param=param)
    return digits


def check_expiry(month: int, year: int, today: datetime.date, *,
                 prefix: str = "card") -> tuple[int, int]:
    """(month, four-digit year); an expired or impossible date is Stripe's card_error."""
    if year < 100:
        year += 2000
    if not 1 <= month <= 12:
        raise CardError("Your card's expiration month is invalid.",
                        code="invalid_expiry_month", param=f"{prefix}[exp_month]")
    if year < today.year or year > today.year + 50:
        raise CardError("Your card's expiration year is invalid.",
                        code="invalid_expiry_year", param=f"{prefix}[exp_year]")
    if year == today.year and month < today.month:
        raise CardError("Your card's expiration month is invalid.",
                        code="invalid_expiry_month", param=f"{prefix}[exp_month]")
    return month, year


def check_cvc(cvc: str | None, brand: str, *, param: str = "card[cvc]") -> str | None:
    """The CVC if well-formed (3 digits, 4 for amex); None when not sent."""
    if cvc is None or cvc == "":
        return None
    length = 4 if brand == "amex" else 3
    if not cvc.isdigit() or len(cvc) != length:
        raise CardError("Your card's security code is invalid.", code="invalid_cvc",
                        param=param)
    return cvc
