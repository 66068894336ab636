"""API versions: the accepted values and `CLOUDCONNEXA_API_VERSION`, what each version offers
(`x-introduced-in`), and `api_version="auto"` (at most two probes per client, never a guess)."""

from __future__ import annotations

import anyio
import httpx
import pytest

import cloudconnexa
from cloudconnexa._config import resolve_api_version
from cloudconnexa._constants import API_VERSIONS, DEFAULT_API_VERSION, ENV_API_VERSION, SPEC_VERSIONS
from cloudconnexa._versions import DETECTION, introduced_in, is_supported, operation_module, version_key

TOKEN = {"access_token": "t", "token_type": "bearer", "expires_in": 3600}
ADVANCED = "/api/v1/settings/wpc/routes-advanced-configuration-enabled"
IP_MODE = "/api/v1/settings/wpc/ip-allocation-mode"
VISIBILITY = "/api/v1/access-visibility/enabled"


def test_every_documented_version_is_accepted_and_1_2_3_is_the_default():
    assert list(API_VERSIONS) == ["1.0", "1.1.0", "1.1.1", "1.1.3", "1.1.6", "1.2.0", "1.2.3"]
    assert DEFAULT_API_VERSION == "1.2.3" and SPEC_VERSIONS == ("1.0", "1.1.0", "1.2.3")
    assert resolve_api_version(None, {}) == "1.2.3"
    assert resolve_api_version(" v1.1.6 ", {}) == "1.1.6"
    assert resolve_api_version("AUTO", {}) == "auto"


def test_env_var_is_used_when_no_argument_and_named_when_wrong():
    assert resolve_api_version(None, {ENV_API_VERSION: "1.0"}) == "1.0"
    assert resolve_api_version("1.2.0", {ENV_API_VERSION: "1.0"}) == "1.2.0"
    with pytest.raises(ValueError, match=rf"{ENV_API_VERSION} must be one of .*got '2'"):
        resolve_api_version(None, {ENV_API_VERSION: "2"})
    with pytest.raises(TypeError, match="api_version"):
        resolve_api_version(1.0, {})  # type: ignore[arg-type]


def test_client_reads_the_env_var(monkeypatch):
    monkeypatch.setenv(ENV_API_VERSION, "1.1.1")
    with cloudconnexa.Client("acme", client_id="i", client_secret="s") as client:
        assert client.api_version == "1.1.1"


@pytest.mark.parametrize(
    ("version", "operation", "offered"),
    [
        ("1.0", "user.suspend_user", False),
        ("1.1.1", "user.suspend_user", True),
        ("1.1.6", "audit_logs.list_audit_logs", True),
        ("1.1.3", "audit_logs.list_audit_logs", False),
        ("1.2.0", "user.force_user_password_change", False),
        ("1.2.3", "user.force_user_password_change", True),
        ("1.0", "dns_record.get_dns_record", False),  # the shim scans instead
        ("1.1.0", "dns_record.get_dns_record", True),
        ("1.0", "dns_log.list_user_dns_resolutions", True),  # documented in v1.0
        ("1.0", "network.list_networks", True),
    ],
)
def test_what_each_version_offers(version, operation, offered):
    assert is_supported(version, operation) is offered


def test_intermediate_versions_use_the_newest_package_and_old_ones_borrow_it_only_when_documented():
    assert operation_module("1.1.1", "user.suspend_user").__name__.startswith("cloudconnexa_generated.v1_2_3.")
    assert operation_module("1.0", "dns_log.list_user_dns_resolutions").__name__.startswith(
        "cloudconnexa_generated.v1_2_3."
    )
    assert operation_module("1.0", "network.list_networks").__name__.startswith("cloudconnexa_generated.v1_0.")
    assert introduced_in("network.list_networks") is None
    assert version_key("1.0") < version_key("1.0.1") < version_key("1.1.0")


# ---------------------------------------------------------------- api_version="auto"


