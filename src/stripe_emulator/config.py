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

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'stripe-emulator.db').resolve()}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then `STRIPE_EMULATOR_*` variables, then explicit `overrides`."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name in cls.__dataclass_fields__:
            raw = env.get(f"STRIPE_EMULATOR_{name.upper()}")
            if raw is None:
                continue
            if name == "port":
                values[name] = int(raw)
            elif name == "data_dir":
                values[name] = Path(raw)
            elif name == "api_keys":
                values[name] = tuple(k for k in raw.split(",") if k)
            elif name == "workers":
                values[name] = raw.lower() not in ("0", "false", "no")
            else:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
