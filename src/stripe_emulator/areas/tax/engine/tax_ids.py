"""Format checks for ``customer_details.tax_ids`` and which ids make a customer a business.

Only the shape is checked (python-stdnum's format and length rules, or a pattern); a failed
check digit is accepted, as Stripe's own documentation examples (``DE123456789``) would fail
it and no registry is consulted offline. Types we know no format for are accepted as given.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable

__all__ = ["BUSINESS_TAX_ID_TYPES", "is_valid_format", "tax_id_country"]

# Stripe tax id type -> python-stdnum module.
_STDNUM = {
    "eu_vat": "stdnum.eu.vat", "gb_vat": "stdnum.gb.vat", "ch_vat": "stdnum.ch.vat",
    "ch_uid": "stdnum.ch.uid", "no_vat": "stdnum.no.mva", "is_vat": "stdnum.is_.vsk",
    "au_abn": "stdnum.au.abn", "nz_gst": "stdnum.nz.ird", "ca_bn": "stdnum.ca.bn",
    "in_gst": "stdnum.in_.gstin", "jp_cn": "stdnum.jp.cn", "sg_uen": "stdnum.sg.uen",
    "es_cif": "stdnum.es.cif", "us_ein": "stdnum.us.ein", "br_cnpj": "stdnum.br.cnpj",
    "br_cpf": "stdnum.br.cpf", "mx_rfc": "stdnum.mx.rfc", "kr_brn": "stdnum.kr.brn",
    "pl_nip": "stdnum.pl.nip", "hr_oib": "stdnum.hr.oib", "ru_inn": "stdnum.ru.inn",
    "cl_tin": "stdnum.cl.rut", "co_nit": "stdnum.co.nit", "tr_tin": "stdnum.tr.vkn",
}
# Stripe tax id type -> pattern on the value with spaces removed, upper-cased.
_PATTERNS = {
    "za_vat": r"4\d{9}",
    "sg_gst": r"[A-Z0-9]{9,10}",
    "th_vat": r"\d{13}",
    "jp_trn": r"T\d{13}",
    "jp_rn": r"\d{5}",
    "au_arn": r"\d{12}",
    "ca_gst_hst": r"\d{9}RT\d{4}",
    "ca_qst": r"\d{10}TQ\d{4}",
    "ca_pst_bc": r"PST-\d{4}-\d{4}",
    "ca_pst_mb": r"\d{6}-\d",
    "ca_pst_sk": r"\d{7}",
    "il_vat": r"\d{9}",
    "ae_trn": r"\d{15}",
    "sa_vat": r"\d{15}",
    "no_voec": r"\d{7}",
    "eu_oss_vat": r"EU\d{9}",
    "gb_vat_xi": r"XI\d{9}(\d{3})?",
}

_EU_VAT_COUNTRIES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB",
})

#: Tax id types that identify a business customer for reverse charge, by destination country
#: (EU member states share ``eu_vat``).
BUSINESS_TAX_ID_TYPES: dict[str, frozenset[str]] = {
    "EU": frozenset({"eu_vat"}),
    "GB": frozenset({"gb_vat"}),
    "CH": frozenset({"ch_vat", "ch_uid"}),
    "NO": frozenset({"no_vat"}),
    "IS": frozenset({"is_vat"}),
    "AU": frozenset({"au_abn"}),
    "NZ": frozenset({"nz_gst"}),
    "SG": frozenset({"sg_gst", "sg_uen"}),
    "JP": frozenset({"jp_trn", "jp_cn"}),
    "IN": frozenset({"in_gst"}),
}


@functools.cache
def _stdnum_validator(module_name: str) -> Callable[[str], object]:
    module = importlib.import_module(module_name)
    validate: Callable[[str], object] = module.validate
    return validate


def is_valid_format(tax_id_type: str, value: str) -> bool:
    """Whether ``value`` has the shape of a ``tax_id_type`` number (check digits not enforced)."""
    from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError

    if not value or not value.strip():
        return False
    if tax_id_type == "eu_vat" and tax_id_country(tax_id_type, value) not in _EU_VAT_COUNTRIES:
        return False
    module_name = _STDNUM.get(tax_id_type)
    if module_name is not None:
        try:
            _stdnum_validator(module_name)(value)
        except (InvalidChecksum, InvalidComponent):
            return True  # right shape, wrong check digit or registry component
        except ValidationError:
            return False
        return True
    pattern = _PATTERNS.get(tax_id_type)
    if pattern is not None:
        return re.fullmatch(pattern, re.sub(r"\s", "", value).upper()) is not None
    return True


def tax_id_country(tax_id_type: str, value: str) -> str | None:
    """The ISO country an ``eu_vat`` number belongs to (``EL`` -> ``GR``); None otherwise."""
    if tax_id_type != "eu_vat":
        return None
    prefix = re.sub(r"[\s.\-]", "", value).upper()[:2]
    return {"EL": "GR", "XI": "GB"}.get(prefix, prefix) if prefix.isalpha() else None
