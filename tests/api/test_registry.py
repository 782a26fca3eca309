"""The registry is the contract: every endpoint takes every param the SDK can send (same
names, nesting and enum values), refuses an unknown one, and appears in /openapi.json."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import typing_extensions
from pydantic import BaseModel
from stripe._request_options import RequestOptions

import stripe_emulator.app
from stripe_emulator.api.registry import Endpoint, registry
from stripe_emulator.testing import Account

stripe_emulator.app.load_areas()
_CLIENT_SIDE = set(RequestOptions.__annotations__)


def _sdk_typeddict(name: str) -> Any:
    """The SDK's TypedDict called `name`, or the overlay's (preview APIs the SDK lacks)."""
    obj: Any = importlib.import_module("stripe.params")
    for part in name.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return _generator().overlay_params()[name]
    return obj


def _generator() -> Any:
    """tools/gen_params.py, loaded by path (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "stripe_emulator_tools_gen_params",
        Path(__file__).resolve().parents[2] / "tools" / "gen_params.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module


def _sdk_hints(td: Any) -> dict[str, Any]:
    ns: dict[str, Any] = dict(vars(typing))
    ns.update(vars(importlib.import_module(td.__module__)))
    from stripe._stripe_context import StripeContext

    ns["StripeContext"] = StripeContext
    return typing.get_type_hints(td, globalns=ns)


def _unwrap(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [m for a in typing.get_args(tp) for m in _unwrap(a)]
    return [tp]


def sdk_paths(td: Any, prefix: str = "") -> dict[str, set[Any]]:
    """{param path: enum values (empty when free)} for an SDK TypedDict."""
    out: dict[str, set[Any]] = {}
    for key, tp in _sdk_hints(td).items():
        if key in _CLIENT_SIDE and not prefix:
            continue
        path = f"{prefix}[{key}]" if prefix else key
        out.setdefault(path, set())
        for member in _unwrap(tp):
            origin = typing.get_origin(member)
            if origin is typing.Literal:
                out[path].update(a for a in typing.get_args(member) if a != "")
            elif origin is list:
                for inner in _unwrap(typing.get_args(member)[0]):
                    if typing_extensions.is_typeddict(inner):
                        out.update(sdk_paths(inner, f"{path}[0]"))
                    elif typing.get_origin(inner) is typing.Literal:
                        out[path].update(typing.get_args(inner))
            elif typing_extensions.is_typeddict(member):
                out.update(sdk_paths(member, path))
    return out


def model_paths(model: type[BaseModel], prefix: str = "") -> dict[str, set[Any]]:
    out: dict[str, set[Any]] = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        path = f"{prefix}[{key}]" if prefix else key
        out.setdefault(path, set())
        for member in _unwrap(info.annotation):
            origin = typing.get_origin(member)
            if origin is typing.Literal:
                out[path].update(typing.get_args(member))
            elif origin is list:
                for inner in _unwrap(typing.get_args(member)[0]):
                    if isinstance(inner, type) and issubclass(inner, BaseModel):
                        out.update(model_paths(inner, f"{path}[0]"))
                    elif typing.get_origin(inner) is typing.Literal:
                        out[path].update(typing.get_args(inner))
            elif isinstance(member, type) and issubclass(member, BaseModel):
                out.update(model_paths(member, path))
    return out


ENDPOINTS = [ep for ep in registry.endpoints if ep.path.startswith("/v1/")]


# Our own test helpers that Stripe lacks (climate) have no SDK TypedDict to agree with.
SDK_ENDPOINTS = [ep for ep in ENDPOINTS
                 if ep.sdk_params or not ep.path.startswith("/v1/test_helpers/")]


@pytest.mark.parametrize("ep", SDK_ENDPOINTS, ids=lambda e: f"{e.method} {e.path}")
def test_every_sdk_param_is_accepted(ep: Endpoint) -> None:
    assert ep.sdk_params, f"{ep.method} {ep.path} names no SDK params TypedDict"
    assert ep.params is not None
    sdk = sdk_paths(_sdk_typeddict(ep.sdk_params))
    ours = model_paths(ep.params)
    missing = sorted(set(sdk) - set(ours))
    assert not missing, f"params the SDK sends but {ep.name} refuses: {missing}"
    narrower = {p: sorted(sdk[p] - ours[p]) for p in sdk if ours[p] and sdk[p] - ours[p]}
    assert not narrower, f"enum values the SDK sends but {ep.name} refuses: {narrower}"


def test_registry_lists_distinct_routes() -> None:
    seen = {(ep.method, ep.path) for ep in registry.endpoints}
    assert len(seen) == len(registry.endpoints)


def test_unknown_param_refused_everywhere(account: Account) -> None:
    for ep in ENDPOINTS:
        path = ep.path
        for name in ep.path_params:
            path = path.replace("{" + name + "}", f"x_{name}")
        r = httpx.request(ep.method, account.url + path, auth=(account.api_key, ""),
                          **({"data": {"zz_unknown": "1"}} if ep.method == "POST"
                             else {"params": {"zz_unknown": "1"}}))
        assert r.status_code == 400, (ep.method, ep.path, r.text)
        error = r.json()["error"]
        assert (error["code"], error["param"]) == ("parameter_unknown", "zz_unknown"), ep.path


def test_openapi_matches_registry(account: Account) -> None:
    doc = httpx.get(account.url + "/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    documented = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    assert documented == {(ep.method, ep.path) for ep in registry.endpoints}
    create = doc["paths"]["/v1/customers"]["post"]
    ref = create["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["$ref"]
    schema = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert "email" in schema["properties"]
    # Same SDK class names in two areas do not overwrite each other.
    refs = {p: ops["get"]["parameters"][-1]["schema"]["$ref"]
            for p, ops in doc["paths"].items() if p in ("/v1/products", "/v1/climate/products")}
    if len(refs) == 2:
        assert refs["/v1/products"] != refs["/v1/climate/products"]
    for ref in refs.values():
        assert ref.rsplit("/", 1)[1] in doc["components"]["schemas"]
    # Operator routes are listed apart from Stripe's, under their own tag.
    tags = {(m.upper(), p): tuple(op["tags"]) for p, ops in doc["paths"].items()
            for m, op in ops.items()}
    assert tags[("GET", "/_emulator/keys")] == ("emulator",)
    assert tags[("GET", "/_emulator/events/feed")] == ("emulator",)
    assert tags[("POST", "/v1/customers")] == ("customers",)
    assert all(t == ("emulator",) for (_, p), t in tags.items() if p.startswith("/_emulator"))
    assert not any("emulator" in t for (_, p), t in tags.items() if p.startswith("/v1/"))
