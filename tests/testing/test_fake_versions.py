"""The fake serves every API version the SDK speaks: the intermediate ones (1.1.1 .. 1.2.0)
from the newest spec without what came later, so `api_version="auto"` can be checked end to
end against it, in process."""

from __future__ import annotations

import pytest

import cloudconnexa
from cloudconnexa._constants import API_VERSIONS
from cloudconnexa.testing import FakeCloudConnexa
from cloudconnexa.testing._spec import load_spec

# version served -> what two probes can tell (the oldest version of the range seen)
DETECTED = {"1.0": "1.0", "1.1.0": "1.0", "1.1.1": "1.1.1", "1.1.3": "1.1.1", "1.1.6": "1.1.1",
            "1.2.0": "1.2.0", "1.2.3": "1.2.3"}  # fmt: skip


def test_every_sdk_version_is_served_with_only_its_operations():
    counts = {version: len(load_spec(version).operations) for version in API_VERSIONS}
    assert counts == {"1.0": 139, "1.1.0": 141, "1.1.1": 150, "1.1.3": 150, "1.1.6": 152, "1.2.0": 160, "1.2.3": 163}
    ids = {op.operation_id for op in load_spec("1.2.0").operations}
    assert "resetUserMfa" in ids and "forceUserPasswordChange" not in ids


@pytest.mark.parametrize("served", list(API_VERSIONS))
def test_auto_detection_against_the_fake(served):
    server = FakeCloudConnexa(api_version=served)
    with server.client(api_version="auto") as client:
        client.dns.list().to_list()
        assert client.api_version == DETECTED[served]
    probes = [r.path for r in server.requests if not r.path.endswith("/oauth/token")][:-1]
    assert len(probes) == 2 and server.spec_violations == []


def test_an_intermediate_version_refuses_later_operations_on_both_sides():
    server = FakeCloudConnexa(api_version="1.2.0")
    with server.client() as client:
        group = client.user_groups.create(name="g")
        user = client.users.create(username="ada", email="a@b.c", group_id=str(group.id), role="MEMBER")
        client.users.reset_mfa(user.id)  # 1.2.0
        with pytest.raises(cloudconnexa.UnsupportedByAPIVersion, match="v1.2.3"):
            client.users.force_password_change(user.id)  # 1.2.3: refused by the SDK
    with server.client(api_version="1.2.3") as client:
        with pytest.raises(cloudconnexa.NotFoundError):
            client.users.force_password_change(user.id)  # and the 1.2.0 fake has no such route
