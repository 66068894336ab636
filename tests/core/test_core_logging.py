"""The `cloudconnexa` logger (issue 15 item 4): one DEBUG line per attempt, INFO for retries
and rate-limiter waits, no secret anywhere, and `CLOUDCONNEXA_LOG` turning it on."""

from __future__ import annotations

import logging
import re
import subprocess
import sys

import pytest

from cloudconnexa._logging import ENV_LOG, setup_from_env
from cloudconnexa.testing import FakeCloudConnexa, ManualClock

ATTEMPT = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>/\S*) -> (?P<status>\S+) in \d+\.\d{3} s "
    r"\(attempt (?P<attempt>\d+), X-RateLimit-Remaining (?P<remaining>\S+), waited (?P<waited>\d+\.\d\d) s\)$"
)


@pytest.fixture
def logs(caplog):
    caplog.set_level(logging.DEBUG, logger="cloudconnexa")
    return caplog


def attempts(caplog) -> list[re.Match[str]]:
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and r.name == "cloudconnexa"]
    return [m for m in map(ATTEMPT.match, lines) if m]


def test_one_debug_line_per_attempt(logs):
    server = FakeCloudConnexa(clock=ManualClock())
    server.faults.add(status=503, times=2, path="/api/v1/dns-records")
    with server.client() as client:
        client.dns.list().to_list()
    lines = attempts(logs)
    assert [(m["method"], m["path"], m["status"], m["attempt"]) for m in lines] == [
        ("POST", "/api/v1/oauth/token", "200", "1"),
        ("GET", "/api/v1/dns-records", "503", "1"),
        ("GET", "/api/v1/dns-records", "503", "2"),
        ("GET", "/api/v1/dns-records", "200", "3"),
    ]
    assert all(m["remaining"] != "-" for m in lines if m["status"] == "200")  # faults send no X-RateLimit-*
    retries = [r.getMessage() for r in logs.records if r.levelno == logging.INFO]
    assert len(retries) == 2 and all(m.startswith("retrying GET") for m in retries)


def test_transport_errors_are_attempts_too(logs):
    server = FakeCloudConnexa(clock=ManualClock())
    server.faults.add(reset=True, times=1, path="/api/v1/dns-records")
    with server.client() as client:
        client.dns.list().to_list()
    statuses = [(m["path"], m["status"]) for m in attempts(logs) if m["path"] == "/api/v1/dns-records"]
    assert statuses == [("/api/v1/dns-records", "RemoteProtocolError"), ("/api/v1/dns-records", "200")]


def test_limiter_waits_are_info_and_counted_in_the_attempt_line(logs):
    clock = ManualClock()
    server = FakeCloudConnexa(rate_limit="realistic", clock=clock)
    with server.client() as client:
        for i in range(22):
            client.dns.create(domain=f"h{i}.example.com")
    waits = [r.getMessage() for r in logs.records if r.getMessage().startswith("rate limiter: waiting")]
    assert waits and all(r.levelno == logging.INFO for r in logs.records if r.getMessage() in waits)
    assert any(float(m["waited"]) > 0 for m in attempts(logs))
    assert server.count(status=429) == 0


def test_no_secret_in_any_line(logs):
    server = FakeCloudConnexa(client_secret="Sup3r-S3cret-Value", clock=ManualClock())
    server.faults.add(status=503, times=1, path="/api/v1/dns-records")
    with server.client() as client:
        client.dns.list().to_list()
    text = "\n".join(r.getMessage() for r in logs.records)
    assert "Sup3r-S3cret-Value" not in text
    assert "Bearer" not in text and "access_token" not in text


def test_elapsed_is_set_on_every_answer():
    server = FakeCloudConnexa()
    with server.client() as client:
        response = client.request("GET", "/api/v1/regions")
    assert response.elapsed.total_seconds() >= 0


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_env_variable_sets_a_handler_once(monkeypatch, value, level):
    logger = logging.getLogger("cloudconnexa")
    before = (list(logger.handlers), logger.level)
    monkeypatch.setenv(ENV_LOG, value)
    try:
        setup_from_env()
        setup_from_env()
        ours = [h for h in logger.handlers if getattr(h, "_cloudconnexa_env", False)]
        assert len(ours) == 1 and logger.level == level
    finally:
        logger.handlers[:], _ = before[0], logger.setLevel(before[1])


def test_env_variable_typo_warns(monkeypatch):
    monkeypatch.setenv(ENV_LOG, "verbose")
    with pytest.warns(UserWarning, match="CLOUDCONNEXA_LOG"):
        setup_from_env()


def test_env_variable_in_a_fresh_process():
    code = (
        "from cloudconnexa.testing import FakeCloudConnexa\n"
        "with FakeCloudConnexa().client() as c:\n"
        "    c.vpn_regions.list()\n"
    )
    env = {"CLOUDCONNEXA_LOG": "debug", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "DEBUG cloudconnexa: GET /api/v1/regions -> 200" in result.stderr
    assert "fake-client-secret" not in result.stderr
