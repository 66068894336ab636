"""Façade keyword arguments cannot drift from the request models they fill.

Every public resource method that takes `body=` (a generated request model) also takes the
model's fields as keywords. When the spec adds, removes or renames a request field, `make
regenerate` changes the model and this test fails naming the method, the keyword and the
field: the one edit left is adding (or renaming) that keyword in
`cloudconnexa/_async/resources/<area>.py` and running `scripts/unasync.py`.

Keywords that are operation parameters rather than body fields (`id`, `network_id`, ...) are
recognised by name: `id` or `<parent>_id` that no field of the model matches.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

import attrs
import httpx
import pytest

import cloudconnexa
from cloudconnexa._sync._resource import APIResource

EXTRA = "additional_properties"  # the generated catch-all, not an API field


def _normalise(name: str) -> str:
    """Python spellings of one API name compare equal: `ipv4_addresses` / `ipv_4_addresses`,
    `type` / `type_` (the generator's snake_case and reserved-word suffix)."""
    return name.rstrip("_").replace("_", "").lower()


def _namespaces(obj: object, prefix: str) -> Iterator[tuple[str, object]]:
    for name, attribute in inspect.getmembers(type(obj)):
        if not name.startswith("_") and isinstance(attribute, cached_property):
            child = getattr(obj, name)
            if isinstance(child, APIResource):
                yield f"{prefix}.{name}", child
                yield from _namespaces(child, f"{prefix}.{name}")


def _body_methods() -> list[tuple[str, Callable[..., Any], type]]:
    """(dotted name, bound method, request model) for every method taking `body=`."""
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    client = cloudconnexa.Client("http://127.0.0.1:9", client_id="id", client_secret="secret", http_client=http)
    found = []
    for path, namespace in _namespaces(client, "client"):
        for name, function in inspect.getmembers(type(namespace), inspect.isfunction):
            if name.startswith("_") or "body" not in inspect.signature(function).parameters:
                continue
            hint = typing.get_type_hints(function)["body"]
            models = [arg for arg in typing.get_args(hint) if attrs.has(arg)]
            if models:
                found.append((f"{path}.{name}", getattr(namespace, name), models[0]))
    client.close()
    http.close()
    return found


def keyword_drift(method_name: str, method: Callable[..., Any], model: type) -> list[str]:
    """Every disagreement between `method`'s keywords and `model`'s fields, as messages."""
    fields = {_normalise(f.name): f.name for f in attrs.fields(model) if f.name != EXTRA}
    keywords = {
        _normalise(p.name): p.name
        for p in inspect.signature(method).parameters.values()
        if p.name != "body" and p.kind is not inspect.Parameter.VAR_KEYWORD
    }
    problems = []
    for key, keyword in keywords.items():
        if key in fields:
            continue
        if keyword == "id" or keyword.endswith("_id"):
            continue  # an operation parameter (path or query), not a body field
        problems.append(
            f"{method_name}({keyword}=...): {model.__name__} has no field {keyword!r} "
            "(renamed or removed in the spec?): rename or drop the keyword"
        )
    for key, field in fields.items():
        if key not in keywords:
            problems.append(
                f"{method_name}: {model.__name__} field {field!r} has no keyword argument: "
                f"add `{field}` to the method in cloudconnexa/_async/resources/"
            )
    return problems


BODY_METHODS = _body_methods()


def test_methods_with_request_models_were_found() -> None:
    names = {name for name, _, _ in BODY_METHODS}
    assert {"client.dns.create", "client.dns.update", "client.users.create"} <= names


@pytest.mark.parametrize(("name", "method", "model"), BODY_METHODS, ids=[name for name, _, _ in BODY_METHODS])
def test_keywords_match_the_request_model(name: str, method: Callable[..., Any], model: type) -> None:
    problems = keyword_drift(name, method, model)
    assert not problems, "\n".join(problems)


def test_the_drift_check_names_method_keyword_and_field() -> None:
    """A renamed field (`description` -> `comment`) and a new one (`ttl`) are both named."""

    @attrs.define
    class DnsRecordRequest:
        domain: str | None = None
        comment: str | None = None
        ipv_4_addresses: list[str] | None = None
        ipv_6_addresses: list[str] | None = None
        ttl: int | None = None
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    def create(
        *,
        domain: str | None = None,
        description: str | None = None,
        ipv4_addresses: list[str] | None = None,
        ipv6_addresses: list[str] | None = None,
        body: DnsRecordRequest | None = None,
    ) -> None:
        """`client.dns.create` as it was before the spec changed."""

    problems = keyword_drift("client.dns.create", create, DnsRecordRequest)
    assert len(problems) == 3, problems
    assert any("client.dns.create(description=...)" in p and "'description'" in p for p in problems)
    assert any("field 'comment' has no keyword" in p for p in problems)
    assert any("field 'ttl' has no keyword" in p for p in problems)
