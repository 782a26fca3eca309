"""Stripe's errors, raised as exceptions and rendered in one place (`render`).

    StripeError                       {"error": {type, code?, param?, message, doc_url?}}
    ├── InvalidRequestError           invalid_request_error, 400
    │   ├── ParameterUnknown          parameter_unknown
    │   ├── ParameterMissing          parameter_missing
    │   ├── ParameterInvalidInteger   parameter_invalid_integer
    │   ├── ParameterInvalidEmpty     parameter_invalid_empty
    │   ├── ParametersExclusive       parameters_exclusive
    │   ├── ResourceAlreadyExists     resource_already_exists
    │   ├── ResourceMissing           resource_missing, 404
    │   ├── NotFound                  unrecognized URL, 404
    │   ├── AuthenticationFailed      401 (no key, bad key, live key, publishable key)
    │   └── PermissionDenied          403 (restricted key, unreachable account)
    ├── CardError                     card_error, 402
    ├── IdempotencyError              idempotency_error, 400
    │   └── IdempotencyKeyInUse       idempotency_key_in_use, 409
    └── APIError                      api_error, 500

The HTTP status follows from the class; a raise site only names the param and, where
Stripe's wording depends on the case, the message.
"""

from __future__ import annotations

from typing import Any, ClassVar

import orjson

__all__ = [
    "APIError",
    "AuthenticationFailed",
    "CardError",
    "IdempotencyError",
    "IdempotencyKeyInUse",
    "InvalidRequestError",
    "NotFound",
    "ParameterInvalidEmpty",
    "ParameterInvalidInteger",
    "ParameterMissing",
    "ParameterUnknown",
    "ParametersExclusive",
    "PermissionDenied",
    "ResourceAlreadyExists",
    "ResourceMissing",
    "StripeError",
    "render",
]

DOC_URL = "https://stripe.com/docs/error-codes/"


class StripeError(Exception):
    """Base of every error this server returns; carries Stripe's error body fields."""

    type: ClassVar[str] = "api_error"
    status: ClassVar[int] = 500
    default_code: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        keep_changes: bool = False,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        #: Commit what the request wrote before failing (a declined charge is recorded on
        #: Stripe: the failed Charge, the PaymentIntent's last_payment_error, events).
        self.keep_changes = keep_changes
        self.message = message
        self.param = param
        self.code = code if code is not None else self.default_code
        self.http_status = status if status is not None else self.status
        self.headers = headers or {}
        self.extra = extra

    def body(self, request_id: str | None = None) -> dict[str, Any]:
        """The JSON body Stripe sends for this error; keys that do not apply are omitted."""
        error: dict[str, Any] = {}
        if self.code:
            error["code"] = self.code
            error["doc_url"] = DOC_URL + self.code.replace("_", "-")
        error["message"] = self.message
        if self.param:
            error["param"] = self.param
        if request_id:
            error["request_log_url"] = f"https://dashboard.stripe.com/test/logs/{request_id}"
        error["type"] = self.type
        error.update(self.extra)
        return {"error": error}


class InvalidRequestError(StripeError):
    """Bad parameters, missing objects, state conflicts."""

    type = "invalid_request_error"
    status = 400


class ParameterUnknown(InvalidRequestError):
    """A parameter this endpoint does not take; `param` is its full bracketed name."""

    default_code = "parameter_unknown"

    def __init__(self, param: str) -> None:
        super().__init__(f"Received unknown parameter: {param}", param=param)


class ParameterMissing(InvalidRequestError):
    """A required parameter was not sent."""

    default_code = "parameter_missing"

    def __init__(self, param: str, message: str | None = None) -> None:
        super().__init__(message or f"Missing required param: {param}.", param=param)


class ParameterInvalidInteger(InvalidRequestError):
    """An integer parameter that does not parse as one."""

    default_code = "parameter_invalid_integer"

    def __init__(self, param: str, value: object) -> None:
        super().__init__(f"Invalid integer: {value}", param=param)


class ParameterInvalidEmpty(InvalidRequestError):
    """An empty string for a parameter that cannot be unset."""

    default_code = "parameter_invalid_empty"

    def __init__(self, param: str) -> None:
        super().__init__(
            f"You passed an empty string for '{param}'. We assume empty values are an attempt "
            f"to unset a parameter; however '{param}' cannot be unset. You should remove "
            f"'{param}' from your request or supply a non-empty value.",
            param=param,
        )


class ParametersExclusive(InvalidRequestError):
    """Two parameters that cannot be sent together."""

    default_code = "parameters_exclusive"

    def __init__(self, *params: str, message: str | None = None) -> None:
        names = ", ".join(params)
        super().__init__(
            message or f"You may only specify one of these parameters: {names}.",
            param=params[0],
        )


class ResourceAlreadyExists(InvalidRequestError):
    """A uniqueness rule (lookup_key, reference) was broken."""

    default_code = "resource_already_exists"


class ResourceMissing(InvalidRequestError):
    """`No such <thing>: '<id>'` (404)."""

    status = 404
    default_code = "resource_missing"

    def __init__(self, thing: str, object_id: str, *, param: str | None = "id",
                 status: int | None = None) -> None:
        super().__init__(f"No such {thing}: '{object_id}'", param=param, status=status)


class NotFound(InvalidRequestError):
    """An URL this server does not route."""

    status = 404

    def __init__(self, method: str, path: str) -> None:
        super().__init__(
            f"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs "
            "or we can help at https://support.stripe.com/."
        )


class AuthenticationFailed(InvalidRequestError):
    """No key, an unknown key, a live key or a publishable key where a secret one is needed."""

    status = 401


class PermissionDenied(InvalidRequestError):
    """The key is valid but may not do this (restricted key, unreachable account)."""

    status = 403


class CardError(StripeError):
    """A card was declined (402); carries `decline_code` and the charge where known."""

    type = "card_error"
    status = 402


class IdempotencyError(StripeError):
    """Misuse of an Idempotency-Key (different parameters for the same key)."""

    type = "idempotency_error"
    status = 400


class IdempotencyKeyInUse(IdempotencyError):
    """The same key is still being processed by another request (409; safe to retry)."""

    status = 409
    default_code = "idempotency_key_in_use"

    def __init__(self, key: str) -> None:
        super().__init__(
            "There is currently another in-progress request using this Idempotent Key "
            "(that probably means you submitted twice, and the other request is still going "
            f"through): {key}. Please try again later.",
            headers={"Stripe-Should-Retry": "true"},
        )


class APIError(StripeError):
    """Something went wrong on our side, or upstream (forwarding)."""

    type = "api_error"
    status = 500


def render(error: StripeError, request_id: str | None = None) -> bytes:
    """Serialize an error body (the one place an `{"error": ...}` dict is built)."""
    return orjson.dumps(error.body(request_id))
