# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the core area (`areas/core/`), made from the SDK's
TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested models it
uses:

- `CustomerCreateParams`
- `CustomerDeleteParams`
- `CustomerListParams`
- `CustomerRetrieveParams`
- `CustomerUpdateParams`
- `FileContentsParams`
- `FileCreateParams`
- `FileLinkCreateParams`
- `FileLinkListParams`
- `FileLinkRetrieveParams`
- `FileLinkUpdateParams`
- `FileListParams`
- `FileRetrieveParams`
- `PriceCreateParams`
- `PriceListParams`
- `PriceRetrieveParams`
- `PriceUpdateParams`
- `ProductCreateParams`
- `ProductDeleteParams`
- `ProductListParams`
- `ProductRetrieveParams`
- `ProductUpdateParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params


class CustomerCreateParamsAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class CustomerCreateParamsCashBalanceSettings(Params):
    reconciliation_mode: Literal['automatic', 'manual', 'merchant_default'] | None = None


class CustomerCreateParamsCashBalance(Params):
    settings: CustomerCreateParamsCashBalanceSettings | None = None


class CustomerCreateParamsInvoiceSettingsCustomField(Params):
    name: str
    value: str


class CustomerCreateParamsInvoiceSettingsRenderingOptions(Params):
    amount_tax_display: Annotated[Literal['exclude_tax', 'include_inclusive_tax'] | None, EMPTYABLE] = None
    template: str | None = None


class CustomerCreateParamsInvoiceSettings(Params):
    custom_fields: Annotated[list[CustomerCreateParamsInvoiceSettingsCustomField] | None, EMPTYABLE] = None
    default_payment_method: str | None = None
    footer: str | None = None
    rendering_options: Annotated[CustomerCreateParamsInvoiceSettingsRenderingOptions | None, EMPTYABLE] = None


class CustomerCreateParamsShippingAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class CustomerCreateParamsShipping(Params):
    address: CustomerCreateParamsShippingAddress
    name: str
    phone: str | None = None


class CustomerCreateParamsTax(Params):
    ip_address: Annotated[str | None, EMPTYABLE] = None
    validate_location: Literal['deferred', 'immediately'] | None = None


class CustomerCreateParamsTaxIdDatum(Params):
    type: Literal['ad_nrt', 'ae_trn', 'al_tin', 'am_tin', 'ao_tin', 'ar_cuit', 'au_abn', 'au_acn', 'au_arn', 'au_wpn', 'aw_tin', 'az_tin', 'ba_tin', 'bb_tin', 'bd_bin', 'bf_ifu', 'bg_uic', 'bh_vat', 'bj_ifu', 'bo_tin', 'br_cnpj', 'br_cpf', 'bs_tin', 'bw_vat', 'by_tin', 'ca_bn', 'ca_gst_hst', 'ca_pst_bc', 'ca_pst_mb', 'ca_pst_sk', 'ca_qst', 'cd_nif', 'ch_uid', 'ch_vat', 'ci_vat', 'cl_tin', 'cm_niu', 'cn_tin', 'co_nit', 'cr_tin', 'cv_nif', 'cz_dic', 'de_stn', 'do_rcn', 'ec_ruc', 'eg_tin', 'es_cif', 'et_tin', 'eu_oss_vat', 'eu_vat', 'fo_vat', 'fr_siren', 'fr_siret', 'fr_spi', 'gb_vat', 'ge_vat', 'gh_tin', 'gi_tin', 'gn_nif', 'hk_br', 'hr_oib', 'hu_tin', 'ic_nif', 'id_npwp', 'il_vat', 'in_gst', 'is_kt', 'is_vat', 'it_cf', 'jp_cn', 'jp_rn', 'jp_trn', 'ke_pin', 'kg_tin', 'kh_tin', 'kr_brn', 'kz_bin', 'la_tin', 'li_uid', 'li_vat', 'lk_vat', 'ma_vat', 'md_cf', 'md_vat', 'me_pib', 'mk_vat', 'mr_nif', 'mu_vat', 'mx_rfc', 'my_frp', 'my_itn', 'my_sst', 'mz_nuit', 'ng_tin', 'no_vat', 'no_voec', 'np_pan', 'nz_bn', 'nz_gst', 'om_vat', 'pe_ruc', 'ph_tin', 'pl_nip', 'pt_nif', 'py_ruc', 'ro_tin', 'rs_pib', 'ru_inn', 'ru_kpp', 'sa_vat', 'sg_gst', 'sg_uen', 'si_tin', 'sm_coe', 'sn_ninea', 'sr_fin', 'sv_nit', 'th_vat', 'tj_tin', 'tr_tin', 'tt_bir', 'tt_vat', 'tw_vat', 'tz_vat', 'ua_vat', 'ug_tin', 'us_ein', 'uy_ruc', 'uz_tin', 'uz_vat', 've_rif', 'vn_tin', 'za_vat', 'zm_tin', 'zw_tin']
    value: str


class CustomerCreateParams(Params):
    address: Annotated[CustomerCreateParamsAddress | None, EMPTYABLE] = None
    balance: int | None = None
    business_name: Annotated[str | None, EMPTYABLE] = None
    cash_balance: CustomerCreateParamsCashBalance | None = None
    description: str | None = None
    email: str | None = None
    expand: list[str] | None = None
    individual_name: Annotated[str | None, EMPTYABLE] = None
    invoice_prefix: str | None = None
    invoice_settings: CustomerCreateParamsInvoiceSettings | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    name: str | None = None
    next_invoice_sequence: int | None = None
    payment_method: str | None = None
    phone: str | None = None
    preferred_locales: list[str] | None = None
    shipping: Annotated[CustomerCreateParamsShipping | None, EMPTYABLE] = None
    source: str | None = None
    tax: CustomerCreateParamsTax | None = None
    tax_exempt: Annotated[Literal['exempt', 'none', 'reverse'] | None, EMPTYABLE] = None
    tax_id_data: list[CustomerCreateParamsTaxIdDatum] | None = None
    test_clock: str | None = None
    validate_: bool | None = Field(None, alias='validate')


class CustomerDeleteParams(Params):
    pass


class CustomerListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class CustomerListParams(Params):
    created: CustomerListParamsCreated | int | None = None
    email: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    test_clock: str | None = None


class CustomerRetrieveParams(Params):
    expand: list[str] | None = None


class CustomerUpdateParamsAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class CustomerUpdateParamsCashBalanceSettings(Params):
    reconciliation_mode: Literal['automatic', 'manual', 'merchant_default'] | None = None


class CustomerUpdateParamsCashBalance(Params):
    settings: CustomerUpdateParamsCashBalanceSettings | None = None


class CustomerUpdateParamsInvoiceSettingsCustomField(Params):
    name: str
    value: str


class CustomerUpdateParamsInvoiceSettingsRenderingOptions(Params):
    amount_tax_display: Annotated[Literal['exclude_tax', 'include_inclusive_tax'] | None, EMPTYABLE] = None
    template: str | None = None


class CustomerUpdateParamsInvoiceSettings(Params):
    custom_fields: Annotated[list[CustomerUpdateParamsInvoiceSettingsCustomField] | None, EMPTYABLE] = None
    default_payment_method: str | None = None
    footer: str | None = None
    rendering_options: Annotated[CustomerUpdateParamsInvoiceSettingsRenderingOptions | None, EMPTYABLE] = None


class CustomerUpdateParamsShippingAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class CustomerUpdateParamsShipping(Params):
    address: CustomerUpdateParamsShippingAddress
    name: str
    phone: str | None = None


class CustomerUpdateParamsTax(Params):
    ip_address: Annotated[str | None, EMPTYABLE] = None
    validate_location: Literal['auto', 'deferred', 'immediately'] | None = None


class CustomerUpdateParams(Params):
    address: Annotated[CustomerUpdateParamsAddress | None, EMPTYABLE] = None
    balance: int | None = None
    business_name: Annotated[str | None, EMPTYABLE] = None
    cash_balance: CustomerUpdateParamsCashBalance | None = None
    default_source: str | None = None
    description: str | None = None
    email: str | None = None
    expand: list[str] | None = None
    individual_name: Annotated[str | None, EMPTYABLE] = None
    invoice_prefix: str | None = None
    invoice_settings: CustomerUpdateParamsInvoiceSettings | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    name: str | None = None
    next_invoice_sequence: int | None = None
    phone: str | None = None
    preferred_locales: list[str] | None = None
    shipping: Annotated[CustomerUpdateParamsShipping | None, EMPTYABLE] = None
    source: str | None = None
    tax: CustomerUpdateParamsTax | None = None
    tax_exempt: Annotated[Literal['exempt', 'none', 'reverse'] | None, EMPTYABLE] = None
    validate_: bool | None = Field(None, alias='validate')


class FileContentsParams(Params):
    pass


class FileCreateParamsFileLinkData(Params):
    create: bool
    expires_at: int | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None


class FileCreateParams(Params):
    expand: list[str] | None = None
    file: Any
    file_link_data: FileCreateParamsFileLinkData | None = None
    purpose: Literal['account_requirement', 'additional_verification', 'business_icon', 'business_logo', 'customer_signature', 'dispute_evidence', 'identity_document', 'issuing_regulatory_reporting', 'pci_document', 'platform_terms_of_service', 'tax_document_user_upload', 'terminal_android_apk', 'terminal_reader_splashscreen', 'terminal_wifi_certificate', 'terminal_wifi_private_key']


class FileLinkCreateParams(Params):
    expand: list[str] | None = None
    expires_at: int | None = None
    file: str
    metadata: Annotated[Metadata | None, EMPTYABLE] = None


class FileLinkListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class FileLinkListParams(Params):
    created: FileLinkListParamsCreated | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    expired: bool | None = None
    file: str | None = None
    limit: int | None = None
    starting_after: str | None = None


class FileLinkRetrieveParams(Params):
    expand: list[str] | None = None


class FileLinkUpdateParams(Params):
    expand: list[str] | None = None
    expires_at: Annotated[Literal['now'] | int | None, EMPTYABLE] = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None


class FileListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class FileListParams(Params):
    created: FileListParamsCreated | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    purpose: Literal['account_requirement', 'additional_verification', 'business_icon', 'business_logo', 'customer_signature', 'dispute_evidence', 'document_provider_identity_document', 'finance_report_run', 'financial_account_statement', 'identity_document', 'identity_document_downloadable', 'issuing_regulatory_reporting', 'pci_document', 'platform_terms_of_service', 'selfie', 'sigma_scheduled_query', 'tax_document_user_upload', 'terminal_android_apk', 'terminal_reader_splashscreen', 'terminal_wifi_certificate', 'terminal_wifi_private_key'] | None = None
    starting_after: str | None = None


class FileRetrieveParams(Params):
    expand: list[str] | None = None


class PriceCreateParamsCurrencyOptionsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class PriceCreateParamsCurrencyOptionsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class PriceCreateParamsCurrencyOptions(Params):
    custom_unit_amount: PriceCreateParamsCurrencyOptionsCustomUnitAmount | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[PriceCreateParamsCurrencyOptionsTier] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class PriceCreateParamsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class PriceCreateParamsProductDataTaxDetails(Params):
    performance_location: str | None = None
    tax_code: Annotated[str | None, EMPTYABLE] = None


class PriceCreateParamsProductData(Params):
    active: bool | None = None
    id: str | None = None
    metadata: Metadata | None = None
    name: str
    statement_descriptor: str | None = None
    tax_code: str | None = None
    tax_details: PriceCreateParamsProductDataTaxDetails | None = None
    unit_label: str | None = None


class PriceCreateParamsRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None
    meter: str | None = None
    trial_period_days: int | None = None
    usage_type: Literal['licensed', 'metered'] | None = None


class PriceCreateParamsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class PriceCreateParamsTransformQuantity(Params):
    divide_by: int
    round: Literal['down', 'up']


class PriceCreateParams(Params):
    active: bool | None = None
    billing_scheme: Literal['per_unit', 'tiered'] | None = None
    currency: str
    currency_options: dict[str, PriceCreateParamsCurrencyOptions] | None = None
    custom_unit_amount: PriceCreateParamsCustomUnitAmount | None = None
    expand: list[str] | None = None
    lookup_key: str | None = None
    metadata: Metadata | None = None
    nickname: str | None = None
    product: str | None = None
    product_data: PriceCreateParamsProductData | None = None
    recurring: PriceCreateParamsRecurring | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[PriceCreateParamsTier] | None = None
    tiers_mode: Literal['graduated', 'volume'] | None = None
    transfer_lookup_key: bool | None = None
    transform_quantity: PriceCreateParamsTransformQuantity | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class PriceListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class PriceListParamsRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year'] | None = None
    meter: str | None = None
    usage_type: Literal['licensed', 'metered'] | None = None


class PriceListParams(Params):
    active: bool | None = None
    created: PriceListParamsCreated | int | None = None
    currency: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    lookup_keys: list[str] | None = None
    product: str | None = None
    recurring: PriceListParamsRecurring | None = None
    starting_after: str | None = None
    type: Literal['one_time', 'recurring'] | None = None


class PriceRetrieveParams(Params):
    expand: list[str] | None = None


class PriceUpdateParamsCurrencyOptionsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class PriceUpdateParamsCurrencyOptionsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class PriceUpdateParamsCurrencyOptions(Params):
    custom_unit_amount: PriceUpdateParamsCurrencyOptionsCustomUnitAmount | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[PriceUpdateParamsCurrencyOptionsTier] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class PriceUpdateParams(Params):
    active: bool | None = None
    currency_options: Annotated[dict[str, PriceUpdateParamsCurrencyOptions] | None, EMPTYABLE] = None
    expand: list[str] | None = None
    lookup_key: str | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    nickname: str | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    transfer_lookup_key: bool | None = None


class ProductCreateParamsDefaultPriceDataCurrencyOptionsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class ProductCreateParamsDefaultPriceDataCurrencyOptionsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class ProductCreateParamsDefaultPriceDataCurrencyOptions(Params):
    custom_unit_amount: ProductCreateParamsDefaultPriceDataCurrencyOptionsCustomUnitAmount | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[ProductCreateParamsDefaultPriceDataCurrencyOptionsTier] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class ProductCreateParamsDefaultPriceDataCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class ProductCreateParamsDefaultPriceDataRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None


class ProductCreateParamsDefaultPriceData(Params):
    currency: str
    currency_options: dict[str, ProductCreateParamsDefaultPriceDataCurrencyOptions] | None = None
    custom_unit_amount: ProductCreateParamsDefaultPriceDataCustomUnitAmount | None = None
    metadata: Metadata | None = None
    recurring: ProductCreateParamsDefaultPriceDataRecurring | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class ProductCreateParamsMarketingFeature(Params):
    name: str


class ProductCreateParamsPackageDimensions(Params):
    height: float
    length: float
    weight: float
    width: float


class ProductCreateParamsTaxDetails(Params):
    performance_location: str | None = None
    tax_code: Annotated[str | None, EMPTYABLE] = None


class ProductCreateParams(Params):
    active: bool | None = None
    default_price_data: ProductCreateParamsDefaultPriceData | None = None
    description: str | None = None
    expand: list[str] | None = None
    id: str | None = None
    images: list[str] | None = None
    marketing_features: list[ProductCreateParamsMarketingFeature] | None = None
    metadata: Metadata | None = None
    name: str
    package_dimensions: ProductCreateParamsPackageDimensions | None = None
    shippable: bool | None = None
    statement_descriptor: str | None = None
    tax_code: str | None = None
    tax_details: ProductCreateParamsTaxDetails | None = None
    type: Literal['good', 'service'] | None = None
    unit_label: str | None = None
    url: str | None = None


class ProductDeleteParams(Params):
    pass


class ProductListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class ProductListParams(Params):
    active: bool | None = None
    created: ProductListParamsCreated | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    ids: list[str] | None = None
    limit: int | None = None
    shippable: bool | None = None
    starting_after: str | None = None
    type: Literal['good', 'service'] | None = None
    url: str | None = None


class ProductRetrieveParams(Params):
    expand: list[str] | None = None


class ProductUpdateParamsMarketingFeature(Params):
    name: str


class ProductUpdateParamsPackageDimensions(Params):
    height: float
    length: float
    weight: float
    width: float


class ProductUpdateParamsTaxDetails(Params):
    performance_location: str | None = None
    tax_code: Annotated[str | None, EMPTYABLE] = None


class ProductUpdateParams(Params):
    active: bool | None = None
    default_price: str | None = None
    description: Annotated[str | None, EMPTYABLE] = None
    expand: list[str] | None = None
    images: Annotated[list[str] | None, EMPTYABLE] = None
    marketing_features: Annotated[list[ProductUpdateParamsMarketingFeature] | None, EMPTYABLE] = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    name: str | None = None
    package_dimensions: Annotated[ProductUpdateParamsPackageDimensions | None, EMPTYABLE] = None
    shippable: bool | None = None
    statement_descriptor: str | None = None
    tax_code: Annotated[str | None, EMPTYABLE] = None
    tax_details: Annotated[ProductUpdateParamsTaxDetails | None, EMPTYABLE] = None
    unit_label: Annotated[str | None, EMPTYABLE] = None
    url: Annotated[str | None, EMPTYABLE] = None


CustomerCreateParamsAddress.model_rebuild()
CustomerCreateParamsCashBalanceSettings.model_rebuild()
CustomerCreateParamsCashBalance.model_rebuild()
CustomerCreateParamsInvoiceSettingsCustomField.model_rebuild()
CustomerCreateParamsInvoiceSettingsRenderingOptions.model_rebuild()
CustomerCreateParamsInvoiceSettings.model_rebuild()
CustomerCreateParamsShippingAddress.model_rebuild()
CustomerCreateParamsShipping.model_rebuild()
CustomerCreateParamsTax.model_rebuild()
CustomerCreateParamsTaxIdDatum.model_rebuild()
CustomerCreateParams.model_rebuild()
CustomerDeleteParams.model_rebuild()
CustomerListParamsCreated.model_rebuild()
CustomerListParams.model_rebuild()
CustomerRetrieveParams.model_rebuild()
CustomerUpdateParamsAddress.model_rebuild()
CustomerUpdateParamsCashBalanceSettings.model_rebuild()
CustomerUpdateParamsCashBalance.model_rebuild()
CustomerUpdateParamsInvoiceSettingsCustomField.model_rebuild()
CustomerUpdateParamsInvoiceSettingsRenderingOptions.model_rebuild()
CustomerUpdateParamsInvoiceSettings.model_rebuild()
CustomerUpdateParamsShippingAddress.model_rebuild()
CustomerUpdateParamsShipping.model_rebuild()
CustomerUpdateParamsTax.model_rebuild()
CustomerUpdateParams.model_rebuild()
FileContentsParams.model_rebuild()
FileCreateParamsFileLinkData.model_rebuild()
FileCreateParams.model_rebuild()
FileLinkCreateParams.model_rebuild()
FileLinkListParamsCreated.model_rebuild()
FileLinkListParams.model_rebuild()
FileLinkRetrieveParams.model_rebuild()
FileLinkUpdateParams.model_rebuild()
FileListParamsCreated.model_rebuild()
FileListParams.model_rebuild()
FileRetrieveParams.model_rebuild()
PriceCreateParamsCurrencyOptionsCustomUnitAmount.model_rebuild()
PriceCreateParamsCurrencyOptionsTier.model_rebuild()
PriceCreateParamsCurrencyOptions.model_rebuild()
PriceCreateParamsCustomUnitAmount.model_rebuild()
PriceCreateParamsProductDataTaxDetails.model_rebuild()
PriceCreateParamsProductData.model_rebuild()
PriceCreateParamsRecurring.model_rebuild()
PriceCreateParamsTier.model_rebuild()
PriceCreateParamsTransformQuantity.model_rebuild()
PriceCreateParams.model_rebuild()
PriceListParamsCreated.model_rebuild()
PriceListParamsRecurring.model_rebuild()
PriceListParams.model_rebuild()
PriceRetrieveParams.model_rebuild()
PriceUpdateParamsCurrencyOptionsCustomUnitAmount.model_rebuild()
PriceUpdateParamsCurrencyOptionsTier.model_rebuild()
PriceUpdateParamsCurrencyOptions.model_rebuild()
PriceUpdateParams.model_rebuild()
ProductCreateParamsDefaultPriceDataCurrencyOptionsCustomUnitAmount.model_rebuild()
ProductCreateParamsDefaultPriceDataCurrencyOptionsTier.model_rebuild()
ProductCreateParamsDefaultPriceDataCurrencyOptions.model_rebuild()
ProductCreateParamsDefaultPriceDataCustomUnitAmount.model_rebuild()
ProductCreateParamsDefaultPriceDataRecurring.model_rebuild()
ProductCreateParamsDefaultPriceData.model_rebuild()
ProductCreateParamsMarketingFeature.model_rebuild()
ProductCreateParamsPackageDimensions.model_rebuild()
ProductCreateParamsTaxDetails.model_rebuild()
ProductCreateParams.model_rebuild()
ProductDeleteParams.model_rebuild()
ProductListParamsCreated.model_rebuild()
ProductListParams.model_rebuild()
ProductRetrieveParams.model_rebuild()
ProductUpdateParamsMarketingFeature.model_rebuild()
ProductUpdateParamsPackageDimensions.model_rebuild()
ProductUpdateParamsTaxDetails.model_rebuild()
ProductUpdateParams.model_rebuild()
