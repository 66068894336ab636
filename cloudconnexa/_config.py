"""Resolve and validate client settings (arguments first, then environment variables).

Pure: no I/O beyond reading `os.environ` (or the mapping passed in)::

    config = resolve_config("acme", client_id="id", client_secret="secret")
    config.base_url   # 'https://acme.api.openvpn.com'
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from ._constants import (
    API_VERSIONS,
    AUTO_API_VERSION,
    DEFAULT_API_VERSION,
    ENV_API_VERSION,
    ENV_BASE_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    SPEC_VERSIONS,
)

__all__ = ["ClientConfig", "Secret", "resolve_api_version", "resolve_config", "validate_base_url"]


class Secret:
    """A string that never shows in `repr`/`str`; read it with `get_secret_value()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class ClientConfig:
    """Validated settings of one client."""

    base_url: str
    """Scheme and host (and port), no trailing slash, e.g. `https://acme.api.openvpn.com`."""
    client_id: str
    client_secret: Secret = field(repr=False)
    api_version: str
    """One of `API_VERSIONS` ("1.0" ... "1.2.3"), or "auto" (detected on first need)."""

    @property
    def generated_package(self) -> str:
        """Name of the generated package for `api_version`, e.g. `v1_2_3` (the newest for "auto")."""
        return API_VERSIONS.get(self.api_version, API_VERSIONS[SPEC_VERSIONS[-1]])


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# One DNS label: ASCII letters, digits and inner hyphens, 1-63 characters (RFC 1123).
_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_MAX_HOST_CHARS = 253


def _check_cloud_id(text: str) -> str:
    cloud_id = text.lower()
    if not cloud_id.isascii() or not _DNS_LABEL.fullmatch(cloud_id):
        raise ValueError(
            "a cloud id must be one DNS label: 1-63 ASCII letters, digits or hyphens, not starting"
            f" or ending with a hyphen, got {_shown(text)}"
        )
    return f"https://{cloud_id}.api.openvpn.com"


def _check_host(host: str) -> None:
    """Hostname rules (an IP address passes): labels of 1-63 characters, 253 in all."""
    try:
        ipaddress.ip_address(host)
        return
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if len(host) > _MAX_HOST_CHARS or any(not 1 <= len(label) <= 63 for label in labels):
        raise ValueError(f"base_url host labels must be 1-63 characters (253 in all), got {_shown(host)}")


def _shown(text: str) -> str:
    """`text` for an error message: ASCII-escaped and bounded."""
    shown = ascii(text)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def validate_base_url(value: str) -> str:
    """Normalise a base URL or a bare cloud id (`"acme"`) to `https://acme.api.openvpn.com`.

    Refuses plain http except on loopback hosts, embedded credentials, any path, query or
    fragment (the SDK appends `/api/v1/...` itself), a cloud id that is not one ASCII DNS
    label, host labels over 63 characters, and ports outside 1-65535.
    """
    if not isinstance(value, str):
        raise TypeError(f"base_url must be a str, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise ValueError("base_url must not be empty")
    if "://" not in text and all(c.isalnum() or c == "-" for c in text):
        return _check_cloud_id(text)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL:
        raise ValueError("base_url is not a valid URL") from None
    if url.userinfo:
        # Never echo the value: it holds a password.
        raise ValueError("base_url must not contain user:password; pass client_id/client_secret instead")
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an https:// URL or a cloud id, got {text!r}")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(f"base_url must use https (http is allowed only on loopback): {text!r}")
    if url.path not in ("", "/") or url.query or url.fragment:
        raise ValueError(f"base_url must have no path, query or fragment, got {text!r}")
    if url.port is not None and not 1 <= url.port <= 65535:
        raise ValueError(f"base_url port must be between 1 and 65535, got {url.port}")
    _check_host(url.host)
    host = f"[{url.host}]" if ":" in url.host else url.host
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{host}{port}"


def _pick(value: str | None, env: Mapping[str, str], name: str, argument: str) -> str:
    if value is None:
        value = env.get(name)
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if value is None or not value.strip():
        raise ValueError(f"{argument} is required: pass {argument}= or set {name}")
    return value.strip()


def resolve_config(
    base_url: str | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    api_version: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Build a `ClientConfig` from arguments, falling back to `CLOUDCONNEXA_*` variables.

    Raises ValueError naming the missing argument and its environment variable.
    """
    env = os.environ if environ is None else environ
    api_version = resolve_api_version(api_version, env)
    return ClientConfig(
        base_url=validate_base_url(_pick(base_url, env, ENV_BASE_URL, "base_url")),
        client_id=_pick(client_id, env, ENV_CLIENT_ID, "client_id"),
        client_secret=Secret(_pick(client_secret, env, ENV_CLIENT_SECRET, "client_secret")),
        api_version=api_version,
    )


def resolve_api_version(value: str | None, env: Mapping[str, str]) -> str:
    """`value`, else `CLOUDCONNEXA_API_VERSION`, else the default (the current API, 1.2.3).

    Accepts every documented version ("1.0", "1.1.0", "1.1.1", "1.1.3", "1.1.6", "1.2.0",
    "1.2.3"), a leading "v", and "auto"; anything else is a ValueError listing them.
    """
    source = "api_version"
    if value is None:
        value, source = env.get(ENV_API_VERSION), ENV_API_VERSION
    if value is None or (source == ENV_API_VERSION and not value.strip()):
        return DEFAULT_API_VERSION
    if not isinstance(value, str):
        raise TypeError(f"api_version must be a str, not {type(value).__name__}")
    text = value.strip().lower().removeprefix("v")
    if text in API_VERSIONS or text == AUTO_API_VERSION:
        return text
    supported = ", ".join([*(repr(v) for v in API_VERSIONS), repr(AUTO_API_VERSION)])
    raise ValueError(f"{source} must be one of {supported}, got {value!r}")
