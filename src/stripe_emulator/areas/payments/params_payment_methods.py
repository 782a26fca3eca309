"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


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


class PaymentMethodListParams(Params):
    allow_redisplay: Literal['always', 'limited', 'unspecified'] | None = None
    customer: str | None = None
    customer_account: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    type: Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip'] | None = None


class PaymentMethodAttachParams(Params):
    customer: str | None = None
    customer_account: str | None = None
    expand: list[str] | None = None


class PaymentMethodDetachParams(Params):
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
PaymentMethodRetrieveParams.model_rebuild()
PaymentMethodUpdateParamsBillingDetailsAddress.model_rebuild()
PaymentMethodUpdateParamsBillingDetails.model_rebuild()
PaymentMethodUpdateParamsCardNetworks.model_rebuild()
PaymentMethodUpdateParamsCard.model_rebuild()
PaymentMethodUpdateParamsUsBankAccount.model_rebuild()
PaymentMethodUpdateParams.model_rebuild()
PaymentMethodListParams.model_rebuild()
PaymentMethodAttachParams.model_rebuild()
PaymentMethodDetachParams.model_rebuild()
CustomerListPaymentMethodsParams.model_rebuild()
CustomerRetrievePaymentMethodParams.model_rebuild()
