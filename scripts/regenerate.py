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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_transforms import transform_spec  # noqa: E402
from template_overrides import check_overrides  # noqa: E402

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
One subpackage per API version with a spec of its own: {listed} (the newest also serves the
versions in between, see its `introduced_in.py`). Most users want the `cloudconnexa`
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
    for name in check_overrides():
        fail(
            f"generator-templates/{name} no longer matches the pinned generator's template plus "
            "the changes listed in scripts/template_overrides.py; re-apply them to the new upstream template"
        )


def count_operations(spec_path: Path) -> int:
    spec = yaml.safe_load(spec_path.read_text())
    return sum(1 for item in spec["paths"].values() for method in item if method in HTTP_METHODS)


def generate_package(spec_path: Path, out: Path) -> None:
    # The generator reads the spec with the generation-time transforms applied (see
    # scripts/spec_transforms.py); the committed spec stays faithful to the docs.
    transformed = out.parent / f".{out.name}-{spec_path.name}"
    transformed.write_text(yaml.safe_dump(transform_spec(yaml.safe_load(spec_path.read_text())), sort_keys=False))
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path", str(transformed),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(out),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    transformed.unlink()
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        fail(f"openapi-python-client failed or warned for {spec_path.name}:\n{output}")
    modules = [p for p in (out / "api").glob("*/*.py") if p.name != "__init__.py"]
    expected = count_operations(spec_path)
    if len(modules) != expected:
        fail(f"{spec_path.name}: {expected} operations but {len(modules)} endpoint modules generated")
    write_introduced_in(spec_path, out)


INTRODUCED_IN_MODULE = '''"""`x-introduced-in` of the operations of {spec} that have one.

Generated by scripts/regenerate.py, do not edit. Keys are "<tag module>.<operation module>" as
under `api/`; an operation absent here is as old as the package's oldest version. The SDK
refuses an operation on a version older than its entry (`UnsupportedByAPIVersion`).
"""

INTRODUCED_IN: dict[str, str] = {{
{entries}}}

PROPERTY_INTRODUCED_IN: dict[str, str] = {{
{properties}}}
"""`x-introduced-in` of schema properties added later, as "<Schema>.<wireName>"."""
'''


def write_introduced_in(spec_path: Path, out: Path) -> None:
    """Write `introduced_in.py`: which version introduced each operation that says so."""
    from openapi_python_client.strings import snake_case

    spec = yaml.safe_load(spec_path.read_text())
    entries = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in HTTP_METHODS and "x-introduced-in" in operation:
                name = f"{snake_case(operation['tags'][0])}.{snake_case(operation['operationId'])}"
                if not (out / "api" / Path(*name.split(".")).with_suffix(".py")).exists():
                    fail(f"{spec_path.name}: no endpoint module for {name}")
                entries[name] = str(operation["x-introduced-in"])
    properties = {
        f"{schema_name}.{prop}": str(definition["x-introduced-in"])
        for schema_name, schema in spec.get("components", {}).get("schemas", {}).items()
        for prop, definition in (schema.get("properties") or {}).items()
        if isinstance(definition, dict) and "x-introduced-in" in definition
    }
    if entries:

        def lines(table: dict[str, str]) -> str:
            return "".join(f'    "{name}": "{version}",\n' for name, version in sorted(table.items()))

        text = INTRODUCED_IN_MODULE.format(spec=spec_path.name, entries=lines(entries), properties=lines(properties))
        (out / "introduced_in.py").write_text(text)


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
