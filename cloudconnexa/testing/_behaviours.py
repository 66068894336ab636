"""Generic behaviours by operation shape, and the few special cases.

`_classify.plan(spec)` binds every spec operation to one of these by its shape when the app
is built; behaviours take a `Call` (the request plus its `Binding`) and return a `Reply` or
raise `ApiError`. Replies are projected onto the operation's response schema, so they stay
spec-valid whatever a request carried.
"""

from __future__ import annotations

import datetime
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._classify import UNSERVED, Binding, Plan
from ._errors import ApiError, detail
from ._shapes import default_for, fill, from_request, project
from ._spec import Operation
from ._store import PARENT, Store

__all__ = ["BEHAVIOURS", "Call", "Reply", "Behaviour", "REGIONS"]

DEFAULT_PAGE_SIZE = 10  # Spring's default; the docs document none
MAX_PAGE_SIZE = 1000

REGIONS: list[dict[str, str]] = [
    {
        "id": "us-east-1",
        "continent": "North America",
        "country": "United States",
        "countryIso": "US",
        "regionName": "Ashburn",
    },
    {
        "id": "us-west-1",
        "continent": "North America",
        "country": "United States",
        "countryIso": "US",
        "regionName": "San Jose",
    },
    {"id": "eu-central-1", "continent": "Europe", "country": "Germany", "countryIso": "DE", "regionName": "Frankfurt"},
    {"id": "eu-west-1", "continent": "Europe", "country": "Ireland", "countryIso": "IE", "regionName": "Dublin"},
    {
        "id": "ap-southeast-1",
        "continent": "Asia",
        "country": "Singapore",
        "countryIso": "SG",
        "regionName": "Singapore",
    },
]
"""The static region list served by `GET /api/v1/regions`."""

_SETTING_DEFAULTS: dict[str, Any] = {
    "/api/v1/settings/wpc/topology": "FULL_MESH",
    "/api/v1/settings/wpc/default-region": "us-east-1",
    "/api/v1/settings/wpc/subnet": {"ipV4Address": ["100.96.0.0/11"], "ipV6Address": []},
    "/api/v1/settings/wpc/domain-routing-subnet": {"ipV4Address": "100.80.0.0/12", "ipV6Address": "fd:0:0:8000::/49"},
    "/api/v1/settings/wpc/snat": True,
    "/api/v1/settings/users/connection-timeout": 30,
    "/api/v1/settings/user/profile-distribution": "AUTOMATIC",
    "/api/v1/settings/user/device-enforcement": "OFF",
    "/api/v1/settings/user/device-allowance": 3,
    "/api/v1/settings/user/connect-auth": "ON_PRIOR_AUTH",
    "/api/v1/settings/dns/default-suffix": "cloudconnexa.internal",
}


@dataclass
class Call:
    """One request, as the behaviours see it."""

    op: Operation
    path_params: dict[str, str]
    query: dict[str, str]
    body: Any
    """Parsed JSON, the text of a text/plain body, or None."""
    store: Store
    siblings: dict[tuple[str, str], Operation] = field(default_factory=dict)
    """Every operation of the spec by (METHOD, path), for cross-references."""
    plan: Plan = field(default_factory=Plan)
    """The bindings of every operation and the inferred parent/child relations."""

    @property
    def binding(self) -> Binding:
        return self.plan.bindings.get((self.op.method, self.op.path)) or Binding(UNSERVED)


@dataclass
class Reply:
    status: int
    body: Any = None
    media: str | None = None
    """`application/json`, `text/plain`, or None for an empty body."""


Behaviour = Callable[[Call], Reply]


# ---------------------------------------------------------------- helpers


def _noun(collection: str) -> str:
    return collection.rsplit("/", 1)[-1].replace("-", " ").rstrip("s")


