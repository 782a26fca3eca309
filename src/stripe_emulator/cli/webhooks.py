"""The developer's webhook loop, against a running server (what the Stripe CLI gives people
against real Stripe): `listen`, `trigger`, `events tail`, `webhooks attempts|resend`.

`listen` follows the server's event feed (`/_emulator/events/feed`, events in the order
they were written) and forwards each one, signed with its own secret, to `--forward-to`.
Like the Stripe CLI it registers no webhook endpoint: nothing appears in
`/v1/webhook_endpoints`, `pending_webhooks` is untouched, nothing is left behind when it
stops, and the secret it prints stays the same for the same key and server across restarts.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import httpx
import orjson
import typer

from stripe_emulator import API_VERSION
from stripe_emulator.areas.webhooks.signature import HEADERS, derive_secret, sign
from stripe_emulator.clock import Clock
from stripe_emulator.config import DEFAULT_PORT
from stripe_emulator.events.catalog import EVENT_TYPES, matches

__all__ = ["TRIGGERS", "events_app", "listen", "trigger", "webhooks_app"]

DEFAULT_KEY = "sk_test_emulator"
DEFAULT_BASE = f"http://127.0.0.1:{DEFAULT_PORT}"
#: Seconds of the feed read again on each poll, for transactions that commit late.
SETTLE = 2.0
PAGE = 1000

ApiKey = Annotated[str, typer.Option(
    "--api-key", envvar="STRIPE_API_KEY",
    help=f"Secret key of the account to work on (default {DEFAULT_KEY}; env STRIPE_API_KEY).")]
ApiBase = Annotated[str, typer.Option(
    "--api-base", envvar="STRIPE_EMULATOR_URL", help="Where stripe-emulator answers.")]

events_app = typer.Typer(help="Read the event log.", no_args_is_help=True)
webhooks_app = typer.Typer(help="Webhook delivery attempts: see why, send again.",
                           no_args_is_help=True)


class Api:
    """A small synchronous client for the server: JSON in, Stripe errors out as exits."""

    def __init__(self, base: str, key: str) -> None:
        self.http = httpx.Client(base_url=base.rstrip("/"), timeout=30,
                                 headers={"Authorization": f"Bearer {key}"})

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def call(self, method: str, path: str, params: dict[str, Any] | None = None) -> Any:
        try:
            if method == "GET":
                r = self.http.get(path, params=params)
            else:
                r = self.http.request(method, path, data=params)
        except httpx.TransportError as exc:
            raise SystemExit(f"Cannot reach stripe-emulator at {self.http.base_url} ({exc}); "
                             "is `stripe-emulator serve` running?") from None
        body = r.json() if r.headers.get("content-type", "").startswith("application/json") \
            else {}
        if r.status_code >= 400:
            message = body.get("error", {}).get("message", r.text)
            raise SystemExit(f"{method} {path}: {r.status_code} {message}")
        return body

    def now(self) -> int:
        """The feed's position of "now", to follow from."""
        return int(self.call("GET", "/_emulator/events/feed")["cursor"])

    def follow(self, cursor: int, *, every: float) -> Iterator[dict[str, Any]]:
        """Each event written after `cursor`, once, in the order it was written.

        Positions are taken when a row is written, not when it commits: on PostgreSQL a
        transaction may commit after a later one. So each poll reads again from where the
        feed stood SETTLE seconds ago, and skips what it has already seen."""
        seen: dict[str, float] = {}  # event id -> when it was first seen
        marks = deque([(time.monotonic(), cursor)])  # (when, feed position then)
        after = newest = cursor
        while True:
            page = self.call("GET", "/_emulator/events/feed", {"after": after, "limit": PAGE})
            now = time.monotonic()
            for event in page["data"]:
                if event["id"] not in seen:
                    seen[event["id"]] = now
                    yield event
            newest = max(newest, page["cursor"])
            if len(page["data"]) == PAGE:
                after = page["cursor"]  # catching up: read on before looking back
                continue
            marks.append((now, newest))
            while len(marks) > 1 and now - marks[1][0] >= SETTLE:
                marks.popleft()
            after = marks[0][1]
            seen = {k: t for k, t in seen.items() if t >= marks[0][0] - every}
            time.sleep(every)


