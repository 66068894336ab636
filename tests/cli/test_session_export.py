"""Resumable session exports: `cloudconnexa sessions export` and examples/siem_sessions.py.

Both append the sessions of the window since the last run as JSON lines; a run stopped at any
point (here: between writing a batch and saving the state) loses no record and writes none
twice on the next run.
"""

from __future__ import annotations

import datetime
import importlib
import json
import sys
from pathlib import Path

import pytest

from cloudconnexa.cli import _logexport

from .conftest import VERSIONS

pytestmark = [pytest.mark.integration, pytest.mark.parametrize("fake_cloudconnexa", VERSIONS, indirect=True)]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
UTC = datetime.UTC


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def seed_recent(server, n: int, minutes_ago: int) -> list[str]:
    start = datetime.datetime.now(UTC) - datetime.timedelta(minutes=minutes_ago)
    return [s["id"] for s in server.seed.sessions(n, start=start)]


def test_runs_append_only_new_sessions(server, invoke, tmp_path):
    old = seed_recent(server, 3, 60 * 30)  # before --since: never exported
    first = seed_recent(server, 250, 300)
    state, out = tmp_path / "state.json", tmp_path / "sessions.jsonl"
    since = (datetime.datetime.now(UTC) - datetime.timedelta(hours=6)).isoformat()
    run = invoke("sessions", "export", "--state", str(state), "--out", str(out), "--since", since, "--lag", "0")
    assert run.exit_code == 0, run.output
    assert ids(out) == first and not set(old) & set(ids(out))
    assert server.count("/api/v1/sessions") == 3  # 100 + 100 + 50

    later = [server.seed.sessions(1, start=datetime.datetime.now(UTC))[0]["id"] for _ in range(3)]
    again = invoke("sessions", "export", "--state", str(state), "--out", str(out), "--lag", "0")
    assert again.exit_code == 0, again.output
    assert ids(out) == first + later  # only the sessions of the new window
    assert "253 records exported so far" in again.stderr


def test_a_crash_between_writing_and_saving_the_state_loses_and_repeats_nothing(server, invoke, tmp_path, monkeypatch):
    expected = seed_recent(server, 250, 300)
    state, out = tmp_path / "state.json", tmp_path / "sessions.jsonl"
    args = ["sessions", "export", "--state", str(state), "--out", str(out), "--lag", "0",
            "--since", (datetime.datetime.now(UTC) - datetime.timedelta(hours=6)).isoformat()]  # fmt: skip
    real_save, saves = _logexport.ExportState.save, []

    def crash_on_third_save(self, path):
        saves.append(self.cursor)
        if len(saves) == 3:  # the window, batch 1 committed, then batch 2 written but not committed
            raise KeyboardInterrupt
        real_save(self, path)

    monkeypatch.setattr(_logexport.ExportState, "save", crash_on_third_save)
    crashed = invoke(*args)
    assert crashed.exit_code == 130
    assert len(ids(out)) == 200  # batch 2 is on disk, past the committed size
    monkeypatch.setattr(_logexport.ExportState, "save", real_save)
    resumed = invoke(*args)
    assert resumed.exit_code == 0, resumed.output
    assert ids(out) == expected  # batch 2 rolled back and fetched again: each session exactly once
    assert json.loads(state.read_text())["cursor"] is None


def test_the_siem_example_resumes_after_an_interruption(server, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLES))
    example = importlib.import_module("siem_sessions")
    expected = seed_recent(server, 250, 300)
    state, out = tmp_path / "state.json", tmp_path / "sessions.jsonl"
    now = datetime.datetime.now(UTC)
    real_save, saves = example.save_state, []

    def crash_on_third_save(path, value):
        saves.append(value)
        if len(saves) == 3:
            raise KeyboardInterrupt
        real_save(path, value)

    with server.client() as client:
        monkeypatch.setattr(example, "save_state", crash_on_third_save)
        with pytest.raises(KeyboardInterrupt):
            example.export_new_sessions(client, state, out, now)
        monkeypatch.setattr(example, "save_state", real_save)
        assert example.export_new_sessions(client, state, out, now) == 150
        assert ids(out) == expected
        # the next window holds only sessions that started since
        newer = seed_recent(server, 4, -1)
        assert example.export_new_sessions(client, state, out, now + datetime.timedelta(minutes=15)) == 4
        assert ids(out) == expected + newer
    sys.modules.pop("siem_sessions", None)
    sys.modules.pop("_connect", None)


def test_export_to_stdout_and_the_state_it_keeps(server, invoke, tmp_path):
    expected = seed_recent(server, 120, 200)
    state = tmp_path / "state.json"
    since = (datetime.datetime.now(UTC) - datetime.timedelta(hours=6)).isoformat()
    result = invoke("sessions", "export", "--state", str(state), "--since", since, "--lag", "0", "--status", "ACTIVE")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == expected
    saved = json.loads(state.read_text())
    assert saved["window"] is None and saved["cursor"] is None and saved["exported"] == 120
    assert "status=ACTIVE" in server.requests[-1].query  # the listing's own filters are options
