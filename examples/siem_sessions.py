#!/usr/bin/env python3
"""Export new OpenVPN sessions to a SIEM log every 15 minutes, resuming where it stopped.

    python examples/siem_sessions.py --state sessions.state.json --out sessions.jsonl

    # crontab: */15 * * * * python /opt/cc/siem_sessions.py --state /var/lib/cc/state.json --out /var/log/cc.jsonl

Each run appends, as JSON lines, the sessions created or updated in the window from the end
of the previous run to now (the `cloudconnexa sessions export` command does the same). The
state file keeps the window and `resume_cursor`, the cursor after the last batch written,
so an interrupted run continues from that batch: after each batch the script appends it,
fsyncs, then replaces the state file atomically; a run that stopped between the two leaves
lines past the recorded size, which the next run truncates before fetching that batch again.
Read-only. Without CLOUDCONNEXA_CLIENT_ID it runs against the bundled fake server.
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from typing import Any

from _connect import connect, example_parser

import cloudconnexa

UTC = datetime.UTC


def load_state(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text()) if path.exists() else {}


def save_state(path: Path, state: dict[str, Any]) -> None:
    """Write a sibling file, fsync it, rename it over the state: never half a state file."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w") as file:
        json.dump(state, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


def export_new_sessions(client: cloudconnexa.Client, state_path: Path, out_path: Path, now: datetime.datetime) -> int:
    """Append the sessions of the next window to `out_path`; returns how many."""
    state = load_state(state_path)
    if "window" not in state:  # start the next window where the previous one ended
        start = state.get("next_start") or (now - datetime.timedelta(days=1)).isoformat()
        state = {"window": [start, now.isoformat()], "cursor": None, "offset": state.get("offset")}
    start, end = (datetime.datetime.fromisoformat(t) for t in state["window"])
    written = 0
    with out_path.open("a+") as out:
        if state["offset"] is not None and out.tell() > state["offset"]:
            out.truncate(state["offset"])  # lines of a batch whose state was never saved
        state["offset"] = out.tell()
        save_state(state_path, state)
        sessions = client.sessions.list(start_date=start, end_date=end, cursor=state["cursor"])
        for batch in sessions.batches():
            for session in batch.sessions or []:
                out.write(json.dumps(session.to_dict()) + "\n")
                written += 1
            out.flush()
            os.fsync(out.fileno())
            state.update(cursor=sessions.resume_cursor, offset=out.tell())
            save_state(state_path, state)
    save_state(state_path, {"next_start": end.isoformat(), "offset": state["offset"]})
    return written


def seed(server: Any) -> None:
    """250 sessions over the last few hours (three batches of 100)."""
    server.seed.sessions(250, start=datetime.datetime.now(UTC) - datetime.timedelta(hours=5))


def main() -> int:
    parser = example_parser(__doc__.splitlines()[0], writes=False)
    parser.add_argument("--state", type=Path, default=Path("sessions.state.json"))
    parser.add_argument("--out", type=Path, default=Path("sessions.jsonl"))
    args = parser.parse_args()
    with connect(api_version=args.api_version, seed=seed) as session:
        count = export_new_sessions(session.client, args.state, args.out, datetime.datetime.now(UTC))
    print(f"appended {count} sessions to {args.out} (state in {args.state})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
