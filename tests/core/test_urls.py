"""Issue 14 goal 5: the façade joins the base URL, the generated path and the query as text,
so httpx parses each request URL once instead of three times; the URL sent is the same."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

import cloudconnexa
from cloudconnexa._urls import absolute, url_prefix

GENERATED = Path(cloudconnexa.__file__).resolve().parent.parent / "cloudconnexa_generated"

BASES = [
    "https://acme.api.openvpn.com",
    "https://acme.api.openvpn.com/",
    "http://127.0.0.1:8080",
    "https://proxy.example/cloudconnexa/",  # behind a path prefix
]
PATHS = [
    "/api/v1/dns-records",
    "/api/v1/dns-records/" + quote("a b/ü?#%", safe=""),  # how generated code quotes an id
    "/api/v1/networks/7e1f2c3a-0000-4000-8000-000000000001/routes",
]
PARAMS: list[Any] = [
    None,
    {},
    {"page": 0, "size": 1000},
    {"name": "a b&c=d#e", "flag": True, "off": False, "ids": ["x", "y"], "text": "ü€/?"},
    {"empty": "", "zero": 0, "float": 1.5},
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", PARAMS)
def test_absolute_url_is_the_url_httpx_would_build(base: str, path: str, params: Any) -> None:
    http = httpx.Client(base_url=base)
    kwargs: dict[str, Any] = {"method": "get", "url": path}
    if params is not None:
        kwargs["params"] = params
    expected = http.build_request(**dict(kwargs)).url
    got = http.build_request(**absolute(dict(kwargs), url_prefix(http.base_url))).url
    assert got == expected
    assert str(got) == str(expected)


def test_generated_paths_carry_no_query() -> None:
    # `absolute` appends "?" + params: a generated path with its own query would break that.
    urls = [
        match.group(1)
        for module in GENERATED.glob("*/api/**/*.py")
        for match in re.finditer(r'"url": "([^"]*)"', module.read_text(encoding="utf-8"))
    ]
    assert len(urls) > 100  # every package's endpoints were found
    assert [url for url in urls if "?" in url or not url.startswith("/")] == []


def test_facade_sends_the_absolute_url_with_its_query() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        seen.append(request.url)
        return httpx.Response(200, json={"content": [], "totalPages": 1, "totalElements": 0, "page": 0, "size": 5})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    base = "https://acme.api.openvpn.com"
    with cloudconnexa.Client(base, client_id="id", client_secret="secret", http_client=http) as client:
        assert client.dns.list(page_size=5).to_list() == []
    assert [str(url) for url in seen] == [f"{base}/api/v1/dns-records?page=0&size=5"]
