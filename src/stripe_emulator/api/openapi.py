"""Our OpenAPI 3.1 document, generated from the registry and the params models."""

from __future__ import annotations

from typing import Any

from stripe_emulator import API_VERSION, __version__
from stripe_emulator.api.registry import Registry

__all__ = ["document"]

_ERROR = {"$ref": "#/components/schemas/error"}


def _area(module: str) -> str:
    """`stripe_emulator.areas.climate.params` -> `climate.`; `...events.params` -> `events.`"""
    parts = module.split(".")
    return (parts[2] if parts[1] == "areas" else parts[1]) + "."


def document(registry: Registry) -> dict[str, Any]:
    """Every registered endpoint with its params schema (query for GET/DELETE, form for POST)."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["type", "message"],
                                 "properties": {k: {"type": "string"} for k in (
                                     "type", "code", "param", "message", "doc_url",
                                     "request_log_url")}}}}}
    for ep in sorted(registry.endpoints, key=lambda e: (e.path, e.method)):
        op: dict[str, Any] = {
            "operationId": ep.name,
            "summary": ep.summary,
            "tags": list(ep.tags),
            "parameters": [{"name": n, "in": "path", "required": True,
                            "schema": {"type": "string"}} for n in ep.path_params],
            "responses": {
                "200": {"description": f"A {ep.returns or 'result'} object or list",
                        "content": {"application/json": {"schema": {"type": "object"}}}},
                "default": {"description": "Error", "content": {
                    "application/json": {"schema": _ERROR}}},
            },
        }
        if ep.media_type != "application/json":  # raw bytes (a file's contents)
            op["responses"]["200"] = {"description": "The raw bytes", "content": {
                ep.media_type: {"schema": {"type": "string", "format": "binary"}}}}
        if ep.public:  # answered without a key
            op["security"] = []
        if ep.params is not None:
            # Areas reuse the SDK's class names (climate's ProductListParams beside billing's):
            # qualify every schema name with its module's area.
            prefix = _area(ep.params.__module__)
            schema = ep.params.model_json_schema(
                ref_template="#/components/schemas/" + prefix + "{model}", by_alias=True)
            for name, sub in schema.pop("$defs", {}).items():
                schemas[prefix + name] = sub
            schemas[prefix + ep.params.__name__] = schema
            ref = {"$ref": f"#/components/schemas/{prefix}{ep.params.__name__}"}
            if ep.method == "POST":
                body = "multipart/form-data" if ep.upload else "application/x-www-form-urlencoded"
                op["requestBody"] = {"content": {body: {"schema": ref}}}
            else:
                op["parameters"].append({"name": "params", "in": "query", "style": "deepObject",
                                         "explode": True, "schema": ref})
        if ep.sdk_params:
            op["x-stripe-sdk-params"] = ep.sdk_params
        paths.setdefault(ep.path, {})[ep.method.lower()] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "stripe-emulator", "version": __version__,
                 "x-stripe-api-version": API_VERSION},
        "servers": [{"url": "http://127.0.0.1:12111"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                "basic": {"type": "http", "scheme": "basic"}},
        },
        "security": [{"bearer": []}, {"basic": []}],
    }
