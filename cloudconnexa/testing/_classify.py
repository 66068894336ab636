"""Which fake behaviour serves which spec operation, inferred from the spec's shapes.

The fake holds no list of endpoints: `plan(spec)` reads every operation once and binds it to a
behaviour by its shape, so a new endpoint of a known shape is served with no hand edit:

========================================  ===============================================
shape (method, path, schemas)             behaviour
========================================  ===============================================
GET  /things            (page: `content`)  `list`: a page of the `/things` collection
POST /things            (reply has `id`)   `create` (a `fooId` query parameter links the
                                           record to its parent in the `/foos` collection)
GET|PUT|DELETE /things/{id}                `get`, `update`, `delete`
PUT|POST /things/{id}/<verb>               `record_action`: 404 unless the record exists;
                                           `activate`/`suspend` set a matching enum value
GET  /feed              (reply: `nextCursor`)  `cursor`: batches of a stored feed
PUT|POST /feature/enable, .../disable      `toggle`, read back by GET /feature/enabled
GET|PUT  /any/other/literal/path           `setting_get` / `setting_put` (a singleton of
                                           any type: scalar, text, object or list)
POST /any/other/literal/path               `command`: a spec-valid default reply
========================================  ===============================================

A few endpoints keep a dedicated behaviour (`SPECIAL`: token, regions, profiles, IPsec, access
items, Cyber Shield lists). An operation that fits none of these is served with a 500 naming
it and this module (`Plan.unserved`), logged once when a fake is built, and reported by
`tests/testing/test_every_operation.py`: one failing test, while the rest of the fake runs.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from ._spec import Operation, Spec

__all__ = ["Binding", "Plan", "SPECIAL", "UNSERVED", "plan"]

UNSERVED = "unserved"
"""The behaviour name of an operation no rule fits (it answers 500 naming the operation)."""

_LOG = logging.getLogger("cloudconnexa.testing")
_WRITE_METHODS = ("POST", "PUT")
_LOGGED: set[str] = set()

SPECIAL: list[tuple[str, str, str]] = [
    # (method, regex on the path, behaviour name): endpoints whose behaviour is more than
    # their shape says. Anything else is inferred (see the module docstring).
    ("POST", r"/oauth/token$", "token"),
    ("GET", r"^/api/v1/regions$", "regions"),
    ("POST", r"/\{[^}]+\}/profile$", "profile"),
    ("DELETE", r"/\{[^}]+\}/profile$", "revoke"),
    ("POST", r"/\{[^}]+\}/profile/encrypt$", "profile_token"),
    ("POST", r"/\{[^}]+\}/profile/bundle$", "bundle"),
    ("POST", r"/\{[^}]+\}/ipsec/(start|stop)$", "ipsec"),
    ("POST", r"/\{[^}]+\}/(source|destination)$", "access_add"),
    ("DELETE", r"/\{[^}]+\}/(source|destination)$", "access_remove"),
    ("POST", r"^/api/v1/cybershield/(allow|block)-list-(add|remove)-domains$", "domains"),
]

_RECORD_PATH = re.compile(r"^(?P<collection>/[^{}]*[^/{}])/\{(?P<param>[^}/]+)\}(?P<rest>(/[^{}]+)*)$")
_TOGGLE_PATH = re.compile(r"^(?P<feature>/[^{}]+)/(?P<verb>enable|disable)$")


@dataclass(frozen=True)
class Binding:
    """How one operation is served."""

    behaviour: str
    collection: str = ""
    """The collection path the operation reads or writes (`/api/v1/users`), if any."""
    id_param: str = ""
    """The path parameter naming the record (`id`, `userId`, ...)."""
    key: str = ""
    """Store key of a singleton (`setting_*`, `toggle`) or a feed (`cursor`)."""
    value: Any = None
    """`toggle`: the state it sets; `record_action`: {property: enum value} it sets."""
    items: str = ""
    """`cursor`: the array property of the batch reply."""
    message: str = ""
    """`unserved`: why no rule fits, and where to add one."""


@dataclass
class Plan:
    """Every operation's binding, plus the relations inferred between collections."""

    bindings: dict[tuple[str, str], Binding] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    """Query parameter naming a parent (`networkId`) -> the parent's collection."""
    children: dict[tuple[str, str], str] = field(default_factory=dict)
    """(collection, record property) -> the collection holding that property's live list."""

    @property
    def names(self) -> dict[tuple[str, str], str]:
        return {key: binding.behaviour for key, binding in self.bindings.items()}

    @property
    def unserved(self) -> list[str]:
        """One message per operation no rule fits (empty when the fake serves everything)."""
        return [b.message for b in self.bindings.values() if b.behaviour == UNSERVED]


def _properties(schema: Any) -> dict[str, Any]:
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return props if isinstance(props, dict) else {}


def collection_paths(ops: list[Operation]) -> set[str]:
    """Paths that hold a collection: a paged GET or a create-POST returning an id."""
    found = set()
    for op in ops:
        if "{" in op.path:
            continue
        props = _properties(op.response_schema)
        if (op.method == "GET" and "content" in props) or (op.method == "POST" and "id" in props):
            found.add(op.path)
    return found


