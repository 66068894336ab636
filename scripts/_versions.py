"""The API versions table (`openapi/versions.yaml`), read by every script, spec test and docs hook.

    from _versions import VERSIONS, by_version
    for v in VERSIONS:
        print(v.version, v.spec, v.package, v.base, v.overlay, v.catalog_dir, v.catalog_check)

Naming is by convention, so a version is one line of data: the spec of version `X` is
`openapi/cloudconnexa-vX.yaml`, its generated package `cloudconnexa_generated/vX` with dots
as underscores (`1.1.0` -> `v1_1_0`), its overlay (when built) and catalog as the table says.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
TABLE = OPENAPI / "versions.yaml"

__all__ = ["OPENAPI", "ROOT", "TABLE", "VERSIONS", "Version", "by_version", "load", "package_name"]


def package_name(version: str) -> str:
    """`1.1.0` -> `v1_1_0` (the generated package and the `api_version` mapping)."""
    return "v" + version.replace(".", "_")


@dataclass(frozen=True)
class Version:
    """One row of the table."""

    version: str
    base: str | None = None
    """The version whose spec the overlay is applied to (None: the spec is hand-maintained)."""
    overlay: Path | None = None
    catalog_dir: Path | None = None
    catalog_check: str | None = None
    """`full` or `delta` (see openapi/versions.yaml)."""

    @property
    def spec(self) -> Path:
        return OPENAPI / f"cloudconnexa-v{self.version}.yaml"

    @property
    def package(self) -> str:
        return package_name(self.version)

    @property
    def built(self) -> bool:
        return self.overlay is not None


def load(root: Path = ROOT) -> list[Version]:
    """The table of the checkout at `root`, oldest version first."""
    openapi = root / "openapi"
    data = yaml.safe_load((openapi / "versions.yaml").read_text(encoding="utf-8"))
    rows = []
    for entry in data["versions"]:
        build = entry.get("build") or {}
        catalog = entry.get("catalog") or {}
        if catalog and catalog.get("check") not in ("full", "delta"):
            raise ValueError(f"openapi/versions.yaml: {entry['version']}: catalog check must be full or delta")
        rows.append(
            Version(
                version=str(entry["version"]),
                base=str(build["base"]) if build else None,
                overlay=openapi / build["overlay"] if build else None,
                catalog_dir=openapi / "catalog" / catalog["dir"] if catalog else None,
                catalog_check=catalog.get("check"),
            )
        )
    known: set[str] = set()
    for row in rows:
        if row.base is not None and row.base not in known:
            raise ValueError(
                f"openapi/versions.yaml: {row.version} builds on {row.base}, which is not listed before it"
            )
        known.add(row.version)
    return rows


VERSIONS: list[Version] = load()


def by_version(version: str) -> Version:
    for row in VERSIONS:
        if row.version == version:
            return row
    raise KeyError(f"API version {version!r} is not in openapi/versions.yaml")
