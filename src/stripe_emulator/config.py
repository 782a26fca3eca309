"""One `Settings` object: CLI flags, `STRIPE_EMULATOR_*` environment variables, defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings"]

DEFAULT_PORT = 12111  # stripe-mock's port: suites written for stripe-mock point at us unchanged


@dataclass(slots=True)
class Settings:
    """Everything configurable. Environment variables are `STRIPE_EMULATOR_<FIELD>`."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    data_dir: Path = field(default_factory=lambda: Path(".stripe-emulator"))
    #: None: a SQLite file in `data_dir`.
    database_url: str | None = None
    log_level: str = "info"
    #: When set, only these keys (and their pk_/rk_ twins) are accepted.
    api_keys: tuple[str, ...] = ()
    #: Seed for reproducible ids (tests, demos).
    seed: str | None = None
    #: Run background workers (webhook delivery, timed transitions) in this process.
    workers: bool = True
    #: Raw card numbers accepted by POST /v1/payment_methods: "test" (Stripe's documented
    #: test cards; others get Stripe's raw-card-data refusal) or "any" (any valid number).
    card_numbers: str = "test"
    #: Stripe's "Manage failed payments" settings, applied when a subscription invoice's
    #: last payment retry fails: the subscription becomes "canceled", "unpaid" or stays
    #: "past_due"; the invoice stays "open" ("past_due") or is marked "uncollectible".
    subscription_after_failed_retries: str = "cancel"
    invoice_after_failed_retries: str = "past_due"
    #: When failed webhook deliveries are retried: "stripe" (test mode: 3 retries over a few
    #: hours), "fast" (seconds, for development) or seconds after each failure ("5,30,60").
    webhook_retry_schedule: str = "stripe"
    #: Seconds a webhook receiver has to answer before the attempt counts as failed.
    webhook_timeout: float = 10.0
    #: An endpoint whose deliveries fail without a success for this long is disabled.
    webhook_disable_after: float = 3 * 24 * 3600.0
    #: Requests in flight to one webhook endpoint from one process; further deliveries to
    #: it wait for a slot (or step aside, when it is slow).
    webhook_max_in_flight: int = 8
    #: Seconds past which a receiver counts as slow: deliveries stop waiting for its slots.
    webhook_slow_after: float = 0.5
    #: How often (seconds) a delivery waiting for a slot checks whether its endpoint turned
    #: slow.
    webhook_patience: float = 1.0
    #: Bytes of a receiver's answer kept with the attempt (the rest is not read).
    webhook_excerpt_bytes: int = 2048
    #: How long a claimed job stays reserved for its worker (a dead process's jobs run again
    #: after it).
    job_lease_seconds: float = 60.0
    #: The operator's forwarding destinations (TOML; see README "Forwarding"). None:
    #: `<data_dir>/forwarding.toml` if it exists, else no destination is enabled.
    forwarding_config: Path | None = None
    #: How long after creation a Climate order can still be canceled (Stripe: 24 hours).
    climate_cancel_window_seconds: int = 86400
    #: When a payout moves on: "test" (in transit 1 s after creation, paid or failed 2 s
    #: later, an automatic payout's reconciliation completed 1 s after that),
    #: "arrival_date" (in transit at once, paid at its arrival date, reconciled then) or
    #: three numbers of seconds for those steps ("3600,1,1" keeps payouts pending an hour).
    payout_timeline: str = "test"
    #: The base of every URL the server mints (file links, hosted pages, invoices), for a
    #: server behind a proxy or load balancer. None: `http://<host>:<port>` of the listener.
    public_url: str | None = None

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'stripe-emulator.db').resolve()}"

    @property
    def resolved_public_url(self) -> str:
        """`public_url` without a trailing slash, or the listener's own address (a wildcard
        host, which no client can connect to, becomes 127.0.0.1)."""
        if self.public_url:
            return self.public_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        if ":" in host:  # an IPv6 literal
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def resolved_forwarding_config(self) -> Path | None:
        if self.forwarding_config is not None:
            return Path(self.forwarding_config)
        default = self.data_dir / "forwarding.toml"
        return default if default.is_file() else None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then `STRIPE_EMULATOR_*` variables, then explicit `overrides`."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name in cls.__dataclass_fields__:
            raw = env.get(f"STRIPE_EMULATOR_{name.upper()}")
            if raw is None:
                continue
            if name in ("port", "climate_cancel_window_seconds", "webhook_max_in_flight",
                        "webhook_excerpt_bytes"):
                values[name] = int(raw)
            elif name in ("data_dir", "forwarding_config"):
                values[name] = Path(raw)
            elif name == "api_keys":
                values[name] = tuple(k for k in raw.split(",") if k)
            elif name in ("webhook_timeout", "webhook_disable_after", "job_lease_seconds",
                          "webhook_slow_after", "webhook_patience"):
                values[name] = float(raw)
            elif name == "workers":
                values[name] = raw.lower() not in ("0", "false", "no")
            else:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
