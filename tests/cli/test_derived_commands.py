"""Every façade method is a command, derived from its signature, with its docstring as help."""

from __future__ import annotations

import collections.abc
import datetime
import enum
import inspect
import typing
import uuid
from functools import cached_property
from typing import Any, Literal

import click
import pytest
from click.testing import CliRunner

import cloudconnexa
from cloudconnexa._sync._resource import APIResource
from cloudconnexa.cli._app import cli
from cloudconnexa.cli._commands import build_command
from cloudconnexa.cli._derive import iter_methods
from cloudconnexa.cli._params import DATETIME, JSON, UnsupportedAnnotation, rule_for


def public_methods(obj: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Walked independently of the CLI: every public method of every namespace of a Client."""
    found = []
    for name in dir(type(obj)):
        if name.startswith("_"):
            continue
        attribute = inspect.getattr_static(type(obj), name)
        if isinstance(attribute, cached_property):
            child = getattr(obj, name)
            if isinstance(child, APIResource):
                found += public_methods(child, (*path, name))
        elif inspect.isfunction(attribute) and path:
            found.append((*path, name))
    return found


def resolve(args: list[str]) -> click.Command | None:
    command: click.Command | None = cli
    ctx = click.Context(cli)
    for name in args:
        assert isinstance(command, click.Group), args
        command = command.get_command(ctx, name)
        if command is None:
            return None
    return command


def test_every_public_method_of_the_client_has_a_command():
    client = cloudconnexa.Client("https://example.invalid", client_id="x", client_secret="y")
    methods = public_methods(client)
    assert len(methods) > 100
    missing = [".".join(p) for p in methods if resolve([n.replace("_", "-") for n in p]) is None]
    assert missing == [], f"public methods without a command: {missing}"
    client.close()


def test_every_command_builds_and_every_level_shows_its_docstring():
    runner = CliRunner()
    for info in iter_methods():
        build_command(info)  # raises UnsupportedAnnotation naming the method
        args = [n.replace("_", "-") for n in info.path]
        result = runner.invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, (args, result.output)
        first_line = (inspect.getdoc(info.function) or "").splitlines()[0]
        assert first_line.split()[0] in result.output, args
    for group in (["--help"], ["networks", "--help"], ["networks", "connectors", "--help"]):
        assert runner.invoke(cli, group).exit_code == 0


def test_parameters_become_arguments_and_kebab_case_options():
    help_text = CliRunner().invoke(cli, ["networks", "connectors", "create", "--help"]).output
    assert "--network-id TEXT" in help_text and "[required]" in help_text
    assert "--ip-sec-config JSON" in help_text and "--body-file FILE" in help_text
    assert "Usage: cloudconnexa networks connectors get [OPTIONS] ID" in CliRunner().invoke(
        cli, ["networks", "connectors", "get", "--help"]).output  # fmt: skip
    assert "--limit" in CliRunner().invoke(cli, ["dns", "list", "--help"]).output


class Colour(enum.StrEnum):
    RED = "RED"


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (str | uuid.UUID, (click.STRING, False, False)),
        (int | cloudconnexa.NotGiven, (click.INT, False, False)),
        (float, (click.FLOAT, False, False)),
        (bool | None, (click.BOOL, False, True)),
        (datetime.datetime | None, (DATETIME, False, False)),
        (collections.abc.Sequence[str] | cloudconnexa.NotGiven, (click.STRING, True, False)),
        (collections.abc.Mapping[str, Any] | None, (JSON, False, False)),
        (Any, (JSON, False, False)),
    ],
)
def test_annotation_rules(annotation, expected):
    rule = rule_for(annotation, where="x")
    assert (rule.type, rule.multiple, rule.flag) == expected


def test_enums_and_literals():
    assert list(rule_for(Colour, where="x").type.choices) == ["RED"]  # type: ignore[attr-defined]
    assert rule_for(Colour | str, where="x").help == "one of: RED"
    assert list(rule_for(Literal["MSI", "DMG"], where="x").type.choices) == ["MSI", "DMG"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("annotation", [complex, set[complex], typing.Callable[[], int], inspect.Parameter.empty])
def test_an_unsupported_annotation_fails_loudly_naming_the_parameter(annotation):
    with pytest.raises(UnsupportedAnnotation, match=r"things\.add\(value\)"):
        rule_for(annotation, where="things.add(value)")


def test_cursor_listings_get_a_resumable_export_found_by_singular_name_too():
    assert resolve(["sessions", "export"]) is not None
    assert resolve(["session", "export"]).name == "export"  # as `audit-log export` finds audit_logs
    assert resolve(["dns", "export"]) is None  # paged listings are in the tenant export instead
