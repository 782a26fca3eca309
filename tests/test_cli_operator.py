"""`stripe-emulator seed`: objects made without HTTP, visible through the API afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from stripe_emulator.testing import EmulatorServer


def test_seed_then_serve(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "stripe_emulator", "seed", "--account", "sk_test_seeded",
         "--count", "25", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=True)
    ids = done.stdout.split()
    assert len(ids) == 25 and len(set(ids)) == 25
    assert all(i.startswith("cus_") for i in ids)
    with EmulatorServer(data_dir=tmp_path) as server:
        import stripe

        client = stripe.StripeClient("sk_test_seeded", base_addresses={"api": server.url})
        listed = [c.id for c in client.v1.customers.list({"limit": 100}).auto_paging_iter()]
        assert sorted(listed) == sorted(ids)
        assert len(client.v1.events.list({"limit": 100}).data) == 25


def test_seed_refuses_unknown_type(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "stripe_emulator", "seed", "--account", "sk_test_x",
         "--count", "1", "--type", "unicorn", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "only `customer`" in done.stderr
