"""The operator's forwarding configuration: what it enables, and every way it refuses a
destination that could leak card data (plain http, credentials in URLs, short secrets,
reserved headers), without ever quoting a secret in its errors."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from stripe_emulator.areas.forwarding.destinations import (
    ConfigError,
    current,
    load,
    parse,
)
from stripe_emulator.config import Settings

SECRET = "sk_dest_0123456789"


def one(**overrides: Any) -> dict[str, Any]:
    dest: dict[str, Any] = {
        "url": "https://api.processor.example/v1/payments",
        "fields": {"card_number": "card.number", "card_cvc": "card.cvc",
                   "card_expiry_month": "card.month", "card_expiry_year": "card.year",
                   "cardholder_name": "card.name"},
        "headers": {"X-Api-Key": SECRET},
    }
    dest.update(overrides)
    return {"destinations": [dest]}


class TestParse:
    def test_a_full_destination(self) -> None:
        config = parse({"destinations": [{
            "url": "https://api.processor.example/v1/payments",
            "fields": {"card_number": "pm.number", "card_expiry_month": "pm.m",
                       "card_expiry_year": "pm.y"},
            "headers": {"X-Api-Key": {"env": "PROCESSOR_KEY"}},
            "request_signature": {"header": "X-Signature", "secret": "whsec_abcdefgh"},
            "timeout": 5, "addresses": ["203.0.113.7"], "accounts": ["acct_1"],
            "max_response_bytes": 2048}]}, environ={"PROCESSOR_KEY": SECRET})
        (d,) = config.destinations
        assert (d.scheme, d.host, d.port) == ("https", "api.processor.example", 443)
        assert d.headers == (("X-Api-Key", SECRET),)
        assert d.timeout == 5 and d.connect_timeout == 5
        assert d.addresses == frozenset({"203.0.113.7"})
        assert d.supports("card_number") and d.supports("card_expiry")
        assert d.supports("request_signature")
        assert not d.supports("card_cvc") and not d.supports("cardholder_name")
        assert config.find(d.url, "acct_1") is d
        assert config.find(d.url, "acct_2") is None  # not enabled for that account
        assert config.find(d.url + "/", "acct_1") is None  # exact match only
        assert SECRET not in repr(d)

    def test_defaults(self) -> None:
        (d,) = parse(one()).destinations
        assert d.timeout == 30 and d.connect_timeout == 10
        assert d.addresses is None and d.accounts is None
        assert d.max_response_bytes == 1024 * 1024
        assert d.enabled_for("acct_anything")

    def test_plain_http_is_refused_by_default(self) -> None:
        for url in ("http://api.processor.example/pay", "http://127.0.0.1:9000/pay",
                    "http://localhost:9000/pay", "ftp://x.example/"):
            with pytest.raises(ConfigError, match="https|allow_loopback_http"):
                parse(one(url=url))

    def test_loopback_http_needs_the_operator_flag_and_the_literal_address(self) -> None:
        config = parse({"allow_loopback_http": True, **one(url="http://127.0.0.1:9000/pay")})
        assert config.destinations[0].loopback_http
        for url in ("http://localhost:9000/pay", "http://127.0.0.2:9000/pay",
                    "http://[::1]:9000/pay", "http://10.0.0.1/pay"):
            with pytest.raises(ConfigError):
                parse({"allow_loopback_http": True, **one(url=url)})

    @pytest.mark.parametrize("url", [
        "https://user:pass@api.processor.example/pay",
        "https://api.processor.example/pay#frag",
        "https:///pay",
        "https://api.processor.example:99999/pay",
        "https://api.processor.example/pay now",
        "https://evil.example@api.processor.example/pay",
    ])
    def test_malformed_urls(self, url: str) -> None:
        with pytest.raises(ConfigError):
            parse(one(url=url))

    @pytest.mark.parametrize("headers", [
        {"Host": SECRET}, {"Content-Length": SECRET}, {"Transfer-Encoding": SECRET},
        {"Bad Name": SECRET}, {"X-Api-Key": "short"}, {"X-Api-Key": "line\nbreak-here"},
        {"X-Api-Key": 12345678},
    ])
    def test_bad_credential_headers(self, headers: dict[str, Any]) -> None:
        with pytest.raises(ConfigError) as e:
            parse(one(headers=headers))
        assert SECRET not in str(e.value)

    def test_missing_environment_variable(self) -> None:
        with pytest.raises(ConfigError, match="NOPE is not set"):
            parse(one(headers={"X-Api-Key": {"env": "NOPE"}}), environ={})

    @pytest.mark.parametrize("bad", [
        {"timeout": 0}, {"timeout": 500}, {"timeout": "5"}, {"connect_timeout": 40},
        {"addresses": ["not-an-ip"]}, {"addresses": []}, {"accounts": ["cus_1"]},
        {"fields": {"card_pin": "x"}}, {"fields": {"card_number": "a..b"}},
        {"max_response_bytes": 0}, {"unknown_key": 1}, {"ca_file": "/nonexistent.pem"},
        {"request_signature": {"header": "X-Sig"}},
    ])
    def test_invalid_values(self, bad: dict[str, Any]) -> None:
        with pytest.raises(ConfigError):
            parse(one(**bad))

    def test_duplicate_url_and_unknown_top_level_key(self) -> None:
        with pytest.raises(ConfigError, match="twice"):
            parse({"destinations": one()["destinations"] * 2})
        with pytest.raises(ConfigError, match="unknown"):
            parse({"allow_everything": True})


class TestFile:
    def test_load_and_reload_when_changed(self, tmp_path: Path) -> None:
        path = tmp_path / "forwarding.toml"
        path.write_text('[[destinations]]\nurl = "https://a.example/pay"\n'
                        '[destinations.fields]\ncard_number = "n"\n')
        settings = Settings(data_dir=tmp_path)
        assert settings.resolved_forwarding_config == path
        assert [d.url for d in current(settings).destinations] == ["https://a.example/pay"]
        time.sleep(0.01)
        path.write_text('[[destinations]]\nurl = "https://b.example/pay"\n')
        os.utime(path, ns=(time.time_ns(), time.time_ns()))
        assert [d.url for d in current(settings).destinations] == ["https://b.example/pay"]

    def test_an_invalid_file_enables_nothing(self, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
        path = tmp_path / "forwarding.toml"
        path.write_text(f'[[destinations]]\nurl = "http://x.example/"\n'
                        f'headers = {{ "X-Api-Key" = "{SECRET}" }}\n')
        settings = Settings(data_dir=tmp_path, forwarding_config=path)
        assert current(settings).destinations == ()
        assert "rejected" in caplog.text and SECRET not in caplog.text
        with pytest.raises(ConfigError):
            load(path)

    def test_no_file_no_destinations(self, tmp_path: Path) -> None:
        assert Settings(data_dir=tmp_path).resolved_forwarding_config is None
        assert current(Settings(data_dir=tmp_path)).destinations == ()
        missing = Settings(data_dir=tmp_path, forwarding_config=tmp_path / "nope.toml")
        assert current(missing).destinations == ()

    def test_settings_from_environment(self, tmp_path: Path) -> None:
        s = Settings.from_env({"STRIPE_EMULATOR_FORWARDING_CONFIG": str(tmp_path / "f.toml")})
        assert s.forwarding_config == tmp_path / "f.toml"
