"""`cloudconnexa export` (whole tenant, resumable) and `cloudconnexa diff`."""

from __future__ import annotations

import json

import pytest

from cloudconnexa.cli import _export
from cloudconnexa.cli._export import export_items

from .conftest import VERSIONS

pytestmark = [pytest.mark.integration, pytest.mark.parametrize("fake_cloudconnexa", VERSIONS, indirect=True)]


def seed(server):
    server.seed.dns_records(3)
    network = server.seed.networks(2)[0]
    server.seed.network_connectors(2, network_id=network["id"])
    server.seed.users(2)


def test_items_are_derived_from_the_facade(server):
    keys = {item.key for item in export_items()}
    assert {"dns", "networks", "networks.connectors", "hosts.ip_services", "vpn_regions", "settings.snat",
            "settings.dns_zones", "users", "devices"} <= keys  # fmt: skip
    assert "sessions" not in keys  # history: exported by `sessions export`


def _refused_by_version(stderr: str) -> set[str]:
    """The items an export skipped because the client's API version lacks them."""
    return {
        line.split()[1].rstrip(":") for line in stderr.splitlines()
        if line.strip().startswith("skipped") and "UnsupportedByAPIVersion" in line
    }  # fmt: skip


def test_export_to_a_directory_then_diff(server, invoke, tmp_path):
    seed(server)
    first = invoke("export", "--out", str(tmp_path / "a"), "--progress")
    assert first.exit_code == 0, first.output
    refused = _refused_by_version(first.stderr)  # newer than the server's version: nothing sent
    assert server.count() == len(export_items()) - len(refused) + 1  # one request per item, plus the token
    assert "saved" in first.stderr and "0 failed" in first.stderr
    assert len(json.loads((tmp_path / "a" / "dns.json").read_text())) == 3
    assert json.loads((tmp_path / "a" / "settings.snat.json").read_text()) is True
    # 1000 records per page: each listing is one request
    assert server.count("/api/v1/dns-records", "GET") == 1

    record = json.loads((tmp_path / "a" / "dns.json").read_text())[0]
    assert invoke("dns", "delete", record["id"]).exit_code == 0
    assert invoke("settings", "set-snat", "false").exit_code == 0
    second = invoke("export", "-o", str(tmp_path / "b.json"))
    assert second.exit_code == 0, second.output
    assert not (tmp_path / "b.json.parts").exists()

    same = invoke("diff", str(tmp_path / "a"), str(tmp_path / "a"))
    assert same.exit_code == 0 and same.stdout == ""
    diff = invoke("diff", str(tmp_path / "a"), str(tmp_path / "b.json"), "--json")
    assert diff.exit_code == 1
    changes = json.loads(diff.stdout)
    assert changes["dns"] == {"added": [], "removed": [record["id"]], "changed": {}}
    assert changes["settings.snat"] == {"from": True, "to": False}
    text = invoke("diff", str(tmp_path / "a"), str(tmp_path / "b.json")).stdout
    assert f"  - {record['id']}" in text


def test_an_interrupted_export_resumes_where_it_stopped(server, invoke, tmp_path, monkeypatch):
    seed(server)
    real_write, calls = _export._write_item, []

    def interrupted_write(client, item, path):
        calls.append(item.key)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real_write(client, item, path)

    monkeypatch.setattr(_export, "_write_item", interrupted_write)
    stopped = invoke("export", "-o", str(tmp_path / "snapshot.json"))
    assert stopped.exit_code == 130 and "interrupted" in stopped.stderr
    parts = tmp_path / "snapshot.json.parts"
    saved = sorted(p.name for p in parts.glob("*.json"))
    assert not list(parts.glob("*.partial"))  # the interrupted item left nothing
    requests_before = server.count()

    monkeypatch.setattr(_export, "_write_item", real_write)
    resumed = invoke("export", "-o", str(tmp_path / "snapshot.json"))
    assert resumed.exit_code == 0, resumed.output
    document = json.loads((tmp_path / "snapshot.json").read_text())
    refused = {key for key, why in document["summary"]["skipped"].items() if "UnsupportedByAPIVersion" in why}
    before_interruption = [key for key in calls[:3] if key not in refused]  # refused items are not saved
    assert saved == sorted(f"{key}.json" for key in before_interruption)
    assert f"{len(before_interruption)} already saved" in resumed.stderr
    assert len(document["items"]["dns"]) == 3 and document["summary"]["resumed"] == before_interruption
    # the resumed run did not read again what was saved
    first_key = calls[0]
    assert first_key not in document["summary"]["saved"]
    assert server.count() - requests_before < 60


def test_unconfigured_settings_are_skipped_and_failures_counted(server, invoke, tmp_path):
    server.faults.add(500, path="/api/v1/users", times=None)
    result = invoke("export", "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "failed users: InternalServerError" in result.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert "users" in manifest["summary"]["failed"] and "dns" in manifest["summary"]["saved"]
