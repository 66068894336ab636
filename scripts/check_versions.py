#!/usr/bin/env python3
"""The API versions table (openapi/versions.yaml) and the places that must agree with it.

    python scripts/check_versions.py [--check]  # exit 1, naming file and version, on any disagreement

Checked: every version's spec exists (and its overlay, when built), its catalog folder exists
when it declares one, `cloudconnexa/_constants.py` `API_VERSIONS` maps every table version to
its generated package (and every other version it accepts to one of those packages), and
`pyproject.toml` ships every spec as package data (the bundled fake server validates against it).
"""

from __future__ import annotations

import ast
import sys
import tomllib

from _versions import ROOT, VERSIONS


def _constants_versions() -> dict[str, str] | None:
    """`API_VERSIONS` of cloudconnexa/_constants.py, read without importing the package."""
    tree = ast.parse((ROOT / "cloudconnexa" / "_constants.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "API_VERSIONS" for t in targets) and node.value:
                value = ast.literal_eval(node.value)
                return dict(value) if isinstance(value, dict) else None
    return None


def problems() -> list[str]:
    out: list[str] = []
    for row in VERSIONS:
        if not row.spec.is_file():
            out.append(f"{row.version}: no spec {row.spec.relative_to(ROOT)} (run make regenerate)")
        if row.overlay is not None and not row.overlay.is_file():
            out.append(f"{row.version}: no overlay {row.overlay.relative_to(ROOT)}")
        if row.catalog_dir is not None and not any(row.catalog_dir.glob("*.json")):
            out.append(f"{row.version}: catalog folder {row.catalog_dir.relative_to(ROOT)} holds no *.json")
    declared = _constants_versions()
    expected = {row.version: row.package for row in VERSIONS}
    if declared is None:
        out.append("cloudconnexa/_constants.py: no API_VERSIONS dict literal found")
    else:
        for version, package in expected.items():
            if declared.get(version) != package:
                out.append(f"cloudconnexa/_constants.py API_VERSIONS: {version!r} should map to {package!r}")
        packages = set(expected.values())
        for version in sorted(set(declared) - set(expected)):
            # A version without a spec of its own is served by another version's package.
            if declared[version] not in packages:
                out.append(
                    f"cloudconnexa/_constants.py API_VERSIONS: {version!r} maps to {declared[version]!r},"
                    " which is the package of no version in openapi/versions.yaml"
                )
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject.get("tool", {}).get("hatch", {}).get("build", {}).get("targets", {}).get("wheel", {})
    shipped = wheel.get("force-include", {})
    for row in VERSIONS:
        source = row.spec.relative_to(ROOT).as_posix()
        if shipped.get(source) != f"cloudconnexa/testing/specs/{row.spec.name}":
            out.append(
                f"pyproject.toml [tool.hatch.build.targets.wheel.force-include]: add "
                f'"{source}" = "cloudconnexa/testing/specs/{row.spec.name}"'
            )
    return out


def main() -> int:
    found = problems()
    for problem in found:
        print(f"check_versions: {problem}", file=sys.stderr)
    if not found:
        print(f"openapi/versions.yaml: {', '.join(row.version for row in VERSIONS)} agree with their specs, "
              "cloudconnexa/_constants.py and pyproject.toml")  # fmt: skip
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
