"""Calls end to end on both API versions: output for pipes and people, listings, exit codes."""

from __future__ import annotations

import json

import pytest

from .conftest import VERSIONS

pytestmark = [pytest.mark.integration, pytest.mark.parametrize("fake_cloudconnexa", VERSIONS, indirect=True)]


def test_listing_is_json_when_piped_with_limit_and_fields(server, invoke):
    server.seed.dns_records(5)
    result = invoke("dns", "list", "--limit", "3", "--fields", "domain,id")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [list(r) for r in records] == [["domain", "id"]] * 3
    assert records[0]["domain"] == "host0.example.com"
    # one request of the maximum page size (fewest requests)
    assert server.count("/api/v1/dns-records", "GET") == 1


def test_records_are_spelled_as_the_api_spells_them(server, invoke):
    network = server.seed.networks(1)[0]
    server.seed.network_connectors(2, network_id=network["id"])
    result = invoke("networks", "connectors", "list", "--network-id", network["id"])
    assert {"networkItemId", "vpnRegionId"} <= set(json.loads(result.stdout)[0])


def test_table_on_request(server, invoke):
    server.seed.dns_records(2)
    lines = invoke("dns", "list", "--table", "--fields", "id,domain").stdout.splitlines()
    assert lines[0].split() == ["id", "domain"] and len(lines) == 3 and "host1.example.com" in lines[2]


def test_create_get_delete_and_settings(server, invoke):
    created = json.loads(invoke("dns", "create", "--domain", "db.internal", "--ipv4-addresses", "10.0.0.1,10.0.0.2",
                                "--ipv4-addresses", "10.0.0.3").stdout)  # fmt: skip
    assert created["ipv4Addresses"] == ["10.0.0.1", "10.0.0.2", "10.0.0.3"]
    assert json.loads(invoke("dns", "get", created["id"]).stdout)["domain"] == "db.internal"
    assert invoke("dns", "delete", created["id"]).exit_code == 0
    assert invoke("settings", "set-snat", "false").stdout.strip() == "false"
    assert invoke("settings", "get-snat").stdout.strip() == "false"


def test_body_from_json_and_from_a_file(server, invoke, tmp_path):
    body = {"name": "office", "internetAccess": "SPLIT_TUNNEL_ON", "egress": False,
            "connectors": [{"name": "gw", "vpnRegionId": "us-east-1"}]}  # fmt: skip
    (tmp_path / "net.json").write_text(json.dumps(body))
    from_text = invoke("networks", "create", "--body", json.dumps({**body, "name": "office2"}))
    from_file = invoke("networks", "create", "--body-file", str(tmp_path / "net.json"))
    assert from_text.exit_code == from_file.exit_code == 0, from_text.output + from_file.output
    assert {json.loads(from_text.stdout)["name"], json.loads(from_file.stdout)["name"]} == {"office", "office2"}


def test_connector_onboarding_recipe(server, invoke):
    network = json.loads(
        invoke(
            "networks",
            "create",
            "--name",
            "branch",
            "--internet-access",
            "SPLIT_TUNNEL_ON",
            "--no-egress",
            "--connectors",
            '[{"name": "gw", "vpnRegionId": "us-east-1"}]',
        ).stdout
    )
    connector_id = network["connectors"][0]["id"]
    token = invoke("networks", "connectors", "generate-profile-token", connector_id)
    assert token.exit_code == 0 and token.stdout.strip() and not token.stdout.startswith('"')


@pytest.mark.parametrize(
    ("args", "setup", "code", "message"),
    [
        (["dns", "get", "no-such-id"], None, 4, "NotFoundError"),
        (["dns", "list"], {"status": 500, "times": None}, 6, "InternalServerError"),
        (
            ["--max-rate-limit-wait", "0", "dns", "list"],
            {"status": 429, "times": None, "headers": {"Retry-After": "60"}},
            5,
            "RateLimitError",
        ),
        (["dns", "list", "--limit", "-1"], None, 2, "Invalid value"),
        (["dns", "nonsense"], None, 2, "No such command"),
        (["dns", "create", "--body", "{not json"], None, 2, "not valid JSON"),
    ],
)
def test_failures_print_the_message_and_a_documented_exit_code(server, invoke, args, setup, code, message):
    if setup:
        server.faults.add(path="/api/v1/dns-records", **setup)
    result = invoke(*args)
    assert result.exit_code == code, result.output
    assert message in result.stderr and "Traceback" not in result.output


def test_authentication_failure_never_prints_the_secret(server, invoke):
    result = invoke("dns", "list", CLOUDCONNEXA_CLIENT_SECRET="wrong-secret-value")
    assert result.exit_code == 3 and "AuthenticationError" in result.stderr
    assert "wrong-secret-value" not in result.output


def test_network_failure(invoke):
    result = invoke("--max-retries", "0", "dns", "list", CLOUDCONNEXA_BASE_URL="http://127.0.0.1:9")
    assert result.exit_code == 7 and "APIConnectionError" in result.stderr


def test_listings_stream_page_by_page(server, invoke):
    server.seed.dns_records(2500)
    result = invoke("dns", "list", "--page-size", "10", "--limit", "15")
    assert len(json.loads(result.stdout)) == 15
    assert server.count("/api/v1/dns-records", "GET") == 2  # stopped after the second page of 10
