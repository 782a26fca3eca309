"""Every package under `areas/` is loaded by the App (a forgotten area would register no
route, job or subscriber, silently)."""

from __future__ import annotations

from stripe_emulator.app import AREAS, area_packages


def test_every_area_package_is_in_the_apps_list() -> None:
    assert sorted(AREAS) == area_packages(), (
        "src/stripe_emulator/app.py AREAS must list every package under areas/ "
        f"(missing: {sorted(set(area_packages()) - set(AREAS))}, "
        f"not a package: {sorted(set(AREAS) - set(area_packages()))})")


def test_the_list_is_not_empty() -> None:
    # A broken discovery (an empty areas/ path) must not make the check above pass.
    assert {"core", "payments", "billing", "webhooks"} <= set(area_packages())
