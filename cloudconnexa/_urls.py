"""Absolute request URLs, joined as text and parsed by httpx once.

Given a relative URL, httpx parses it, then parses it again merged with `base_url`, and a
third time when it merges `params=`; every parse validates each character. That is about
18 µs of a `dns.get` over a mock transport (a sixth of the call), and 45 µs when the request
has query parameters. The SDK knows its base URL and the generated code's path, so it joins
them as text and httpx parses the result once. The URL sent is the same::

    prefix = url_prefix(http.base_url)                # "https://acme.api.openvpn.com"
    http.request(**absolute(module._get_kwargs(page=0, size=10), prefix))
    # GET https://acme.api.openvpn.com/api/v1/dns-records?page=0&size=10
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["absolute", "url_prefix"]


def url_prefix(base_url: httpx.URL) -> str:
    """`base_url` as text without its trailing slash: API paths ("/api/...") follow it."""
    return str(base_url).rstrip("/")


def absolute(kwargs: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Generated `_get_kwargs` output with `url` made absolute and `params` folded into it
    (encoded as httpx encodes them; an empty mapping adds no `?`)."""
    path = kwargs["url"]
    params = kwargs.pop("params", None)
    if params:
        path = f"{path}?{httpx.QueryParams(params)}"
    kwargs["url"] = prefix + path
    return kwargs
