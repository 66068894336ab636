"""OAuth client-credentials tokens of the fake: issue, check, expire.

Tokens are random opaque strings mapped to (client_id, expiry) on the server's clock;
a forged, unknown or expired bearer token is answered 401.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading

from ._clock import Clock

__all__ = ["TokenIssuer", "basic_credentials"]


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    """(client_id, client_secret) from an `Authorization: Basic ...` header, or None."""
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None


class TokenIssuer:
    """Issues bearer tokens for one API key (client_id/client_secret)."""

    def __init__(self, client_id: str, client_secret: str, ttl: int, clock: Clock) -> None:
        if ttl < 1:
            raise ValueError(f"token_ttl must be >= 1 second, got {ttl!r}")
        self.client_id = client_id
        self._client_secret = client_secret
        self.ttl = ttl
        self.clock = clock
        self._tokens: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show the secret or tokens
        return f"TokenIssuer(client_id={self.client_id!r}, ttl={self.ttl!r})"

    def credentials_ok(self, client_id: str, client_secret: str) -> bool:
        # Compare UTF-8 bytes: `compare_digest` refuses non-ASCII `str` (a 500, not a 401).
        id_ok = secrets.compare_digest(client_id.encode("utf-8", "surrogatepass"), self.client_id.encode("utf-8"))
        secret_ok = secrets.compare_digest(
            client_secret.encode("utf-8", "surrogatepass"), self._client_secret.encode("utf-8")
        )
        return id_ok and secret_ok

    def issue(self) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = (self.client_id, self.clock.now() + self.ttl)
        return token

    def owner(self, token: str) -> str | None:
        """The client_id a live token belongs to; None if unknown or expired."""
        with self._lock:
            entry = self._tokens.get(token)
        if entry is None or self.clock.now() >= entry[1]:
            return None
        return entry[0]

    def expire_all(self) -> None:
        with self._lock:
            self._tokens.clear()
