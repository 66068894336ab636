"""The command tree, derived from the client's resource namespaces by introspection.

`client.<area>[.<sub>].<method>(...)` becomes `cloudconnexa <area> [<sub>] <method> ...`
(names in kebab-case): a positional parameter becomes an argument, a keyword one an option
`--kebab-case`, the annotation chooses the type (`_params`), the docstring is the help. A new
façade method or namespace appears here with no CLI edit.
"""

from __future__ import annotations

import collections.abc
import functools
import inspect
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .._constants import MAX_PAGE_SIZE
from .._sync._client import Client
from .._sync._resource import APIResource
from ._params import UnsupportedAnnotation

__all__ = ["MethodInfo", "iter_methods", "namespace_children", "template_client"]


@dataclass(frozen=True)
class MethodInfo:
    """One public façade method, as the CLI sees it."""

    path: tuple[str, ...]
    """Attribute names from the client, e.g. `("networks", "connectors", "list")`."""
    function: Callable[..., Any]
    parameters: tuple[inspect.Parameter, ...]
    """The parameters after `self`, their annotations resolved."""
    returns: Any

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def streams(self) -> bool:
        """Whether the result is a lazy listing (a paginator or a cursor iterator)."""
        origin = typing.get_origin(self.returns) or self.returns
        return (
            isinstance(origin, type)
            and issubclass(origin, collections.abc.Iterable)
            and not issubclass(origin, str | bytes | list | tuple | collections.abc.Mapping)
        )

    @property
    def is_cursor_listing(self) -> bool:
        """Whether the result is resumable from a saved cursor (`resume_cursor`)."""
        origin = typing.get_origin(self.returns) or self.returns
        return self.streams and hasattr(origin, "resume_cursor")

    @property
    def required(self) -> list[inspect.Parameter]:
        return [p for p in self.parameters if p.default is inspect.Parameter.empty]

    def call(self, client: Client, *args: Any, **kwargs: Any) -> Any:
        target: Any = client
        for name in self.path[:-1]:
            target = getattr(target, name)
        if "page_size" in self.signature_names and "page_size" not in kwargs:
            kwargs["page_size"] = MAX_PAGE_SIZE  # the fewest requests: the CLI reads whole listings
        return getattr(target, self.path[-1])(*args, **kwargs)

    @property
    def signature_names(self) -> set[str]:
        return {p.name for p in self.parameters}


@functools.cache
def template_client() -> Client:
    """A client never used for I/O: the namespace objects the command tree is read from."""
    return Client("https://template.invalid", client_id="template", client_secret="template")  # noqa: S106


def _method_info(path: tuple[str, ...], function: Callable[..., Any]) -> MethodInfo:
    try:
        hints = typing.get_type_hints(function)
    except NameError as exc:  # an annotation that does not resolve at run time
        raise UnsupportedAnnotation(f"{'.'.join(path)}: unresolvable annotation ({exc})") from exc
    parameters = list(inspect.signature(function).parameters.values())[1:]
    resolved = tuple(p.replace(annotation=hints.get(p.name, p.annotation)) for p in parameters)
    return MethodInfo(path, function, resolved, hints.get("return"))


def namespace_children(namespace: object, path: tuple[str, ...]) -> tuple[dict[str, object], dict[str, MethodInfo]]:
    """The sub-namespaces and public methods of one namespace object (or of the client)."""
    namespaces: dict[str, object] = {}
    methods: dict[str, MethodInfo] = {}
    is_client = isinstance(namespace, Client)
    for name in dir(type(namespace)):
        if name.startswith("_"):
            continue
        attribute = inspect.getattr_static(type(namespace), name)
        if isinstance(attribute, cached_property):
            child = getattr(namespace, name)
            if isinstance(child, APIResource):  # not client helpers such as raw-response views
                namespaces[name] = child
        elif inspect.isfunction(attribute) and not is_client:
            methods[name] = _method_info((*path, name), attribute)
    return namespaces, methods


def iter_methods(namespace: object | None = None, path: tuple[str, ...] = ()) -> Iterator[MethodInfo]:
    """Every public façade method under `namespace` (default: the whole client), depth first."""
    namespaces, methods = namespace_children(template_client() if namespace is None else namespace, path)
    yield from methods.values()
    for name, child in sorted(namespaces.items()):
        yield from iter_methods(child, (*path, name))