def _camel(kebab: str) -> str:
    head, *rest = kebab.split("-")
    return head + "".join(part.title() for part in rest)


def _singular(collection: str) -> str:
    """`/api/v1/user-groups` -> `userGroup`."""
    noun = collection.rsplit("/", 1)[-1]
    return _camel(noun[:-1] if noun.endswith("s") else noun)


def _parents(ops: list[Operation], collections: set[str]) -> dict[str, str]:
    """Query parameters that name a parent record: `networkId` -> `/api/v1/networks`."""
    by_param = {f"{_singular(c)}Id": c for c in sorted(collections, key=len)}
    return {name: by_param[name] for op in ops for name in op.query if name in by_param and op.path != by_param[name]}


def _children(ops: list[Operation], collections: set[str], parents: dict[str, str]) -> dict[tuple[str, str], str]:
    """(parent collection, record property) -> child collection, e.g. a user's `devices`."""
    out: dict[tuple[str, str], str] = {}
    for op in ops:
        if op.path not in collections:
            continue
        for name in op.query:
            if name in parents:
                out[(parents[name], _camel(op.path.rsplit("/", 1)[-1]))] = op.path
    return out


def _record_schema(ops: list[Operation], collection: str) -> dict[str, Any]:
    """The schema of one record of `collection` (create reply, item GET, or page item)."""
    for op in ops:
        schema = op.response_schema
        if op.path == collection and op.method == "POST" and _properties(schema):
            return dict(schema)
    for op in ops:
        items = _properties(op.response_schema).get("content", {})
        if op.path == collection and op.method == "GET" and isinstance(items, dict):
            return dict(items.get("items", {}))
    return {}


def _state_change(verb: str, record_schema: dict[str, Any]) -> dict[str, str]:
    """`activate` -> {"status": "ACTIVE"}: the enum member sharing the longest prefix (5+)."""
    word = verb.upper().replace("-", "_")
    best: tuple[int, str, str] = (4, "", "")
    for name, prop in _properties(record_schema).items():
        for member in prop.get("enum") or () if isinstance(prop, dict) else ():
            common = len(_common_prefix(word, str(member)))
            if common > best[0] and common >= len(str(member)) - 3:
                best = (common, name, str(member))
    return {best[1]: best[2]} if best[1] else {}


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _bind(op: Operation, ops: list[Operation], collections: set[str]) -> Binding:
    """The binding of one operation; `UNSERVED` (with its message) when no rule fits."""
    record = _RECORD_PATH.match(op.path)
    owner = record and record.group("collection") in collections
    for method, pattern, name in SPECIAL:
        if op.method == method and re.search(pattern, op.path):
            if record and owner:
                return Binding(name, collection=record.group("collection"), id_param=record.group("param"))
            return Binding(name, key=op.path)
    props = _properties(op.response_schema)
    if "{" not in op.path:
        toggle = _TOGGLE_PATH.match(op.path)
        if op.path in collections and op.method == "GET":
            return Binding("list", collection=op.path)
        if op.path in collections and op.method == "POST":
            return Binding("create", collection=op.path)
        if op.method == "GET" and "nextCursor" in props:
            arrays = [name for name, p in props.items() if isinstance(p, dict) and p.get("type") == "array"]
            if len(arrays) == 1:
                return Binding("cursor", key=op.path, items=arrays[0])
        if toggle and op.method in _WRITE_METHODS:
            return Binding("toggle", key=f"{toggle.group('feature')}/enabled", value=toggle.group("verb") == "enable")
        if op.method == "GET":
            return Binding("setting_get", key=op.path)
        if op.method == "PUT":
            return Binding("setting_put", key=op.path)
        if op.method == "POST":
            return Binding("command", key=op.path)
    elif record and owner:
        collection, param, rest = record.group("collection"), record.group("param"), record.group("rest")
        if not rest:
            crud = {"GET": "get", "PUT": "update", "DELETE": "delete"}.get(op.method)
            if crud:
                return Binding(crud, collection=collection, id_param=param)
        elif op.method in _WRITE_METHODS:  # a verb on the record; a body, if any, is validated only
            verb = rest.rsplit("/", 1)[-1]
            change = _state_change(verb, _record_schema(ops, collection))
            return Binding("record_action", collection=collection, id_param=param, value=change)
    return Binding(
        UNSERVED,
        message=(
            f"no fake behaviour fits {op.method} {op.path} ({op.operation_id}): "
            "add a rule to SPECIAL or _bind() in cloudconnexa/testing/_classify.py "
            "and its behaviour to BEHAVIOURS in cloudconnexa/testing/_behaviours.py"
        ),
    )


def plan(spec: Spec) -> Plan:
    """Bind every operation of `spec`; log (once per spec) the operations no rule fits."""
    ops = spec.operations
    collections = collection_paths(ops)
    parents = _parents(ops, collections)
    result = Plan(
        bindings={(op.method, op.path): _bind(op, ops, collections) for op in ops},
        parents=parents,
        children=_children(ops, collections, parents),
    )
    for message in result.unserved:
        if message not in _LOGGED:  # once per process, not once per fake
            _LOGGED.add(message)
            _LOG.error("fake CloudConnexa: %s", message)
    return result
