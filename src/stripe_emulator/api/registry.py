"""The endpoint registry: `@endpoint(method, path, params=Model)` is the only way to add a
route, Stripe's `/v1/...`, our operator routes under `/_emulator/...` and the few public
routes that take no key (`PUBLIC_PREFIXES`: a file link's `/links/<token>`) alike. Routing,
validation and `/openapi.json` all read it.

Literal paths win over parameterised ones (`/v1/customers/search` before
`/v1/customers/{customer}`), whatever the order of registration.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stripe_emulator.api.params import Params

__all__ = ["FORM_BODY", "PUBLIC_PREFIXES", "UPLOAD_BODY", "Endpoint", "Registry", "endpoint",
           "registry"]

Handler = Callable[..., Awaitable[Any]]
_PARAM = re.compile(r"\{([a-z_]+)\}")
#: Largest request body of a form endpoint (Stripe refuses larger ones too).
FORM_BODY = 2 << 20
#: Largest request body of a file upload endpoint (Stripe's file size limit plus room for
#: the multipart envelope).
UPLOAD_BODY = 16 * (1 << 20) + (1 << 16)
#: Where operator routes live: our controls, not Stripe's API.
OPERATOR_PREFIX = "/_emulator/"
#: Where public routes live: answered without a key (what they serve says whose it is, as a
#: file link's secret token does). Anything else needs a key.
PUBLIC_PREFIXES: tuple[str, ...] = ("/links/",)
#: The first segment of each public prefix: the resource its templates are grouped under.
_PUBLIC_ROOTS = frozenset(p.split("/")[1] for p in PUBLIC_PREFIXES)


@dataclass(slots=True)
class Endpoint:
    """One route: method, path template, the params model and the handler."""

    method: str
    path: str
    handler: Handler
    params: type[Params] | None
    #: The SDK TypedDict this endpoint's params mirror (checked by the conformance test).
    sdk_params: str | None = None
    #: Publishable keys (pk_test_) may call it.
    publishable: bool = False
    #: The handler opens its own units of work (`ctx.transaction()`) because it waits on
    #: the outside world; the request then holds no transaction while it waits.
    own_transactions: bool = False
    #: Stripe object type this endpoint returns, for OpenAPI and docs.
    returns: str | None = None
    #: The largest request body it accepts (bytes); larger ones are refused unread.
    max_body: int = FORM_BODY
    #: A file upload: a multipart body is parsed as it arrives and its file parts stream
    #: into the store's blob stager (never whole in memory); see `api.multipart`.
    upload: bool = False
    #: What a 200 answer is (for OpenAPI): JSON, or raw bytes a handler returns as a
    #: `Download` (`application/octet-stream`).
    media_type: str = "application/json"
    summary: str = ""
    path_params: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.handler.__name__

    @property
    def operator(self) -> bool:
        """An operator route (`/_emulator/...`): secret keys only, not Stripe's API."""
        return self.path.startswith(OPERATOR_PREFIX)

    @property
    def public(self) -> bool:
        """A public route (`PUBLIC_PREFIXES`): answered without a key."""
        return self.path.startswith(PUBLIC_PREFIXES)


def _resource(path: str) -> str:
    """The segment a path's templates are grouped by: `/v1/<resource>/...`,
    `/_emulator/<resource>/...`, or a public route's first one (`/links/...`)."""
    parts = path.split("/", 3)
    if len(parts) < 3:
        return ""
    return parts[1] if parts[1] in _PUBLIC_ROOTS else parts[2]


class Registry:
    """All endpoints, indexed for dispatch: exact paths in a dict, templates by method,
    depth and resource (`/v1/<resource>/...`), so a request tries only its few siblings."""

    def __init__(self) -> None:
        self.endpoints: list[Endpoint] = []
        self._exact: dict[tuple[str, str], Endpoint] = {}
        self._templated: dict[tuple[str, int, str], list[Endpoint]] = {}

    def add(self, ep: Endpoint) -> None:
        if not ep.path.startswith(("/v1/", OPERATOR_PREFIX, *PUBLIC_PREFIXES)):
            raise ValueError(f"{ep.path}: routes live under /v1/, {OPERATOR_PREFIX} or a "
                             f"public prefix ({', '.join(PUBLIC_PREFIXES)})")
        names = tuple(_PARAM.findall(ep.path))
        ep.path_params = names
        for other in self.endpoints:
            if other.method == ep.method and other.path == ep.path:
                raise ValueError(f"{ep.method} {ep.path} registered twice")
        self.endpoints.append(ep)
        if not names:
            self._exact[(ep.method, ep.path)] = ep
            return
        regex = "^" + _PARAM.sub(r"(?P<\1>[^/]+)", re.escape(ep.path).replace(r"\{", "{")
                                 .replace(r"\}", "}")) + "$"
        ep.pattern = re.compile(regex)
        resource = _resource(ep.path)
        if "{" in resource:
            raise ValueError(f"{ep.path}: the resource segment cannot be a parameter")
        bucket = self._templated.setdefault((ep.method, ep.path.count("/"), resource), [])
        bucket.append(ep)
        # Fewer parameters first: a literal segment beats a placeholder.
        bucket.sort(key=lambda e: len(e.path_params))

    def match(self, method: str, path: str) -> tuple[Endpoint, dict[str, str]] | None:
        """The endpoint for `method path` and its path params, or None (Stripe's 404)."""
        ep = self._exact.get((method, path))
        if ep is not None:
            return ep, {}
        parts = path.split("/", 3)  # `_resource`, inlined: this runs on every request
        resource = ((parts[1] if parts[1] in _PUBLIC_ROOTS else parts[2]) if len(parts) > 2
                    else "")
        for candidate in self._templated.get((method, path.count("/"), resource), ()):
            assert candidate.pattern is not None  # set by add() for every templated path
            m = candidate.pattern.match(path)
            if m:
                return candidate, m.groupdict()
        return None


registry = Registry()


def endpoint(method: str, path: str, *, params: type[Params] | None = None,
             sdk: str | None = None, publishable: bool = False, returns: str | None = None,
             summary: str = "", own_transactions: bool = False, max_body: int = FORM_BODY,
             upload: bool = False, media_type: str = "application/json",
             ) -> Callable[[Handler], Handler]:
    """Register a handler `async def h(ctx, params, **path_params)` for `method path`.

    `upload=True` streams a multipart body's files to the store (`api.multipart`); a handler
    answering with raw bytes returns an `api.downloads.Download` and says its `media_type`.
    """

    def decorate(handler: Handler) -> Handler:
        tags = (("emulator",) if path.startswith(OPERATOR_PREFIX) else
                (_resource(path),))
        registry.add(Endpoint(method=method, path=path, handler=handler, params=params,
                              sdk_params=sdk, publishable=publishable, returns=returns,
                              own_transactions=own_transactions, max_body=max_body, tags=tags,
                              upload=upload, media_type=media_type,
                              summary=summary or (handler.__doc__ or "").strip().split("\n")[0]))
        return handler

    return decorate
