"""What a reader of a response sees, item by item (issue 11), sync and async on both API
versions through the façade (harness: tests/resources/conftest.py)."""

from __future__ import annotations

import datetime
import json
import uuid

import pytest

import cloudconnexa

from .conftest import KINDS, VERSIONS, ok, page, page_body, run

ID = "8d5e3a52-6f33-4c77-9d4c-7d1f6c2a9e10"
both = pytest.mark.parametrize("version", VERSIONS)
kinds = pytest.mark.parametrize("kind", KINDS)


@kinds
@both
def test_null_and_absent_read_as_none_at_every_depth(kind: str, version: str) -> None:
    user = {"id": "u1", "devices": None, "status": None, "role": None, "firstName": None}
    with_devices = {"id": "u2", "devices": [{"id": "d1", "platform": None, "connectionStatus": None}]}
    (first, second), _ = run(kind, version, lambda c: c.users.list(), page(user, with_devices))
    assert first.devices is None and first.status is None and first.role is None and first.email is None
    assert second.devices[0].platform is None and second.devices[0].connection_status is None
    assert "Unset" not in repr(first) and "email=None" in repr(first)


@kinds
@both
def test_ids_are_str_and_non_uuid_ids_read(kind: str, version: str) -> None:
    records = [{"id": ID, "name": "hq"}, {"id": "g1", "name": "branch"}]
    result, _ = run(kind, version, lambda c: c.networks.list(), page(*records))
    assert [n.id for n in result] == [ID, "g1"]
    assert result[0].id == ID and isinstance(result[0].id, str)


@kinds
@both
def test_get_accepts_str_and_uuid(kind: str, version: str) -> None:
    record = {"id": ID, "name": "hq"}
    network, requests = run(kind, version, lambda c: c.networks.get(uuid.UUID(ID)), ok(record))
    assert network.id == ID and requests[0].url.path.endswith(f"/networks/{ID}")
    network, requests = run(kind, version, lambda c: c.networks.get(ID.upper()), ok(record))
    assert requests[0].url.path.endswith(f"/networks/{ID.upper()}")


@kinds
@both
@pytest.mark.parametrize(
    ("platform", "expected_os"),
    [({"os": "linux", "version": "6.1", "clientVersion": "3.4"}, "linux"), ("linux", None)],
    ids=["object", "string"],
)
def test_platform_object_or_string(kind: str, version: str, platform: object, expected_os: str | None) -> None:
    device = {"id": "d1", "userId": "u1", "platform": platform}
    (read,), _ = run(kind, version, lambda c: c.devices.list(), page(device))
    if expected_os is None:
        assert read.platform == "linux"
    else:
        # client_version: a v1.2.0 field of the v1.2.3 model
        assert read.platform.os == expected_os and read.platform.client_version == "3.4"


@kinds
def test_formats_kept_when_they_do_not_fit(kind: str) -> None:
    good = {"id": "s1", "sessionStartTime": "2026-11-23T10:15:00Z", "sessionEndTime": "not a time", "bytesIn": 2**40}
    batch = {"sessions": [good], "nextCursor": None}
    (session,), _ = run(kind, "1.1.0", lambda c: c.sessions.list(), ok(batch))
    assert session.session_start_time == datetime.datetime(2026, 11, 23, 10, 15, tzinfo=datetime.UTC)
    assert session.session_end_time == "not a time"
    assert session.bytes_in == 2**40
    (group,), _ = run(kind, "1.1.0", lambda c: c.user_groups.list(), page({"id": "g1", "maxDevice": 2**40}))
    assert group.max_device == 2**40  # declared int32: kept whatever its range


@kinds
@both
def test_unknown_fields_and_enum_values_kept(kind: str, version: str) -> None:
    user = {"id": "u1", "status": "HIBERNATING", "futureField": {"a": [1]}}
    (read,), _ = run(kind, version, lambda c: c.users.list(), page(user))
    assert read.status == "HIBERNATING" and read.additional_properties == {"futureField": {"a": [1]}}


@kinds
@both
@pytest.mark.parametrize("body", ["", "null"], ids=["empty", "json-null"])
def test_empty_2xx_bodies_read_as_the_empty_value(kind: str, version: str, body: str) -> None:
    servers, _ = run(kind, version, lambda c: c.settings.get_dns_server_addresses(), ok(body))
    assert servers.primary_ip_v4 is None and servers.secondary_ip_v4 is None
    zones, _ = run(kind, version, lambda c: c.settings.get_client_options(), ok(body))
    assert zones == []


@kinds
@both
def test_unreadable_record_names_page_index_id_and_field(kind: str, version: str) -> None:
    records = [{"id": "u0"}, {"id": "u1"}, {"id": "u2", "devices": [{"id": "d1", "platform": 5}], "role": 7}]
    first = page_body({"id": "a"}, {"id": "b"}, size=2)
    first.update(totalPages=3, totalElements=5)
    second = page_body(*records[1:], size=2)
    second.update(page=1, totalPages=3, totalElements=5)
    second["content"] = [records[1], {"id": "u2", "devices": "not a list"}]
    nested = page_body({"id": "u0", "devices": [{"id": "d0"}, {"id": "d1", "connectionStatus": 5}]})
    with pytest.raises(cloudconnexa.APIResponseValidationError) as caught:
        # one page after the other, so the replies meet the pages in order
        run(kind, version, lambda c: c.users.list(page_size=2).sequential(), ok(first), ok(second))
    message = str(caught.value)
    assert "page 1, record 1 (id 'u2'): field content[1].devices ('not a list')" in message, message
    assert not isinstance(caught.value.__cause__, cloudconnexa.CloudConnexaError)
    with pytest.raises(cloudconnexa.APIResponseValidationError) as caught:
        run(kind, version, lambda c: c.users.list(), ok(nested))
    assert "page 0, record 0 (id 'u0'): field content[0].devices[1].connectionStatus (5)" in str(caught.value)


@kinds
@both
def test_unreadable_single_record_names_the_field(kind: str, version: str) -> None:
    body = {"id": "n1", "routes": [{"id": "r1"}, {"id": "r2", "type": 7}]}
    with pytest.raises(cloudconnexa.APIResponseValidationError, match=r"field routes\[1\]\.type \(7\) does not fit"):
        run(kind, version, lambda c: c.networks.get("n1"), ok(body))


@kinds
@both
def test_body_mapping_with_none_is_sent_as_written(kind: str, version: str) -> None:
    body = {"name": "hq", "description": None, "routes": [{"subnet": "10.0.0.0/8", "description": None}]}
    _, requests = run(kind, version, lambda c: c.networks.update("n1", body=body), ok({"id": "n1"}))
    assert json.loads(requests[0].content) == body
    user = {"username": "ada", "email": "a@example.com", "groupId": None, "firstName": "Ada", "lastName": None}
    _, requests = run(kind, version, lambda c: c.users.create(body=user), ok({"id": "u1"}))
    assert json.loads(requests[0].content) == user


@kinds
@both
def test_read_model_can_be_sent_back(kind: str, version: str) -> None:
    """A response model as `body=`: its None fields are left out, not sent as null."""
    (record,), _ = run(kind, version, lambda c: c.dns.list(), page({"id": "r1", "domain": "db.internal"}))
    _, requests = run(kind, version, lambda c: c.dns.update("r1", body=record), ok({"id": "r1"}))
    assert json.loads(requests[0].content) == {"id": "r1", "domain": "db.internal"}