def _parse_events(value: str | None) -> list[str]:
    if not value:
        return ["*"]
    names = [v.strip() for v in value.split(",") if v.strip()]
    for name in names:
        if name != "*" and "*" not in name and name not in EVENT_TYPES:
            raise typer.BadParameter(f"unknown event type {name!r}", param_hint="--events")
    return names


def _line(event: dict[str, Any]) -> str:
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(event["created"]))
    return f"{when}   --> {event['type']} [{event['id']}]"


def listen(
    forward_to: Annotated[str | None, typer.Option(
        "--forward-to", "-f", help="URL to POST each event to, signed (e.g. "
        "http://127.0.0.1:8000/webhooks).")] = None,
    events: Annotated[str | None, typer.Option(
        "--events", "-e", help="Comma-separated event types (customer.created,product.*); "
        "default all.")] = None,
    print_json: Annotated[bool, typer.Option("--print-json", help="Print each event's JSON.")
                          ] = False,
    print_secret: Annotated[bool, typer.Option(
        "--print-secret", help="Print the signing secret and exit.")] = False,
    interval: Annotated[float, typer.Option(help="Seconds between polls of the feed.")] = 0.2,
    api_key: ApiKey = DEFAULT_KEY,
    api_base: ApiBase = DEFAULT_BASE,
) -> None:
    """Print each event as it happens and forward it, signed, to --forward-to.

    The signing secret is printed at start; it stays the same for this key and server, so
    it can live in your app's configuration (verify with stripe.Webhook.construct_event).
    """
    selection = _parse_events(events)
    secret = derive_secret(api_key, f"stripe-emulator listen {api_base.rstrip('/')}")
    if print_secret:
        typer.echo(secret)
        return
    with Api(api_base, api_key) as api, httpx.Client(
            timeout=10, follow_redirects=False, trust_env=False) as forward:
        cursor = api.now()
        typer.echo(f"Ready! You are using API version [{API_VERSION}]. Your webhook signing "
                   f"secret is {secret} (^C to quit)")
        try:
            for event in api.follow(cursor, every=interval):
                if not matches(selection, event["type"]):
                    continue
                typer.echo(orjson.dumps(event, option=orjson.OPT_INDENT_2).decode()
                           if print_json else _line(event))
                if forward_to:
                    typer.echo(_forward(forward, forward_to, event, secret))
        except KeyboardInterrupt:
            pass


def _forward(client: httpx.Client, url: str, event: dict[str, Any], secret: str) -> str:
    payload = orjson.dumps(event)
    signature = sign(payload, secret, Clock().now())
    started = time.monotonic()
    try:
        r = client.post(url, content=payload, headers={**HEADERS, "Stripe-Signature": signature})
        status = f"[{r.status_code}]"
    except httpx.HTTPError as exc:
        status = f"[ERROR] {type(exc).__name__}: {exc}"
    ms = (time.monotonic() - started) * 1000
    return f"{' ' * 20}<--  {status} POST {url} [{event['id']}] ({ms:.0f} ms)"


# -- trigger ---------------------------------------------------------------------------

Trigger = Callable[[Api], list[dict[str, Any]]]


def _customer(api: Api) -> dict[str, Any]:
    return dict(api.call("POST", "/v1/customers", {
        "name": "Jenny Rosen", "email": "jenny.rosen@example.com",
        "description": "(created by stripe-emulator trigger)"}))


def _product(api: Api) -> dict[str, Any]:
    return dict(api.call("POST", "/v1/products", {
        "name": "myproduct", "description": "(created by stripe-emulator trigger)"}))


def _then(first: Callable[[Api], dict[str, Any]], method: str, params: dict[str, Any],
          path: str) -> Trigger:
    def run(api: Api) -> list[dict[str, Any]]:
        obj = first(api)
        return [obj, api.call(method, path.format(id=obj["id"]), params)]
    return run


#: event type -> the API calls that make it happen. Extend as areas land.
TRIGGERS: dict[str, Trigger] = {
    "customer.created": lambda api: [_customer(api)],
    "customer.updated": _then(_customer, "POST", {"metadata[foo]": "bar"},
                              "/v1/customers/{id}"),
    "customer.deleted": _then(_customer, "DELETE", {}, "/v1/customers/{id}"),
    "product.created": lambda api: [_product(api)],
    "product.updated": _then(_product, "POST", {"metadata[foo]": "bar"}, "/v1/products/{id}"),
    "product.deleted": _then(_product, "DELETE", {}, "/v1/products/{id}"),
}