def _load(call: Call) -> tuple[str, dict[str, Any]]:
    """The record named by the operation's id path parameter (404 if missing or mismatched)."""
    binding = call.binding
    collection = binding.collection
    item_id = call.path_params.get(binding.id_param, "")
    record = call.store.get(collection, item_id)
    if record is None or not _parent_matches(call, record):
        raise ApiError(404, f"{_noun(collection)} with id {item_id} not found")
    return collection, record


def _parent_matches(call: Call, record: dict[str, Any]) -> bool:
    for param, parent_collection in call.plan.parents.items():
        value = call.query.get(param)
        if param in call.op.query and value and record.get(PARENT, (None, None))[1] is not None:
            if record[PARENT] != (parent_collection, value):
                return False
    return True


def _view(call: Call, collection: str, record: dict[str, Any]) -> dict[str, Any]:
    """The record with its live child lists (network routes, host connectors, ...)."""
    out = dict(record)
    key = (collection, record["id"])
    for prop in list(out):
        child = call.plan.children.get((collection, prop), f"{collection}/{prop}")
        if child in call.store.collections and isinstance(out[prop], list):
            out[prop] = call.store.children(child, key)
    return out


def _reply_record(call: Call, collection: str, record: dict[str, Any], status: int) -> Reply:
    schema = call.op.response_schema
    return Reply(status, project(_view(call, collection, record), schema), "application/json")


def _reply_value(op: Operation, value: Any) -> Reply:
    """`value` as the operation's success reply: empty, text or JSON, as the spec says."""
    if not op.success_content:
        return Reply(op.success_status)
    if op.text_response:
        return Reply(op.success_status, str(value), "text/plain")
    return Reply(op.success_status, project(value, op.response_schema), "application/json")


def _default_value(op: Operation) -> Any:
    """A spec-valid reply value when the operation has nothing stored to answer with."""
    if op.text_response:
        text: Any = next(iter(op.success_content.values()), {})
        return (text.get("enum") or ["OK"])[0] if isinstance(text, dict) else "OK"
    schema = op.response_schema
    return None if schema is None else fill(default_for(schema), schema)


def _int_param(call: Call, name: str, default: int, low: int, high: int) -> int:
    raw = call.query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ApiError(
            400,
            f"{name} must be between {low} and {high}",
            {name: [detail(f"must be between {low} and {high}", "OUT_OF_RANGE", value=raw)]},
        )
    return value


def _declared_range(op: Operation, name: str, default: int, low: int, high: int) -> tuple[int, int, int]:
    """(default, minimum, maximum) of an integer query parameter as the spec declares them,
    the given values where it is silent (the DNS log pages hold 10..10000 records, 500 by
    default; the other pages 1..1000, and Spring's 10 by default)."""
    schema = op.query.get(name, {}).get("schema", {})
    if not isinstance(schema, dict):
        return default, low, high
    return (int(schema.get("default", default)), int(schema.get("minimum", low)), int(schema.get("maximum", high)))


def _link(call: Call, record: dict[str, Any], schema: Any) -> None:
    """Attach the parent named by a `networkId`-like query (404 if it does not exist)."""
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    for param, parent_collection in call.plan.parents.items():
        value = call.query.get(param)
        if param not in call.op.query or not value:
            continue
        if call.store.get(parent_collection, value) is None:
            raise ApiError(404, f"{_noun(parent_collection)} with id {value} not found")
        record[PARENT] = (parent_collection, value)
        if "networkItemId" in props:
            record["networkItemId"] = value
        if "networkItemType" in props:
            record["networkItemType"] = "HOST" if param == "hostId" else "NETWORK"
        if param in props:
            record[param] = value


def _store_children(call: Call, collection: str, record: dict[str, Any]) -> None:
    """Nested creations (a network's routes and connectors) become linked records."""
    for prop, value in record.items():
        child = f"{collection}/{prop}"
        if not isinstance(value, list) or not any(path == child for _, path in call.siblings):
            continue
        for item in value:
            if isinstance(item, dict) and "id" in item:
                item = {**item, PARENT: (collection, record["id"])}
                if "networkItemId" in item:
                    item["networkItemId"] = record["id"]
                    item["networkItemType"] = "HOST" if "/hosts" in collection else "NETWORK"
                call.store.put(child, item)


