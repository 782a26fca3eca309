"""`stripe-emulator forwarding check` and `serve --forwarding-config`: invalid files are
refused with the reason, and credential values are never printed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from stripe_emulator.cli import app

SECRET = "sk_dest_never_printed_0123"
CONFIG = f"""
[[destinations]]
url = "https://api.processor.example/v1/payments"
fields = {{ card_number = "pm.number", card_cvc = "pm.cvc" }}
headers = {{ "X-Api-Key" = "{SECRET}" }}
"""


def test_check_lists_destinations_without_secrets(tmp_path: Path) -> None:
    (tmp_path / "forwarding.toml").write_text(CONFIG)
    result = CliRunner().invoke(app, ["forwarding", "check", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "https://api.processor.example/v1/payments" in result.output
    assert "replacements: card_number, card_cvc" in result.output
    assert "X-Api-Key (values hidden)" in result.output
    assert SECRET not in result.output


def test_check_refuses_an_invalid_file(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text(CONFIG.replace("https://", "http://"))
    result = CliRunner().invoke(app, ["forwarding", "check", "--config", str(path)])
    assert result.exit_code == 1
    assert "https" in result.output and SECRET not in result.output


def test_serve_refuses_to_start_on_an_invalid_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[[destinations]]\nurl = 'ftp://x.example/'\n")
    result = CliRunner().invoke(app, ["serve", "--data-dir", str(tmp_path),
                                      "--forwarding-config", str(path)])
    assert result.exit_code == 2
    assert "forwarding-config" in result.output
