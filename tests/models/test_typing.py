"""A user's first script type-checks under `mypy --strict` without casts (issue 11 item 9):
fields are `X | None`, ids are `str`, no `Unset` to narrow away."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

USER_SCRIPT = textwrap.dedent(
    """
    from __future__ import annotations

    import asyncio

    import cloudconnexa


    def main() -> None:
        client = cloudconnexa.Client()
        names: list[str] = [n.name for n in client.networks.list() if n.name is not None]
        ids: list[str | None] = [n.id for n in client.networks.list()]
        label: str = names[0] if names else "none"
        record = client.dns.create(domain="db.internal", ipv4_addresses=["10.0.0.5"])
        if record.id is not None:
            again = client.dns.get(record.id)
            domain: str | None = again.domain
            addresses: list[str] = again.ipv_4_addresses or []
            print(label, ids, domain, addresses, record.id == again.id)


    async def amain() -> None:
        async with cloudconnexa.AsyncClient() as client:
            async for network in client.networks.list():
                name: str | None = network.name
                print(name, network.id)


    main()
    asyncio.run(amain())
    """
)


def test_user_script_passes_mypy_strict(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy"),
            str(script),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "cast(" not in USER_SCRIPT and "type: ignore" not in USER_SCRIPT
