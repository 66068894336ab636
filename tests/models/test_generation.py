"""The generation-time spec transforms and the checked template override (issue 11 item 8):
keyed on the spec's shape, so any API version's spec gets them."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))
spec_transforms = importlib.import_module("spec_transforms")
template_overrides = importlib.import_module("template_overrides")


def _json(name: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/things/{id}": {
            "get": {"responses": {"200": _json("ThingResponse")}},
            "put": {
                "requestBody": _json("ThingRequest"),
                "responses": {"204": {"description": "ok"}},
            },
        }
    },
    "components": {
        "schemas": {
            "ThingResponse": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "seen": {"type": "string", "format": "date-time"},
                    "platform": {"$ref": "#/components/schemas/Platform"},
                    "parts": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}},
                },
            },
            "Platform": {"type": "object", "properties": {"os": {"type": "string"}}},
            "ThingRequest": {"type": "object", "properties": {"ownerId": {"type": "string", "format": "uuid"}}},
        }
    },
}  # fmt: skip


def test_transform_marks_read_models_and_relaxes_formats() -> None:
    out = spec_transforms.transform_spec(SPEC)
    schemas = out["components"]["schemas"]
    thing = schemas["ThingResponse"]
    assert thing[spec_transforms.READ_MARK] and thing["required"] == ["id", "seen", "platform", "parts"]
    assert thing["properties"]["id"] == {"type": "string"}
    assert thing["properties"]["seen"]["oneOf"][1] == {"type": "string"}
    assert thing["properties"]["platform"]["oneOf"] == [{"$ref": "#/components/schemas/Platform"}, {"type": "string"}]
    assert thing["properties"]["parts"]["items"][spec_transforms.READ_MARK]
    assert schemas["Platform"][spec_transforms.READ_MARK]
    assert spec_transforms.READ_MARK not in schemas["ThingRequest"]
    assert schemas["ThingRequest"]["properties"]["ownerId"] == {"type": "string"}
    assert SPEC["components"]["schemas"]["ThingResponse"]["properties"]["id"]["format"] == "uuid"  # input untouched


def test_template_override_is_upstream_plus_the_listed_changes() -> None:
    assert template_overrides.check_overrides() == []
    upstream = (template_overrides.UPSTREAM / "model.py.jinja").read_text()
    with pytest.raises(ValueError, match="occurs 0 times"):
        template_overrides.apply(upstream.replace("d.pop(", "d.take("), template_overrides.MODEL_CHANGES)


@pytest.mark.parametrize("package", ["v1_0", "v1_1_0"])
def test_every_response_model_is_a_read_model(package: str) -> None:
    """Every field of every generated `...Response` model is `X | None = None`."""
    models = importlib.import_module(f"cloudconnexa_generated.{package}.models")
    responses = [getattr(models, name) for name in models.__all__ if name.endswith("Response")]
    assert len(responses) > 40
    for model in responses:
        for field in attrs.fields(model):
            if field.name != "additional_properties":
                assert field.default is None, (model.__name__, field.name)
                assert str(field.type).endswith("| None") and "Unset" not in str(field.type), (model, field)
                assert not (field.name == "id" or field.name.endswith("_id")) or str(field.type) == "str | None"
