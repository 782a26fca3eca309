# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the billing area (`areas/billing/`), made from the SDK's
TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested models it
uses:

- `InvoiceFinalizeInvoiceParams`
- `InvoiceLineItemListParams`
- `InvoiceListParams`
- `InvoiceMarkUncollectibleParams`
- `InvoicePayParams`
- `InvoiceRetrieveParams`
- `InvoiceVoidInvoiceParams`
- `SubscriptionCancelParams`
- `SubscriptionCreateParams`
- `SubscriptionListParams`
- `SubscriptionResumeParams`
- `SubscriptionRetrieveParams`
- `SubscriptionUpdateParams`
- `test_helpers.TestClockAdvanceParams`
- `test_helpers.TestClockCreateParams`
- `test_helpers.TestClockDeleteParams`
- `test_helpers.TestClockListParams`
- `test_helpers.TestClockRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params


class InvoiceFinalizeInvoiceParams(Params):
    auto_advance: bool | None = None
    expand: list[str] | None = None


class InvoiceLineItemListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class InvoiceListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class InvoiceListParamsDueDate(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class InvoiceListParams(Params):
    collection_method: Literal['charge_automatically', 'send_invoice'] | None = None
    created: InvoiceListParamsCreated | int | None = None
    customer: str | None = None
    customer_account: str | None = None
    due_date: InvoiceListParamsDueDate | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    status: Literal['draft', 'open', 'paid', 'uncollectible', 'void'] | None = None
    subscription: str | None = None


class InvoiceMarkUncollectibleParams(Params):
    expand: list[str] | None = None


class InvoicePayParams(Params):
    expand: list[str] | None = None
    forgive: bool | None = None
    mandate: Annotated[str | None, EMPTYABLE] = None
    off_session: bool | None = None
    paid_out_of_band: bool | None = None
    payment_method: str | None = None
    source: str | None = None


class InvoiceRetrieveParams(Params):
    expand: list[str] | None = None


class InvoiceVoidInvoiceParams(Params):
    expand: list[str] | None = None


class SubscriptionCancelParamsCancellationDetails(Params):
    comment: Annotated[str | None, EMPTYABLE] = None
    feedback: Annotated[Literal['customer_service', 'low_quality', 'missing_features', 'other', 'switched_service', 'too_complex', 'too_expensive', 'unused'] | None, EMPTYABLE] = None
    feedback_option: str | None = None


class SubscriptionCancelParams(Params):
    cancellation_details: SubscriptionCancelParamsCancellationDetails | None = None
    expand: list[str] | None = None
    invoice_now: bool | None = None
    prorate: bool | None = None


class SubscriptionCreateParamsAddInvoiceItemDiscount(Params):
    coupon: str | None = None
    discount: str | None = None
    promotion_code: str | None = None


class SubscriptionCreateParamsAddInvoiceItemPeriodEnd(Params):
    timestamp: int | None = None
    type: Literal['min_item_period_end', 'timestamp']


class SubscriptionCreateParamsAddInvoiceItemPeriodStart(Params):
    timestamp: int | None = None
    type: Literal['max_item_period_start', 'now', 'timestamp']


class SubscriptionCreateParamsAddInvoiceItemPeriod(Params):
    end: SubscriptionCreateParamsAddInvoiceItemPeriodEnd
    start: SubscriptionCreateParamsAddInvoiceItemPeriodStart


class SubscriptionCreateParamsAddInvoiceItemPriceData(Params):
    currency: str
    product: str
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class SubscriptionCreateParamsAddInvoiceItem(Params):
    discountable: bool | None = None
    discounts: list[SubscriptionCreateParamsAddInvoiceItemDiscount] | None = None
    metadata: Metadata | None = None
    period: SubscriptionCreateParamsAddInvoiceItemPeriod | None = None
    price: str | None = None
    price_data: SubscriptionCreateParamsAddInvoiceItemPriceData | None = None
    quantity: int | None = None
    tax_rates: Annotated[list[str] | None, EMPTYABLE] = None


class SubscriptionCreateParamsAutomaticTaxLiability(Params):
    account: str | None = None
    type: Literal['account', 'self']


class SubscriptionCreateParamsAutomaticTax(Params):
    enabled: bool
    liability: SubscriptionCreateParamsAutomaticTaxLiability | None = None


class SubscriptionCreateParamsBillingCycleAnchorConfig(Params):
    day_of_month: int
    hour: int | None = None
    minute: int | None = None
    month: int | None = None
    second: int | None = None


class SubscriptionCreateParamsBillingModeFlexible(Params):
    proration_discounts: Literal['included', 'itemized'] | None = None


class SubscriptionCreateParamsBillingMode(Params):
    flexible: SubscriptionCreateParamsBillingModeFlexible | None = None
    type: Literal['classic', 'flexible']


class SubscriptionCreateParamsBillingScheduleAppliesTo(Params):
    price: str | None = None
    type: Literal['price']


class SubscriptionCreateParamsBillingScheduleBillUntilDuration(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class SubscriptionCreateParamsBillingScheduleBillUntil(Params):
    duration: SubscriptionCreateParamsBillingScheduleBillUntilDuration | None = None
    timestamp: int | None = None
    type: Literal['duration', 'timestamp']


class SubscriptionCreateParamsBillingSchedule(Params):
    applies_to: list[SubscriptionCreateParamsBillingScheduleAppliesTo] | None = None
    bill_until: SubscriptionCreateParamsBillingScheduleBillUntil
    key: str | None = None


class SubscriptionCreateParamsBillingThresholds(Params):
    amount_gte: int | None = None
    reset_billing_cycle_anchor: bool | None = None


class SubscriptionCreateParamsDiscount(Params):
    coupon: str | None = None
    discount: str | None = None
    promotion_code: str | None = None


class SubscriptionCreateParamsInvoiceSettingsCustomField(Params):
    name: str
    value: str


class SubscriptionCreateParamsInvoiceSettingsIssuer(Params):
    account: str | None = None
    type: Literal['account', 'self']


class SubscriptionCreateParamsInvoiceSettings(Params):
    account_tax_ids: Annotated[list[str] | None, EMPTYABLE] = None
    custom_fields: Annotated[list[SubscriptionCreateParamsInvoiceSettingsCustomField] | None, EMPTYABLE] = None
    description: str | None = None
    footer: str | None = None
    issuer: SubscriptionCreateParamsInvoiceSettingsIssuer | None = None


class SubscriptionCreateParamsItemBillingThresholds(Params):
    usage_gte: int


class SubscriptionCreateParamsItemCurrentTrial(Params):
    trial_offer: str


class SubscriptionCreateParamsItemDiscount(Params):
    coupon: str | None = None
    discount: str | None = None
    promotion_code: str | None = None


class SubscriptionCreateParamsItemPriceDataRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class SubscriptionCreateParamsItemPriceData(Params):
    currency: str
    product: str
    recurring: SubscriptionCreateParamsItemPriceDataRecurring
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class SubscriptionCreateParamsItem(Params):
    billing_thresholds: Annotated[SubscriptionCreateParamsItemBillingThresholds | None, EMPTYABLE] = None
    current_trial: SubscriptionCreateParamsItemCurrentTrial | None = None
    discounts: Annotated[list[SubscriptionCreateParamsItemDiscount] | None, EMPTYABLE] = None
    metadata: Metadata | None = None
    plan: str | None = None
    price: str | None = None
    price_data: SubscriptionCreateParamsItemPriceData | None = None
    quantity: int | None = None
    tax_rates: Annotated[list[str] | None, EMPTYABLE] = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions(Params):
    transaction_type: Literal['business', 'personal'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit(Params):
    mandate_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions | None = None
    verification_method: Literal['automatic', 'instant', 'microdeposits'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBancontact(Params):
    preferred_language: Literal['de', 'en', 'fr', 'nl'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetails(Params):
    registered_address: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress | None, EMPTYABLE] = None
    registered_name: str | None = None
    registration_number: str | None = None
    registration_type: Annotated[Literal['ch_ein', 'de_hrb', 'dk_cvr', 'es_cif', 'fi_tunnus', 'fr_siren', 'fr_siret', 'it_rea', 'nl_kvk', 'no_org_number', 'no_pno', 'se_org_number', 'se_pno', 'uk_crn'] | None, EMPTYABLE] = None
    vat: str | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillie(Params):
    company_details: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetails | None, EMPTYABLE] = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBlikMandateOptions(Params):
    expires_at: int | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBlik(Params):
    mandate_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBlikMandateOptions | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCard(Params):
    mandate_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions | None = None
    network: Literal['amex', 'cartes_bancaires', 'diners', 'discover', 'eftpos_au', 'girocard', 'interac', 'jcb', 'link', 'mastercard', 'unionpay', 'unknown', 'visa'] | None = None
    request_three_d_secure: Literal['any', 'automatic', 'challenge'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(Params):
    country: str


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer(Params):
    eu_bank_transfer: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None = None
    type: str | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance(Params):
    bank_transfer: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer | None = None
    funding_type: str | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsKonbini(Params):
    pass


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPaytoMandateOptions(Params):
    amount: int | None = None
    purpose: Literal['dependant_support', 'government', 'loan', 'mortgage', 'other', 'pension', 'personal', 'retail', 'salary', 'tax', 'utility'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPayto(Params):
    mandate_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPaytoMandateOptions | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPixMandateOptions(Params):
    amount: int | None = None
    amount_includes_iof: Literal['always', 'never'] | None = None
    end_date: str | None = None
    payment_schedule: Literal['halfyearly', 'monthly', 'quarterly', 'weekly', 'yearly'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPix(Params):
    expires_after_seconds: int | None = None
    mandate_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPixMandateOptions | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsSepaDebit(Params):
    pass


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUpiMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None
    end_date: int | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUpi(Params):
    mandate_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUpiMandateOptions | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters(Params):
    account_subcategories: list[Literal['checking', 'savings']] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections(Params):
    filters: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None = None
    permissions: list[Literal['balances', 'ownership', 'payment_method', 'transactions']] | None = None
    prefetch: list[Literal['balances', 'ownership', 'transactions']] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount(Params):
    financial_connections: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections | None = None
    verification_method: Literal['automatic', 'instant', 'microdeposits'] | None = None


class SubscriptionCreateParamsPaymentSettingsPaymentMethodOptions(Params):
    acss_debit: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit | None, EMPTYABLE] = None
    bancontact: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBancontact | None, EMPTYABLE] = None
    billie: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillie | None, EMPTYABLE] = None
    blik: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBlik | None, EMPTYABLE] = None
    card: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCard | None, EMPTYABLE] = None
    customer_balance: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance | None, EMPTYABLE] = None
    konbini: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsKonbini | None, EMPTYABLE] = None
    payto: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPayto | None, EMPTYABLE] = None
    pix: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPix | None, EMPTYABLE] = None
    sepa_debit: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsSepaDebit | None, EMPTYABLE] = None
    upi: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUpi | None, EMPTYABLE] = None
    us_bank_account: Annotated[SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount | None, EMPTYABLE] = None


class SubscriptionCreateParamsPaymentSettings(Params):
    payment_method_options: SubscriptionCreateParamsPaymentSettingsPaymentMethodOptions | None = None
    payment_method_types: Annotated[list[Literal['ach_credit_transfer', 'ach_debit', 'acss_debit', 'affirm', 'alipay', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'jp_credit_transfer', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'multibanco', 'naver_pay', 'nz_bank_account', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'payto', 'pix', 'promptpay', 'revolut_pay', 'satispay', 'sepa_credit_transfer', 'sepa_debit', 'sequra', 'sofort', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay']] | None, EMPTYABLE] = None
    save_default_payment_method: Literal['off', 'on_subscription'] | None = None


class SubscriptionCreateParamsPendingInvoiceItemInterval(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class SubscriptionCreateParamsTransferData(Params):
    amount_percent: float | None = None
    destination: str


class SubscriptionCreateParamsTrialSettingsEndBehavior(Params):
    billing_cycle_anchor: Literal['now', 'unchanged'] | None = None
    missing_payment_method: Literal['cancel', 'create_invoice', 'pause'] | None = None


class SubscriptionCreateParamsTrialSettings(Params):
    end_behavior: SubscriptionCreateParamsTrialSettingsEndBehavior


class SubscriptionCreateParams(Params):
    add_invoice_items: list[SubscriptionCreateParamsAddInvoiceItem] | None = None
    application_fee_percent: Annotated[float | None, EMPTYABLE] = None
    automatic_tax: SubscriptionCreateParamsAutomaticTax | None = None
    backdate_start_date: int | None = None
    billing_cycle_anchor: int | None = None
    billing_cycle_anchor_config: SubscriptionCreateParamsBillingCycleAnchorConfig | None = None
    billing_mode: SubscriptionCreateParamsBillingMode | None = None
    billing_schedules: list[SubscriptionCreateParamsBillingSchedule] | None = None
    billing_thresholds: Annotated[SubscriptionCreateParamsBillingThresholds | None, EMPTYABLE] = None
    cancel_at: Literal['max_billed_until', 'max_period_end', 'min_period_end'] | int | None = None
    cancel_at_period_end: bool | None = None
    collection_method: Literal['charge_automatically', 'send_invoice'] | None = None
    currency: str | None = None
    customer: str | None = None
    customer_account: str | None = None
    days_until_due: int | None = None
    default_payment_method: str | None = None
    default_source: str | None = None
    default_tax_rates: Annotated[list[str] | None, EMPTYABLE] = None
    description: str | None = None
    discounts: Annotated[list[SubscriptionCreateParamsDiscount] | None, EMPTYABLE] = None
    expand: list[str] | None = None
    invoice_settings: SubscriptionCreateParamsInvoiceSettings | None = None
    items: list[SubscriptionCreateParamsItem] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    off_session: bool | None = None
    on_behalf_of: Annotated[str | None, EMPTYABLE] = None
    payment_behavior: Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete'] | None = None
    payment_settings: SubscriptionCreateParamsPaymentSettings | None = None
    pending_invoice_item_interval: Annotated[SubscriptionCreateParamsPendingInvoiceItemInterval | None, EMPTYABLE] = None
    proration_behavior: Literal['always_invoice', 'create_prorations', 'none'] | None = None
    transfer_data: SubscriptionCreateParamsTransferData | None = None
    trial_end: Literal['now'] | int | None = None
    trial_from_plan: bool | None = None
    trial_period_days: int | None = None
    trial_settings: SubscriptionCreateParamsTrialSettings | None = None


class SubscriptionListParamsAutomaticTax(Params):
    enabled: bool


class SubscriptionListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class SubscriptionListParamsCurrentPeriodEnd(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class SubscriptionListParamsCurrentPeriodStart(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class SubscriptionListParams(Params):
    automatic_tax: SubscriptionListParamsAutomaticTax | None = None
    collection_method: Literal['charge_automatically', 'send_invoice'] | None = None
    created: SubscriptionListParamsCreated | int | None = None
    current_period_end: SubscriptionListParamsCurrentPeriodEnd | int | None = None
    current_period_start: SubscriptionListParamsCurrentPeriodStart | int | None = None
    customer: str | None = None
    customer_account: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    plan: str | None = None
    price: str | None = None
    starting_after: str | None = None
    status: Literal['active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid'] | None = None
    test_clock: str | None = None


class SubscriptionResumeParamsBillingCycleAnchor(Params):
    type: Literal['now', 'unchanged']


class SubscriptionResumeParams(Params):
    billing_cycle_anchor: SubscriptionResumeParamsBillingCycleAnchor | None = None
    expand: list[str] | None = None
    payment_behavior: Literal['resume_on_payment_attempt', 'resume_on_payment_success'] | None = None
    proration_behavior: Literal['always_invoice', 'create_prorations', 'none'] | None = None
    proration_date: int | None = None


class SubscriptionRetrieveParams(Params):
    expand: list[str] | None = None


class SubscriptionUpdateParamsAddInvoiceItemDiscount(Params):
    coupon: str | None = None
    discount: str | None = None
    promotion_code: str | None = None


class SubscriptionUpdateParamsAddInvoiceItemPeriodEnd(Params):
    timestamp: int | None = None
    type: Literal['min_item_period_end', 'timestamp']


class SubscriptionUpdateParamsAddInvoiceItemPeriodStart(Params):
    timestamp: int | None = None
    type: Literal['max_item_period_start', 'now', 'timestamp']


class SubscriptionUpdateParamsAddInvoiceItemPeriod(Params):
    end: SubscriptionUpdateParamsAddInvoiceItemPeriodEnd
    start: SubscriptionUpdateParamsAddInvoiceItemPeriodStart


class SubscriptionUpdateParamsAddInvoiceItemPriceData(Params):
    currency: str
    product: str
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class SubscriptionUpdateParamsAddInvoiceItem(Params):
    discountable: bool | None = None
    discounts: list[SubscriptionUpdateParamsAddInvoiceItemDiscount] | None = None
    metadata: Metadata | None = None
    period: SubscriptionUpdateParamsAddInvoiceItemPeriod | None = None
    price: str | None = None
    price_data: SubscriptionUpdateParamsAddInvoiceItemPriceData | None = None
    quantity: int | None = None
    tax_rates: Annotated[list[str] | None, EMPTYABLE] = None


class SubscriptionUpdateParamsAutomaticTaxLiability(Params):
    account: str | None = None
    type: Literal['account', 'self']


class SubscriptionUpdateParamsAutomaticTax(Params):
    enabled: bool
    liability: SubscriptionUpdateParamsAutomaticTaxLiability | None = None


class SubscriptionUpdateParamsBillingCycleAnchor(Params):
    type: Literal['now', 'unchanged']


class SubscriptionUpdateParamsBillingScheduleAppliesTo(Params):
    price: str | None = None
    type: Literal['price']


class SubscriptionUpdateParamsBillingScheduleBillUntilDuration(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class SubscriptionUpdateParamsBillingScheduleBillUntil(Params):
    duration: SubscriptionUpdateParamsBillingScheduleBillUntilDuration | None = None
    timestamp: int | None = None
    type: Literal['duration', 'timestamp']


class SubscriptionUpdateParamsBillingSchedule(Params):
    applies_to: list[SubscriptionUpdateParamsBillingScheduleAppliesTo] | None = None
    bill_until: SubscriptionUpdateParamsBillingScheduleBillUntil | None = None
    key: str | None = None


class SubscriptionUpdateParamsBillingThresholds(Params):
    amount_gte: int | None = None
    reset_billing_cycle_anchor: bool | None = None


class SubscriptionUpdateParamsCancellationDetails(Params):
    comment: Annotated[str | None, EMPTYABLE] = None
    feedback: Annotated[Literal['customer_service', 'low_quality', 'missing_features', 'other', 'switched_service', 'too_complex', 'too_expensive', 'unused'] | None, EMPTYABLE] = None
    feedback_option: str | None = None


class SubscriptionUpdateParamsDiscount(Params):
    coupon: str | None = None
    discount: str | None = None
    promotion_code: str | None = None


class SubscriptionUpdateParamsInvoiceSettingsCustomField(Params):
    name: str
    value: str


class SubscriptionUpdateParamsInvoiceSettingsIssuer(Params):
    account: str | None = None
    type: Literal['account', 'self']


class SubscriptionUpdateParamsInvoiceSettings(Params):
    account_tax_ids: Annotated[list[str] | None, EMPTYABLE] = None
    custom_fields: Annotated[list[SubscriptionUpdateParamsInvoiceSettingsCustomField] | None, EMPTYABLE] = None
    description: Annotated[str | None, EMPTYABLE] = None
    footer: Annotated[str | None, EMPTYABLE] = None
    issuer: SubscriptionUpdateParamsInvoiceSettingsIssuer | None = None


class SubscriptionUpdateParamsItemBillingThresholds(Params):
    usage_gte: int


class SubscriptionUpdateParamsItemCurrentTrial(Params):
    trial_offer: str


class SubscriptionUpdateParamsItemDiscount(Params):
    coupon: str | None = None
    discount: str | None = None
    promotion_code: str | None = None


class SubscriptionUpdateParamsItemPriceDataRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class SubscriptionUpdateParamsItemPriceData(Params):
    currency: str
    product: str
    recurring: SubscriptionUpdateParamsItemPriceDataRecurring
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class SubscriptionUpdateParamsItem(Params):
    billing_thresholds: Annotated[SubscriptionUpdateParamsItemBillingThresholds | None, EMPTYABLE] = None
    clear_usage: bool | None = None
    current_trial: SubscriptionUpdateParamsItemCurrentTrial | None = None
    deleted: bool | None = None
    discounts: Annotated[list[SubscriptionUpdateParamsItemDiscount] | None, EMPTYABLE] = None
    id: str | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    plan: str | None = None
    price: str | None = None
    price_data: SubscriptionUpdateParamsItemPriceData | None = None
    quantity: int | None = None
    tax_rates: Annotated[list[str] | None, EMPTYABLE] = None


class SubscriptionUpdateParamsPauseCollection(Params):
    behavior: Literal['keep_as_draft', 'mark_uncollectible', 'void']
    resumes_at: int | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions(Params):
    transaction_type: Literal['business', 'personal'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebit(Params):
    mandate_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions | None = None
    verification_method: Literal['automatic', 'instant', 'microdeposits'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBancontact(Params):
    preferred_language: Literal['de', 'en', 'fr', 'nl'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetails(Params):
    registered_address: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress | None, EMPTYABLE] = None
    registered_name: str | None = None
    registration_number: str | None = None
    registration_type: Annotated[Literal['ch_ein', 'de_hrb', 'dk_cvr', 'es_cif', 'fi_tunnus', 'fr_siren', 'fr_siret', 'it_rea', 'nl_kvk', 'no_org_number', 'no_pno', 'se_org_number', 'se_pno', 'uk_crn'] | None, EMPTYABLE] = None
    vat: str | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillie(Params):
    company_details: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetails | None, EMPTYABLE] = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBlikMandateOptions(Params):
    expires_at: int | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBlik(Params):
    mandate_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBlikMandateOptions | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCard(Params):
    mandate_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions | None = None
    network: Literal['amex', 'cartes_bancaires', 'diners', 'discover', 'eftpos_au', 'girocard', 'interac', 'jcb', 'link', 'mastercard', 'unionpay', 'unknown', 'visa'] | None = None
    request_three_d_secure: Literal['any', 'automatic', 'challenge'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(Params):
    country: str


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer(Params):
    eu_bank_transfer: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None = None
    type: str | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance(Params):
    bank_transfer: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer | None = None
    funding_type: str | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsKonbini(Params):
    pass


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPaytoMandateOptions(Params):
    amount: int | None = None
    purpose: Literal['dependant_support', 'government', 'loan', 'mortgage', 'other', 'pension', 'personal', 'retail', 'salary', 'tax', 'utility'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPayto(Params):
    mandate_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPaytoMandateOptions | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPixMandateOptions(Params):
    amount: int | None = None
    amount_includes_iof: Literal['always', 'never'] | None = None
    end_date: str | None = None
    payment_schedule: Literal['halfyearly', 'monthly', 'quarterly', 'weekly', 'yearly'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPix(Params):
    expires_after_seconds: int | None = None
    mandate_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPixMandateOptions | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsSepaDebit(Params):
    pass


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUpiMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None
    end_date: int | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUpi(Params):
    mandate_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUpiMandateOptions | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters(Params):
    account_subcategories: list[Literal['checking', 'savings']] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections(Params):
    filters: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None = None
    permissions: list[Literal['balances', 'ownership', 'payment_method', 'transactions']] | None = None
    prefetch: list[Literal['balances', 'ownership', 'transactions']] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount(Params):
    financial_connections: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections | None = None
    verification_method: Literal['automatic', 'instant', 'microdeposits'] | None = None


class SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptions(Params):
    acss_debit: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebit | None, EMPTYABLE] = None
    bancontact: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBancontact | None, EMPTYABLE] = None
    billie: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillie | None, EMPTYABLE] = None
    blik: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBlik | None, EMPTYABLE] = None
    card: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCard | None, EMPTYABLE] = None
    customer_balance: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance | None, EMPTYABLE] = None
    konbini: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsKonbini | None, EMPTYABLE] = None
    payto: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPayto | None, EMPTYABLE] = None
    pix: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPix | None, EMPTYABLE] = None
    sepa_debit: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsSepaDebit | None, EMPTYABLE] = None
    upi: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUpi | None, EMPTYABLE] = None
    us_bank_account: Annotated[SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount | None, EMPTYABLE] = None


class SubscriptionUpdateParamsPaymentSettings(Params):
    payment_method_options: SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptions | None = None
    payment_method_types: Annotated[list[Literal['ach_credit_transfer', 'ach_debit', 'acss_debit', 'affirm', 'alipay', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'jp_credit_transfer', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'multibanco', 'naver_pay', 'nz_bank_account', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'payto', 'pix', 'promptpay', 'revolut_pay', 'satispay', 'sepa_credit_transfer', 'sepa_debit', 'sequra', 'sofort', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay']] | None, EMPTYABLE] = None
    save_default_payment_method: Literal['off', 'on_subscription'] | None = None


class SubscriptionUpdateParamsPendingInvoiceItemInterval(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class SubscriptionUpdateParamsTransferData(Params):
    amount_percent: float | None = None
    destination: str


class SubscriptionUpdateParamsTrialSettingsEndBehavior(Params):
    billing_cycle_anchor: Literal['now', 'unchanged'] | None = None
    missing_payment_method: Literal['cancel', 'create_invoice', 'pause'] | None = None


class SubscriptionUpdateParamsTrialSettings(Params):
    end_behavior: SubscriptionUpdateParamsTrialSettingsEndBehavior


class SubscriptionUpdateParams(Params):
    add_invoice_items: list[SubscriptionUpdateParamsAddInvoiceItem] | None = None
    application_fee_percent: Annotated[float | None, EMPTYABLE] = None
    automatic_tax: SubscriptionUpdateParamsAutomaticTax | None = None
    billing_cycle_anchor: SubscriptionUpdateParamsBillingCycleAnchor | None = None
    billing_schedules: Annotated[list[SubscriptionUpdateParamsBillingSchedule] | None, EMPTYABLE] = None
    billing_thresholds: Annotated[SubscriptionUpdateParamsBillingThresholds | None, EMPTYABLE] = None
    cancel_at: Annotated[Literal['max_billed_until', 'max_period_end', 'min_period_end'] | int | None, EMPTYABLE] = None
    cancel_at_period_end: bool | None = None
    cancellation_details: SubscriptionUpdateParamsCancellationDetails | None = None
    collection_method: Literal['charge_automatically', 'send_invoice'] | None = None
    days_until_due: int | None = None
    default_payment_method: str | None = None
    default_source: Annotated[str | None, EMPTYABLE] = None
    default_tax_rates: Annotated[list[str] | None, EMPTYABLE] = None
    description: Annotated[str | None, EMPTYABLE] = None
    discounts: Annotated[list[SubscriptionUpdateParamsDiscount] | None, EMPTYABLE] = None
    expand: list[str] | None = None
    invoice_settings: SubscriptionUpdateParamsInvoiceSettings | None = None
    items: list[SubscriptionUpdateParamsItem] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    off_session: bool | None = None
    on_behalf_of: Annotated[str | None, EMPTYABLE] = None
    pause_collection: Annotated[SubscriptionUpdateParamsPauseCollection | None, EMPTYABLE] = None
    payment_behavior: Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete'] | None = None
    payment_settings: SubscriptionUpdateParamsPaymentSettings | None = None
    pending_invoice_item_interval: Annotated[SubscriptionUpdateParamsPendingInvoiceItemInterval | None, EMPTYABLE] = None
    proration_behavior: Literal['always_invoice', 'create_prorations', 'none'] | None = None
    proration_date: int | None = None
    transfer_data: Annotated[SubscriptionUpdateParamsTransferData | None, EMPTYABLE] = None
    trial_end: Literal['now'] | int | None = None
    trial_from_plan: bool | None = None
    trial_settings: SubscriptionUpdateParamsTrialSettings | None = None


class TestClockAdvanceParams(Params):
    expand: list[str] | None = None
    frozen_time: int


class TestClockCreateParams(Params):
    customer: str | None = None
    expand: list[str] | None = None
    frozen_time: int
    name: str | None = None


class TestClockDeleteParams(Params):
    pass


class TestClockListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class TestClockRetrieveParams(Params):
    expand: list[str] | None = None


InvoiceFinalizeInvoiceParams.model_rebuild()
InvoiceLineItemListParams.model_rebuild()
InvoiceListParamsCreated.model_rebuild()
InvoiceListParamsDueDate.model_rebuild()
InvoiceListParams.model_rebuild()
InvoiceMarkUncollectibleParams.model_rebuild()
InvoicePayParams.model_rebuild()
InvoiceRetrieveParams.model_rebuild()
InvoiceVoidInvoiceParams.model_rebuild()
SubscriptionCancelParamsCancellationDetails.model_rebuild()
SubscriptionCancelParams.model_rebuild()
SubscriptionCreateParamsAddInvoiceItemDiscount.model_rebuild()
SubscriptionCreateParamsAddInvoiceItemPeriodEnd.model_rebuild()
SubscriptionCreateParamsAddInvoiceItemPeriodStart.model_rebuild()
SubscriptionCreateParamsAddInvoiceItemPeriod.model_rebuild()
SubscriptionCreateParamsAddInvoiceItemPriceData.model_rebuild()
SubscriptionCreateParamsAddInvoiceItem.model_rebuild()
SubscriptionCreateParamsAutomaticTaxLiability.model_rebuild()
SubscriptionCreateParamsAutomaticTax.model_rebuild()
SubscriptionCreateParamsBillingCycleAnchorConfig.model_rebuild()
SubscriptionCreateParamsBillingModeFlexible.model_rebuild()
SubscriptionCreateParamsBillingMode.model_rebuild()
SubscriptionCreateParamsBillingScheduleAppliesTo.model_rebuild()
SubscriptionCreateParamsBillingScheduleBillUntilDuration.model_rebuild()
SubscriptionCreateParamsBillingScheduleBillUntil.model_rebuild()
SubscriptionCreateParamsBillingSchedule.model_rebuild()
SubscriptionCreateParamsBillingThresholds.model_rebuild()
SubscriptionCreateParamsDiscount.model_rebuild()
SubscriptionCreateParamsInvoiceSettingsCustomField.model_rebuild()
SubscriptionCreateParamsInvoiceSettingsIssuer.model_rebuild()
SubscriptionCreateParamsInvoiceSettings.model_rebuild()
SubscriptionCreateParamsItemBillingThresholds.model_rebuild()
SubscriptionCreateParamsItemCurrentTrial.model_rebuild()
SubscriptionCreateParamsItemDiscount.model_rebuild()
SubscriptionCreateParamsItemPriceDataRecurring.model_rebuild()
SubscriptionCreateParamsItemPriceData.model_rebuild()
SubscriptionCreateParamsItem.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBancontact.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetails.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBillie.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBlikMandateOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsBlik.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCard.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsKonbini.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPaytoMandateOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPayto.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPixMandateOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsPix.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsSepaDebit.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUpiMandateOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUpi.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount.model_rebuild()
SubscriptionCreateParamsPaymentSettingsPaymentMethodOptions.model_rebuild()
SubscriptionCreateParamsPaymentSettings.model_rebuild()
SubscriptionCreateParamsPendingInvoiceItemInterval.model_rebuild()
SubscriptionCreateParamsTransferData.model_rebuild()
SubscriptionCreateParamsTrialSettingsEndBehavior.model_rebuild()
SubscriptionCreateParamsTrialSettings.model_rebuild()
SubscriptionCreateParams.model_rebuild()
SubscriptionListParamsAutomaticTax.model_rebuild()
SubscriptionListParamsCreated.model_rebuild()
SubscriptionListParamsCurrentPeriodEnd.model_rebuild()
SubscriptionListParamsCurrentPeriodStart.model_rebuild()
SubscriptionListParams.model_rebuild()
SubscriptionResumeParamsBillingCycleAnchor.model_rebuild()
SubscriptionResumeParams.model_rebuild()
SubscriptionRetrieveParams.model_rebuild()
SubscriptionUpdateParamsAddInvoiceItemDiscount.model_rebuild()
SubscriptionUpdateParamsAddInvoiceItemPeriodEnd.model_rebuild()
SubscriptionUpdateParamsAddInvoiceItemPeriodStart.model_rebuild()
SubscriptionUpdateParamsAddInvoiceItemPeriod.model_rebuild()
SubscriptionUpdateParamsAddInvoiceItemPriceData.model_rebuild()
SubscriptionUpdateParamsAddInvoiceItem.model_rebuild()
SubscriptionUpdateParamsAutomaticTaxLiability.model_rebuild()
SubscriptionUpdateParamsAutomaticTax.model_rebuild()
SubscriptionUpdateParamsBillingCycleAnchor.model_rebuild()
SubscriptionUpdateParamsBillingScheduleAppliesTo.model_rebuild()
SubscriptionUpdateParamsBillingScheduleBillUntilDuration.model_rebuild()
SubscriptionUpdateParamsBillingScheduleBillUntil.model_rebuild()
SubscriptionUpdateParamsBillingSchedule.model_rebuild()
SubscriptionUpdateParamsBillingThresholds.model_rebuild()
SubscriptionUpdateParamsCancellationDetails.model_rebuild()
SubscriptionUpdateParamsDiscount.model_rebuild()
SubscriptionUpdateParamsInvoiceSettingsCustomField.model_rebuild()
SubscriptionUpdateParamsInvoiceSettingsIssuer.model_rebuild()
SubscriptionUpdateParamsInvoiceSettings.model_rebuild()
SubscriptionUpdateParamsItemBillingThresholds.model_rebuild()
SubscriptionUpdateParamsItemCurrentTrial.model_rebuild()
SubscriptionUpdateParamsItemDiscount.model_rebuild()
SubscriptionUpdateParamsItemPriceDataRecurring.model_rebuild()
SubscriptionUpdateParamsItemPriceData.model_rebuild()
SubscriptionUpdateParamsItem.model_rebuild()
SubscriptionUpdateParamsPauseCollection.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebit.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBancontact.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillieCompanyDetails.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBillie.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBlikMandateOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsBlik.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCard.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsKonbini.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPaytoMandateOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPayto.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPixMandateOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsPix.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsSepaDebit.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUpiMandateOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUpi.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount.model_rebuild()
SubscriptionUpdateParamsPaymentSettingsPaymentMethodOptions.model_rebuild()
SubscriptionUpdateParamsPaymentSettings.model_rebuild()
SubscriptionUpdateParamsPendingInvoiceItemInterval.model_rebuild()
SubscriptionUpdateParamsTransferData.model_rebuild()
SubscriptionUpdateParamsTrialSettingsEndBehavior.model_rebuild()
SubscriptionUpdateParamsTrialSettings.model_rebuild()
SubscriptionUpdateParams.model_rebuild()
TestClockAdvanceParams.model_rebuild()
TestClockCreateParams.model_rebuild()
TestClockDeleteParams.model_rebuild()
TestClockListParams.model_rebuild()
TestClockRetrieveParams.model_rebuild()