def tenant(present: set[str], *, log: list[str], status_for_absent: int = 404):
    """A mock tenant: the probe paths in `present` answer 200, the others `status_for_absent`;
    any other API path answers an empty page."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/oauth/token":
            return httpx.Response(200, json=TOKEN)
        log.append(request.url.path)
        if request.url.path in (ADVANCED, IP_MODE, VISIBILITY):
            if request.url.path in present:
                return httpx.Response(200, text="BOTH" if request.url.path == IP_MODE else "true")
            return httpx.Response(status_for_absent, json={"errorMessage": "No static resource"})
        return httpx.Response(200, json={"content": [], "page": 0, "size": 1000, "totalPages": 1})

    return handler


@pytest.mark.parametrize(
    ("present", "version", "probes"),
    [
        ({ADVANCED, IP_MODE, VISIBILITY}, "1.2.3", [ADVANCED, IP_MODE]),
        ({ADVANCED, VISIBILITY}, "1.2.0", [ADVANCED, IP_MODE]),
        ({VISIBILITY}, "1.1.1", [ADVANCED, VISIBILITY]),
        (set(), "1.0", [ADVANCED, VISIBILITY]),
    ],
)
def test_auto_detects_in_two_probes_on_first_need(present, version, probes):
    log: list[str] = []
    http = httpx.Client(transport=httpx.MockTransport(tenant(present, log=log)))
    with cloudconnexa.Client("http://127.0.0.1:9", client_id="i", client_secret="s", api_version="auto",
                             http_client=http) as client:  # fmt: skip
        assert client.api_version == "auto" and log == []
        client.networks.list().to_list()
        client.hosts.list().to_list()
        assert client.api_version == version
        assert log == [*probes, "/api/v1/networks", "/api/v1/hosts"]
        assert client.with_options(max_retries=0).api_version == version  # copies share it
    http.close()


def test_auto_range_resolves_to_its_oldest_version_and_says_so():
    log: list[str] = []
    http = httpx.Client(transport=httpx.MockTransport(tenant({VISIBILITY}, log=log)))
    with cloudconnexa.Client("http://127.0.0.1:9", client_id="i", client_secret="s", api_version="auto",
                             http_client=http) as client:  # fmt: skip
        with pytest.raises(cloudconnexa.UnsupportedByAPIVersion, match=r"detected v1\.1\.1 \.\. v1\.1\.6") as info:
            client.audit_logs.list().to_list()
    assert info.value.introduced_in == "1.1.6" and log == [ADVANCED, VISIBILITY]
    http.close()


def test_auto_never_guesses_from_an_ambiguous_answer():
    log: list[str] = []
    http = httpx.Client(transport=httpx.MockTransport(tenant(set(), log=log, status_for_absent=403)))
    with cloudconnexa.Client("http://127.0.0.1:9", client_id="i", client_secret="s", api_version="auto",
                             http_client=http) as client:  # fmt: skip
        with pytest.raises(cloudconnexa.PermissionDeniedError) as info:
            client.networks.list().to_list()
        assert client.api_version == "auto"
    assert any("CLOUDCONNEXA_API_VERSION" in note for note in info.value.__notes__)
    assert log == [ADVANCED]
    http.close()


def test_auto_concurrent_first_calls_share_one_detection():
    log: list[str] = []

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(tenant({ADVANCED, IP_MODE}, log=log)))
        async with cloudconnexa.AsyncClient("http://127.0.0.1:9", client_id="i", client_secret="s",
                                            api_version="auto", http_client=http) as client:  # fmt: skip
            async with anyio.create_task_group() as tasks:
                for _ in range(10):
                    tasks.start_soon(client.settings.get_topology)
            assert client.api_version == "1.2.3"
        await http.aclose()

    anyio.run(main)
    assert log.count(ADVANCED) == 1 and log.count(IP_MODE) == 1 and len(log) == 12


def test_detection_tree_is_two_levels_deep():
    for first in (DETECTION.present, DETECTION.absent):
        assert not isinstance(first.next(200), type(DETECTION)) and not isinstance(first.next(404), type(DETECTION))
    assert DETECTION.next(500) is None and DETECTION.next(400) is None
