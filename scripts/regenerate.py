#!/usr/bin/env python3
"""Regenerate `cloudconnexa_generated/` from the OpenAPI specs, or check that it is current.

    python scripts/regenerate.py          # rewrite cloudconnexa_generated/
    python scripts/regenerate.py --check  # regenerate into a temporary folder, diff, exit 1 on drift
    python scripts/regenerate.py --only 1.1.0  # rewrite one version's package (quick iterations)

One package per API version of openapi/versions.yaml (`v1_0`, `v1_1_0`, ...), produced by the
openapi-python-client version pinned in requirements/dev.lock with `generator-config.yml` and the templates in
`generator-templates/`, then formatted with the pinned ruff. The run fails on any generator
warning (so no endpoint is silently dropped), when the number of generated endpoint modules
differs from the number of operations in the spec, and when our template override has drifted
from the pinned generator's own template.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openapi_python_client
import yaml
from _versions import VERSIONS as VERSION_TABLE

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "cloudconnexa_generated"
TEMPLATES = ROOT / "generator-templates"
CONFIG = ROOT / "generator-config.yml"
BIN = Path(sys.executable).parent
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

# API version -> (spec file, package name), from openapi/versions.yaml
VERSIONS = {row.version: (row.spec, row.package) for row in VERSION_TABLE}


def _package_init() -> str:
    names = [f"`{package}`" for _, package in VERSIONS.values()]
    listed = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return f'''"""Raw endpoint functions and attrs models generated from openapi/ by scripts/regenerate.py.

Do not edit: change the spec, generator-config.yml or generator-templates/ and regenerate.
One subpackage per API version: {listed}. Most users want the `cloudconnexa`
façade instead, which adds authentication, retries, rate limiting and pagination.
"""
'''


# The one intended change to the pinned generator's endpoint_macros.py.jinja (see that file).
_UPSTREAM_CONTENT_BODY = """{% elif body.body_type == "content" %}
    {% if body.prop.required %}
_kwargs["content"] = body.payload
    {% else %}
if not isinstance(body, Unset):
    _kwargs["content"] = body.payload
    {% endif %}
{% endif %}"""
_OUR_CONTENT_BODY = """{% elif body.body_type == "content" %}
{# cloudconnexa: a raw text body (a string schema, not a File) is sent as its text. #}
    {% set payload = "body.payload" if body.prop.template == "file_property.py.jinja" else "str(body)" %}
    {% if body.prop.required %}
_kwargs["content"] = {{ payload }}
    {% else %}
if not isinstance(body, Unset):
    _kwargs["content"] = {{ payload }}
    {% endif %}
{% endif %}"""


def fail(message: str) -> None:
    print(f"regenerate: {message}", file=sys.stderr)
    raise SystemExit(1)


def check_template_override() -> None:
    """Our endpoint_macros template must be the pinned upstream one plus exactly one change."""
    upstream_path = Path(openapi_python_client.__file__).parent / "templates" / "endpoint_macros.py.jinja"
    upstream = upstream_path.read_text()
    ours = (TEMPLATES / "endpoint_macros.py.jinja").read_text()
    ours = ours[ours.index("-#}\n") + len("-#}\n") :]  # drop our explanatory header
    if upstream.replace(_UPSTREAM_CONTENT_BODY, _OUR_CONTENT_BODY) != ours or upstream == ours:
        fail(
            "generator-templates/endpoint_macros.py.jinja no longer matches the pinned "
            "generator's template plus the raw-text-body change; re-apply the change to the "
            "new upstream template"
        )


def count_operations(spec_path: Path) -> int:
    spec = yaml.safe_load(spec_path.read_text())
    return sum(1 for item in spec["paths"].values() for method in item if method in HTTP_METHODS)


def generate_package(spec_path: Path, out: Path) -> None:
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path", str(spec_path),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(out),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        fail(f"openapi-python-client failed or warned for {spec_path.name}:\n{output}")
    modules = [p for p in (out / "api").glob("*/*.py") if p.name != "__init__.py"]
    expected = count_operations(spec_path)
    if len(modules) != expected:
        fail(f"{spec_path.name}: {expected} operations but {len(modules)} endpoint modules generated")


def format_tree(path: Path) -> None:
    ruff = str(BIN / "ruff")
    common = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120"]
    for command in (
        [ruff, "check", *common, "--select", "I", "--fix", "--quiet", str(path)],
        [ruff, "format", *common, "--quiet", str(path)],
    ):
        subprocess.run(command, check=True, cwd=ROOT)


def generate_all(target: Path) -> None:
    check_template_override()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    (target / "__init__.py").write_text(_package_init())
    (target / "py.typed").write_text("")
    for spec_path, package in VERSIONS.values():
        generate_package(spec_path, target / package)
    format_tree(target)


def generate_only(target: Path, versions: list[str]) -> None:
    """Rewrite the packages of `versions` in place, leaving the others untouched."""
    check_template_override()
    for version in versions:
        if version not in VERSIONS:
            fail(f"--only {version}: not a version of openapi/versions.yaml ({', '.join(VERSIONS)})")
        spec_path, package = VERSIONS[version]
        if (target / package).exists():
            shutil.rmtree(target / package)
        generate_package(spec_path, target / package)
        format_tree(target / package)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Human-readable differences between two folders (empty when identical)."""
    problems: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    stack = [(comparison, Path("."))]
    while stack:
        node, rel = stack.pop()
        problems += [f"missing from cloudconnexa_generated: {rel / n}" for n in node.left_only]
        problems += [f"not produced by the generator: {rel / n}" for n in node.right_only]
        for name in node.diff_files:
            old = (actual / rel / name).read_text().splitlines(keepends=True)
            new = (expected / rel / name).read_text().splitlines(keepends=True)
            delta = difflib.unified_diff(old, new, f"committed/{rel / name}", f"regenerated/{rel / name}")
            delta = "".join(list(delta)[:40])
            problems.append(f"differs: {rel / name}\n{delta}")
        stack += [(sub, rel / name) for name, sub in node.subdirs.items()]
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if cloudconnexa_generated/ is not current")
    parser.add_argument("--only", action="append", metavar="VERSION", help="regenerate only this version")
    args = parser.parse_args()
    if args.only and not args.check:
        generate_only(GENERATED, args.only)
        print(f"regenerated {', '.join(VERSIONS[v][1] for v in args.only)} in {GENERATED.relative_to(ROOT)}/")
        return
    if not args.check:
        generate_all(GENERATED)
        print(f"regenerated {', '.join(pkg for _, pkg in VERSIONS.values())} in {GENERATED.relative_to(ROOT)}/")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "cloudconnexa_generated"
        generate_all(fresh)
        problems = diff_trees(fresh, GENERATED)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        fail(f"cloudconnexa_generated/ is stale ({len(problems)} differences); run scripts/regenerate.py")
    print("cloudconnexa_generated/ is up to date with openapi/ and generator-config.yml")


if __name__ == "__main__":
    main()