def _json_body(call: Call) -> Any:
    return call.body if call.body is not None else {}


def _writable(call: Call) -> Any:
    """The request body without what the server sets itself.

    Fields outside the request schema are read-only (`id`, `status` on a user create, ...):
    the official Go client and Terraform send them empty (`"status": ""`), and echoing them
    would break the reply's schema. The server fills them instead.
    """
    body = _json_body(call)
    schema = call.op.request_schema
    if not isinstance(body, (dict, list)) or not isinstance(schema, dict):
        return body
    return project(body, schema)


# ---------------------------------------------------------------- CRUD


def list_page(call: Call) -> Reply:
    page = _int_param(call, "page", 0, 0, 2**31 - 1)
    size = _int_param(call, "size", *_declared_range(call.op, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE))
    parent = None
    for param, parent_collection in call.plan.parents.items():
        value = call.query.get(param)
        if param in call.op.query and value:
            parent = (parent_collection, value)
    collection = call.binding.collection
    items = call.store.children(collection, parent)
    chunk = items[page * size : (page + 1) * size]
    body = {
        "content": [_view(call, collection, item) for item in chunk],
        "totalElements": len(items),
        "totalPages": math.ceil(len(items) / size),
        "numberOfElements": len(chunk),
        "page": page,
        "size": size,
        "success": True,
    }
    return Reply(200, project(body, call.op.response_schema), "application/json")


def create(call: Call) -> Reply:
    schema = call.op.response_schema
    collection = call.binding.collection
    record: dict[str, Any] = from_request(_writable(call), schema)
    record["id"] = str(uuid.uuid4())
    _link(call, record, schema)
    record = fill(record, schema)
    with call.store.lock:
        call.store.put(collection, record)
        _store_children(call, collection, record)
    return _reply_record(call, collection, record, call.op.success_status)


def get(call: Call) -> Reply:
    collection, record = _load(call)
    return _reply_record(call, collection, record, 200)


def update(call: Call) -> Reply:
    collection, record = _load(call)
    schema = call.op.response_schema
    changes = from_request(_writable(call), schema)
    changes.pop("id", None)
    merged = fill({**record, **changes}, schema)
    call.store.put(collection, merged)
    return _reply_record(call, collection, merged, 200)


def delete(call: Call) -> Reply:
    collection, record = _load(call)
    call.store.delete(collection, record["id"])
    return Reply(call.op.success_status)


def record_action(call: Call) -> Reply:
    """A verb on one record (`PUT /users/{id}/suspend`, `POST /users/{userId}/reset-mfa`).

    404 unless the record exists; a verb matching an enum value of the record (`activate` ->
    `status: ACTIVE`) sets it; the reply is the record when the spec answers with it.
    """
    collection, record = _load(call)
    change = call.binding.value or {}
    if change:
        record = {**record, **change}
        call.store.put(collection, record)
    if "id" in (call.op.response_schema or {}).get("properties", {}):
        return _reply_record(call, collection, record, call.op.success_status)
    return _reply_value(call.op, _default_value(call.op))


# ---------------------------------------------------------------- singletons and statics


def regions(call: Call) -> Reply:
    return Reply(200, project(REGIONS, call.op.response_schema), "application/json")


def setting_get(call: Call) -> Reply:
    key = call.binding.key or call.op.path
    with call.store.lock:
        if key not in call.store.settings:
            call.store.settings[key] = _setting_default(call)
        value = call.store.settings[key]
    return _reply_value(call.op, value)


