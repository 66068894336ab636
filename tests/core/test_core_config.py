from __future__ import annotations

import pytest

from cloudconnexa._config import Secret, resolve_config, validate_base_url
from cloudconnexa._constants import ENV_BASE_URL, ENV_CLIENT_ID, ENV_CLIENT_SECRET

ENV = {ENV_BASE_URL: "acme", ENV_CLIENT_ID: "env-id", ENV_CLIENT_SECRET: "env-secret"}


def test_env_vars_fill_unset_values() -> None:
    config = resolve_config(environ=ENV)
    assert config.base_url == "https://acme.api.openvpn.com"
    assert config.client_id == "env-id"
    assert config.client_secret.get_secret_value() == "env-secret"
    assert config.api_version == "1.2.3"
    assert config.generated_package == "v1_2_3"


def test_arguments_win_over_env() -> None:
    config = resolve_config("https://other.api.openvpn.com/", "arg-id", "arg-secret", "1.0", environ=ENV)
    assert config.base_url == "https://other.api.openvpn.com"
    assert config.client_id == "arg-id"
    assert config.generated_package == "v1_0"


def test_real_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    assert resolve_config().client_id == "env-id"


@pytest.mark.parametrize(
    ("missing", "argument"),
    [
        (ENV_BASE_URL, "base_url"),
        (ENV_CLIENT_ID, "client_id"),
        (ENV_CLIENT_SECRET, "client_secret"),
    ],
)
def test_missing_value_names_argument_and_env_var(missing: str, argument: str) -> None:
    env = {k: v for k, v in ENV.items() if k != missing}
    with pytest.raises(ValueError, match=f"{argument}.*{missing}"):
        resolve_config(environ=env)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("acme", "https://acme.api.openvpn.com"),
        ("Acme-Corp", "https://acme-corp.api.openvpn.com"),
        ("https://acme.api.openvpn.com", "https://acme.api.openvpn.com"),
        ("https://acme.api.openvpn.com/", "https://acme.api.openvpn.com"),
        ("https://example.com:8443", "https://example.com:8443"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://127.0.0.5:9", "http://127.0.0.5:9"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_base_url_normalised(given: str, expected: str) -> None:
    assert validate_base_url(given) == expected


@pytest.mark.parametrize(
    ("given", "match"),
    [
        ("http://acme.api.openvpn.com", "https"),
        ("http://10.0.0.1", "https"),
        ("ftp://acme.example", "https"),
        ("https://acme.api.openvpn.com/api/v1", "path"),
        ("https://acme.api.openvpn.com?x=1", "query"),
        ("https://acme.api.openvpn.com#frag", "fragment"),
        ("", "empty"),
    ],
)
def test_bad_base_url_refused(given: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        validate_base_url(given)


def test_userinfo_refused_without_echoing_password() -> None:
    with pytest.raises(ValueError, match="user:password") as info:
        validate_base_url("https://me:hunter2pass@acme.api.openvpn.com")
    assert "hunter2pass" not in str(info.value)
    assert "hunter2pass" not in repr(info.value)


def test_unknown_api_version_lists_supported() -> None:
    with pytest.raises(ValueError, match=r"'1\.0', '1\.1\.0'.*'auto', got '2\.0'"):
        resolve_config(api_version="2.0", environ=ENV)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="client_id"):
        resolve_config("acme", 123, "secret")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="base_url"):
        validate_base_url(None)  # type: ignore[arg-type]


def test_secret_hidden_in_repr() -> None:
    config = resolve_config("acme", "id", "top-secret-value")
    assert "top-secret-value" not in repr(config)
    assert "top-secret-value" not in str(config.client_secret)
    assert Secret("a") == Secret("a") and Secret("a") != Secret("b")
