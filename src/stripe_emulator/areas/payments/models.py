"""Payments object shapes: the per-type hashes of a PaymentMethod, and which fields of
payments objects hold expandable ids."""

from __future__ import annotations

from stripe_emulator.api.expand import expandable

__all__ = ["PAYMENT_METHOD_TYPES"]

#: The per-type detail hashes of a PaymentMethod; all but its own type's are null.
PAYMENT_METHOD_TYPES = (
    "acss_debit", "affirm", "afterpay_clearpay", "alipay", "alma", "amazon_pay",
    "au_becs_debit", "bacs_debit", "bancontact", "billie", "bizum", "blik", "boleto", "card",
    "card_present", "cashapp", "crypto", "custom", "customer_balance", "eps", "fpx",
    "giropay", "grabpay", "ideal", "interac_present", "kakao_pay", "klarna", "konbini",
    "kr_card", "link", "mb_way", "mobilepay", "multibanco", "naver_pay", "nz_bank_account",
    "oxxo", "p24", "pay_by_bank", "payco", "paynow", "paypal", "paypay", "payto", "pix",
    "promptpay", "revolut_pay", "samsung_pay", "satispay", "scalapay", "sepa_debit",
    "sequra", "sofort", "sunbit", "swish", "twint", "upi", "us_bank_account", "wechat_pay",
    "zip",
)


expandable("payment_method", "customer")
expandable("payment_intent", "customer", "payment_method", "latest_charge")
expandable("charge", "customer", "payment_intent", "balance_transaction")
expandable("balance_transaction", "source")
expandable("topup", "balance_transaction")
expandable("payout", "balance_transaction", "destination", "failure_balance_transaction",
           "original_payout", "reversed_by", "application_fee")