def _setting_default(call: Call) -> Any:
    if call.op.path in _SETTING_DEFAULTS:
        return _SETTING_DEFAULTS[call.op.path]
    put = call.siblings.get(("PUT", call.op.path))
    schema = (put.request_schema if put else None) or call.op.response_schema
    if put is not None and put.text_request:
        schema = next(iter(put.request_content.values()), {})
    if schema is None:
        return _default_value(call.op) if call.op.text_response else ""
    return fill(default_for(schema), schema)


def setting_put(call: Call) -> Reply:
    op = call.op
    value = call.body
    if op.text_request:
        schema: dict[str, Any] = next(iter(op.request_content.values()), {})
        value = (value or "").strip()
        enum = schema.get("enum")
        if enum and value not in enum:
            raise ApiError(
                400,
                f"value must be one of {enum}",
                {"value": [detail(f"must be one of {enum}", "INVALID_VALUE", value=value)]},
            )
    elif isinstance(value, dict):
        value = fill(project(value, op.request_schema), op.request_schema)
    call.store.settings[call.binding.key or op.path] = value
    return _reply_value(op, value)


def toggle(call: Call) -> Reply:
    """`PUT .../enable` or `.../disable`: the state `GET .../enabled` reads back."""
    call.store.settings[call.binding.key] = bool(call.binding.value)
    return _reply_value(call.op, bool(call.binding.value))


def command(call: Call) -> Reply:
    """A POST on a literal path that keeps no state the API lets us read: a default reply."""
    return _reply_value(call.op, _default_value(call.op))


def cursor(call: Call) -> Reply:
    """Cursor batches of a stored feed (sessions, audit logs), filtered by equal fields."""
    size_schema = call.op.query.get("size", {}).get("schema", {})
    high = int(size_schema.get("maximum", 100)) if isinstance(size_schema, dict) else 100
    size = _int_param(call, "size", high, 1, high)
    position = call.query.get("cursor") or "0"
    try:
        start = int(position, 16)
    except ValueError:
        raise ApiError(400, "invalid cursor", {"cursor": [detail("invalid cursor")]}) from None
    items = call.store.feed(call.binding.key)
    for name, value in call.query.items():
        if name not in ("cursor", "size") and value and items and name in items[0]:
            items = [item for item in items if str(item.get(name)) == value]
    items = _in_time_range(call, items)
    batch = items[start : start + size]
    body: dict[str, Any] = {call.binding.items: batch}
    if start + size < len(items):
        body["nextCursor"] = format(start + size, "x")
    return Reply(200, project(body, call.op.response_schema), "application/json")


# The time fields of the feeds' records: sessions (start/end) and audit logs (timestamp).
_TIME_FIELDS = ("sessionStartTime", "sessionEndTime", "timestamp")
_CREATION_FIELDS = ("sessionStartTime", "timestamp")


