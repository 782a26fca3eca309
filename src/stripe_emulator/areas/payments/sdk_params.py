# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the payments area (`areas/payments/`), made from the SDK's
TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested models it
uses:

- `BalanceRetrieveParams`
- `BalanceSettingsRetrieveParams`
- `BalanceSettingsUpdateParams`
- `BalanceTransactionListParams`
- `BalanceTransactionRetrieveParams`
- `ChargeListParams`
- `ChargeRetrieveParams`
- `CustomerListPaymentMethodsParams`
- `CustomerRetrievePaymentMethodParams`
- `PaymentIntentConfirmParams`
- `PaymentIntentListParams`
- `PaymentIntentRetrieveParams`
- `PaymentMethodAttachParams`
- `PaymentMethodCreateParams`
- `PaymentMethodDetachParams`
- `PaymentMethodListParams`
- `PaymentMethodRetrieveParams`
- `PaymentMethodUpdateParams`
- `PayoutCancelParams`
- `PayoutCreateParams`
- `PayoutListParams`
- `PayoutRetrieveParams`
- `PayoutUpdateParams`
- `TopupCreateParams`
- `TopupListParams`
- `TopupRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

# ruff: noqa: E501
from __future__ import annotations

from typing import Annotated, Literal

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params


class BalanceRetrieveParams(Params):
    expand: list[str] | None = None


class BalanceSettingsRetrieveParams(Params):
    expand: list[str] | None = None


class BalanceSettingsUpdateParamsPaymentsPayoutsAutomaticTransferRulesByCurrency(Params):
    payout_method: str
    transfer_up_to_amount: int | None = None
    type: Literal['transfer_all', 'transfer_up_to_amount']


class BalanceSettingsUpdateParamsPaymentsPayoutsSchedule(Params):
    interval: Literal['daily', 'manual', 'monthly', 'weekly'] | None = None
    monthly_payout_days: list[int] | None = None
    weekly_payout_days: list[Literal['friday', 'monday', 'thursday', 'tuesday', 'wednesday']] | None = None


class BalanceSettingsUpdateParamsPaymentsPayouts(Params):
    automatic_transfer_rules_by_currency: Annotated[dict[str, list[BalanceSettingsUpdateParamsPaymentsPayoutsAutomaticTransferRulesByCurrency]] | None, EMPTYABLE] = None
    minimum_balance_by_currency: Annotated[dict[str, int] | None, EMPTYABLE] = None
    schedule: BalanceSettingsUpdateParamsPaymentsPayoutsSchedule | None = None
    statement_descriptor: str | None = None


class BalanceSettingsUpdateParamsPaymentsSettlementTimingStartOfDay(Params):
    hour: int | None = None
    minutes: int | None = None
    timezone: str | None = None


class BalanceSettingsUpdateParamsPaymentsSettlementTiming(Params):
    delay_days_override: Annotated[int | None, EMPTYABLE] = None
    start_of_day: Annotated[BalanceSettingsUpdateParamsPaymentsSettlementTimingStartOfDay | None, EMPTYABLE] = None


class BalanceSettingsUpdateParamsPayments(Params):
    debit_negative_balances: bool | None = None
    payouts: BalanceSettingsUpdateParamsPaymentsPayouts | None = None
    settlement_timing: BalanceSettingsUpdateParamsPaymentsSettlementTiming | None = None


class BalanceSettingsUpdateParams(Params):
    expand: list[str] | None = None
    payments: BalanceSettingsUpdateParamsPayments | None = None


class BalanceTransactionListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class BalanceTransactionListParams(Params):
    created: BalanceTransactionListParamsCreated | int | None = None
    currency: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    payout: str | None = None
    source: str | None = None
    starting_after: str | None = None
    type: str | None = None


class BalanceTransactionRetrieveParams(Params):
    expand: list[str] | None = None


class ChargeListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class ChargeListParams(Params):
    created: ChargeListParamsCreated | int | None = None
    customer: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    payment_intent: str | None = None
    starting_after: str | None = None
    transfer_group: str | None = None


class ChargeRetrieveParams(Params):
    expand: list[str] | None = None


class CustomerListPaymentMethodsParams(Params):
    allow_redisplay: Literal['always', 'limited', 'unspecified'] | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    type: Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip'] | None = None


class CustomerRetrievePaymentMethodParams(Params):
    expand: list[str] | None = None


class PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsCard(Params):
    commodity_code: str | None = None


class PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsCardPresent(Params):
    commodity_code: str | None = None


class PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsKlarna(Params):
    image_url: str | None = None
    product_url: str | None = None
    reference: str | None = None
    subscription_reference: str | None = None


class PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsPaypal(Params):
    category: Literal['digital_goods', 'donation', 'physical_goods'] | None = None
    description: str | None = None
    sold_by: str | None = None


class PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptions(Params):
    card: PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsCard | None = None
    card_present: PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsCardPresent | None = None
    klarna: PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsKlarna | None = None
    paypal: PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsPaypal | None = None


class PaymentIntentConfirmParamsAmountDetailsLineItemTax(Params):
    total_tax_amount: int


class PaymentIntentConfirmParamsAmountDetailsLineItem(Params):
    discount_amount: int | None = None
    payment_method_options: PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptions | None = None
    product_code: str | None = None
    product_name: str
    quantity: int
    tax: PaymentIntentConfirmParamsAmountDetailsLineItemTax | None = None
    unit_cost: int
    unit_of_measure: str | None = None


class PaymentIntentConfirmParamsAmountDetailsShipping(Params):
    amount: Annotated[int | None, EMPTYABLE] = None
    from_postal_code: Annotated[str | None, EMPTYABLE] = None
    to_postal_code: Annotated[str | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsAmountDetailsTax(Params):
    total_tax_amount: int


class PaymentIntentConfirmParamsAmountDetails(Params):
    discount_amount: Annotated[int | None, EMPTYABLE] = None
    enforce_arithmetic_validation: bool | None = None
    line_items: Annotated[list[PaymentIntentConfirmParamsAmountDetailsLineItem] | None, EMPTYABLE] = None
    shipping: Annotated[PaymentIntentConfirmParamsAmountDetailsShipping | None, EMPTYABLE] = None
    tax: Annotated[PaymentIntentConfirmParamsAmountDetailsTax | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsHooksInputsTax(Params):
    calculation: Annotated[str | None, EMPTYABLE]


class PaymentIntentConfirmParamsHooksInputs(Params):
    tax: PaymentIntentConfirmParamsHooksInputsTax | None = None


class PaymentIntentConfirmParamsHooks(Params):
    inputs: PaymentIntentConfirmParamsHooksInputs | None = None


class PaymentIntentConfirmParamsMandateDataCustomerAcceptanceOffline(Params):
    pass


class PaymentIntentConfirmParamsMandateDataCustomerAcceptanceOnline(Params):
    ip_address: str | None = None
    user_agent: str | None = None


class PaymentIntentConfirmParamsMandateDataCustomerAcceptance(Params):
    accepted_at: int | None = None
    offline: PaymentIntentConfirmParamsMandateDataCustomerAcceptanceOffline | None = None
    online: PaymentIntentConfirmParamsMandateDataCustomerAcceptanceOnline | None = None
    type: Literal['offline', 'online']


class PaymentIntentConfirmParamsMandateData(Params):
    customer_acceptance: PaymentIntentConfirmParamsMandateDataCustomerAcceptance | None = None


class PaymentIntentConfirmParamsPaymentDetails(Params):
    customer_reference: Annotated[str | None, EMPTYABLE] = None
    order_reference: Annotated[str | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodDataAcssDebit(Params):
    account_number: str
    institution_number: str
    transit_number: str


class PaymentIntentConfirmParamsPaymentMethodDataAffirm(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataAfterpayClearpay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataAlipay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataAlma(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataAmazonPay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataAuBecsDebit(Params):
    account_number: str
    bsb_number: str


class PaymentIntentConfirmParamsPaymentMethodDataBacsDebit(Params):
    account_number: str | None = None
    sort_code: str | None = None


class PaymentIntentConfirmParamsPaymentMethodDataBancontact(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataBillie(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataBillingDetailsAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PaymentIntentConfirmParamsPaymentMethodDataBillingDetails(Params):
    address: Annotated[PaymentIntentConfirmParamsPaymentMethodDataBillingDetailsAddress | None, EMPTYABLE] = None
    email: Annotated[str | None, EMPTYABLE] = None
    name: Annotated[str | None, EMPTYABLE] = None
    phone: Annotated[str | None, EMPTYABLE] = None
    tax_id: str | None = None


class PaymentIntentConfirmParamsPaymentMethodDataBizum(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataBlik(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataBoleto(Params):
    tax_id: str


class PaymentIntentConfirmParamsPaymentMethodDataCashapp(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataCrypto(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataCustomerBalance(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataEps(Params):
    bank: Literal['arzte_und_apotheker_bank', 'austrian_anadi_bank_ag', 'bank_austria', 'bankhaus_carl_spangler', 'bankhaus_schelhammer_und_schattera_ag', 'bawag_psk_ag', 'bks_bank_ag', 'brull_kallmus_bank_ag', 'btv_vier_lander_bank', 'capital_bank_grawe_gruppe_ag', 'deutsche_bank_ag', 'dolomitenbank', 'easybank_ag', 'erste_bank_und_sparkassen', 'hypo_alpeadriabank_international_ag', 'hypo_bank_burgenland_aktiengesellschaft', 'hypo_noe_lb_fur_niederosterreich_u_wien', 'hypo_oberosterreich_salzburg_steiermark', 'hypo_tirol_bank_ag', 'hypo_vorarlberg_bank_ag', 'marchfelder_bank', 'oberbank_ag', 'raiffeisen_bankengruppe_osterreich', 'schoellerbank_ag', 'sparda_bank_wien', 'volksbank_gruppe', 'volkskreditbank_ag', 'vr_bank_braunau'] | None = None


class PaymentIntentConfirmParamsPaymentMethodDataFpx(Params):
    account_holder_type: Literal['company', 'individual'] | None = None
    bank: Literal['affin_bank', 'agrobank', 'alliance_bank', 'ambank', 'bank_islam', 'bank_muamalat', 'bank_of_china', 'bank_rakyat', 'bnp_paribas', 'bsn', 'cimb', 'citibank', 'deutsche_bank', 'hong_leong_bank', 'hsbc', 'kfh', 'maybank2e', 'maybank2u', 'mbsb_bank', 'ocbc', 'pb_enterprise', 'public_bank', 'rhb', 'standard_chartered', 'uob']


class PaymentIntentConfirmParamsPaymentMethodDataGiropay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataGrabpay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataIdeal(Params):
    bank: Literal['abn_amro', 'adyen', 'asn_bank', 'bunq', 'buut', 'finom', 'handelsbanken', 'ing', 'knab', 'mollie', 'moneyou', 'n26', 'nn', 'rabobank', 'regiobank', 'revolut', 'sns_bank', 'triodos_bank', 'van_lanschot', 'yoursafe'] | None = None


class PaymentIntentConfirmParamsPaymentMethodDataInteracPresent(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataKakaoPay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataKlarnaDob(Params):
    day: int
    month: int
    year: int


class PaymentIntentConfirmParamsPaymentMethodDataKlarna(Params):
    dob: PaymentIntentConfirmParamsPaymentMethodDataKlarnaDob | None = None


class PaymentIntentConfirmParamsPaymentMethodDataKonbini(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataKrCard(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataLink(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataMbWay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataMobilepay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataMultibanco(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataNaverPay(Params):
    funding: Literal['card', 'points'] | None = None


class PaymentIntentConfirmParamsPaymentMethodDataNzBankAccount(Params):
    account_holder_name: str | None = None
    account_number: str
    bank_code: str
    branch_code: str
    reference: str | None = None
    suffix: str


class PaymentIntentConfirmParamsPaymentMethodDataOxxo(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataP24(Params):
    bank: Literal['alior_bank', 'bank_millennium', 'bank_nowy_bfg_sa', 'bank_pekao_sa', 'banki_spbdzielcze', 'blik', 'bnp_paribas', 'boz', 'citi_handlowy', 'credit_agricole', 'envelobank', 'etransfer_pocztowy24', 'getin_bank', 'ideabank', 'ing', 'inteligo', 'mbank_mtransfer', 'nest_przelew', 'noble_pay', 'pbac_z_ipko', 'plus_bank', 'santander_przelew24', 'tmobile_usbugi_bankowe', 'toyota_bank', 'velobank', 'volkswagen_bank'] | None = None


class PaymentIntentConfirmParamsPaymentMethodDataPayByBank(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataPayco(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataPaynow(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataPaypal(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataPaypay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataPayto(Params):
    account_number: str | None = None
    bsb_number: str | None = None
    pay_id: str | None = None


class PaymentIntentConfirmParamsPaymentMethodDataPix(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataPromptpay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataRadarOptions(Params):
    session: str | None = None


class PaymentIntentConfirmParamsPaymentMethodDataRevolutPay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataSamsungPay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataSatispay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataScalapay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataSepaDebit(Params):
    iban: str


class PaymentIntentConfirmParamsPaymentMethodDataSequra(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataSofort(Params):
    country: Literal['AT', 'BE', 'DE', 'ES', 'IT', 'NL']


class PaymentIntentConfirmParamsPaymentMethodDataSunbit(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataSwish(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataTwint(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataUpiMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None
    end_date: int | None = None


class PaymentIntentConfirmParamsPaymentMethodDataUpi(Params):
    mandate_options: PaymentIntentConfirmParamsPaymentMethodDataUpiMandateOptions | None = None


class PaymentIntentConfirmParamsPaymentMethodDataUsBankAccount(Params):
    account_holder_type: Literal['company', 'individual'] | None = None
    account_number: str | None = None
    account_type: Literal['checking', 'savings'] | None = None
    financial_connections_account: str | None = None
    routing_number: str | None = None


class PaymentIntentConfirmParamsPaymentMethodDataWechatPay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodDataZip(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodData(Params):
    acss_debit: PaymentIntentConfirmParamsPaymentMethodDataAcssDebit | None = None
    affirm: PaymentIntentConfirmParamsPaymentMethodDataAffirm | None = None
    afterpay_clearpay: PaymentIntentConfirmParamsPaymentMethodDataAfterpayClearpay | None = None
    alipay: PaymentIntentConfirmParamsPaymentMethodDataAlipay | None = None
    allow_redisplay: Literal['always', 'limited', 'unspecified'] | None = None
    alma: PaymentIntentConfirmParamsPaymentMethodDataAlma | None = None
    amazon_pay: PaymentIntentConfirmParamsPaymentMethodDataAmazonPay | None = None
    au_becs_debit: PaymentIntentConfirmParamsPaymentMethodDataAuBecsDebit | None = None
    bacs_debit: PaymentIntentConfirmParamsPaymentMethodDataBacsDebit | None = None
    bancontact: PaymentIntentConfirmParamsPaymentMethodDataBancontact | None = None
    billie: PaymentIntentConfirmParamsPaymentMethodDataBillie | None = None
    billing_details: PaymentIntentConfirmParamsPaymentMethodDataBillingDetails | None = None
    bizum: PaymentIntentConfirmParamsPaymentMethodDataBizum | None = None
    blik: PaymentIntentConfirmParamsPaymentMethodDataBlik | None = None
    boleto: PaymentIntentConfirmParamsPaymentMethodDataBoleto | None = None
    cashapp: PaymentIntentConfirmParamsPaymentMethodDataCashapp | None = None
    crypto: PaymentIntentConfirmParamsPaymentMethodDataCrypto | None = None
    customer_balance: PaymentIntentConfirmParamsPaymentMethodDataCustomerBalance | None = None
    eps: PaymentIntentConfirmParamsPaymentMethodDataEps | None = None
    fpx: PaymentIntentConfirmParamsPaymentMethodDataFpx | None = None
    giropay: PaymentIntentConfirmParamsPaymentMethodDataGiropay | None = None
    grabpay: PaymentIntentConfirmParamsPaymentMethodDataGrabpay | None = None
    ideal: PaymentIntentConfirmParamsPaymentMethodDataIdeal | None = None
    interac_present: PaymentIntentConfirmParamsPaymentMethodDataInteracPresent | None = None
    kakao_pay: PaymentIntentConfirmParamsPaymentMethodDataKakaoPay | None = None
    klarna: PaymentIntentConfirmParamsPaymentMethodDataKlarna | None = None
    konbini: PaymentIntentConfirmParamsPaymentMethodDataKonbini | None = None
    kr_card: PaymentIntentConfirmParamsPaymentMethodDataKrCard | None = None
    link: PaymentIntentConfirmParamsPaymentMethodDataLink | None = None
    mb_way: PaymentIntentConfirmParamsPaymentMethodDataMbWay | None = None
    metadata: Metadata | None = None
    mobilepay: PaymentIntentConfirmParamsPaymentMethodDataMobilepay | None = None
    multibanco: PaymentIntentConfirmParamsPaymentMethodDataMultibanco | None = None
    naver_pay: PaymentIntentConfirmParamsPaymentMethodDataNaverPay | None = None
    nz_bank_account: PaymentIntentConfirmParamsPaymentMethodDataNzBankAccount | None = None
    oxxo: PaymentIntentConfirmParamsPaymentMethodDataOxxo | None = None
    p24: PaymentIntentConfirmParamsPaymentMethodDataP24 | None = None
    pay_by_bank: PaymentIntentConfirmParamsPaymentMethodDataPayByBank | None = None
    payco: PaymentIntentConfirmParamsPaymentMethodDataPayco | None = None
    paynow: PaymentIntentConfirmParamsPaymentMethodDataPaynow | None = None
    paypal: PaymentIntentConfirmParamsPaymentMethodDataPaypal | None = None
    paypay: PaymentIntentConfirmParamsPaymentMethodDataPaypay | None = None
    payto: PaymentIntentConfirmParamsPaymentMethodDataPayto | None = None
    pix: PaymentIntentConfirmParamsPaymentMethodDataPix | None = None
    promptpay: PaymentIntentConfirmParamsPaymentMethodDataPromptpay | None = None
    radar_options: PaymentIntentConfirmParamsPaymentMethodDataRadarOptions | None = None
    revolut_pay: PaymentIntentConfirmParamsPaymentMethodDataRevolutPay | None = None
    samsung_pay: PaymentIntentConfirmParamsPaymentMethodDataSamsungPay | None = None
    satispay: PaymentIntentConfirmParamsPaymentMethodDataSatispay | None = None
    scalapay: PaymentIntentConfirmParamsPaymentMethodDataScalapay | None = None
    sepa_debit: PaymentIntentConfirmParamsPaymentMethodDataSepaDebit | None = None
    sequra: PaymentIntentConfirmParamsPaymentMethodDataSequra | None = None
    sofort: PaymentIntentConfirmParamsPaymentMethodDataSofort | None = None
    sunbit: PaymentIntentConfirmParamsPaymentMethodDataSunbit | None = None
    swish: PaymentIntentConfirmParamsPaymentMethodDataSwish | None = None
    twint: PaymentIntentConfirmParamsPaymentMethodDataTwint | None = None
    type: Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'cashapp', 'crypto', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip']
    upi: PaymentIntentConfirmParamsPaymentMethodDataUpi | None = None
    us_bank_account: PaymentIntentConfirmParamsPaymentMethodDataUsBankAccount | None = None
    wechat_pay: PaymentIntentConfirmParamsPaymentMethodDataWechatPay | None = None
    zip: PaymentIntentConfirmParamsPaymentMethodDataZip | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAcssDebitMandateOptions(Params):
    custom_mandate_url: Annotated[str | None, EMPTYABLE] = None
    interval_description: str | None = None
    payment_schedule: Literal['combined', 'interval', 'sporadic'] | None = None
    transaction_type: Literal['business', 'personal'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAcssDebit(Params):
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsAcssDebitMandateOptions | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    target_date: str | None = None
    verification_method: Literal['automatic', 'instant', 'microdeposits'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAffirm(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    preferred_locale: str | None = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAfterpayClearpay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    reference: str | None = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAlipay(Params):
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAlma(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAmazonPay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsAuBecsDebit(Params):
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    target_date: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBacsDebitMandateOptions(Params):
    reference_prefix: Annotated[str | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBacsDebit(Params):
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsBacsDebitMandateOptions | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    target_date: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBancontact(Params):
    preferred_language: Literal['de', 'en', 'fr', 'nl'] | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBillieCompanyDetails(Params):
    registered_address: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress | None, EMPTYABLE] = None
    registered_name: str | None = None
    registration_number: str | None = None
    registration_type: Annotated[Literal['ch_ein', 'de_hrb', 'dk_cvr', 'es_cif', 'fi_tunnus', 'fr_siren', 'fr_siret', 'it_rea', 'nl_kvk', 'no_org_number', 'no_pno', 'se_org_number', 'se_pno', 'uk_crn'] | None, EMPTYABLE] = None
    vat: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBillie(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    company_details: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBillieCompanyDetails | None, EMPTYABLE] = None
    reference: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBizum(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodOptionsBlikMandateOptions(Params):
    expires_at: int | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBlik(Params):
    code: str | None = None
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsBlikMandateOptions | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsBoleto(Params):
    expires_after_days: int | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardInstallmentsPlan(Params):
    count: int | None = None
    interval: Literal['month'] | None = None
    type: Literal['bonus', 'fixed_count', 'revolving']


class PaymentIntentConfirmParamsPaymentMethodOptionsCardInstallments(Params):
    enabled: bool | None = None
    plan: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsCardInstallmentsPlan | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardMandateOptions(Params):
    amount: int
    amount_type: Literal['fixed', 'maximum']
    description: str | None = None
    end_date: int | None = None
    interval: Literal['day', 'month', 'sporadic', 'week', 'year']
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[Literal['india']] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecureNetworkOptionsCartesBancaires(Params):
    cb_avalgo: Literal['0', '1', '2', '3', '4', 'A']
    cb_exemption: str | None = None
    cb_score: int | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecureNetworkOptions(Params):
    cartes_bancaires: PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecureNetworkOptionsCartesBancaires | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecure(Params):
    ares_trans_status: Literal['A', 'C', 'I', 'N', 'R', 'U', 'Y'] | None = None
    cryptogram: str
    electronic_commerce_indicator: Literal['01', '02', '05', '06', '07'] | None = None
    exemption_indicator: Literal['low_risk', 'none'] | None = None
    network_options: PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecureNetworkOptions | None = None
    requestor_challenge_indicator: str | None = None
    transaction_id: str
    version: Literal['1.0.2', '2.1.0', '2.2.0', '2.3.0', '2.3.1']


class PaymentIntentConfirmParamsPaymentMethodOptionsCard(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    cvc_token: str | None = None
    installments: PaymentIntentConfirmParamsPaymentMethodOptionsCardInstallments | None = None
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsCardMandateOptions | None = None
    moto: bool | None = None
    network: Literal['amex', 'cartes_bancaires', 'diners', 'discover', 'eftpos_au', 'girocard', 'interac', 'jcb', 'link', 'mastercard', 'unionpay', 'unknown', 'visa'] | None = None
    request_extended_authorization: Literal['if_available', 'never'] | None = None
    request_incremental_authorization: Literal['if_available', 'never'] | None = None
    request_multicapture: Literal['if_available', 'never'] | None = None
    request_overcapture: Literal['if_available', 'never'] | None = None
    request_three_d_secure: Literal['any', 'automatic', 'challenge'] | None = None
    require_cvc_recollection: bool | None = None
    setup_credential_usage: Literal['installment', 'recurring', 'unscheduled'] | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    statement_descriptor_suffix_kana: Annotated[str | None, EMPTYABLE] = None
    statement_descriptor_suffix_kanji: Annotated[str | None, EMPTYABLE] = None
    stored_credential_usage: Literal['installment', 'recurring', 'unscheduled'] | None = None
    three_d_secure: PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecure | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardPresentRouting(Params):
    requested_priority: Literal['domestic', 'international'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCardPresent(Params):
    capture_method: Literal['manual', 'manual_preferred'] | None = None
    request_extended_authorization: bool | None = None
    request_incremental_authorization_support: bool | None = None
    routing: PaymentIntentConfirmParamsPaymentMethodOptionsCardPresentRouting | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCashapp(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCrypto(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(Params):
    country: str


class PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalanceBankTransfer(Params):
    eu_bank_transfer: PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None = None
    requested_address_types: list[Literal['aba', 'iban', 'sepa', 'sort_code', 'spei', 'swift', 'zengin']] | None = None
    type: Literal['eu_bank_transfer', 'gb_bank_transfer', 'jp_bank_transfer', 'mx_bank_transfer', 'us_bank_transfer']


class PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalance(Params):
    bank_transfer: PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalanceBankTransfer | None = None
    funding_type: Literal['bank_transfer'] | None = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsEps(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsFpx(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsGiropay(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsGrabpay(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsIdeal(Params):
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsInteracPresent(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodOptionsKakaoPay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaOnDemand(Params):
    average_amount: int | None = None
    maximum_amount: int | None = None
    minimum_amount: int | None = None
    purchase_interval: Literal['day', 'month', 'week', 'year'] | None = None
    purchase_interval_count: int | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaSubscriptionNextBilling(Params):
    amount: int
    date: str


class PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaSubscription(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None
    name: str | None = None
    next_billing: PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaSubscriptionNextBilling | None = None
    reference: str


class PaymentIntentConfirmParamsPaymentMethodOptionsKlarna(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    on_demand: PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaOnDemand | None = None
    preferred_locale: Literal['cs-CZ', 'da-DK', 'de-AT', 'de-CH', 'de-DE', 'el-GR', 'en-AT', 'en-AU', 'en-BE', 'en-CA', 'en-CH', 'en-CZ', 'en-DE', 'en-DK', 'en-ES', 'en-FI', 'en-FR', 'en-GB', 'en-GR', 'en-IE', 'en-IT', 'en-NL', 'en-NO', 'en-NZ', 'en-PL', 'en-PT', 'en-RO', 'en-SE', 'en-US', 'es-ES', 'es-US', 'fi-FI', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-FR', 'it-CH', 'it-IT', 'nb-NO', 'nl-BE', 'nl-NL', 'pl-PL', 'pt-PT', 'ro-RO', 'sv-FI', 'sv-SE'] | None = None
    setup_future_usage: Literal['none', 'off_session', 'on_session'] | None = None
    subscriptions: Annotated[list[PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaSubscription] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsKonbini(Params):
    confirmation_number: Annotated[str | None, EMPTYABLE] = None
    expires_after_days: Annotated[int | None, EMPTYABLE] = None
    expires_at: Annotated[int | None, EMPTYABLE] = None
    product_description: Annotated[str | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsKrCard(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsLink(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    persistent_token: str | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsMbWay(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsMobilepay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsMultibanco(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsNaverPay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsNzBankAccount(Params):
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    target_date: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsOxxo(Params):
    expires_after_days: int | None = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsP24(Params):
    setup_future_usage: Literal['none'] | None = None
    tos_shown_and_accepted: bool | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPayByBank(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodOptionsPayco(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPaynow(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPaypal(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    preferred_locale: Literal['cs-CZ', 'da-DK', 'de-AT', 'de-DE', 'de-LU', 'el-GR', 'en-GB', 'en-US', 'es-ES', 'fi-FI', 'fr-BE', 'fr-FR', 'fr-LU', 'hu-HU', 'it-IT', 'nl-BE', 'nl-NL', 'pl-PL', 'pt-PT', 'sk-SK', 'sv-SE'] | None = None
    reference: str | None = None
    risk_correlation_id: str | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPaypay(Params):
    pass


class PaymentIntentConfirmParamsPaymentMethodOptionsPaytoMandateOptions(Params):
    amount: Annotated[int | None, EMPTYABLE] = None
    amount_type: Annotated[Literal['fixed', 'maximum'] | None, EMPTYABLE] = None
    end_date: Annotated[str | None, EMPTYABLE] = None
    payment_schedule: Annotated[Literal['adhoc', 'annual', 'daily', 'fortnightly', 'monthly', 'quarterly', 'semi_annual', 'weekly'] | None, EMPTYABLE] = None
    payments_per_period: Annotated[int | None, EMPTYABLE] = None
    purpose: Annotated[Literal['dependant_support', 'government', 'loan', 'mortgage', 'other', 'pension', 'personal', 'retail', 'salary', 'tax', 'utility'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPayto(Params):
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsPaytoMandateOptions | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPixMandateOptions(Params):
    amount: int | None = None
    amount_includes_iof: Literal['always', 'never'] | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    currency: str | None = None
    end_date: str | None = None
    payment_schedule: Literal['halfyearly', 'monthly', 'quarterly', 'weekly', 'yearly'] | None = None
    reference: str | None = None
    start_date: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPix(Params):
    amount_includes_iof: Literal['always', 'never'] | None = None
    expires_after_seconds: int | None = None
    expires_at: int | None = None
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsPixMandateOptions | None = None
    setup_future_usage: Literal['none', 'off_session'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsPromptpay(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsRevolutPay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSamsungPay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSatispay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsScalapay(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSepaDebitMandateOptions(Params):
    reference_prefix: Annotated[str | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSepaDebit(Params):
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsSepaDebitMandateOptions | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    target_date: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSequra(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSofort(Params):
    preferred_language: Annotated[Literal['de', 'en', 'es', 'fr', 'it', 'nl', 'pl'] | None, EMPTYABLE] = None
    setup_future_usage: Annotated[Literal['none', 'off_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSunbit(Params):
    capture_method: Annotated[Literal['manual'] | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsSwish(Params):
    reference: Annotated[str | None, EMPTYABLE] = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsTwint(Params):
    setup_future_usage: Literal['none', 'off_session'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUpiMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None
    end_date: int | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUpi(Params):
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsUpiMandateOptions | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters(Params):
    account_subcategories: list[Literal['checking', 'savings']] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountFinancialConnections(Params):
    filters: PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None = None
    permissions: list[Literal['balances', 'ownership', 'payment_method', 'transactions']] | None = None
    prefetch: list[Literal['balances', 'ownership', 'transactions']] | None = None
    return_url: str | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountMandateOptions(Params):
    collection_method: Annotated[Literal['paper'] | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountNetworks(Params):
    requested: list[Literal['ach', 'us_domestic_wire']] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccount(Params):
    financial_connections: PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountFinancialConnections | None = None
    mandate_options: PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountMandateOptions | None = None
    networks: PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountNetworks | None = None
    setup_future_usage: Annotated[Literal['none', 'off_session', 'on_session'] | None, EMPTYABLE] = None
    target_date: str | None = None
    transaction_purpose: Annotated[Literal['goods', 'other', 'services', 'unspecified'] | None, EMPTYABLE] = None
    verification_method: Literal['automatic', 'instant', 'microdeposits'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsWechatPay(Params):
    app_id: str | None = None
    client: Literal['android', 'ios', 'web'] | None = None
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptionsZip(Params):
    setup_future_usage: Literal['none'] | None = None


class PaymentIntentConfirmParamsPaymentMethodOptions(Params):
    acss_debit: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAcssDebit | None, EMPTYABLE] = None
    affirm: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAffirm | None, EMPTYABLE] = None
    afterpay_clearpay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAfterpayClearpay | None, EMPTYABLE] = None
    alipay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAlipay | None, EMPTYABLE] = None
    alma: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAlma | None, EMPTYABLE] = None
    amazon_pay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAmazonPay | None, EMPTYABLE] = None
    au_becs_debit: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsAuBecsDebit | None, EMPTYABLE] = None
    bacs_debit: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBacsDebit | None, EMPTYABLE] = None
    bancontact: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBancontact | None, EMPTYABLE] = None
    billie: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBillie | None, EMPTYABLE] = None
    bizum: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBizum | None, EMPTYABLE] = None
    blik: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBlik | None, EMPTYABLE] = None
    boleto: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsBoleto | None, EMPTYABLE] = None
    card: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsCard | None, EMPTYABLE] = None
    card_present: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsCardPresent | None, EMPTYABLE] = None
    cashapp: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsCashapp | None, EMPTYABLE] = None
    crypto: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsCrypto | None, EMPTYABLE] = None
    customer_balance: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalance | None, EMPTYABLE] = None
    eps: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsEps | None, EMPTYABLE] = None
    fpx: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsFpx | None, EMPTYABLE] = None
    giropay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsGiropay | None, EMPTYABLE] = None
    grabpay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsGrabpay | None, EMPTYABLE] = None
    ideal: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsIdeal | None, EMPTYABLE] = None
    interac_present: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsInteracPresent | None, EMPTYABLE] = None
    kakao_pay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsKakaoPay | None, EMPTYABLE] = None
    klarna: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsKlarna | None, EMPTYABLE] = None
    konbini: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsKonbini | None, EMPTYABLE] = None
    kr_card: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsKrCard | None, EMPTYABLE] = None
    link: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsLink | None, EMPTYABLE] = None
    mb_way: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsMbWay | None, EMPTYABLE] = None
    mobilepay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsMobilepay | None, EMPTYABLE] = None
    multibanco: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsMultibanco | None, EMPTYABLE] = None
    naver_pay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsNaverPay | None, EMPTYABLE] = None
    nz_bank_account: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsNzBankAccount | None, EMPTYABLE] = None
    oxxo: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsOxxo | None, EMPTYABLE] = None
    p24: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsP24 | None, EMPTYABLE] = None
    pay_by_bank: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPayByBank | None, EMPTYABLE] = None
    payco: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPayco | None, EMPTYABLE] = None
    paynow: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPaynow | None, EMPTYABLE] = None
    paypal: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPaypal | None, EMPTYABLE] = None
    paypay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPaypay | None, EMPTYABLE] = None
    payto: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPayto | None, EMPTYABLE] = None
    pix: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPix | None, EMPTYABLE] = None
    promptpay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsPromptpay | None, EMPTYABLE] = None
    revolut_pay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsRevolutPay | None, EMPTYABLE] = None
    samsung_pay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSamsungPay | None, EMPTYABLE] = None
    satispay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSatispay | None, EMPTYABLE] = None
    scalapay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsScalapay | None, EMPTYABLE] = None
    sepa_debit: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSepaDebit | None, EMPTYABLE] = None
    sequra: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSequra | None, EMPTYABLE] = None
    sofort: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSofort | None, EMPTYABLE] = None
    sunbit: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSunbit | None, EMPTYABLE] = None
    swish: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsSwish | None, EMPTYABLE] = None
    twint: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsTwint | None, EMPTYABLE] = None
    upi: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsUpi | None, EMPTYABLE] = None
    us_bank_account: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccount | None, EMPTYABLE] = None
    wechat_pay: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsWechatPay | None, EMPTYABLE] = None
    zip: Annotated[PaymentIntentConfirmParamsPaymentMethodOptionsZip | None, EMPTYABLE] = None


class PaymentIntentConfirmParamsRadarOptions(Params):
    referrer: Annotated[str | None, EMPTYABLE] = None
    session: str | None = None


class PaymentIntentConfirmParamsShippingAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PaymentIntentConfirmParamsShipping(Params):
    address: PaymentIntentConfirmParamsShippingAddress
    carrier: str | None = None
    name: str
    phone: str | None = None
    tracking_number: str | None = None


class PaymentIntentConfirmParams(Params):
    allowed_payment_method_types: list[Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boku_promptpay', 'boleto', 'capchase_pay', 'card', 'card_present', 'cashapp', 'check_scan', 'click_to_pay', 'crypto', 'customer_balance', 'demo_pay', 'duitnow', 'dummy_auth_push', 'dummy_passthrough_card', 'edenred', 'eps', 'fpx', 'gcash', 'getbalance', 'gift_card', 'giropay', 'gopay', 'grabpay', 'id_bank_transfer', 'ideal', 'interac_present', 'kakao_pay', 'klarna', 'knet', 'konbini', 'kr_card', 'kr_market', 'kriya', 'link', 'mb_way', 'mobilepay', 'momo', 'mondu', 'multibanco', 'naver_pay', 'netbanking', 'ng_bank', 'ng_bank_transfer', 'ng_card', 'ng_market', 'ng_ussd', 'ng_wallet', 'nz_bank_account', 'octopus', 'oxxo', 'p24', 'paper_check', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'qris', 'rechnung', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'shop_pay', 'shopeepay', 'sofort', 'south_korea_market', 'stripe_balance', 'sunbit', 'swish', 'tamara', 'test_pay', 'touch_n_go', 'truemoney', 'twint', 'upi', 'us_bank_account', 'us_cash_voucher', 'vipps', 'wechat_pay', 'wero', 'zip']] | None = None
    amount_details: Annotated[PaymentIntentConfirmParamsAmountDetails | None, EMPTYABLE] = None
    amount_to_confirm: int | None = None
    capture_method: Literal['automatic', 'automatic_async', 'manual'] | None = None
    confirmation_token: str | None = None
    error_on_requires_action: bool | None = None
    excluded_payment_method_types: Annotated[list[Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip']] | None, EMPTYABLE] = None
    expand: list[str] | None = None
    hooks: PaymentIntentConfirmParamsHooks | None = None
    mandate: str | None = None
    mandate_data: Annotated[PaymentIntentConfirmParamsMandateData | None, EMPTYABLE] = None
    off_session: Literal['one_off', 'recurring'] | bool | None = None
    payment_details: Annotated[PaymentIntentConfirmParamsPaymentDetails | None, EMPTYABLE] = None
    payment_method: str | None = None
    payment_method_data: PaymentIntentConfirmParamsPaymentMethodData | None = None
    payment_method_options: PaymentIntentConfirmParamsPaymentMethodOptions | None = None
    radar_options: PaymentIntentConfirmParamsRadarOptions | None = None
    receipt_email: Annotated[str | None, EMPTYABLE] = None
    return_url: str | None = None
    setup_future_usage: Annotated[Literal['off_session', 'on_session'] | None, EMPTYABLE] = None
    shipping: Annotated[PaymentIntentConfirmParamsShipping | None, EMPTYABLE] = None
    use_stripe_sdk: bool | None = None


class PaymentIntentListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class PaymentIntentListParams(Params):
    created: PaymentIntentListParamsCreated | int | None = None
    customer: str | None = None
    customer_account: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class PaymentIntentRetrieveParams(Params):
    client_secret: str | None = None
    expand: list[str] | None = None


class PaymentMethodAttachParams(Params):
    customer: str | None = None
    customer_account: str | None = None
    expand: list[str] | None = None


class PaymentMethodCreateParamsAcssDebit(Params):
    account_number: str
    institution_number: str
    transit_number: str


class PaymentMethodCreateParamsAffirm(Params):
    pass


class PaymentMethodCreateParamsAfterpayClearpay(Params):
    pass


class PaymentMethodCreateParamsAlipay(Params):
    pass


class PaymentMethodCreateParamsAlma(Params):
    pass


class PaymentMethodCreateParamsAmazonPay(Params):
    pass


class PaymentMethodCreateParamsAuBecsDebit(Params):
    account_number: str
    bsb_number: str


class PaymentMethodCreateParamsBacsDebit(Params):
    account_number: str | None = None
    sort_code: str | None = None


class PaymentMethodCreateParamsBancontact(Params):
    pass


class PaymentMethodCreateParamsBillie(Params):
    pass


class PaymentMethodCreateParamsBillingDetailsAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PaymentMethodCreateParamsBillingDetails(Params):
    address: Annotated[PaymentMethodCreateParamsBillingDetailsAddress | None, EMPTYABLE] = None
    email: Annotated[str | None, EMPTYABLE] = None
    name: Annotated[str | None, EMPTYABLE] = None
    phone: Annotated[str | None, EMPTYABLE] = None
    tax_id: str | None = None


class PaymentMethodCreateParamsBizum(Params):
    pass


class PaymentMethodCreateParamsBlik(Params):
    pass


class PaymentMethodCreateParamsBoleto(Params):
    tax_id: str


class PaymentMethodCreateParamsCardNetworks(Params):
    preferred: Literal['cartes_bancaires', 'mastercard', 'visa'] | None = None


class PaymentMethodCreateParamsCard(Params):
    cvc: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    networks: PaymentMethodCreateParamsCardNetworks | None = None
    number: str | None = None
    token: str | None = None


class PaymentMethodCreateParamsCashapp(Params):
    pass


class PaymentMethodCreateParamsCrypto(Params):
    pass


class PaymentMethodCreateParamsCustom(Params):
    type: str


class PaymentMethodCreateParamsCustomerBalance(Params):
    pass


class PaymentMethodCreateParamsEps(Params):
    bank: Literal['arzte_und_apotheker_bank', 'austrian_anadi_bank_ag', 'bank_austria', 'bankhaus_carl_spangler', 'bankhaus_schelhammer_und_schattera_ag', 'bawag_psk_ag', 'bks_bank_ag', 'brull_kallmus_bank_ag', 'btv_vier_lander_bank', 'capital_bank_grawe_gruppe_ag', 'deutsche_bank_ag', 'dolomitenbank', 'easybank_ag', 'erste_bank_und_sparkassen', 'hypo_alpeadriabank_international_ag', 'hypo_bank_burgenland_aktiengesellschaft', 'hypo_noe_lb_fur_niederosterreich_u_wien', 'hypo_oberosterreich_salzburg_steiermark', 'hypo_tirol_bank_ag', 'hypo_vorarlberg_bank_ag', 'marchfelder_bank', 'oberbank_ag', 'raiffeisen_bankengruppe_osterreich', 'schoellerbank_ag', 'sparda_bank_wien', 'volksbank_gruppe', 'volkskreditbank_ag', 'vr_bank_braunau'] | None = None


class PaymentMethodCreateParamsFpx(Params):
    account_holder_type: Literal['company', 'individual'] | None = None
    bank: Literal['affin_bank', 'agrobank', 'alliance_bank', 'ambank', 'bank_islam', 'bank_muamalat', 'bank_of_china', 'bank_rakyat', 'bnp_paribas', 'bsn', 'cimb', 'citibank', 'deutsche_bank', 'hong_leong_bank', 'hsbc', 'kfh', 'maybank2e', 'maybank2u', 'mbsb_bank', 'ocbc', 'pb_enterprise', 'public_bank', 'rhb', 'standard_chartered', 'uob']


class PaymentMethodCreateParamsGiropay(Params):
    pass


class PaymentMethodCreateParamsGrabpay(Params):
    pass


class PaymentMethodCreateParamsIdeal(Params):
    bank: Literal['abn_amro', 'adyen', 'asn_bank', 'bunq', 'buut', 'finom', 'handelsbanken', 'ing', 'knab', 'mollie', 'moneyou', 'n26', 'nn', 'rabobank', 'regiobank', 'revolut', 'sns_bank', 'triodos_bank', 'van_lanschot', 'yoursafe'] | None = None


class PaymentMethodCreateParamsInteracPresent(Params):
    pass


class PaymentMethodCreateParamsKakaoPay(Params):
    pass


class PaymentMethodCreateParamsKlarnaDob(Params):
    day: int
    month: int
    year: int


class PaymentMethodCreateParamsKlarna(Params):
    dob: PaymentMethodCreateParamsKlarnaDob | None = None


class PaymentMethodCreateParamsKonbini(Params):
    pass


class PaymentMethodCreateParamsKrCard(Params):
    pass


class PaymentMethodCreateParamsLink(Params):
    pass


class PaymentMethodCreateParamsMbWay(Params):
    pass


class PaymentMethodCreateParamsMobilepay(Params):
    pass


class PaymentMethodCreateParamsMultibanco(Params):
    pass


class PaymentMethodCreateParamsNaverPay(Params):
    funding: Literal['card', 'points'] | None = None


class PaymentMethodCreateParamsNzBankAccount(Params):
    account_holder_name: str | None = None
    account_number: str
    bank_code: str
    branch_code: str
    reference: str | None = None
    suffix: str


class PaymentMethodCreateParamsOxxo(Params):
    pass


class PaymentMethodCreateParamsP24(Params):
    bank: Literal['alior_bank', 'bank_millennium', 'bank_nowy_bfg_sa', 'bank_pekao_sa', 'banki_spbdzielcze', 'blik', 'bnp_paribas', 'boz', 'citi_handlowy', 'credit_agricole', 'envelobank', 'etransfer_pocztowy24', 'getin_bank', 'ideabank', 'ing', 'inteligo', 'mbank_mtransfer', 'nest_przelew', 'noble_pay', 'pbac_z_ipko', 'plus_bank', 'santander_przelew24', 'tmobile_usbugi_bankowe', 'toyota_bank', 'velobank', 'volkswagen_bank'] | None = None


class PaymentMethodCreateParamsPayByBank(Params):
    pass


class PaymentMethodCreateParamsPayco(Params):
    pass


class PaymentMethodCreateParamsPaynow(Params):
    pass


class PaymentMethodCreateParamsPaypal(Params):
    pass


class PaymentMethodCreateParamsPaypay(Params):
    pass


class PaymentMethodCreateParamsPayto(Params):
    account_number: str | None = None
    bsb_number: str | None = None
    pay_id: str | None = None


class PaymentMethodCreateParamsPix(Params):
    pass


class PaymentMethodCreateParamsPromptpay(Params):
    pass


class PaymentMethodCreateParamsRadarOptions(Params):
    session: str | None = None


class PaymentMethodCreateParamsRevolutPay(Params):
    pass


class PaymentMethodCreateParamsSamsungPay(Params):
    pass


class PaymentMethodCreateParamsSatispay(Params):
    pass


class PaymentMethodCreateParamsScalapay(Params):
    pass


class PaymentMethodCreateParamsSepaDebit(Params):
    iban: str


class PaymentMethodCreateParamsSequra(Params):
    pass


class PaymentMethodCreateParamsSofort(Params):
    country: Literal['AT', 'BE', 'DE', 'ES', 'IT', 'NL']


class PaymentMethodCreateParamsSunbit(Params):
    pass


class PaymentMethodCreateParamsSwish(Params):
    pass


class PaymentMethodCreateParamsTwint(Params):
    pass


class PaymentMethodCreateParamsUpiMandateOptions(Params):
    amount: int | None = None
    amount_type: Literal['fixed', 'maximum'] | None = None
    description: str | None = None
    end_date: int | None = None


class PaymentMethodCreateParamsUpi(Params):
    mandate_options: PaymentMethodCreateParamsUpiMandateOptions | None = None


class PaymentMethodCreateParamsUsBankAccount(Params):
    account_holder_type: Literal['company', 'individual'] | None = None
    account_number: str | None = None
    account_type: Literal['checking', 'savings'] | None = None
    financial_connections_account: str | None = None
    routing_number: str | None = None


class PaymentMethodCreateParamsWechatPay(Params):
    pass


class PaymentMethodCreateParamsZip(Params):
    pass


class PaymentMethodCreateParams(Params):
    acss_debit: PaymentMethodCreateParamsAcssDebit | None = None
    affirm: PaymentMethodCreateParamsAffirm | None = None
    afterpay_clearpay: PaymentMethodCreateParamsAfterpayClearpay | None = None
    alipay: PaymentMethodCreateParamsAlipay | None = None
    allow_redisplay: Literal['always', 'limited', 'unspecified'] | None = None
    alma: PaymentMethodCreateParamsAlma | None = None
    amazon_pay: PaymentMethodCreateParamsAmazonPay | None = None
    au_becs_debit: PaymentMethodCreateParamsAuBecsDebit | None = None
    bacs_debit: PaymentMethodCreateParamsBacsDebit | None = None
    bancontact: PaymentMethodCreateParamsBancontact | None = None
    billie: PaymentMethodCreateParamsBillie | None = None
    billing_details: PaymentMethodCreateParamsBillingDetails | None = None
    bizum: PaymentMethodCreateParamsBizum | None = None
    blik: PaymentMethodCreateParamsBlik | None = None
    boleto: PaymentMethodCreateParamsBoleto | None = None
    card: PaymentMethodCreateParamsCard | None = None
    cashapp: PaymentMethodCreateParamsCashapp | None = None
    crypto: PaymentMethodCreateParamsCrypto | None = None
    custom: PaymentMethodCreateParamsCustom | None = None
    customer: str | None = None
    customer_balance: PaymentMethodCreateParamsCustomerBalance | None = None
    eps: PaymentMethodCreateParamsEps | None = None
    expand: list[str] | None = None
    fpx: PaymentMethodCreateParamsFpx | None = None
    giropay: PaymentMethodCreateParamsGiropay | None = None
    grabpay: PaymentMethodCreateParamsGrabpay | None = None
    ideal: PaymentMethodCreateParamsIdeal | None = None
    interac_present: PaymentMethodCreateParamsInteracPresent | None = None
    kakao_pay: PaymentMethodCreateParamsKakaoPay | None = None
    klarna: PaymentMethodCreateParamsKlarna | None = None
    konbini: PaymentMethodCreateParamsKonbini | None = None
    kr_card: PaymentMethodCreateParamsKrCard | None = None
    link: PaymentMethodCreateParamsLink | None = None
    mb_way: PaymentMethodCreateParamsMbWay | None = None
    metadata: Metadata | None = None
    mobilepay: PaymentMethodCreateParamsMobilepay | None = None
    multibanco: PaymentMethodCreateParamsMultibanco | None = None
    naver_pay: PaymentMethodCreateParamsNaverPay | None = None
    nz_bank_account: PaymentMethodCreateParamsNzBankAccount | None = None
    oxxo: PaymentMethodCreateParamsOxxo | None = None
    p24: PaymentMethodCreateParamsP24 | None = None
    pay_by_bank: PaymentMethodCreateParamsPayByBank | None = None
    payco: PaymentMethodCreateParamsPayco | None = None
    payment_method: str | None = None
    paynow: PaymentMethodCreateParamsPaynow | None = None
    paypal: PaymentMethodCreateParamsPaypal | None = None
    paypay: PaymentMethodCreateParamsPaypay | None = None
    payto: PaymentMethodCreateParamsPayto | None = None
    pix: PaymentMethodCreateParamsPix | None = None
    promptpay: PaymentMethodCreateParamsPromptpay | None = None
    radar_options: PaymentMethodCreateParamsRadarOptions | None = None
    revolut_pay: PaymentMethodCreateParamsRevolutPay | None = None
    samsung_pay: PaymentMethodCreateParamsSamsungPay | None = None
    satispay: PaymentMethodCreateParamsSatispay | None = None
    scalapay: PaymentMethodCreateParamsScalapay | None = None
    sepa_debit: PaymentMethodCreateParamsSepaDebit | None = None
    sequra: PaymentMethodCreateParamsSequra | None = None
    sofort: PaymentMethodCreateParamsSofort | None = None
    sunbit: PaymentMethodCreateParamsSunbit | None = None
    swish: PaymentMethodCreateParamsSwish | None = None
    twint: PaymentMethodCreateParamsTwint | None = None
    type: Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip'] | None = None
    upi: PaymentMethodCreateParamsUpi | None = None
    us_bank_account: PaymentMethodCreateParamsUsBankAccount | None = None
    wechat_pay: PaymentMethodCreateParamsWechatPay | None = None
    zip: PaymentMethodCreateParamsZip | None = None


class PaymentMethodDetachParams(Params):
    expand: list[str] | None = None


class PaymentMethodListParams(Params):
    allow_redisplay: Literal['always', 'limited', 'unspecified'] | None = None
    customer: str | None = None
    customer_account: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    type: Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip'] | None = None


class PaymentMethodRetrieveParams(Params):
    expand: list[str] | None = None


class PaymentMethodUpdateParamsBillingDetailsAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PaymentMethodUpdateParamsBillingDetails(Params):
    address: Annotated[PaymentMethodUpdateParamsBillingDetailsAddress | None, EMPTYABLE] = None
    email: Annotated[str | None, EMPTYABLE] = None
    name: Annotated[str | None, EMPTYABLE] = None
    phone: Annotated[str | None, EMPTYABLE] = None
    tax_id: str | None = None


class PaymentMethodUpdateParamsCardNetworks(Params):
    preferred: Annotated[Literal['cartes_bancaires', 'mastercard', 'visa'] | None, EMPTYABLE] = None


class PaymentMethodUpdateParamsCard(Params):
    exp_month: int | None = None
    exp_year: int | None = None
    networks: PaymentMethodUpdateParamsCardNetworks | None = None


class PaymentMethodUpdateParamsUsBankAccount(Params):
    account_holder_type: Literal['company', 'individual'] | None = None
    account_type: Literal['checking', 'savings'] | None = None


class PaymentMethodUpdateParams(Params):
    allow_redisplay: Literal['always', 'limited', 'unspecified'] | None = None
    billing_details: PaymentMethodUpdateParamsBillingDetails | None = None
    card: PaymentMethodUpdateParamsCard | None = None
    expand: list[str] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    us_bank_account: PaymentMethodUpdateParamsUsBankAccount | None = None


class PayoutCancelParams(Params):
    expand: list[str] | None = None


class PayoutCreateParams(Params):
    amount: int
    currency: str
    description: str | None = None
    destination: str | None = None
    expand: list[str] | None = None
    metadata: Metadata | None = None
    method: Literal['instant', 'standard'] | None = None
    payout_method: str | None = None
    source_type: Literal['bank_account', 'card', 'fpx'] | None = None
    statement_descriptor: str | None = None


class PayoutListParamsArrivalDate(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class PayoutListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class PayoutListParams(Params):
    arrival_date: PayoutListParamsArrivalDate | int | None = None
    created: PayoutListParamsCreated | int | None = None
    destination: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    status: str | None = None


class PayoutRetrieveParams(Params):
    expand: list[str] | None = None


class PayoutUpdateParams(Params):
    expand: list[str] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None


class TopupCreateParamsPaymentMethodOptionsUsBankAccount(Params):
    network: Literal['ach']


class TopupCreateParamsPaymentMethodOptions(Params):
    us_bank_account: TopupCreateParamsPaymentMethodOptionsUsBankAccount | None = None


class TopupCreateParams(Params):
    amount: int
    currency: str
    description: str | None = None
    expand: list[str] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    payment_method: str | None = None
    payment_method_options: TopupCreateParamsPaymentMethodOptions | None = None
    source: str | None = None
    statement_descriptor: str | None = None
    transfer_group: str | None = None


class TopupListParamsAmount(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class TopupListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class TopupListParams(Params):
    amount: TopupListParamsAmount | int | None = None
    created: TopupListParamsCreated | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    status: Literal['canceled', 'failed', 'pending', 'succeeded'] | None = None


class TopupRetrieveParams(Params):
    expand: list[str] | None = None


BalanceRetrieveParams.model_rebuild()
BalanceSettingsRetrieveParams.model_rebuild()
BalanceSettingsUpdateParamsPaymentsPayoutsAutomaticTransferRulesByCurrency.model_rebuild()
BalanceSettingsUpdateParamsPaymentsPayoutsSchedule.model_rebuild()
BalanceSettingsUpdateParamsPaymentsPayouts.model_rebuild()
BalanceSettingsUpdateParamsPaymentsSettlementTimingStartOfDay.model_rebuild()
BalanceSettingsUpdateParamsPaymentsSettlementTiming.model_rebuild()
BalanceSettingsUpdateParamsPayments.model_rebuild()
BalanceSettingsUpdateParams.model_rebuild()
BalanceTransactionListParamsCreated.model_rebuild()
BalanceTransactionListParams.model_rebuild()
BalanceTransactionRetrieveParams.model_rebuild()
ChargeListParamsCreated.model_rebuild()
ChargeListParams.model_rebuild()
ChargeRetrieveParams.model_rebuild()
CustomerListPaymentMethodsParams.model_rebuild()
CustomerRetrievePaymentMethodParams.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsCard.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsCardPresent.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsKlarna.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptionsPaypal.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItemPaymentMethodOptions.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItemTax.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsLineItem.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsShipping.model_rebuild()
PaymentIntentConfirmParamsAmountDetailsTax.model_rebuild()
PaymentIntentConfirmParamsAmountDetails.model_rebuild()
PaymentIntentConfirmParamsHooksInputsTax.model_rebuild()
PaymentIntentConfirmParamsHooksInputs.model_rebuild()
PaymentIntentConfirmParamsHooks.model_rebuild()
PaymentIntentConfirmParamsMandateDataCustomerAcceptanceOffline.model_rebuild()
PaymentIntentConfirmParamsMandateDataCustomerAcceptanceOnline.model_rebuild()
PaymentIntentConfirmParamsMandateDataCustomerAcceptance.model_rebuild()
PaymentIntentConfirmParamsMandateData.model_rebuild()
PaymentIntentConfirmParamsPaymentDetails.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAcssDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAffirm.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAfterpayClearpay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAlipay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAlma.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAmazonPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataAuBecsDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBacsDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBancontact.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBillie.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBillingDetailsAddress.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBillingDetails.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBizum.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBlik.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataBoleto.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataCashapp.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataCrypto.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataCustomerBalance.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataEps.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataFpx.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataGiropay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataGrabpay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataIdeal.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataInteracPresent.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataKakaoPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataKlarnaDob.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataKlarna.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataKonbini.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataKrCard.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataLink.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataMbWay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataMobilepay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataMultibanco.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataNaverPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataNzBankAccount.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataOxxo.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataP24.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPayByBank.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPayco.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPaynow.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPaypal.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPaypay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPayto.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPix.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataPromptpay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataRadarOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataRevolutPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSamsungPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSatispay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataScalapay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSepaDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSequra.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSofort.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSunbit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataSwish.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataTwint.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataUpiMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataUpi.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataUsBankAccount.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataWechatPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodDataZip.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodData.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAcssDebitMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAcssDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAffirm.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAfterpayClearpay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAlipay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAlma.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAmazonPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsAuBecsDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBacsDebitMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBacsDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBancontact.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBillieCompanyDetailsRegisteredAddress.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBillieCompanyDetails.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBillie.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBizum.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBlikMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBlik.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsBoleto.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardInstallmentsPlan.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardInstallments.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecureNetworkOptionsCartesBancaires.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecureNetworkOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardThreeDSecure.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCard.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardPresentRouting.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCardPresent.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCashapp.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCrypto.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalanceBankTransfer.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsCustomerBalance.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsEps.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsFpx.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsGiropay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsGrabpay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsIdeal.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsInteracPresent.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKakaoPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaOnDemand.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaSubscriptionNextBilling.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKlarnaSubscription.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKlarna.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKonbini.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsKrCard.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsLink.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsMbWay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsMobilepay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsMultibanco.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsNaverPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsNzBankAccount.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsOxxo.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsP24.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPayByBank.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPayco.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPaynow.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPaypal.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPaypay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPaytoMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPayto.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPixMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPix.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsPromptpay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsRevolutPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSamsungPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSatispay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsScalapay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSepaDebitMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSepaDebit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSequra.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSofort.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSunbit.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsSwish.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsTwint.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUpiMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUpi.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountFinancialConnections.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountMandateOptions.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccountNetworks.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsUsBankAccount.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsWechatPay.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptionsZip.model_rebuild()
PaymentIntentConfirmParamsPaymentMethodOptions.model_rebuild()
PaymentIntentConfirmParamsRadarOptions.model_rebuild()
PaymentIntentConfirmParamsShippingAddress.model_rebuild()
PaymentIntentConfirmParamsShipping.model_rebuild()
PaymentIntentConfirmParams.model_rebuild()
PaymentIntentListParamsCreated.model_rebuild()
PaymentIntentListParams.model_rebuild()
PaymentIntentRetrieveParams.model_rebuild()
PaymentMethodAttachParams.model_rebuild()
PaymentMethodCreateParamsAcssDebit.model_rebuild()
PaymentMethodCreateParamsAffirm.model_rebuild()
PaymentMethodCreateParamsAfterpayClearpay.model_rebuild()
PaymentMethodCreateParamsAlipay.model_rebuild()
PaymentMethodCreateParamsAlma.model_rebuild()
PaymentMethodCreateParamsAmazonPay.model_rebuild()
PaymentMethodCreateParamsAuBecsDebit.model_rebuild()
PaymentMethodCreateParamsBacsDebit.model_rebuild()
PaymentMethodCreateParamsBancontact.model_rebuild()
PaymentMethodCreateParamsBillie.model_rebuild()
PaymentMethodCreateParamsBillingDetailsAddress.model_rebuild()
PaymentMethodCreateParamsBillingDetails.model_rebuild()
PaymentMethodCreateParamsBizum.model_rebuild()
PaymentMethodCreateParamsBlik.model_rebuild()
PaymentMethodCreateParamsBoleto.model_rebuild()
PaymentMethodCreateParamsCardNetworks.model_rebuild()
PaymentMethodCreateParamsCard.model_rebuild()
PaymentMethodCreateParamsCashapp.model_rebuild()
PaymentMethodCreateParamsCrypto.model_rebuild()
PaymentMethodCreateParamsCustom.model_rebuild()
PaymentMethodCreateParamsCustomerBalance.model_rebuild()
PaymentMethodCreateParamsEps.model_rebuild()
PaymentMethodCreateParamsFpx.model_rebuild()
PaymentMethodCreateParamsGiropay.model_rebuild()
PaymentMethodCreateParamsGrabpay.model_rebuild()
PaymentMethodCreateParamsIdeal.model_rebuild()
PaymentMethodCreateParamsInteracPresent.model_rebuild()
PaymentMethodCreateParamsKakaoPay.model_rebuild()
PaymentMethodCreateParamsKlarnaDob.model_rebuild()
PaymentMethodCreateParamsKlarna.model_rebuild()
PaymentMethodCreateParamsKonbini.model_rebuild()
PaymentMethodCreateParamsKrCard.model_rebuild()
PaymentMethodCreateParamsLink.model_rebuild()
PaymentMethodCreateParamsMbWay.model_rebuild()
PaymentMethodCreateParamsMobilepay.model_rebuild()
PaymentMethodCreateParamsMultibanco.model_rebuild()
PaymentMethodCreateParamsNaverPay.model_rebuild()
PaymentMethodCreateParamsNzBankAccount.model_rebuild()
PaymentMethodCreateParamsOxxo.model_rebuild()
PaymentMethodCreateParamsP24.model_rebuild()
PaymentMethodCreateParamsPayByBank.model_rebuild()
PaymentMethodCreateParamsPayco.model_rebuild()
PaymentMethodCreateParamsPaynow.model_rebuild()
PaymentMethodCreateParamsPaypal.model_rebuild()
PaymentMethodCreateParamsPaypay.model_rebuild()
PaymentMethodCreateParamsPayto.model_rebuild()
PaymentMethodCreateParamsPix.model_rebuild()
PaymentMethodCreateParamsPromptpay.model_rebuild()
PaymentMethodCreateParamsRadarOptions.model_rebuild()
PaymentMethodCreateParamsRevolutPay.model_rebuild()
PaymentMethodCreateParamsSamsungPay.model_rebuild()
PaymentMethodCreateParamsSatispay.model_rebuild()
PaymentMethodCreateParamsScalapay.model_rebuild()
PaymentMethodCreateParamsSepaDebit.model_rebuild()
PaymentMethodCreateParamsSequra.model_rebuild()
PaymentMethodCreateParamsSofort.model_rebuild()
PaymentMethodCreateParamsSunbit.model_rebuild()
PaymentMethodCreateParamsSwish.model_rebuild()
PaymentMethodCreateParamsTwint.model_rebuild()
PaymentMethodCreateParamsUpiMandateOptions.model_rebuild()
PaymentMethodCreateParamsUpi.model_rebuild()
PaymentMethodCreateParamsUsBankAccount.model_rebuild()
PaymentMethodCreateParamsWechatPay.model_rebuild()
PaymentMethodCreateParamsZip.model_rebuild()
PaymentMethodCreateParams.model_rebuild()
PaymentMethodDetachParams.model_rebuild()
PaymentMethodListParams.model_rebuild()
PaymentMethodRetrieveParams.model_rebuild()
PaymentMethodUpdateParamsBillingDetailsAddress.model_rebuild()
PaymentMethodUpdateParamsBillingDetails.model_rebuild()
PaymentMethodUpdateParamsCardNetworks.model_rebuild()
PaymentMethodUpdateParamsCard.model_rebuild()
PaymentMethodUpdateParamsUsBankAccount.model_rebuild()
PaymentMethodUpdateParams.model_rebuild()
PayoutCancelParams.model_rebuild()
PayoutCreateParams.model_rebuild()
PayoutListParamsArrivalDate.model_rebuild()
PayoutListParamsCreated.model_rebuild()
PayoutListParams.model_rebuild()
PayoutRetrieveParams.model_rebuild()
PayoutUpdateParams.model_rebuild()
TopupCreateParamsPaymentMethodOptionsUsBankAccount.model_rebuild()
TopupCreateParamsPaymentMethodOptions.model_rebuild()
TopupCreateParams.model_rebuild()
TopupListParamsAmount.model_rebuild()
TopupListParamsCreated.model_rebuild()
TopupListParams.model_rebuild()
TopupRetrieveParams.model_rebuild()
