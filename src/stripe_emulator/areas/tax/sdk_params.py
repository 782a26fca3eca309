# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the tax area (`areas/tax/`), made from the SDK's
TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested models it
uses:

- `tax.CalculationCreateParams`
- `tax.CalculationLineItemListParams`
- `tax.CalculationRetrieveParams`
- `tax.RegistrationCreateParams`
- `tax.RegistrationListParams`
- `tax.RegistrationRetrieveParams`
- `tax.RegistrationUpdateParams`
- `tax.SettingsRetrieveParams`
- `tax.SettingsUpdateParams`
- `TaxCodeListParams`
- `TaxCodeRetrieveParams`
- `tax.TransactionCreateFromCalculationParams`
- `tax.TransactionCreateReversalParams`
- `tax.TransactionLineItemListParams`
- `tax.TransactionRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

# ruff: noqa: E501
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params


class CalculationCreateParamsCustomerDetailsAddress(Params):
    city: Annotated[str | None, EMPTYABLE] = None
    country: str
    line1: Annotated[str | None, EMPTYABLE] = None
    line2: Annotated[str | None, EMPTYABLE] = None
    postal_code: Annotated[str | None, EMPTYABLE] = None
    state: Annotated[str | None, EMPTYABLE] = None


class CalculationCreateParamsCustomerDetailsTaxId(Params):
    type: Literal['ad_nrt', 'ae_trn', 'al_tin', 'am_tin', 'ao_tin', 'ar_cuit', 'au_abn', 'au_acn', 'au_arn', 'au_wpn', 'aw_tin', 'az_tin', 'ba_tin', 'bb_tin', 'bd_bin', 'bf_ifu', 'bg_uic', 'bh_vat', 'bj_ifu', 'bo_tin', 'br_cnpj', 'br_cpf', 'bs_tin', 'bw_vat', 'by_tin', 'ca_bn', 'ca_gst_hst', 'ca_pst_bc', 'ca_pst_mb', 'ca_pst_sk', 'ca_qst', 'cd_nif', 'ch_uid', 'ch_vat', 'ci_vat', 'cl_tin', 'cm_niu', 'cn_tin', 'co_nit', 'cr_tin', 'cv_nif', 'cz_dic', 'de_stn', 'do_rcn', 'ec_ruc', 'eg_tin', 'es_cif', 'et_tin', 'eu_oss_vat', 'eu_vat', 'fo_vat', 'fr_siren', 'fr_siret', 'fr_spi', 'gb_vat', 'ge_vat', 'gh_tin', 'gi_tin', 'gn_nif', 'hk_br', 'hr_oib', 'hu_tin', 'ic_nif', 'id_npwp', 'il_vat', 'in_gst', 'is_kt', 'is_vat', 'it_cf', 'jp_cn', 'jp_rn', 'jp_trn', 'ke_pin', 'kg_tin', 'kh_tin', 'kr_brn', 'kz_bin', 'la_tin', 'li_uid', 'li_vat', 'lk_vat', 'ma_vat', 'md_cf', 'md_vat', 'me_pib', 'mk_vat', 'mr_nif', 'mu_vat', 'mx_rfc', 'my_frp', 'my_itn', 'my_sst', 'mz_nuit', 'ng_tin', 'no_vat', 'no_voec', 'np_pan', 'nz_bn', 'nz_gst', 'om_vat', 'pe_ruc', 'ph_tin', 'pl_nip', 'pt_nif', 'py_ruc', 'ro_tin', 'rs_pib', 'ru_inn', 'ru_kpp', 'sa_vat', 'sg_gst', 'sg_uen', 'si_tin', 'sm_coe', 'sn_ninea', 'sr_fin', 'sv_nit', 'th_vat', 'tj_tin', 'tr_tin', 'tt_bir', 'tt_vat', 'tw_vat', 'tz_vat', 'ua_vat', 'ug_tin', 'us_ein', 'uy_ruc', 'uz_tin', 'uz_vat', 've_rif', 'vn_tin', 'za_vat', 'zm_tin', 'zw_tin']
    value: str


class CalculationCreateParamsCustomerDetails(Params):
    address: CalculationCreateParamsCustomerDetailsAddress | None = None
    address_source: Literal['billing', 'shipping'] | None = None
    ip_address: str | None = None
    tax_ids: list[CalculationCreateParamsCustomerDetailsTaxId] | None = None
    taxability_override: Literal['customer_exempt', 'none', 'reverse_charge'] | None = None


class CalculationCreateParamsLineItem(Params):
    amount: int
    metadata: Metadata | None = None
    performance_location: str | None = None
    product: str | None = None
    quantity: int | None = None
    reference: str | None = None
    tax_behavior: Literal['exclusive', 'inclusive'] | None = None
    tax_code: str | None = None


class CalculationCreateParamsShipFromDetailsAddress(Params):
    city: Annotated[str | None, EMPTYABLE] = None
    country: str
    line1: Annotated[str | None, EMPTYABLE] = None
    line2: Annotated[str | None, EMPTYABLE] = None
    postal_code: Annotated[str | None, EMPTYABLE] = None
    state: Annotated[str | None, EMPTYABLE] = None


class CalculationCreateParamsShipFromDetails(Params):
    address: CalculationCreateParamsShipFromDetailsAddress


class CalculationCreateParamsShippingCost(Params):
    amount: int | None = None
    shipping_rate: str | None = None
    tax_behavior: Literal['exclusive', 'inclusive'] | None = None
    tax_code: str | None = None


class CalculationCreateParams(Params):
    currency: str
    customer: str | None = None
    customer_details: CalculationCreateParamsCustomerDetails | None = None
    expand: list[str] | None = None
    line_items: list[CalculationCreateParamsLineItem]
    ship_from_details: CalculationCreateParamsShipFromDetails | None = None
    shipping_cost: CalculationCreateParamsShippingCost | None = None
    tax_date: int | None = None


class CalculationLineItemListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class CalculationRetrieveParams(Params):
    expand: list[str] | None = None


class RegistrationCreateParamsCountryOptionsIn(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsIsStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsIs(Params):
    standard: RegistrationCreateParamsCountryOptionsIsStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsAeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsAe(Params):
    standard: RegistrationCreateParamsCountryOptionsAeStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsAlStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsAl(Params):
    standard: RegistrationCreateParamsCountryOptionsAlStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsAm(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsAoStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsAo(Params):
    standard: RegistrationCreateParamsCountryOptionsAoStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsAtStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsAt(Params):
    standard: RegistrationCreateParamsCountryOptionsAtStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsAuStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsAu(Params):
    standard: RegistrationCreateParamsCountryOptionsAuStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsAwStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsAw(Params):
    standard: RegistrationCreateParamsCountryOptionsAwStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsAz(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsBaStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsBa(Params):
    standard: RegistrationCreateParamsCountryOptionsBaStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsBbStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsBb(Params):
    standard: RegistrationCreateParamsCountryOptionsBbStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsBdStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsBd(Params):
    standard: RegistrationCreateParamsCountryOptionsBdStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsBeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsBe(Params):
    standard: RegistrationCreateParamsCountryOptionsBeStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsBfStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsBf(Params):
    standard: RegistrationCreateParamsCountryOptionsBfStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsBgStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsBg(Params):
    standard: RegistrationCreateParamsCountryOptionsBgStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsBhStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsBh(Params):
    standard: RegistrationCreateParamsCountryOptionsBhStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsBj(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsBsStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsBs(Params):
    standard: RegistrationCreateParamsCountryOptionsBsStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsBw(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsBy(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCaProvinceStandard(Params):
    province: str


class RegistrationCreateParamsCountryOptionsCa(Params):
    province_standard: RegistrationCreateParamsCountryOptionsCaProvinceStandard | None = None
    type: Literal['province_standard', 'simplified', 'standard']


class RegistrationCreateParamsCountryOptionsCdStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsCd(Params):
    standard: RegistrationCreateParamsCountryOptionsCdStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsChStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsCh(Params):
    standard: RegistrationCreateParamsCountryOptionsChStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsCi(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCl(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCm(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCo(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCr(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCv(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsCyStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsCy(Params):
    standard: RegistrationCreateParamsCountryOptionsCyStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsCzStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsCz(Params):
    standard: RegistrationCreateParamsCountryOptionsCzStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsDeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsDe(Params):
    standard: RegistrationCreateParamsCountryOptionsDeStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsDkStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsDk(Params):
    standard: RegistrationCreateParamsCountryOptionsDkStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsEc(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsEeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsEe(Params):
    standard: RegistrationCreateParamsCountryOptionsEeStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsEg(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsEsStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsEs(Params):
    standard: RegistrationCreateParamsCountryOptionsEsStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsEtStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsEt(Params):
    standard: RegistrationCreateParamsCountryOptionsEtStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsFiStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsFi(Params):
    standard: RegistrationCreateParamsCountryOptionsFiStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsFrStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsFr(Params):
    standard: RegistrationCreateParamsCountryOptionsFrStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsGbStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsGb(Params):
    standard: RegistrationCreateParamsCountryOptionsGbStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsGe(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsGh(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsGnStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsGn(Params):
    standard: RegistrationCreateParamsCountryOptionsGnStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsGrStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsGr(Params):
    standard: RegistrationCreateParamsCountryOptionsGrStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsHrStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsHr(Params):
    standard: RegistrationCreateParamsCountryOptionsHrStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsHuStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsHu(Params):
    standard: RegistrationCreateParamsCountryOptionsHuStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsId(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsIeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsIe(Params):
    standard: RegistrationCreateParamsCountryOptionsIeStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsItStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsIt(Params):
    standard: RegistrationCreateParamsCountryOptionsItStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsJpStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsJp(Params):
    standard: RegistrationCreateParamsCountryOptionsJpStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsKe(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsKg(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsKh(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsKr(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsKz(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsLa(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsLk(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsLtStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsLt(Params):
    standard: RegistrationCreateParamsCountryOptionsLtStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsLuStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsLu(Params):
    standard: RegistrationCreateParamsCountryOptionsLuStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsLvStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsLv(Params):
    standard: RegistrationCreateParamsCountryOptionsLvStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsMa(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsMd(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsMeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsMe(Params):
    standard: RegistrationCreateParamsCountryOptionsMeStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsMkStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsMk(Params):
    standard: RegistrationCreateParamsCountryOptionsMkStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsMrStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsMr(Params):
    standard: RegistrationCreateParamsCountryOptionsMrStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsMtStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsMt(Params):
    standard: RegistrationCreateParamsCountryOptionsMtStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsMu(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsMx(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsMy(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsNg(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsNlStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsNl(Params):
    standard: RegistrationCreateParamsCountryOptionsNlStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsNoStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsNo(Params):
    standard: RegistrationCreateParamsCountryOptionsNoStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsNp(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsNzStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsNz(Params):
    standard: RegistrationCreateParamsCountryOptionsNzStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsOmStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsOm(Params):
    standard: RegistrationCreateParamsCountryOptionsOmStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsPe(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsPh(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsPlStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsPl(Params):
    standard: RegistrationCreateParamsCountryOptionsPlStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsPtStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsPt(Params):
    standard: RegistrationCreateParamsCountryOptionsPtStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsRoStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsRo(Params):
    standard: RegistrationCreateParamsCountryOptionsRoStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsRsStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsRs(Params):
    standard: RegistrationCreateParamsCountryOptionsRsStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsRu(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsSa(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsSeStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsSe(Params):
    standard: RegistrationCreateParamsCountryOptionsSeStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsSgStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsSg(Params):
    standard: RegistrationCreateParamsCountryOptionsSgStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsSiStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsSi(Params):
    standard: RegistrationCreateParamsCountryOptionsSiStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsSkStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'small_seller', 'standard']


class RegistrationCreateParamsCountryOptionsSk(Params):
    standard: RegistrationCreateParamsCountryOptionsSkStandard | None = None
    type: Literal['ioss', 'oss_non_union', 'oss_union', 'standard']


class RegistrationCreateParamsCountryOptionsSn(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsSrStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsSr(Params):
    standard: RegistrationCreateParamsCountryOptionsSrStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsTh(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsTj(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsTr(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsTw(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsTz(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsUa(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsUg(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsUsAdmissionsTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsAttendanceTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsEntertainmentTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsGrossReceiptsTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsHospitalityTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsLocalAmusementTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsLocalLeaseTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsLuxuryTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsMassTransitParkingTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsParkingTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsResortTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsStateSalesTaxElection(Params):
    jurisdiction: str | None = None
    type: Literal['local_use_tax', 'simplified_sellers_use_tax', 'single_local_use_tax']


class RegistrationCreateParamsCountryOptionsUsStateSalesTax(Params):
    elections: list[RegistrationCreateParamsCountryOptionsUsStateSalesTaxElection]


class RegistrationCreateParamsCountryOptionsUsTourismTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUsUtilityUsersTax(Params):
    jurisdiction: str


class RegistrationCreateParamsCountryOptionsUs(Params):
    admissions_tax: RegistrationCreateParamsCountryOptionsUsAdmissionsTax | None = None
    attendance_tax: RegistrationCreateParamsCountryOptionsUsAttendanceTax | None = None
    entertainment_tax: RegistrationCreateParamsCountryOptionsUsEntertainmentTax | None = None
    gross_receipts_tax: RegistrationCreateParamsCountryOptionsUsGrossReceiptsTax | None = None
    hospitality_tax: RegistrationCreateParamsCountryOptionsUsHospitalityTax | None = None
    local_amusement_tax: RegistrationCreateParamsCountryOptionsUsLocalAmusementTax | None = None
    local_lease_tax: RegistrationCreateParamsCountryOptionsUsLocalLeaseTax | None = None
    luxury_tax: RegistrationCreateParamsCountryOptionsUsLuxuryTax | None = None
    mass_transit_parking_tax: RegistrationCreateParamsCountryOptionsUsMassTransitParkingTax | None = None
    parking_tax: RegistrationCreateParamsCountryOptionsUsParkingTax | None = None
    resort_tax: RegistrationCreateParamsCountryOptionsUsResortTax | None = None
    state: str
    state_sales_tax: RegistrationCreateParamsCountryOptionsUsStateSalesTax | None = None
    tourism_tax: RegistrationCreateParamsCountryOptionsUsTourismTax | None = None
    type: Literal['admissions_tax', 'attendance_tax', 'digital_excise_tax', 'entertainment_tax', 'gross_receipts_tax', 'hospitality_tax', 'local_amusement_tax', 'local_lease_tax', 'luxury_tax', 'mass_transit_parking_tax', 'parking_tax', 'resort_tax', 'state_communications_tax', 'state_retail_delivery_fee', 'state_sales_tax', 'tourism_tax', 'utility_users_tax']
    utility_users_tax: RegistrationCreateParamsCountryOptionsUsUtilityUsersTax | None = None


class RegistrationCreateParamsCountryOptionsUyStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsUy(Params):
    standard: RegistrationCreateParamsCountryOptionsUyStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsUz(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsVn(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsZaStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsZa(Params):
    standard: RegistrationCreateParamsCountryOptionsZaStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptionsZm(Params):
    type: Literal['simplified']


class RegistrationCreateParamsCountryOptionsZwStandard(Params):
    place_of_supply_scheme: Literal['inbound_goods', 'standard'] | None = None


class RegistrationCreateParamsCountryOptionsZw(Params):
    standard: RegistrationCreateParamsCountryOptionsZwStandard | None = None
    type: Literal['standard']


class RegistrationCreateParamsCountryOptions(Params):
    in_: RegistrationCreateParamsCountryOptionsIn | None = Field(None, alias='in')
    is_: RegistrationCreateParamsCountryOptionsIs | None = Field(None, alias='is')
    ae: RegistrationCreateParamsCountryOptionsAe | None = None
    al: RegistrationCreateParamsCountryOptionsAl | None = None
    am: RegistrationCreateParamsCountryOptionsAm | None = None
    ao: RegistrationCreateParamsCountryOptionsAo | None = None
    at: RegistrationCreateParamsCountryOptionsAt | None = None
    au: RegistrationCreateParamsCountryOptionsAu | None = None
    aw: RegistrationCreateParamsCountryOptionsAw | None = None
    az: RegistrationCreateParamsCountryOptionsAz | None = None
    ba: RegistrationCreateParamsCountryOptionsBa | None = None
    bb: RegistrationCreateParamsCountryOptionsBb | None = None
    bd: RegistrationCreateParamsCountryOptionsBd | None = None
    be: RegistrationCreateParamsCountryOptionsBe | None = None
    bf: RegistrationCreateParamsCountryOptionsBf | None = None
    bg: RegistrationCreateParamsCountryOptionsBg | None = None
    bh: RegistrationCreateParamsCountryOptionsBh | None = None
    bj: RegistrationCreateParamsCountryOptionsBj | None = None
    bs: RegistrationCreateParamsCountryOptionsBs | None = None
    bw: RegistrationCreateParamsCountryOptionsBw | None = None
    by: RegistrationCreateParamsCountryOptionsBy | None = None
    ca: RegistrationCreateParamsCountryOptionsCa | None = None
    cd: RegistrationCreateParamsCountryOptionsCd | None = None
    ch: RegistrationCreateParamsCountryOptionsCh | None = None
    ci: RegistrationCreateParamsCountryOptionsCi | None = None
    cl: RegistrationCreateParamsCountryOptionsCl | None = None
    cm: RegistrationCreateParamsCountryOptionsCm | None = None
    co: RegistrationCreateParamsCountryOptionsCo | None = None
    cr: RegistrationCreateParamsCountryOptionsCr | None = None
    cv: RegistrationCreateParamsCountryOptionsCv | None = None
    cy: RegistrationCreateParamsCountryOptionsCy | None = None
    cz: RegistrationCreateParamsCountryOptionsCz | None = None
    de: RegistrationCreateParamsCountryOptionsDe | None = None
    dk: RegistrationCreateParamsCountryOptionsDk | None = None
    ec: RegistrationCreateParamsCountryOptionsEc | None = None
    ee: RegistrationCreateParamsCountryOptionsEe | None = None
    eg: RegistrationCreateParamsCountryOptionsEg | None = None
    es: RegistrationCreateParamsCountryOptionsEs | None = None
    et: RegistrationCreateParamsCountryOptionsEt | None = None
    fi: RegistrationCreateParamsCountryOptionsFi | None = None
    fr: RegistrationCreateParamsCountryOptionsFr | None = None
    gb: RegistrationCreateParamsCountryOptionsGb | None = None
    ge: RegistrationCreateParamsCountryOptionsGe | None = None
    gh: RegistrationCreateParamsCountryOptionsGh | None = None
    gn: RegistrationCreateParamsCountryOptionsGn | None = None
    gr: RegistrationCreateParamsCountryOptionsGr | None = None
    hr: RegistrationCreateParamsCountryOptionsHr | None = None
    hu: RegistrationCreateParamsCountryOptionsHu | None = None
    id: RegistrationCreateParamsCountryOptionsId | None = None
    ie: RegistrationCreateParamsCountryOptionsIe | None = None
    it: RegistrationCreateParamsCountryOptionsIt | None = None
    jp: RegistrationCreateParamsCountryOptionsJp | None = None
    ke: RegistrationCreateParamsCountryOptionsKe | None = None
    kg: RegistrationCreateParamsCountryOptionsKg | None = None
    kh: RegistrationCreateParamsCountryOptionsKh | None = None
    kr: RegistrationCreateParamsCountryOptionsKr | None = None
    kz: RegistrationCreateParamsCountryOptionsKz | None = None
    la: RegistrationCreateParamsCountryOptionsLa | None = None
    lk: RegistrationCreateParamsCountryOptionsLk | None = None
    lt: RegistrationCreateParamsCountryOptionsLt | None = None
    lu: RegistrationCreateParamsCountryOptionsLu | None = None
    lv: RegistrationCreateParamsCountryOptionsLv | None = None
    ma: RegistrationCreateParamsCountryOptionsMa | None = None
    md: RegistrationCreateParamsCountryOptionsMd | None = None
    me: RegistrationCreateParamsCountryOptionsMe | None = None
    mk: RegistrationCreateParamsCountryOptionsMk | None = None
    mr: RegistrationCreateParamsCountryOptionsMr | None = None
    mt: RegistrationCreateParamsCountryOptionsMt | None = None
    mu: RegistrationCreateParamsCountryOptionsMu | None = None
    mx: RegistrationCreateParamsCountryOptionsMx | None = None
    my: RegistrationCreateParamsCountryOptionsMy | None = None
    ng: RegistrationCreateParamsCountryOptionsNg | None = None
    nl: RegistrationCreateParamsCountryOptionsNl | None = None
    no: RegistrationCreateParamsCountryOptionsNo | None = None
    np: RegistrationCreateParamsCountryOptionsNp | None = None
    nz: RegistrationCreateParamsCountryOptionsNz | None = None
    om: RegistrationCreateParamsCountryOptionsOm | None = None
    pe: RegistrationCreateParamsCountryOptionsPe | None = None
    ph: RegistrationCreateParamsCountryOptionsPh | None = None
    pl: RegistrationCreateParamsCountryOptionsPl | None = None
    pt: RegistrationCreateParamsCountryOptionsPt | None = None
    ro: RegistrationCreateParamsCountryOptionsRo | None = None
    rs: RegistrationCreateParamsCountryOptionsRs | None = None
    ru: RegistrationCreateParamsCountryOptionsRu | None = None
    sa: RegistrationCreateParamsCountryOptionsSa | None = None
    se: RegistrationCreateParamsCountryOptionsSe | None = None
    sg: RegistrationCreateParamsCountryOptionsSg | None = None
    si: RegistrationCreateParamsCountryOptionsSi | None = None
    sk: RegistrationCreateParamsCountryOptionsSk | None = None
    sn: RegistrationCreateParamsCountryOptionsSn | None = None
    sr: RegistrationCreateParamsCountryOptionsSr | None = None
    th: RegistrationCreateParamsCountryOptionsTh | None = None
    tj: RegistrationCreateParamsCountryOptionsTj | None = None
    tr: RegistrationCreateParamsCountryOptionsTr | None = None
    tw: RegistrationCreateParamsCountryOptionsTw | None = None
    tz: RegistrationCreateParamsCountryOptionsTz | None = None
    ua: RegistrationCreateParamsCountryOptionsUa | None = None
    ug: RegistrationCreateParamsCountryOptionsUg | None = None
    us: RegistrationCreateParamsCountryOptionsUs | None = None
    uy: RegistrationCreateParamsCountryOptionsUy | None = None
    uz: RegistrationCreateParamsCountryOptionsUz | None = None
    vn: RegistrationCreateParamsCountryOptionsVn | None = None
    za: RegistrationCreateParamsCountryOptionsZa | None = None
    zm: RegistrationCreateParamsCountryOptionsZm | None = None
    zw: RegistrationCreateParamsCountryOptionsZw | None = None


class RegistrationCreateParams(Params):
    active_from: Literal['now'] | int
    country: str
    country_options: RegistrationCreateParamsCountryOptions
    expand: list[str] | None = None
    expires_at: int | None = None


class RegistrationListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    status: Literal['active', 'all', 'expired', 'scheduled'] | None = None


class RegistrationRetrieveParams(Params):
    expand: list[str] | None = None


class RegistrationUpdateParams(Params):
    active_from: Literal['now'] | int | None = None
    expand: list[str] | None = None
    expires_at: Annotated[Literal['now'] | int | None, EMPTYABLE] = None


class SettingsRetrieveParams(Params):
    expand: list[str] | None = None


class SettingsUpdateParamsDefaults(Params):
    tax_behavior: Literal['exclusive', 'inclusive', 'inferred_by_currency'] | None = None
    tax_code: str | None = None


class SettingsUpdateParamsHeadOfficeAddress(Params):
    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class SettingsUpdateParamsHeadOffice(Params):
    address: SettingsUpdateParamsHeadOfficeAddress


class SettingsUpdateParams(Params):
    defaults: SettingsUpdateParamsDefaults | None = None
    expand: list[str] | None = None
    head_office: SettingsUpdateParamsHeadOffice | None = None


class TaxCodeListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class TaxCodeRetrieveParams(Params):
    expand: list[str] | None = None


class TransactionCreateFromCalculationParams(Params):
    calculation: str
    expand: list[str] | None = None
    metadata: Metadata | None = None
    posted_at: int | None = None
    reference: str


class TransactionCreateReversalParamsLineItem(Params):
    amount: int
    amount_tax: int
    metadata: Metadata | None = None
    original_line_item: str
    quantity: int | None = None
    reference: str


class TransactionCreateReversalParamsShippingCost(Params):
    amount: int
    amount_tax: int


class TransactionCreateReversalParams(Params):
    expand: list[str] | None = None
    flat_amount: int | None = None
    line_items: list[TransactionCreateReversalParamsLineItem] | None = None
    metadata: Metadata | None = None
    mode: Literal['full', 'partial']
    original_transaction: str
    reference: str
    shipping_cost: TransactionCreateReversalParamsShippingCost | None = None


class TransactionLineItemListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class TransactionRetrieveParams(Params):
    expand: list[str] | None = None


CalculationCreateParamsCustomerDetailsAddress.model_rebuild()
CalculationCreateParamsCustomerDetailsTaxId.model_rebuild()
CalculationCreateParamsCustomerDetails.model_rebuild()
CalculationCreateParamsLineItem.model_rebuild()
CalculationCreateParamsShipFromDetailsAddress.model_rebuild()
CalculationCreateParamsShipFromDetails.model_rebuild()
CalculationCreateParamsShippingCost.model_rebuild()
CalculationCreateParams.model_rebuild()
CalculationLineItemListParams.model_rebuild()
CalculationRetrieveParams.model_rebuild()
RegistrationCreateParamsCountryOptionsIn.model_rebuild()
RegistrationCreateParamsCountryOptionsIsStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsIs.model_rebuild()
RegistrationCreateParamsCountryOptionsAeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsAe.model_rebuild()
RegistrationCreateParamsCountryOptionsAlStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsAl.model_rebuild()
RegistrationCreateParamsCountryOptionsAm.model_rebuild()
RegistrationCreateParamsCountryOptionsAoStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsAo.model_rebuild()
RegistrationCreateParamsCountryOptionsAtStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsAt.model_rebuild()
RegistrationCreateParamsCountryOptionsAuStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsAu.model_rebuild()
RegistrationCreateParamsCountryOptionsAwStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsAw.model_rebuild()
RegistrationCreateParamsCountryOptionsAz.model_rebuild()
RegistrationCreateParamsCountryOptionsBaStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBa.model_rebuild()
RegistrationCreateParamsCountryOptionsBbStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBb.model_rebuild()
RegistrationCreateParamsCountryOptionsBdStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBd.model_rebuild()
RegistrationCreateParamsCountryOptionsBeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBe.model_rebuild()
RegistrationCreateParamsCountryOptionsBfStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBf.model_rebuild()
RegistrationCreateParamsCountryOptionsBgStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBg.model_rebuild()
RegistrationCreateParamsCountryOptionsBhStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBh.model_rebuild()
RegistrationCreateParamsCountryOptionsBj.model_rebuild()
RegistrationCreateParamsCountryOptionsBsStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsBs.model_rebuild()
RegistrationCreateParamsCountryOptionsBw.model_rebuild()
RegistrationCreateParamsCountryOptionsBy.model_rebuild()
RegistrationCreateParamsCountryOptionsCaProvinceStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsCa.model_rebuild()
RegistrationCreateParamsCountryOptionsCdStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsCd.model_rebuild()
RegistrationCreateParamsCountryOptionsChStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsCh.model_rebuild()
RegistrationCreateParamsCountryOptionsCi.model_rebuild()
RegistrationCreateParamsCountryOptionsCl.model_rebuild()
RegistrationCreateParamsCountryOptionsCm.model_rebuild()
RegistrationCreateParamsCountryOptionsCo.model_rebuild()
RegistrationCreateParamsCountryOptionsCr.model_rebuild()
RegistrationCreateParamsCountryOptionsCv.model_rebuild()
RegistrationCreateParamsCountryOptionsCyStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsCy.model_rebuild()
RegistrationCreateParamsCountryOptionsCzStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsCz.model_rebuild()
RegistrationCreateParamsCountryOptionsDeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsDe.model_rebuild()
RegistrationCreateParamsCountryOptionsDkStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsDk.model_rebuild()
RegistrationCreateParamsCountryOptionsEc.model_rebuild()
RegistrationCreateParamsCountryOptionsEeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsEe.model_rebuild()
RegistrationCreateParamsCountryOptionsEg.model_rebuild()
RegistrationCreateParamsCountryOptionsEsStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsEs.model_rebuild()
RegistrationCreateParamsCountryOptionsEtStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsEt.model_rebuild()
RegistrationCreateParamsCountryOptionsFiStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsFi.model_rebuild()
RegistrationCreateParamsCountryOptionsFrStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsFr.model_rebuild()
RegistrationCreateParamsCountryOptionsGbStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsGb.model_rebuild()
RegistrationCreateParamsCountryOptionsGe.model_rebuild()
RegistrationCreateParamsCountryOptionsGh.model_rebuild()
RegistrationCreateParamsCountryOptionsGnStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsGn.model_rebuild()
RegistrationCreateParamsCountryOptionsGrStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsGr.model_rebuild()
RegistrationCreateParamsCountryOptionsHrStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsHr.model_rebuild()
RegistrationCreateParamsCountryOptionsHuStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsHu.model_rebuild()
RegistrationCreateParamsCountryOptionsId.model_rebuild()
RegistrationCreateParamsCountryOptionsIeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsIe.model_rebuild()
RegistrationCreateParamsCountryOptionsItStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsIt.model_rebuild()
RegistrationCreateParamsCountryOptionsJpStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsJp.model_rebuild()
RegistrationCreateParamsCountryOptionsKe.model_rebuild()
RegistrationCreateParamsCountryOptionsKg.model_rebuild()
RegistrationCreateParamsCountryOptionsKh.model_rebuild()
RegistrationCreateParamsCountryOptionsKr.model_rebuild()
RegistrationCreateParamsCountryOptionsKz.model_rebuild()
RegistrationCreateParamsCountryOptionsLa.model_rebuild()
RegistrationCreateParamsCountryOptionsLk.model_rebuild()
RegistrationCreateParamsCountryOptionsLtStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsLt.model_rebuild()
RegistrationCreateParamsCountryOptionsLuStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsLu.model_rebuild()
RegistrationCreateParamsCountryOptionsLvStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsLv.model_rebuild()
RegistrationCreateParamsCountryOptionsMa.model_rebuild()
RegistrationCreateParamsCountryOptionsMd.model_rebuild()
RegistrationCreateParamsCountryOptionsMeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsMe.model_rebuild()
RegistrationCreateParamsCountryOptionsMkStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsMk.model_rebuild()
RegistrationCreateParamsCountryOptionsMrStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsMr.model_rebuild()
RegistrationCreateParamsCountryOptionsMtStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsMt.model_rebuild()
RegistrationCreateParamsCountryOptionsMu.model_rebuild()
RegistrationCreateParamsCountryOptionsMx.model_rebuild()
RegistrationCreateParamsCountryOptionsMy.model_rebuild()
RegistrationCreateParamsCountryOptionsNg.model_rebuild()
RegistrationCreateParamsCountryOptionsNlStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsNl.model_rebuild()
RegistrationCreateParamsCountryOptionsNoStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsNo.model_rebuild()
RegistrationCreateParamsCountryOptionsNp.model_rebuild()
RegistrationCreateParamsCountryOptionsNzStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsNz.model_rebuild()
RegistrationCreateParamsCountryOptionsOmStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsOm.model_rebuild()
RegistrationCreateParamsCountryOptionsPe.model_rebuild()
RegistrationCreateParamsCountryOptionsPh.model_rebuild()
RegistrationCreateParamsCountryOptionsPlStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsPl.model_rebuild()
RegistrationCreateParamsCountryOptionsPtStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsPt.model_rebuild()
RegistrationCreateParamsCountryOptionsRoStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsRo.model_rebuild()
RegistrationCreateParamsCountryOptionsRsStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsRs.model_rebuild()
RegistrationCreateParamsCountryOptionsRu.model_rebuild()
RegistrationCreateParamsCountryOptionsSa.model_rebuild()
RegistrationCreateParamsCountryOptionsSeStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsSe.model_rebuild()
RegistrationCreateParamsCountryOptionsSgStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsSg.model_rebuild()
RegistrationCreateParamsCountryOptionsSiStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsSi.model_rebuild()
RegistrationCreateParamsCountryOptionsSkStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsSk.model_rebuild()
RegistrationCreateParamsCountryOptionsSn.model_rebuild()
RegistrationCreateParamsCountryOptionsSrStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsSr.model_rebuild()
RegistrationCreateParamsCountryOptionsTh.model_rebuild()
RegistrationCreateParamsCountryOptionsTj.model_rebuild()
RegistrationCreateParamsCountryOptionsTr.model_rebuild()
RegistrationCreateParamsCountryOptionsTw.model_rebuild()
RegistrationCreateParamsCountryOptionsTz.model_rebuild()
RegistrationCreateParamsCountryOptionsUa.model_rebuild()
RegistrationCreateParamsCountryOptionsUg.model_rebuild()
RegistrationCreateParamsCountryOptionsUsAdmissionsTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsAttendanceTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsEntertainmentTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsGrossReceiptsTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsHospitalityTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsLocalAmusementTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsLocalLeaseTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsLuxuryTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsMassTransitParkingTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsParkingTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsResortTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsStateSalesTaxElection.model_rebuild()
RegistrationCreateParamsCountryOptionsUsStateSalesTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsTourismTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUsUtilityUsersTax.model_rebuild()
RegistrationCreateParamsCountryOptionsUs.model_rebuild()
RegistrationCreateParamsCountryOptionsUyStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsUy.model_rebuild()
RegistrationCreateParamsCountryOptionsUz.model_rebuild()
RegistrationCreateParamsCountryOptionsVn.model_rebuild()
RegistrationCreateParamsCountryOptionsZaStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsZa.model_rebuild()
RegistrationCreateParamsCountryOptionsZm.model_rebuild()
RegistrationCreateParamsCountryOptionsZwStandard.model_rebuild()
RegistrationCreateParamsCountryOptionsZw.model_rebuild()
RegistrationCreateParamsCountryOptions.model_rebuild()
RegistrationCreateParams.model_rebuild()
RegistrationListParams.model_rebuild()
RegistrationRetrieveParams.model_rebuild()
RegistrationUpdateParams.model_rebuild()
SettingsRetrieveParams.model_rebuild()
SettingsUpdateParamsDefaults.model_rebuild()
SettingsUpdateParamsHeadOfficeAddress.model_rebuild()
SettingsUpdateParamsHeadOffice.model_rebuild()
SettingsUpdateParams.model_rebuild()
TaxCodeListParams.model_rebuild()
TaxCodeRetrieveParams.model_rebuild()
TransactionCreateFromCalculationParams.model_rebuild()
TransactionCreateReversalParamsLineItem.model_rebuild()
TransactionCreateReversalParamsShippingCost.model_rebuild()
TransactionCreateReversalParams.model_rebuild()
TransactionLineItemListParams.model_rebuild()
TransactionRetrieveParams.model_rebuild()
