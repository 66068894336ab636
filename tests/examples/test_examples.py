"""Every example script runs to completion, offline, against the bundled fake server.

Each script runs in a subprocess with every CLOUDCONNEXA_* variable removed (so
`examples/_connect.py` starts its own fake server), on both API versions. A second group
points the variables at the `fake_cloudconnexa` fixture, as if it were a real tenant: the
write examples must refuse to run there without --yes, and run with it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration  # subprocesses talking to the fake over loopback HTTP

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
VERSIONS = ["1.0", "1.2.3"]  # the oldest and the current API
WRITE_EXAMPLES = {
    "onboard_user.py": ["alice", "alice@example.com", "--group", "engineering"],
    "bulk_dns.py": [],
    "async_bulk_update.py": [],
}
TIMEOUT = 120


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDCONNEXA_")}
    env.update(extra)
    return env


def run(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        env=clean_env() if env is None else env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        check=False,
    )


# The offline runs: (script, arguments). They are independent (each starts its own fake
# server), so they run concurrently once per session; the tests below check their results.
OFFLINE_RUNS = {
    **{
        f"onboard-new-{v}": (
            "onboard_user.py",
            ["alice", "alice@example.com", "--group", "engineering", "--api-version", v],
        )
        for v in VERSIONS
    },
    **{
        f"onboard-existing-{v}": (
            "onboard_user.py",
            ["bob", "bob@example.com", "--group", "group-1", "--api-version", v],
        )
        for v in VERSIONS
    },
    **{f"bulk-dns-{v}": ("bulk_dns.py", ["--api-version", v]) for v in VERSIONS},
    **{f"audit-{v}": ("audit_connectors.py", ["--api-version", v]) for v in VERSIONS},
    **{f"export-{v}": ("export_networks.py", ["--api-version", v]) for v in VERSIONS},
    **{f"async-update-{v}": ("async_bulk_update.py", ["--api-version", v]) for v in VERSIONS},
}


@pytest.fixture(scope="module")
def offline(tmp_path_factory) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every offline run, plus the CSV and file-output runs, executed concurrently."""
    folder = tmp_path_factory.mktemp("examples")
    csv_file = folder / "records.csv"
    csv_file.write_text("# domain,ipv4...\nhost1.example.com,10.0.0.1\n\nnew.example.com, 10.1.1.1 ,10.1.1.2\n")
    runs = dict(OFFLINE_RUNS)
    runs["bulk-dns-csv"] = ("bulk_dns.py", [str(csv_file)])
    runs["export-file"] = ("export_networks.py", [str(folder / "networks.json")])
    runs["siem"] = ("siem_sessions.py", ["--state", str(folder / "s.json"), "--out", str(folder / "s.jsonl")])
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {key: pool.submit(run, script, *args) for key, (script, args) in runs.items()}
        results = {key: future.result() for key, future in futures.items()}
    results["_folder"] = folder  # type: ignore[assignment]
    return results


def lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result.stdout.splitlines()


def test_every_example_is_tested():
    scripts = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    assert scripts == {
        "onboard_user.py",
        "bulk_dns.py",
        "audit_connectors.py",
        "export_networks.py",
        "async_bulk_update.py",
        "siem_sessions.py",  # resuming after interruptions: tests/cli/test_session_export.py
    }


def test_siem_sessions_appends_the_window(offline):
    assert lines(offline["siem"])[-1].startswith("appended 250 sessions to ")
    assert len((offline["_folder"] / "s.jsonl").read_text().splitlines()) == 250


@pytest.mark.parametrize("version", VERSIONS)
def test_onboard_user_creates_missing_group(offline, version):
    out = lines(offline[f"onboard-new-{version}"])
    assert re.fullmatch(r"created group engineering \(\S+\)", out[0])
    assert re.fullmatch(r"created user alice \(\S+\) in group engineering", out[1])


