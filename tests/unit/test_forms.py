"""Form decoding as stripe==16.1.0 encodes, plus what curl users send."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stripe._encode import _api_encode

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.forms import Indexed, decode, split_key


def _lists(value: object) -> object:
    """Turn Indexed containers into lists, as a params model does for list fields."""
    if isinstance(value, Indexed):
        return [_lists(v) for v in value.as_list()]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def _sdk_body(params: dict[str, object]) -> str:
    from urllib.parse import urlencode

    return urlencode(list(_api_encode(params)))


def test_split_key() -> None:
    assert split_key("a[b][0][c]") == ["a", "b", "0", "c"]
    assert split_key("key[]") == ["key", ""]
    assert split_key("plain") == ["plain"]
    assert split_key("broken[") == ["broken["]


def test_sdk_encoding_round_trips() -> None:
    params = {"items": [{"price": "price_1", "quantity": 2}, {"price": "price_2"}],
              "expand": ["data.customer"], "metadata": {"a": "1"},
              "request": {"headers": [{"name": "X", "value": "y"}]}, "active": False}
    decoded = _lists(decode(_sdk_body(params)))
    assert decoded == {
        "items": [{"price": "price_1", "quantity": "2"}, {"price": "price_2"}],
        "expand": ["data.customer"], "metadata": {"a": "1"},
        "request": {"headers": [{"name": "X", "value": "y"}]}, "active": "false"}


def test_empty_values_are_kept() -> None:
    assert decode("metadata=&description=") == {"metadata": "", "description": ""}


def test_conflicting_shapes() -> None:
    with pytest.raises(InvalidRequestError):
        decode("a=1&a[b]=2")
    with pytest.raises(InvalidRequestError):
        decode("a[b]=2&a=1")


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="[]"),
                min_size=1, max_size=8)
_scalar = st.one_of(_text, st.integers(-10**9, 10**9).map(str))
_values = st.recursive(
    _scalar,
    lambda inner: st.one_of(st.lists(inner, min_size=1, max_size=4),
                            st.dictionaries(_text.filter(lambda k: not k.isdigit()), inner,
                                            min_size=1, max_size=4)),
    max_leaves=12)


@given(st.dictionaries(_text.filter(lambda k: not k.isdigit()), _values, min_size=1,
                       max_size=5))
def test_any_sdk_encoded_structure_decodes_back(params: dict[str, object]) -> None:
    assert _lists(decode(_sdk_body(params))) == params
