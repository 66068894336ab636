"""Schema-driven data shaping: defaults, filling stored records, projecting replies.

The fake stores one record per resource and answers by projecting it onto the
operation's response schema, so a v1.0 host IP service keeps `type`/`routes` while a
v1.1.0 one loses them with no version check in the handlers::

    record = fill({"domain": "a.example"}, dns_record_response_schema)
    project(record, dns_record_response_schema)   # only the schema's properties
"""

from __future__ import annotations

import datetime as _dt
import uuid
from typing import Any

__all__ = ["default_for", "fill", "project", "from_request"]

# Sensible values for a few well-known properties (the rest come from the type).
_NAMED_DEFAULTS: dict[str, Any] = {
    "connectionStatus": "OFFLINE",
    "internetAccess": "SPLIT_TUNNEL_ON",
    "tunnelingProtocol": "OPENVPN",
    "status": "ACTIVE",
    "role": "MEMBER",
    "authType": "INTERNAL",
    "maxDevice": 3,
    "vpnRegionId": "us-east-1",
}


_MINTED = frozenset({"clientId", "clientSecret"})


def default_for(schema: Any, name: str = "", depth: int = 0) -> Any:
    """A plausible value of `schema`: first enum member, fresh uuid, zero, empty."""
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "default" in schema:
        return schema["default"]
    enum = schema.get("enum")
    if name in _NAMED_DEFAULTS and (not enum or _NAMED_DEFAULTS[name] in enum):
        value = _NAMED_DEFAULTS[name]
        if _type_ok(value, schema):
            return value
    if enum:
        return enum[0]
    kind = schema.get("type", "object" if "properties" in schema else None)
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "uuid":
            return str(uuid.uuid4())
        if fmt == "date-time":
            return _dt.datetime.now(_dt.UTC).isoformat().replace("+00:00", "Z")
        if name in _MINTED:  # credentials a command mints (a new Cloud ID's API key): never empty
            return f"fake-{name}-{uuid.uuid4().hex}"
        return ""
    if kind == "integer" or kind == "number":
        return 0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {key: default_for(sub, key, depth + 1) for key, sub in schema.get("properties", {}).items()}
    return None


def _type_ok(value: Any, schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return kind is None


def fill(value: Any, schema: Any, depth: int = 0) -> Any:
    """`value` with every missing schema property filled by `default_for` (recursive).

    Ids (`id` with format uuid) are generated here, once, so they stay stable.
    """
    if not isinstance(schema, dict) or depth > 8:
        return value
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object" and isinstance(value, dict) and "properties" in schema:
        out = dict(value)
        for key, sub in schema["properties"].items():
            if key in out and out[key] is not None:
                out[key] = fill(out[key], sub, depth + 1)
            else:
                out[key] = default_for(sub, key, depth + 1)
        return out
    if kind == "array" and isinstance(value, list):
        return [fill(item, schema.get("items", {}), depth + 1) for item in value]
    return value


def project(value: Any, schema: Any, depth: int = 0) -> Any:
    """Only what `schema` declares: unknown properties dropped, recursively."""
    if not isinstance(schema, dict) or depth > 8:
        return value
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object" and isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {
            key: project(item, props[key], depth + 1)
            for key, item in value.items()
            if key in props and item is not None
        }
    if kind == "array" and isinstance(value, list):
        return [project(item, schema.get("items", {}), depth + 1) for item in value]
    return value


def from_request(body: Any, response_schema: Any) -> Any:
    """Map request-shaped data onto response names where the API renames fields.

    Route requests carry `value`; route responses call it `subnet` (IP routes, with a
    `type` guessed from the address) or `domain` (application routes).
    """
    if isinstance(body, list):
        items = response_schema.get("items", {}) if isinstance(response_schema, dict) else {}
        return [from_request(item, items) for item in body]
    if not isinstance(body, dict) or not isinstance(response_schema, dict):
        return body
    props = response_schema.get("properties", {})
    out: dict[str, Any] = {}
    for key, item in body.items():
        out[key] = from_request(item, props.get(key, {}))
    if "value" in out:
        if "subnet" in props and "subnet" not in out:
            out["subnet"] = out["value"]
            if "type" in props and "type" not in out:
                out["type"] = "IP_V6" if ":" in str(out["value"]) else "IP_V4"
        if "domain" in props and "domain" not in out:
            out["domain"] = out["value"]
            if "type" in props and "type" not in out:
                out["type"] = "DOMAIN"
    return out