@pytest.mark.parametrize("version", VERSIONS)
def test_onboard_user_reuses_existing_group(offline, version):
    # The fake is seeded with group-0 and group-1.
    out = lines(offline[f"onboard-existing-{version}"])
    assert re.fullmatch(r"found group group-1 \(\S+\)", out[0])
    assert re.fullmatch(r"created user bob \(\S+\) in group group-1", out[1])


@pytest.mark.parametrize("version", VERSIONS)
def test_bulk_dns_sample(offline, version):
    out = lines(offline[f"bulk-dns-{version}"])
    assert "skip   host0.example.com (exists)" in out
    assert "create queue.internal.example.com -> 10.10.0.7, 10.10.0.8" in out
    assert out[-1] == "created 4, skipped 1"


def test_bulk_dns_from_csv(offline):
    assert lines(offline["bulk-dns-csv"]) == [
        "skip   host1.example.com (exists)",
        "create new.example.com -> 10.1.1.1, 10.1.1.2",
        "created 1, skipped 1",
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_audit_connectors(offline, version):
    out = lines(offline[f"audit-{version}"])
    assert len(out) == 6  # 4 network connectors, 1 host connector, the summary
    assert sum(" network network-" in line for line in out) == 4
    assert sum(" host host-0 " in line for line in out) == 1
    assert re.fullmatch(r"5 connectors \(.+\); \d not online", out[-1])


@pytest.mark.parametrize("version", VERSIONS)
def test_export_networks_to_stdout(offline, version):
    result = offline[f"export-{version}"]
    document = json.loads("\n".join(lines(result)))
    assert sorted(n["name"] for n in document["networks"]) == ["network-0", "network-1", "network-2"]
    assert all(len(n["routes"]) == 1 for n in document["networks"])
    assert "exported 3 networks to stdout" in result.stderr


def test_export_networks_to_file(offline):
    result = offline["export-file"]
    target = offline["_folder"] / "networks.json"
    assert lines(result) == []
    assert len(json.loads(target.read_text())["networks"]) == 3
    assert f"exported 3 networks to {target}" in result.stderr


@pytest.mark.parametrize("version", VERSIONS)
def test_async_bulk_update(offline, version):
    assert lines(offline[f"async-update-{version}"]) == ["updated 25 DNS records under .example.com (0 unexpected)"]


# -- against a "real tenant" (the fixture server, named by CLOUDCONNEXA_* variables) ----------


def tenant_env(server) -> dict[str, str]:
    return clean_env(
        CLOUDCONNEXA_BASE_URL=server.base_url,
        CLOUDCONNEXA_CLIENT_ID=server.client_id,
        CLOUDCONNEXA_CLIENT_SECRET=server.client_secret,
    )


@pytest.mark.parametrize("script", sorted(WRITE_EXAMPLES))
def test_write_examples_refuse_a_real_tenant_without_yes(script, fake_cloudconnexa):
    result = run(script, *WRITE_EXAMPLES[script], env=tenant_env(fake_cloudconnexa))
    assert result.returncode == 2
    assert "refusing to write to the real tenant" in result.stderr
    assert "--yes" in result.stderr
    assert fake_cloudconnexa.requests == []  # refused before sending anything


def test_write_example_runs_on_a_real_tenant_with_yes(fake_cloudconnexa):
    fake_cloudconnexa.seed.dns_records(2)
    out = lines(run("bulk_dns.py", "--yes", env=tenant_env(fake_cloudconnexa)))
    assert out[-1] == "created 4, skipped 1"
    assert fake_cloudconnexa.count(path="/api/v1/dns-records", method="POST") == 4


def test_read_example_needs_no_yes_on_a_real_tenant(fake_cloudconnexa):
    fake_cloudconnexa.seed.networks(2)
    result = run("export_networks.py", env=tenant_env(fake_cloudconnexa))
    assert len(json.loads("\n".join(lines(result)))["networks"]) == 2
    assert "fake" not in result.stderr  # used the tenant from the environment