def _in_time_range(call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`startDate` (inclusive) / `endDate` (exclusive): records created or updated in the range
    (a session started or ended in it; with `returnOnlyNew=true`, started in it). No default
    window: the fake keeps every seeded record visible."""
    low, high = _date_param(call, "startDate"), _date_param(call, "endDate")
    if low is None and high is None:
        return items
    only_new = call.query.get("returnOnlyNew") == "true"
    fields = _CREATION_FIELDS if only_new else _TIME_FIELDS

    def in_range(record: dict[str, Any]) -> bool:
        for name in fields:
            at = _parse_instant(record.get(name))
            if at is not None and (low is None or at >= low) and (high is None or at < high):
                return True
        return False

    return [record for record in items if in_range(record)]


def _date_param(call: Call, name: str) -> datetime.datetime | None:
    raw = call.query.get(name)
    if not raw:
        return None
    value = _parse_instant(raw)
    if value is None:
        raise ApiError(400, f"{name} must be an ISO instant", {name: [detail("invalid date", value=raw)]})
    return value


def _parse_instant(raw: object) -> datetime.datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        value = datetime.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


# ---------------------------------------------------------------- actions


def profile(call: Call) -> Reply:
    _, record = _load(call)
    if "regionId" in call.op.query and not call.query.get("regionId"):
        raise ApiError(400, "regionId is required", {"regionId": [detail("required")]})
    text = f"client\ndev tun\nproto udp\n# fake CloudConnexa profile for {record['id']}\n<ca>\nFAKE\n</ca>\n"
    return Reply(200, text, "text/plain")


def revoke(call: Call) -> Reply:
    _load(call)
    if call.op.text_response:
        return Reply(200, "Profile revoked", "text/plain")  # openapi-core rejects an empty body
    return Reply(200, True, "application/json")


def profile_token(call: Call) -> Reply:
    _load(call)
    return Reply(200, f"https://fake.cloudconnexa/profile/{uuid.uuid4().hex}", "text/plain")


def bundle(call: Call) -> Reply:
    _, record = _load(call)
    kind = call.query.get("type", "")
    return Reply(200, f"# fake {kind} bundle for connector {record['id']}\n", "text/plain")


def ipsec(call: Call) -> Reply:
    collection, record = _load(call)
    state = "STARTED" if call.op.path.endswith("/start") else "STOPPED"
    config = dict(record.get("ipSecConfig") or {})
    config["connectorState"] = state
    call.store.put(collection, {**record, "ipSecConfig": config})
    return Reply(200)


def access_add(call: Call) -> Reply:
    collection, record = _load(call)
    side = call.op.path.rsplit("/", 1)[-1]
    resp = call.op.response_schema or {}
    item_schema = resp.get("properties", {}).get(side, {}).get("items", {})
    item = fill(project(_json_body(call), item_schema), item_schema)
    updated = {**record, side: [*record.get(side, []), item]}
    call.store.put(collection, updated)
    return _reply_record(call, collection, updated, 200)


def access_remove(call: Call) -> Reply:
    collection, record = _load(call)
    side = call.op.path.rsplit("/", 1)[-1]
    kind, parent, child = (call.query.get(k) for k in ("type", "parentId", "childId"))
    kept = []
    for item in record.get(side, []):
        hit = item.get("type") == kind and (not parent or item.get("parent") == parent)
        if hit and child:
            item = {**item, "children": [c for c in item.get("children", []) if c != child]}
            kept.append(item)
        elif not hit:
            kept.append(item)
    updated = {**record, side: kept}
    call.store.put(collection, updated)
    return _reply_record(call, collection, updated, 200)


def domains(call: Call) -> Reply:
    match = re.search(r"/(allow|block)-list-(add|remove)-domains$", call.op.path)
    assert match is not None  # guaranteed by _classify.SPECIAL
    listing = call.store.domain_lists[match.group(1)]
    body = _json_body(call)
    with call.store.lock:
        if match.group(2) == "add":
            for entry in body.get("domainAndComments") or []:
                listing[str(entry.get("domain", ""))] = str(entry.get("comment", ""))
        else:
            for domain in body.get("domains") or []:
                listing.pop(str(domain), None)
    return Reply(200)


def unserved(call: Call) -> Reply:
    """An operation no rule of `_classify` fits: a 500 (declared by every operation) naming it."""
    raise ApiError(500, call.binding.message or f"no fake behaviour for {call.op.method} {call.op.path}")


BEHAVIOURS: dict[str, Behaviour] = {
    "list": list_page,
    "create": create,
    "get": get,
    "update": update,
    "delete": delete,
    "regions": regions,
    "setting_get": setting_get,
    "setting_put": setting_put,
    "cursor": cursor,
    "record_action": record_action,
    "toggle": toggle,
    "command": command,
    UNSERVED: unserved,
    "profile": profile,
    "revoke": revoke,
    "profile_token": profile_token,
    "bundle": bundle,
    "ipsec": ipsec,
    "access_add": access_add,
    "access_remove": access_remove,
    "domains": domains,
}
"""Behaviour name → function (the "token" behaviour lives in the app: it needs auth)."""