def trigger(
    event: Annotated[str, typer.Argument(
        help=f"Event type to cause: {', '.join(sorted(TRIGGERS))}.", show_default=False)],
    api_key: ApiKey = DEFAULT_KEY,
    api_base: ApiBase = DEFAULT_BASE,
) -> None:
    """Create the objects that make EVENT happen (through the API, as your code would)."""
    run = TRIGGERS.get(event)
    if run is None:
        raise typer.BadParameter(
            f"no trigger for {event!r}; supported: {', '.join(sorted(TRIGGERS))}",
            param_hint="EVENT")
    typer.echo("Setting up fixture for: " + event)
    with Api(api_base, api_key) as api:
        for obj in run(api):
            typer.echo(f"Running fixture for: {obj['object']} [{obj['id']}]")
    typer.echo("Trigger succeeded! Check the event log (stripe-emulator events tail).")


# -- events tail -------------------------------------------------------------------------

@events_app.command("tail")
def tail(
    type_: Annotated[str | None, typer.Option(
        "--type", "-t", help="Only these types (comma-separated; customer.* works).")] = None,
    lines: Annotated[int, typer.Option("--lines", "-n", help="Recent events shown first.")
                     ] = 10,
    follow: Annotated[bool, typer.Option(help="Keep printing new events.")] = True,
    print_json: Annotated[bool, typer.Option("--print-json", help="Print each event's JSON.")
                          ] = False,
    interval: Annotated[float, typer.Option(help="Seconds between polls.")] = 0.2,
    api_key: ApiKey = DEFAULT_KEY,
    api_base: ApiBase = DEFAULT_BASE,
) -> None:
    """Print the latest events, then each new one as it is written (Ctrl-C stops)."""
    selection = _parse_events(type_)

    def show(event: dict[str, Any]) -> None:
        if matches(selection, event["type"]):
            typer.echo(orjson.dumps(event).decode() if print_json else _line(event))

    with Api(api_base, api_key) as api:
        cursor = api.now()
        recent = api.call("GET", "/v1/events", {"limit": min(max(lines, 1), 100)})["data"] \
            if lines > 0 else []
        shown = {e["id"] for e in recent}
        for event in reversed(recent):
            show(event)
        if not follow:
            return
        typer.echo("Ready! Following the event log (^C to quit)", err=True)
        try:
            for event in api.follow(cursor, every=interval):
                if event["id"] not in shown:
                    show(event)
        except KeyboardInterrupt:
            pass


# -- webhooks attempts / resend -----------------------------------------------------------

@webhooks_app.command("attempts")
def attempts(
    target: Annotated[str, typer.Argument(help="A webhook endpoint (we_...) or an event "
                                          "(evt_...).", show_default=False)],
    limit: Annotated[int, typer.Option(help="How many, newest first.")] = 10,
    api_key: ApiKey = DEFAULT_KEY,
    api_base: ApiBase = DEFAULT_BASE,
) -> None:
    """List delivery attempts: status, duration, error, the start of the answer."""
    kind = "events" if target.startswith("evt_") else "webhook_endpoints"
    with Api(api_base, api_key) as api:
        page = api.call("GET", f"/_emulator/{kind}/{target}/attempts", {"limit": limit})
    for a in page["data"]:
        status = a["response"]["status"] if a["response"] else "---"
        detail = a["error"] or (a["response"]["body"][:80].replace("\n", " ")
                                if a["response"] else "")
        typer.echo(f"{a['id']}  {a['event']}  {a['webhook_endpoint']}  [{status}]  "
                   f"{a['duration_ms']:.0f} ms  {a['kind']}  {detail}")


@webhooks_app.command("resend")
def resend(
    attempt: Annotated[str, typer.Argument(help="The attempt (whatt_...) to send again.",
                                           show_default=False)],
    api_key: ApiKey = DEFAULT_KEY,
    api_base: ApiBase = DEFAULT_BASE,
) -> None:
    """Send an attempt's event to its endpoint again, now, and show the answer."""
    with Api(api_base, api_key) as api:
        a = api.call("POST", f"/_emulator/webhook_attempts/{attempt}/resend")
    status = a["response"]["status"] if a["response"] else a["error"]
    typer.echo(f"{a['id']}  [{status}]  {a['duration_ms']:.0f} ms")
