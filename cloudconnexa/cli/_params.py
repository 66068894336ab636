"""From a façade parameter's annotation to a click parameter: the type conversion rules.

Every rule is decided by the annotation alone (resolved with `typing.get_type_hints`), so a new
façade method needs no CLI edit. An annotation no rule covers raises `UnsupportedAnnotation`
when the command tree is built; a test builds every command, so that fails loudly.

    str, uuid.UUID (an `Id`)       text
    int / float                    a number
    bool                           `--flag/--no-flag` (an option), true/false (an argument)
    datetime.datetime              ISO 8601 (`2024-05-01T12:00:00Z`; no zone means UTC)
    an Enum (alone)                one of its values; `Enum | str` accepts any text
    Literal[...]                   one of the literals
    Sequence/Iterable of the above repeatable, or comma-separated
    a model, a Mapping, Any        JSON text, or `@FILE` (a JSON file); `body` also has `--body-file`
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import inspect
import json
import sys
import types
import typing
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .._base_client import NotGiven

__all__ = ["DATETIME", "JSON", "ParamRule", "UnsupportedAnnotation", "rule_for"]


class UnsupportedAnnotation(TypeError):
    """A façade parameter whose annotation no conversion rule covers (names the method)."""


class DateTimeType(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """ISO 8601 instants; a naive value is taken as UTC."""

    name = "datetime"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime.datetime:
        if isinstance(value, datetime.datetime):
            return value
        try:
            parsed = datetime.datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date-time (e.g. 2024-05-01T12:00:00Z)", param, ctx)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


class JsonType(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """JSON text, or `@FILE` to read it from a file (`@-`: standard input)."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            try:
                text = sys.stdin.read() if value == "@-" else Path(value[1:]).read_text()
            except OSError as exc:
                self.fail(f"cannot read {value[1:]}: {exc.strerror}", param, ctx)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", param, ctx)


DATETIME = DateTimeType()
JSON = JsonType()

_TEXT = {str, uuid.UUID}
_DROPPED = (NotGiven, type(None))


@dataclass(frozen=True)
class ParamRule:
    """How one façade parameter appears on the command line."""

    type: click.ParamType  # type: ignore[type-arg]
    multiple: bool = False
    """A list: repeatable option (or several arguments), each value also split on commas."""
    flag: bool = False
    """A bool option: `--name/--no-name`."""
    help: str = ""


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in _members(arg)]
    return [annotation]


def _is_json_like(member: Any) -> bool:
    origin = typing.get_origin(member) or member
    if member is Any or (isinstance(origin, type) and issubclass(origin, collections.abc.Mapping)):
        return True
    # Generated attrs models (`from_dict`/`to_dict`) and DTOs: sent as their JSON form.
    if isinstance(member, type) and hasattr(member, "from_dict") and hasattr(member, "to_dict"):
        return True
    if isinstance(origin, type) and issubclass(origin, collections.abc.Iterable) and origin not in (str, bytes):
        return any(_is_json_like(arg) for arg in typing.get_args(member) for arg in _members(arg))
    return False


def _scalar(members: list[Any]) -> ParamRule | None:
    kinds = set(members)
    if kinds and kinds <= _TEXT:
        return ParamRule(click.STRING)
    if kinds == {bool}:
        return ParamRule(click.BOOL, flag=True)
    if kinds == {int}:
        return ParamRule(click.INT)
    if kinds in ({float}, {int, float}):
        return ParamRule(click.FLOAT)
    if kinds == {datetime.datetime}:
        return ParamRule(DATETIME)
    literals = [arg for m in members if typing.get_origin(m) is typing.Literal for arg in typing.get_args(m)]
    enums = [m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)]
    others = [m for m in members if typing.get_origin(m) is not typing.Literal and m not in enums]
    if literals and not others:
        return ParamRule(click.Choice([str(v) for v in literals]))
    if enums and set(others) <= {str}:
        values = [str(e.value) for cls in enums for e in cls]
        if not others:
            return ParamRule(click.Choice(values))
        # `Enum | str`: the SDK accepts values newer than the spec, so the CLI does too.
        return ParamRule(click.STRING, help="one of: " + ", ".join(dict.fromkeys(values)))
    return None


def rule_for(annotation: Any, *, where: str) -> ParamRule:
    """The rule for one parameter's resolved annotation; `where` names it in errors."""
    members = [
        m
        for m in _members(annotation)
        if not (isinstance(m, type) and issubclass(m, _DROPPED)) and m is not None and not isinstance(m, typing.TypeVar)
    ]
    if not members or inspect.Parameter.empty in members:
        raise UnsupportedAnnotation(f"{where}: no annotation to derive a command-line type from")
    if any(_is_json_like(m) for m in members):
        return ParamRule(JSON, help="JSON, or @FILE")
    scalar = _scalar(members)
    if scalar is not None:
        return scalar
    if len(members) == 1:
        origin = typing.get_origin(members[0])
        if isinstance(origin, type) and issubclass(origin, collections.abc.Iterable) and origin not in (str, bytes):
            (item,) = typing.get_args(members[0]) or (Any,)
            inner = _scalar([m for m in _members(item) if m is not type(None)])
            if inner is not None and not inner.flag:
                return ParamRule(
                    inner.type, multiple=True, help=("repeatable or comma-separated " + inner.help).strip()
                )
    raise UnsupportedAnnotation(f"{where}: no command-line conversion for the annotation {annotation!r}")
