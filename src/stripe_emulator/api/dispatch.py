"""The one ASGI edge of the server: every HTTP request (`/v1/...`, the `/_emulator/...`
operator routes, the public `/links/...` routes, `/healthz`, `/openapi.json`) is read,
answered and written here. A raw ASGI app, kept lean because it is the hot path.

Order per request: Request-Id -> auth (key -> account) -> route (and the key's permission
for it) -> Stripe-Account -> Stripe-Version -> the body (up to the route's declared size) ->
decode + validate params -> idempotency -> one unit of work (handler, expand, render, stored
idempotent response) -> response headers. A `StripeError` anywhere becomes Stripe's error
body; anything else is a bug of ours and becomes Stripe's 500 shape (logged with the request
id, never a trace).

Three kinds of route leave that path at one point each: an upload route's multipart body is
parsed as it arrives, its files streaming into the store (`api.multipart.read_upload`); a
handler may answer with raw bytes (`api.downloads.Download`), streamed in chunks; a public
route (`registry.PUBLIC_PREFIXES`) takes no key and runs for no account until its handler
finds whose object it serves.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson

from stripe_emulator import API_VERSION
from stripe_emulator.api.auth import (
    PUBLISHABLE,
    Authenticator,
    Credentials,
    check_permission,
    check_stripe_account,
)
from stripe_emulator.api.context import UNBOUND, Context, KeyKind
from stripe_emulator.api.downloads import Download, content_disposition
from stripe_emulator.api.errors import (
    APIError,
    AuthenticationFailed,
    IdempotencyError,
    IdempotencyKeyInUse,
    InvalidRequestError,
    NotFound,
    StripeError,
    render,
)
from stripe_emulator.api.expand import check_paths, expand
from stripe_emulator.api.forms import decode
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.multipart import Upload, UploadedFile, read_fields, read_upload
from stripe_emulator.api.params import validate
from stripe_emulator.api.registry import FORM_BODY, PUBLIC_PREFIXES, Endpoint, Registry
from stripe_emulator.api.types import Receive, Scope, Send
from stripe_emulator.store.engine import IdempotencyRecord, Row

if TYPE_CHECKING:
    from stripe_emulator.runtime import Runtime
    from stripe_emulator.store import Store

__all__ = ["StripeAPI", "render_result"]

log = logging.getLogger("stripe_emulator.api")
_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$")
OPERATOR_KEY = "Operator routes need a secret key (sk_test_...)."
_READ_HEADERS = frozenset((b"authorization", b"content-type", b"idempotency-key",
                           b"stripe-account", b"stripe-version"))
_CONTENT_TYPE = (b"content-type", b"application/json")
_CORS = (b"access-control-allow-origin", b"*")
_DEFAULT_VERSION = (b"stripe-version", API_VERSION.encode())
_NOSNIFF = (b"x-content-type-options", b"nosniff")
#: The account of a public route's context until its handler finds the real one.
NO_ACCOUNT = ""


class _Replay(Exception):
    """Another process stored a response under this key first: replay it instead."""


class Response:
    """Status, body (JSON bytes, or a `Download` streamed raw) and extra headers of one API
    answer."""

    __slots__ = ("status", "body", "headers")

    def __init__(self, status: int, body: bytes | Download,
                 headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.body = body
        self.headers = headers or {}


def _uploaded(obj: Any) -> Any:
    if isinstance(obj, UploadedFile):
        return obj.fingerprint()
    raise TypeError(type(obj).__name__)


def _fingerprint(method: str, path: str, params: dict[str, Any]) -> str:
    # An uploaded file counts by its bytes' hash (`_uploaded`), not field for field.
    payload = orjson.dumps([method, path, params], default=_uploaded,
                           option=orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS)
    return hashlib.sha256(payload).hexdigest()


async def render_result(ctx: Context, result: Any, expand_paths: list[str]) -> bytes:
    """JSON bytes of what a handler returned: a dict, a stored Row, or a ListPage."""
    if isinstance(result, Row):
        if not expand_paths:
            return result.data.encode()
        result = result.doc()
    if isinstance(result, ListPage):
        if not expand_paths:
            items = b",".join(d.encode() if isinstance(d, str) else orjson.dumps(d)
                              for d in result.data)
            head = {"object": "list", **result.extra}
            return (orjson.dumps(head)[:-1] + b',"data":[' + items + b'],"has_more":'
                    + (b"true" if result.has_more else b"false") + b',"url":'
                    + orjson.dumps(result.url) + b"}")
        result = {"object": "list", **result.extra, "data": result.docs(),
                  "has_more": result.has_more, "url": result.url}
    if expand_paths:
        await expand(ctx, result, expand_paths)
    return orjson.dumps(result)


class StripeAPI:
    """The ASGI app serving every registered route, plus `/healthz` and `/openapi.json`
    (`builtins`: path -> a function returning the JSON body)."""

    def __init__(self, *, registry: Registry, store: Store, runtime: Runtime,
                 builtins: dict[str, Callable[[], Any]] | None = None) -> None:
        self.registry = registry
        self.store = store
        self.runtime = runtime
        self.clock = runtime.clock
        self.settings = runtime.settings
        self._builtins = builtins or {}
        self._in_flight: set[tuple[str, str]] = set()
        self._authenticate = Authenticator(store=store, runtime=runtime)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        request_id = self.runtime.ids.new_request_id()
        # ASGI gives lower-case names; decode only the headers the pipeline reads.
        headers = {k.decode(): v.decode("latin-1") for k, v in scope["headers"]
                   if k in _READ_HEADERS}
        method: str = scope["method"]
        path: str = scope["path"]
        version = headers.get("stripe-version") or API_VERSION
        try:
            builtin = self._builtins.get(path) if method == "GET" else None
            if builtin is not None:
                response = Response(200, orjson.dumps(builtin()))
            else:
                response = await self.handle(method, path, scope.get("query_string", b""),
                                             receive, headers, request_id, version)
        except StripeError as exc:
            response = Response(exc.http_status, render(exc, request_id), dict(exc.headers))
        except Exception:  # a bug of ours: Stripe's 500 shape, never a stack trace
            log.exception("unhandled error in %s %s (%s)", method, path, request_id)
            err = APIError("An unexpected error occurred on stripe-emulator. The request id "
                           f"{request_id} is in the server log.")
            response = Response(500, render(err, request_id))
        body = response.body
        version_header = (_DEFAULT_VERSION if version is API_VERSION
                          else (b"stripe-version", version.encode("latin-1")))
        if isinstance(body, Download):
            await _stream(send, response.status, body, request_id, version_header)
        else:
            out_headers = [
                _CONTENT_TYPE,
                (b"request-id", request_id.encode()),
                version_header,
                _CORS,
                (b"content-length", b"%d" % len(body)),
            ]
            if response.headers:
                out_headers.extend((k.lower().encode(), v.encode("latin-1"))
                                   for k, v in response.headers.items())
            await send({"type": "http.response.start", "status": response.status,
                        "headers": out_headers})
            await send({"type": "http.response.body", "body": body})
        if log.isEnabledFor(logging.INFO):
            log.info("%s %s %d %.1fms %s", method, path, response.status,
                     (time.perf_counter() - started) * 1000, request_id)

    async def handle(self, method: str, path: str, query: bytes, receive: Receive,
                     headers: dict[str, str], request_id: str, version: str) -> Response:
        if path.startswith(PUBLIC_PREFIXES):
            return await self._public(method, path, query, request_id, version)
        creds = await self._authenticate(headers.get("authorization"))
        match = self.registry.match(method, path)
        if match is None:
            raise NotFound(method, path)
        ep, path_params = match
        if ep.operator and creds.kind != "secret":
            raise InvalidRequestError(OPERATOR_KEY, status=401)
        if creds.kind == "publishable" and not ep.publishable:
            raise AuthenticationFailed(PUBLISHABLE)
        if creds.kind == "restricted":
            check_permission(creds, ep.method, ep.path)
        account = check_stripe_account(creds, headers.get("stripe-account"))
        if not _VERSION.match(version):
            raise InvalidRequestError(f"Invalid Stripe API version: {version}")

        raw = decode(query)
        if ep.upload:
            upload = await self._upload_body(ep, receive, headers, raw)
            try:
                return await self._call(ep, creds, account, raw, path_params, method, path,
                                        headers, request_id, version)
            finally:  # what the handler kept is the file's now; the rest goes
                if upload is not None:
                    await self._discard(upload)
        body = await read_body(receive, ep.max_body)
        if method == "POST" and body:
            ctype = headers.get("content-type", "")
            if ctype.startswith("multipart/form-data"):
                raw.update(await read_fields(body, ctype))
            else:
                raw.update(decode(body))
        return await self._call(ep, creds, account, raw, path_params, method, path, headers,
                                request_id, version)

    async def _call(self, ep: Endpoint, creds: Credentials, account: str, raw: dict[str, Any],
                    path_params: dict[str, str], method: str, path: str,
                    headers: dict[str, str], request_id: str, version: str) -> Response:
        """Validate the decoded params and run the handler (idempotently under a key)."""
        params = validate(ep.params, raw) if ep.params is not None else None
        expand_paths: list[str] = list(getattr(params, "expand", None) or [])
        check_paths(expand_paths)

        key = headers.get("idempotency-key") if method == "POST" and not ep.operator else None
        if key is None:
            status, payload = await self._run(ep, creds.kind, account, params, path_params,
                                              expand_paths, request_id, version, None)
            return Response(status, payload)
        return await self._idempotent(ep, creds, account, params, path_params, expand_paths,
                                      request_id, version, key,
                                      _fingerprint(method, path, raw))

    async def _upload_body(self, ep: Endpoint, receive: Receive, headers: dict[str, str],
                           raw: dict[str, Any]) -> Upload | None:
        """An upload route's body into `raw`: a multipart one streamed (files to the store,
        up to the route's size), any other read whole as a form's (and its `file` missing)."""
        ctype = headers.get("content-type", "")
        if ep.method == "POST" and ctype.startswith("multipart/form-data"):
            upload = await read_upload(receive, ctype, limit=ep.max_body,
                                       blobs=self.store.blobs)
            raw.update(upload.raw)
            return upload
        body = await read_body(receive, FORM_BODY)
        if ep.method == "POST" and body:
            raw.update(decode(body))
        return None

    async def _discard(self, upload: Upload) -> None:
        for staged in upload.staged:
            try:
                await self.store.blobs.discard(staged)
            except Exception:  # the answer stands; the store's sweep removes it later
                log.exception("could not discard a staged upload")

    async def _public(self, method: str, path: str, query: bytes, request_id: str,
                      version: str) -> Response:
        """A public route: no key, no account (its handler finds the account from what it
        serves, `Context.for_account`), no body, no idempotency."""
        match = self.registry.match(method, path)
        if match is None:
            raise NotFound(method, path)
        ep, path_params = match
        params = validate(ep.params, decode(query)) if ep.params is not None else None
        status, payload = await self._run(ep, None, NO_ACCOUNT, params, path_params, [],
                                          request_id, version, None)
        return Response(status, payload)

    def _record(self, fingerprint: str, status: int, body: bytes,
                request_id: str) -> IdempotencyRecord:
        """The response stored under an Idempotency-Key."""
        return IdempotencyRecord(fingerprint, status, body.decode(), request_id,
                                 self.clock.now())

    async def _run(self, ep: Endpoint, key_kind: KeyKind | None, account: str, params: Any,
                   path_params: dict[str, str], expand_paths: list[str], request_id: str,
                   version: str, key: str | None,
                   fingerprint: str | None = None) -> tuple[int, bytes | Download]:
        """Run the handler in one unit of work; with a key, store the response in it too."""
        if ep.own_transactions:
            return await self._run_unbound(ep, key_kind, account, params, path_params,
                                           expand_paths, request_id, version, key, fingerprint)
        unit = self.store.reader() if ep.method == "GET" else self.store.transaction()
        kept: StripeError | None = None
        payload: bytes | Download
        async with unit as session:
            ctx = Context(account=account, session=session, store=self.store,
                          runtime=self.runtime, request_id=request_id, idempotency_key=key,
                          api_version=version, key_kind=key_kind)
            try:
                result = await ep.handler(ctx, params, **path_params)
            except StripeError as exc:
                if not exc.keep_changes:
                    raise
                kept = exc
                if key is not None and fingerprint is not None:  # the refusal is the answer
                    stored = await session.idempotency_put(account, key, self._record(
                        fingerprint, exc.http_status, render(exc, request_id), request_id))
                    if not stored:
                        raise _Replay() from None
            else:
                if isinstance(result, Download):  # streamed after this unit: never stored
                    payload = result
                else:
                    payload = await render_result(ctx, result, expand_paths)
                    if key is not None and fingerprint is not None:
                        stored = await session.idempotency_put(account, key, self._record(
                            fingerprint, 200, payload, request_id))
                        if not stored:
                            raise _Replay()
        for callback in ctx.after_commit:
            callback()
        if kept is not None:  # its changes are committed; the caller still sees the error
            raise kept
        return 200, payload

    async def _run_unbound(self, ep: Endpoint, key_kind: KeyKind | None, account: str,
                           params: Any, path_params: dict[str, str], expand_paths: list[str],
                           request_id: str, version: str, key: str | None,
                           fingerprint: str | None) -> tuple[int, bytes]:
        """For handlers that wait on the outside world (forwarding): they open their own
        units of work with `ctx.transaction()`, so no lock is held while they wait. The
        idempotent response is stored afterwards; the in-flight guard covers the gap."""
        ctx = Context(account=account, session=UNBOUND, store=self.store, runtime=self.runtime,
                      request_id=request_id, idempotency_key=key, api_version=version,
                      key_kind=key_kind)
        result = await ep.handler(ctx, params, **path_params)
        async with self.store.reader() as session:
            payload = await render_result(ctx.bound_to(session), result, expand_paths)
        if key is not None and fingerprint is not None:
            async with self.store.transaction() as session:
                await session.idempotency_put(account, key, self._record(
                    fingerprint, 200, payload, request_id))
        return 200, payload

    async def _idempotent(self, ep: Endpoint, creds: Credentials, account: str, params: Any,
                          path_params: dict[str, str], expand_paths: list[str],
                          request_id: str, version: str, key: str,
                          fingerprint: str) -> Response:
        if len(key) > 255:
            raise InvalidRequestError(
                "Invalid Idempotency-Key: it must be at most 255 characters long.",
                param="Idempotency-Key")
        slot = (account, key)
        if slot in self._in_flight:
            raise IdempotencyKeyInUse(key)
        self._in_flight.add(slot)
        try:
            record = None
            if ep.own_transactions:  # its handler reaches outside: never run it twice
                async with self.store.reader() as session:
                    record = await session.idempotency_get(account, key)
            # Otherwise the handler runs straight away: its changes and the stored response
            # commit together, and if a response is already stored under the key, the
            # insert of ours fails and everything rolls back into a replay (_Replay).
            if record is None:
                try:
                    status, payload = await self._run(ep, creds.kind, account, params,
                                                      path_params, expand_paths, request_id,
                                                      version, key, fingerprint)
                    return Response(status, payload, {"Idempotency-Key": key,
                                                      "Idempotent-Replayed": "false"})
                except _Replay:
                    pass
                except StripeError as exc:
                    if isinstance(exc, IdempotencyKeyInUse):  # a conflict is never stored
                        raise
                    if exc.keep_changes and not ep.own_transactions:
                        raise  # stored by _run, in the transaction of the changes it kept
                    # The handler ran and refused: Stripe stores that answer for the key too.
                    body = render(exc, request_id)
                    async with self.store.transaction() as session:
                        stored = await session.idempotency_put(account, key, self._record(
                            fingerprint, exc.http_status, body, request_id))
                    if stored:
                        raise
                async with self.store.reader() as session:
                    record = await session.idempotency_get(account, key)
                if record is None:  # pragma: no cover - the row we just lost to vanished
                    raise APIError("Idempotency record vanished; please retry.")
            if record.fingerprint != fingerprint:
                raise IdempotencyError(
                    "Keys for idempotent requests can only be used with the same parameters "
                    f"they were first used with. Try using a key other than '{key}' if you "
                    "meant to execute a different request.")
            return Response(record.status, record.body.encode(), {
                "Idempotency-Key": key, "Idempotent-Replayed": "true",
                "Original-Request": record.request_id})
        finally:
            self._in_flight.discard(slot)


async def read_body(receive: Receive, limit: int) -> bytes:
    """The request body, refused (unread beyond `limit`) when larger than the route takes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise InvalidRequestError(
                    f"The request body is too large: this endpoint accepts at most "
                    f"{limit // (1 << 20)} MB.", status=413)
            chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _stream(send: Send, status: int, download: Download, request_id: str,
                  version_header: tuple[bytes, bytes]) -> None:
    """Send a `Download`: its headers, then its chunks as its iterator yields them (never
    the whole file at once). A failure once the headers are out can only cut the answer
    short: it is logged, and the connection ends without the rest."""
    headers = [
        (b"content-type", download.content_type.encode("latin-1")),
        (b"request-id", request_id.encode()),
        version_header,
        _CORS,
        _NOSNIFF,
        (b"content-length", b"%d" % download.size),
    ]
    if download.filename is not None:
        headers.append((b"content-disposition",
                        content_disposition(download.filename).encode("latin-1")))
    chunks = download.chunks
    await send({"type": "http.response.start", "status": status, "headers": headers})
    try:
        async for chunk in chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
    except Exception:  # the server then closes the connection: the client sees it cut
        log.exception("download cut short (%s)", request_id)
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()
