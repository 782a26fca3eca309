"""What the pinned SDK (stripe==16.1.0) lacks, in the SDK's own shapes, for tools/gen_params.py.

This is the only hand-written input of the generated modules (`make params`): never put
these values in a generated file by hand, add them here. Two kinds of value:

- `PREVIEW_EVENT_TYPES`: event types Stripe documents but the SDK's `enabled_events` enum
  does not list (public previews). They join the SDK's types in `events/catalog_sdk.py`.
- `PARAMS`: param TypedDicts of APIs the SDK has no types for (public previews, and a
  file's contents, which the SDK leaves to `raw_request`), written the way the SDK writes
  its own (`stripe.params.*`: a `RequestOptions` subclass per request, one
  TypedDict per nested hash, `NotRequired[...]` for optional keys, `Literal['']|X` for
  what "" unsets). Each is keyed by the name an endpoint gives as `sdk=` (the SDK's
  namespacing: `crypto.X` for `/v1/crypto/...`). The generator turns them into param
  models exactly like the SDK's.

When an SDK upgrade starts to define one of these, the generator stops and says so: delete
the entry here and use the SDK's.

No `from __future__ import annotations` here, unlike the rest of the project: TypedDict
reads `NotRequired`/`Required` when the class is created, and string annotations hide them
(on Python 3.11 every key would count as required).
"""

from typing import Literal, NotRequired

from stripe._request_options import RequestOptions
from typing_extensions import TypedDict

__all__ = [
    "PARAMS",
    "PREVIEW_EVENT_TYPES",
    "FileContentsParams",
    "OnrampQuoteListParams",
    "OnrampSessionCreateParams",
    "OnrampSessionListParams",
    "OnrampSessionRetrieveParams",
]

#: Preview event types, spelled as Stripe's docs spell them.
PREVIEW_EVENT_TYPES: tuple[str, ...] = (
    # Crypto Onramp (spec/crypto_onramp.md, section 7): sent on every status change of a
    # crypto.onramp_session; the embedded and API guides spell it with an underscore.
    "crypto.onramp_session_updated",
)


# --- Crypto Onramp (public preview; spec/crypto_onramp.md) -----------------------------
#
# Currencies, networks and statuses are open sets in Stripe's sources (previews add values),
# and a bad value or pair has its own error code (`crypto_onramp_invalid_...`), so they are
# plain strings here and the service checks them against its table. Known values:
#   source currencies: eur, usd (some previews add gbp)
#   destination currencies: avax, btc, eth, matic, pol, sol, usdc, usdt, wld, xlm
#   networks: avalanche, base, bitcoin, celo, ethereum, optimism, polygon, solana, stellar,
#             sui, tempo, worldchain
#   session statuses: initialized, rejected, requires_payment, fulfillment_processing,
#                     fulfillment_complete (previews also show quote_ready)
# Amounts are decimal strings ("100.00", "0.1234"), as on the objects; the service checks
# their precision (`crypto_onramp_invalid_source_amount` / `..._destination_amount`).


class OnrampSessionCreateParamsKycDetailsAddress(TypedDict):
    city: NotRequired[str]
    country: NotRequired[str]
    line1: NotRequired[str]
    line2: NotRequired[str]
    postal_code: NotRequired[str]
    state: NotRequired[str]


class OnrampSessionCreateParamsKycDetailsDob(TypedDict):
    """All three or none."""

    day: int
    month: int
    year: int


class OnrampSessionCreateParamsKycDetails(TypedDict):
    """KYC prefill (no SSN: it cannot be prefilled). Never echoed back."""

    address: NotRequired[OnrampSessionCreateParamsKycDetailsAddress]
    dob: NotRequired[OnrampSessionCreateParamsKycDetailsDob]
    email: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]


class OnrampSessionCreateParamsWalletAddressesDestinationTags(TypedDict):
    stellar: NotRequired[str]


