"""click commands and groups built from `_derive.MethodInfo`s."""

from __future__ import annotations

import contextlib
import inspect
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from .._sync._client import Client
from .._sync._paginator import Paginator
from ._derive import MethodInfo, namespace_children
from ._errors import HANDLED, fail
from ._output import OutputOptions, print_result, print_stream
from ._params import ParamRule, UnsupportedAnnotation, rule_for

__all__ = ["AppContext", "NamespaceGroup", "build_command", "guarded", "kebab", "output_options"]

RESERVED = {"json", "fields", "limit", "body_file"}
"""Option names the CLI adds to derived commands; a façade parameter of that name fails the build."""


def help_text(doc: str) -> str:
    """A docstring as click help: indented blocks (examples) are kept as written."""
    paragraphs = doc.split("\n\n")
    return "\n\n".join("\b\n" + p if any(line.startswith(" ") for line in p.splitlines()) else p for p in paragraphs)


def kebab(name: str) -> str:
    return name.replace("_", "-")


class AppContext:
    """The global options: how to build the client."""

    def __init__(self, **settings: Any) -> None:
        self.settings = {name: value for name, value in settings.items() if value is not None}
        self.client_factory: Callable[..., Client] = Client

    def client(self) -> Client:
        return self.client_factory(**self.settings)


_CAUGHT: tuple[type[BaseException], ...] = (*HANDLED, KeyboardInterrupt)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """SDK errors, bad arguments and Ctrl-C become a message and an exit code."""
    try:
        yield
    except _CAUGHT as exc:
        raise fail(exc) from None


def output_options(streams: bool) -> list[click.Parameter]:
    params: list[click.Parameter] = [
        click.Option(["--json/--table", "as_json"], default=None,
                     help="JSON (the default when stdout is not a terminal) or a table."),
        click.Option(["--fields"], metavar="A,B", help="Only these fields (the API's names), in this order."),
    ]  # fmt: skip
    if streams:
        params.append(click.Option(["--limit"], type=click.IntRange(min=0), help="Stop after this many records."))
    return params


def resolve_output(as_json: bool | None, fields: str | None) -> OutputOptions:
    if as_json is None:
        as_json = not sys.stdout.isatty()
    names = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    return OutputOptions(as_json=as_json, fields=names)


def _split(values: tuple[Any, ...]) -> list[Any]:
    return [part.strip() for v in values for part in (v.split(",") if isinstance(v, str) else [v]) if part != ""]


def params_for(info: MethodInfo, parameter: inspect.Parameter) -> list[click.Parameter]:
    where = f"{info.dotted}({parameter.name})"
    if parameter.name in RESERVED:
        raise UnsupportedAnnotation(f"{where}: the name clashes with an option the CLI adds")
    if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
        raise UnsupportedAnnotation(f"{where}: *args/**kwargs cannot be derived")
    rule: ParamRule = rule_for(parameter.annotation, where=where)
    required = parameter.default is inspect.Parameter.empty
    if parameter.kind is not parameter.KEYWORD_ONLY:
        nargs = -1 if rule.multiple else 1
        return [click.Argument([parameter.name], type=rule.type, nargs=nargs, required=required)]
    option = "--" + kebab(parameter.name)
    default = parameter.default
    shown = "" if required or default is None or type(default).__name__ == "NotGiven" else f" [SDK default: {default}]"
    help_text = (rule.help + shown).strip() or None
    if rule.flag:
        return [click.Option([f"{option}/--no-{kebab(parameter.name)}"], default=None, required=required,
                             help=help_text)]  # fmt: skip
    params: list[click.Parameter] = [
        click.Option([option, parameter.name], type=rule.type, multiple=rule.multiple, default=None,
                     required=required and parameter.name != "body", help=help_text)
    ]  # fmt: skip
    if parameter.name == "body":
        params.append(click.Option(["--body-file"], type=click.Path(dir_okay=False, path_type=Path),
                                   help="The request body as a JSON file (instead of --body)."))  # fmt: skip
    return params


def build_command(info: MethodInfo) -> click.Command:
    """The command of one façade method (raises UnsupportedAnnotation if one cannot be)."""
    params = [p for parameter in info.parameters for p in params_for(info, parameter)]
    params += output_options(info.streams)
    positional = [p.name for p in info.parameters if p.kind is not p.KEYWORD_ONLY]

    def callback(**values: Any) -> None:
        options = resolve_output(values.pop("as_json"), values.pop("fields"))
        limit = values.pop("limit", None)
        body_file = values.pop("body_file", None)
        if body_file is not None:
            values["body"] = json.loads(body_file.read_text())
        args, kwargs = [], {}
        for name, value in values.items():
            if isinstance(value, tuple):
                value = _split(value) if value else None
            if name in positional:
                args.append(value)
            elif value is not None:
                kwargs[name] = value
        app = click.get_current_context().find_object(AppContext)
        assert app is not None
        out = sys.stdout
        with guarded(), app.client() as client:
            result = info.call(client, *args, **kwargs)
            if info.streams:
                if limit is not None and isinstance(result, Paginator):
                    result = result.sequential()  # no page fetched ahead beyond what --limit needs
                print_stream(itertools.islice(result, limit), options, out)
            else:
                print_result(result, options, out)

    doc = inspect.getdoc(info.function) or ""
    return click.Command(kebab(info.path[-1]), params=params, callback=callback, help=help_text(doc),
                         short_help=doc.split("\n", 1)[0] or None, no_args_is_help=False)  # fmt: skip


class NamespaceGroup(click.Group):
    """A resource namespace: its methods and sub-namespaces as commands, built on demand.

    A namespace whose `list` is a cursor listing (sessions, audit logs) also gets `export`,
    the resumable JSON-lines export. A singular name finds the plural namespace
    (`audit-log` is `audit-logs`).
    """

    def __init__(self, name: str, namespace: object, path: tuple[str, ...], **attrs: Any) -> None:
        doc = inspect.getdoc(type(namespace)) or ""
        attrs.setdefault("help", help_text(doc))
        attrs.setdefault("short_help", doc.split("\n", 1)[0] or None)
        super().__init__(name, **attrs)
        self.namespace = namespace
        self.path = path

    def _children(self) -> tuple[dict[str, object], dict[str, MethodInfo]]:
        return namespace_children(self.namespace, self.path)

    def extra_commands(self, methods: dict[str, MethodInfo]) -> dict[str, Callable[[], click.Command]]:
        from ._logexport import build_log_export_command

        listing = methods.get("list")
        resumable = listing is not None and {"start_date", "end_date", "cursor"} <= listing.signature_names
        if listing is not None and listing.is_cursor_listing and resumable and "export" not in methods:
            return {"export": lambda: build_log_export_command(listing)}
        return {}

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: ARG002 - click's signature
        namespaces, methods = self._children()
        names = [kebab(n) for n in (*namespaces, *methods)] + list(self.extra_commands(methods))
        return sorted(names)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:  # noqa: ARG002
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        namespaces, methods = self._children()
        name = cmd_name.replace("-", "_")
        for candidate in (name, name + "s"):
            if candidate in namespaces:
                return NamespaceGroup(kebab(candidate), namespaces[candidate], (*self.path, candidate))
        if name in methods:
            return build_command(methods[name])
        extra = self.extra_commands(methods).get(cmd_name)
        return extra() if extra is not None else None
