"""The SDK-built client honours the proxy and CA environment as plain httpx does
(issue 15 item 2): HTTP(S)_PROXY / ALL_PROXY / NO_PROXY / SSL_CERT_FILE, `trust_env=False`
to opt out, and every proxy mount still carries retries and rate limiting.

The proxy is a tiny forwarding HTTP proxy on 127.0.0.1 (absolute-form requests, as clients
send to a plain-HTTP proxy), in front of the fake server.
"""

from __future__ import annotations

import http.client
import http.server
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                   "no_proxy", "SSL_CERT_FILE", "SSL_CERT_DIR")  # fmt: skip


class ForwardingProxy(http.server.ThreadingHTTPServer):
    """Forwards each absolute-form request to its origin and records what it forwarded."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.seen: list[tuple[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ForwardingProxy

    def _forward(self) -> None:
        target = urllib.parse.urlsplit(self.path)  # absolute form: http://host:port/path?query
        self.server.seen.append((self.command, target.path))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")}
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            upstream.request(self.command, path, body=body, headers=headers)
            answer = upstream.getresponse()
            content = answer.read()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
        finally:
            upstream.close()

    do_GET = do_POST = do_PUT = do_DELETE = _forward

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def proxy() -> Iterator[ForwardingProxy]:
    server = ForwardingProxy()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def proxy_env(monkeypatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
def test_calls_go_through_the_proxy_from_the_environment(fake_cloudconnexa, connect, proxy, proxy_env, variable):
    proxy_env.setenv(variable, proxy.url)
    fake_cloudconnexa.seed.dns_records(3)
    client = connect(fake_cloudconnexa)
    assert len(client.dns.list().to_list()) == 3
    assert ("POST", "/api/v1/oauth/token") in proxy.seen
    assert ("GET", "/api/v1/dns-records") in proxy.seen


def test_proxy_mounts_keep_retries(fake_cloudconnexa, connect, proxy, proxy_env, sleeps):
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    fake_cloudconnexa.faults.add(status=503, times=2, path="/api/v1/dns-records")
    client = connect(fake_cloudconnexa)
    assert client.dns.list().to_list() == []
    assert proxy.seen.count(("GET", "/api/v1/dns-records")) == 3  # two 503s retried through the proxy
    assert len(sleeps) == 2


def test_no_proxy_bypasses_it(fake_cloudconnexa, connect, proxy, proxy_env):
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    proxy_env.setenv("NO_PROXY", "127.0.0.1")
    client = connect(fake_cloudconnexa)
    client.dns.list().to_list()
    assert proxy.seen == []
    assert fake_cloudconnexa.count(path="/api/v1/dns-records") == 1


def test_trust_env_false_ignores_the_environment(fake_cloudconnexa, connect, proxy, proxy_env):
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    client = connect(fake_cloudconnexa, trust_env=False)
    client.dns.list().to_list()
    assert proxy.seen == []


def test_ssl_cert_file_is_read_unless_trust_env_is_false(proxy_env, client_factory, tmp_path: Path):
    import ssl

    not_a_bundle = tmp_path / "ca.pem"
    not_a_bundle.write_text("not a certificate\n")
    proxy_env.setenv("SSL_CERT_FILE", str(not_a_bundle))
    with pytest.raises(ssl.SSLError):  # httpx loads SSL_CERT_FILE when it builds the client
        client_factory("acme", client_id="id", client_secret="secret")
    client_factory("acme", client_id="id", client_secret="secret", trust_env=False)


def test_trust_env_is_checked(client_factory):
    with pytest.raises(TypeError, match="trust_env"):
        client_factory("acme", client_id="id", client_secret="secret", trust_env="no")
    import httpx

    with pytest.raises(ValueError, match="trust_env"):
        client_factory("acme", client_id="id", client_secret="secret", trust_env=False, http_client=httpx.Client())


def test_the_fakes_own_client_never_goes_through_a_proxy(fake_cloudconnexa, proxy, proxy_env):
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    with fake_cloudconnexa.client() as client:
        client.dns.list().to_list()
    assert proxy.seen == []