class OnrampSessionCreateParamsWalletAddresses(TypedDict):
    """One address per network (the Base network's key is `base_network`)."""

    avalanche: NotRequired[str]
    base_network: NotRequired[str]
    bitcoin: NotRequired[str]
    celo: NotRequired[str]
    destination_tags: NotRequired[OnrampSessionCreateParamsWalletAddressesDestinationTags]
    ethereum: NotRequired[str]
    optimism: NotRequired[str]
    polygon: NotRequired[str]
    solana: NotRequired[str]
    stellar: NotRequired[str]
    sui: NotRequired[str]
    tempo: NotRequired[str]
    worldchain: NotRequired[str]


class OnrampSessionCreateParams(RequestOptions):
    """`POST /v1/crypto/onramp_sessions`: every param is optional."""

    #: The older name of `kyc_details` (same fields).
    customer_information: NotRequired[OnrampSessionCreateParamsKycDetails]
    #: IPv4 or IPv6; decides the region check.
    customer_ip_address: NotRequired[str]
    #: Exclusive with `source_amount`; needs `destination_currency` and `destination_network`.
    destination_amount: NotRequired[str]
    destination_currencies: NotRequired[list[str]]
    #: Both of `destination_currency` and `destination_network`, or neither.
    destination_currency: NotRequired[str]
    destination_network: NotRequired[str]
    destination_networks: NotRequired[list[str]]
    expand: NotRequired[list[str]]
    kyc_details: NotRequired[OnrampSessionCreateParamsKycDetails]
    #: True needs at least one wallet address; also locks the destination tags.
    lock_wallet_address: NotRequired[bool]
    metadata: NotRequired[dict[str, str]]
    settlement_speed: NotRequired[Literal["instant", "standard"]]
    #: Needs `source_currency`; no fractional minor units.
    source_amount: NotRequired[str]
    source_currency: NotRequired[str]
    wallet_addresses: NotRequired[OnrampSessionCreateParamsWalletAddresses]


class OnrampSessionListParamsCreated(TypedDict):
    gt: NotRequired[int]
    gte: NotRequired[int]
    lt: NotRequired[int]
    lte: NotRequired[int]


class OnrampSessionListParams(RequestOptions):
    """`GET /v1/crypto/onramp_sessions`: newest first."""

    created: NotRequired[OnrampSessionListParamsCreated | int]
    destination_currency: NotRequired[str]
    destination_network: NotRequired[str]
    ending_before: NotRequired[str]
    expand: NotRequired[list[str]]
    limit: NotRequired[int]
    starting_after: NotRequired[str]
    status: NotRequired[str]


class OnrampSessionRetrieveParams(RequestOptions):
    """`GET /v1/crypto/onramp_sessions/{session}`."""

    expand: NotRequired[list[str]]


class OnrampQuoteListParams(RequestOptions):
    """`GET /v1/crypto/onramp_quotes` (and the legacy `/v1/crypto/onramp/quotes`)."""

    #: Exclusive with `source_amount`; needs exactly one destination currency and network.
    destination_amount: NotRequired[str]
    #: Default: every supported currency.
    destination_currencies: NotRequired[list[str]]
    #: Default: every supported network.
    destination_networks: NotRequired[list[str]]
    expand: NotRequired[list[str]]
    #: Default "100.00".
    source_amount: NotRequired[str]
    #: Default usd.
    source_currency: NotRequired[str]


# --- Files: a file's contents --------------------------------------------------------------


class FileContentsParams(RequestOptions):
    """`GET /v1/files/{file}/contents` (on the `files` host): the raw bytes; it takes no
    params, and the SDK has no method for it."""


#: `sdk=` name -> TypedDict, for the APIs above.
PARAMS: dict[str, type] = {
    "FileContentsParams": FileContentsParams,
    "crypto.OnrampQuoteListParams": OnrampQuoteListParams,
    "crypto.OnrampSessionCreateParams": OnrampSessionCreateParams,
    "crypto.OnrampSessionListParams": OnrampSessionListParams,
    "crypto.OnrampSessionRetrieveParams": OnrampSessionRetrieveParams,
}
