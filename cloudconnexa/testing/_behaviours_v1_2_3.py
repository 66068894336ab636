"""Behaviours of the operations API v1.2.3 added (a separate block, folded into
`_behaviours.ACTIONS`/`BEHAVIOURS`): user and connector verbs, feature switches (DNS Log, Access
Visibility), the DNS Log listing, the audit log and Cloud ID creation.

The fake keeps no audit trail and no DNS traffic: those listings are empty but well-formed.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from ._errors import ApiError
from ._shapes import project

__all__ = ["ACTIONS_V1_2_3", "BEHAVIOURS_V1_2_3"]

ACTIONS_V1_2_3: list[tuple[str, str, str]] = [
    ("PUT", r"^/api/v1/users/\{id\}/(suspend|activate)$", "user_status"),
    ("POST", r"^/api/v1/users/\{(id|userId)\}/(reset-mfa|resend-invitation|force-password-change)$", "user_verb"),
    ("PUT", r"^/api/v1/(networks|hosts)/connectors/\{id\}/(suspend|activate)$", "connector_status"),
    ("PUT", r"/(enable|disable)$", "feature_switch"),
    ("GET", r"^/api/v1/(dns-log/user-dns-resolutions|access-visibility)/enabled$", "feature_state"),
    ("GET", r"^/api/v1/dns-log/user-dns-resolutions/page$", "empty_page"),
    ("GET", r"^/api/v1/audit-log$", "audit_log"),
    ("POST", r"^/api/v1/account/cloud-id$", "cloud_id"),
]
"""(method, regex on the path template, behaviour name), tried before the generic rules."""


def _record(call: Any, collection: str) -> dict[str, Any]:
    item_id = call.path_params.get("id") or call.path_params.get("userId", "")
    record: dict[str, Any] | None = call.store.get(collection, item_id)
    if record is None:
        raise ApiError(404, f"{collection.rsplit('/', 1)[-1].rstrip('s')} with id {item_id} not found")
    return record


def _reply(status: int, body: Any = None, media: str | None = None) -> Any:
    from ._behaviours import Reply  # the generic module imports this one

    return Reply(status, body, media)


def user_status(call: Any) -> Any:
    record = _record(call, "/api/v1/users")
    status = "SUSPENDED" if call.op.path.endswith("/suspend") else "ACTIVE"
    call.store.put("/api/v1/users", {**record, "status": status})
    return _reply(200)


def user_verb(call: Any) -> Any:
    _record(call, "/api/v1/users")
    return _reply(200)


def connector_status(call: Any) -> Any:
    collection = call.op.path.split("/{id}")[0]
    record = _record(call, collection)
    state = "SUSPENDED" if call.op.path.endswith("/suspend") else "ACTIVE"
    call.store.put(collection, {**record, "fakeState": state})
    return _reply(200)


def _feature(path: str) -> str:
    return path.rsplit("/", 1)[0]


def feature_switch(call: Any) -> Any:
    call.store.settings[_feature(call.op.path)] = call.op.path.endswith("/enable")
    return _reply(200)


def feature_state(call: Any) -> Any:
    return _reply(200, bool(call.store.settings.get(_feature(call.op.path), False)), "application/json")


def empty_page(call: Any) -> Any:
    size = int(call.query.get("size") or 500)
    body = {"content": [], "totalElements": 0, "totalPages": 0, "numberOfElements": 0,
            "page": int(call.query.get("page") or 0), "size": size}  # fmt: skip
    return _reply(200, project(body, call.op.response_schema), "application/json")


def audit_log(call: Any) -> Any:
    return _reply(200, project({"auditLogs": []}, call.op.response_schema), "application/json")


def cloud_id(call: Any) -> Any:
    if not call.query.get("id"):
        raise ApiError(400, "id is required")
    body = {"clientId": uuid.uuid4().hex, "clientSecret": secrets.token_urlsafe(24)}
    return _reply(200, body, "application/json")


BEHAVIOURS_V1_2_3 = {
    "user_status": user_status,
    "user_verb": user_verb,
    "connector_status": connector_status,
    "feature_switch": feature_switch,
    "feature_state": feature_state,
    "empty_page": empty_page,
    "audit_log": audit_log,
    "cloud_id": cloud_id,
}
