"""Our overrides of the pinned generator's templates, each checked to be upstream + our changes.

`generator-templates/<name>` must equal the pinned openapi-python-client's own template with
exactly the replacements listed here applied (after our explanatory `{#- ... -#}` header), so
a generator upgrade cannot silently diverge: `scripts/regenerate.py` runs `check_overrides()`
before every generation and fails naming the template to re-apply the change to.

`model.py.jinja`: a read model (a schema the spec transforms marked `x-cloudconnexa-read`,
see `scripts/spec_transforms.py`) declares every field `X | None = None`, reads absent and
null alike as None, and leaves None fields out of `to_dict()`. Other models are unchanged.
"""

from __future__ import annotations

from pathlib import Path

import openapi_python_client

__all__ = ["MODEL_CHANGES", "apply", "check_overrides"]

UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
TEMPLATES = Path(__file__).resolve().parent.parent / "generator-templates"

_READ = '{% set read_model = (model.data.model_extra or {}).get("x-cloudconnexa-read", false) %}'

MODEL_CHANGES: list[tuple[str, str]] = [
    (
        "{% set module_name = model.class_info.module_name %}\n",
        "{% set module_name = model.class_info.module_name %}\n" + _READ + "\n",
    ),
    (
        "{{ property.to_string() | as_unembedded_code }}\n{{ docstring(",
        "{{ property.to_string() | as_unembedded_code }}{{ ' | None = None' if read_model else '' }}\n{{ docstring(",
    ),
    (
        "{%- else -%}\n{{ property.to_string() | as_unembedded_code }}\n{%- endif -%}",
        "{%- else -%}\n{{ property.to_string() | as_unembedded_code }}{{ ' | None = None' if read_model else '' }}\n"
        "{%- endif -%}",
    ),
    (
        "{%- if prop_template.transform -%}\n"
        "{{ prop_template.transform(property=property, source=content, destination=property.python_name) }}\n",
        "{%- if prop_template.transform and read_model -%}\n"
        "{{ property.python_name }}: {{ property.get_type_string(json=True) | as_unembedded_code }} | None = None\n"
        "if {{ content }} is not None:\n"
        "    {{ prop_template.transform(property=property, source=content, destination=property.python_name,"
        " declare_type=False) | indent(4) }}\n"
        "{%- elif prop_template.transform -%}\n"
        "{{ prop_template.transform(property=property, source=content, destination=property.python_name) }}\n",
    ),
    (
        '    {% if property.required %}\n    "{{ property.name | in_double_quote_literal }}"',
        '    {% if property.required and not read_model %}\n    "{{ property.name | in_double_quote_literal }}"',
    ),
    (
        "{% for property in model.optional_properties %}\n{% if not property.required %}\n",
        "{% for property in model.required_properties if read_model %}\n"
        "if {{ property.python_name }} is not None:\n"
        '    field_dict["{{ property.name | in_double_quote_literal }}"] = {{ property.python_name }}\n'
        "{% endfor %}\n"
        "{% for property in model.optional_properties %}\n{% if not property.required %}\n",
    ),
    (
        "    {% if property.required %}\n        {% set property_source = 'd.pop(\"'",
        "    {% if read_model %}\n"
        "        {% set property_source = 'd.pop(\"' + (property.name | in_double_quote_literal) + '\", None)' %}\n"
        "    {% elif property.required %}\n        {% set property_source = 'd.pop(\"'",
    ),
    (
        "    {% if prop_template.construct %}\n        {{ prop_template.construct(property, property_source)",
        "    {% if prop_template.construct and read_model %}\n"
        "        _{{ property.python_name }}_value = {{ property_source }}\n"
        "        {{ property.python_name }}: {{ property.get_type_string() | as_unembedded_code }} | None = None\n"
        "        if _{{ property.python_name }}_value is not None:\n"
        '            {{ prop_template.construct(property, "_" + property.python_name + "_value") | indent(12) }}\n'
        "    {% elif prop_template.construct %}\n        {{ prop_template.construct(property, property_source)",
    ),
]

_HEADER_END = "-#}\n"
OVERRIDES: dict[str, list[tuple[str, str]]] = {"model.py.jinja": MODEL_CHANGES}


def apply(upstream: str, changes: list[tuple[str, str]]) -> str:
    """`upstream` with every change applied; each original snippet must occur exactly once."""
    for old, new in changes:
        if upstream.count(old) != 1:
            raise ValueError(f"snippet occurs {upstream.count(old)} times upstream, expected once:\n{old}")
        upstream = upstream.replace(old, new)
    return upstream


def check_overrides() -> list[str]:
    """Names of overridden templates that are not the pinned upstream one plus our changes."""
    stale = []
    for name, changes in OVERRIDES.items():
        ours = (TEMPLATES / name).read_text()
        ours = ours[ours.index(_HEADER_END) + len(_HEADER_END) :]
        try:
            expected = apply((UPSTREAM / name).read_text(), changes)
        except ValueError:
            stale.append(name)
            continue
        if ours != expected:
            stale.append(name)
    return stale
