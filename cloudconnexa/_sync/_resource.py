# Generated from cloudconnexa/_async/_resource.py by scripts/unasync.py. Do not edit.
"""Bases of the resource namespaces (`client.dns`, `client.networks.connectors`, ...)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx

from .._compat import IdScan
from .._concurrency import gather_sync
from .._constants import DEFAULT_PAGE_SIZE, EXT_RAISE_FOR_STATUS, MAX_PAGE_SIZE
from .._exceptions import make_status_error
from .._operations import load_operation
from .._pagination import PageRequest, look_ahead_pages
from .._params import Id, build_body, check_id, check_ids
from .._parsing import parse_bool, parse_model, parse_page
from .._response import record_response
from .._urls import absolute
from .._versions import (
    DETECTION,
    DETECTION_FAILED_NOTE,
    DetectedVersion,
    check_fields,
    is_supported,
    operation_module,
)
from ._paginator import Paginator

if TYPE_CHECKING:
    from .._base_client import SyncAPIClient

__all__ = [
    "APIResource",
    "ChildResource",
    "CrudResource",
    "FeatureSwitch",
    "ScannableResource",
    "CrudOperations",
    "SwitchOperations",
]

ModelT = TypeVar("ModelT")


class APIResource:
    """Builds each request with the generated code of the client's API version and sends it
    through the client's httpx client, which carries auth, retries, rate limiting and
    error raising. Subclasses only say which operation, which arguments, which model."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _supports(self, operation: str) -> bool:
        return is_supported(self._client._versions.settled or self._api_version(), operation)

    def _send(self, operation: str, **arguments: Any) -> httpx.Response:
        """Send `operation`; UnsupportedByAPIVersion, with nothing sent, if the version lacks it."""
        version = self._client._versions.settled or self._api_version()
        detail = self._client._versions.detail
        module = operation_module(version, operation, detail=detail)
        if arguments.get("body") is not None:
            check_fields(version, arguments["body"], detail=detail)
        # A place first, then the request: pending calls wait without a built request.
        with self._client._limiter.sync_admission():
            request = absolute(module._get_kwargs(**arguments), self._client._url_prefix)
            response = self._client.http_client.request(**request)
        record_response(response)  # for `client.with_raw_response`, which wraps every method
        return response

    def _api_version(self) -> str:
        """The client's API version; with "auto", detected by the first caller (see `_versions`)."""
        state = self._client._versions
        if state.settled is None:
            with state.sync_lock:
                if state.settled is None:
                    state.settle(self._detect_version())
        return state.current

    def _detect_version(self) -> DetectedVersion:
        step = DETECTION
        while True:
            extensions = {EXT_RAISE_FOR_STATUS: False}
            response = self._client.http_client.get(step.path, extensions=extensions)
            response.read()
            found = step.next(response.status_code)
            if found is None:
                error = make_status_error(response)
                error.add_note(DETECTION_FAILED_NOTE)
                raise error
            if isinstance(found, DetectedVersion):
                return found
            step = found

    def _paginate(
        self,
        operation: str,
        page_model: type[Any],
        page_size: int,
        **filters: Any,
    ) -> Paginator[Any]:
        def fetch_page(request: PageRequest) -> httpx.Response:
            return self._send(operation, page=request.page, size=request.size, **filters)

        def read_page(response: httpx.Response, request: PageRequest) -> Any:
            return parse_page(response, page_model, request.page)

        concurrency = self._client._limiter.max_concurrency
        return Paginator(
            fetch_page, read_page, page_size, look_ahead=look_ahead_pages(concurrency), workers=concurrency
        )

    def _scan_for_ids(
        self, ids: Sequence[str], *, resource: str, list_operation: str, page_model: type[Any]
    ) -> list[Any]:
        """v1.0 shim: find `ids` in one pass over the listing, in pages of the maximum size."""
        scan: IdScan[Any] = IdScan(ids)
        # One page at a time: a match on page p then costs exactly p requests, none ahead.
        listing: Paginator[Any] = self._paginate(list_operation, page_model, MAX_PAGE_SIZE).sequential()
        for page in listing.pages():
            if scan.done or scan.feed(page.items):
                break
        request = load_operation(self._client.api_version, list_operation)._get_kwargs()
        return scan.ordered(resource=resource, request=self._client.http_client.build_request(**request))


@dataclass(frozen=True)
class SwitchOperations:
    """The generated operations (`"tag.operation"`) behind one feature switch."""

    get_enabled: str
    enable: str
    disable: str


class FeatureSwitch(APIResource):
    """A tenant-wide feature that is on or off (Access Visibility, DNS Log): `get_enabled`,
    `enable` and `disable` written once; subclasses name the operations in `_switch`."""

    _switch: ClassVar[SwitchOperations]

    def get_enabled(self) -> bool:
        """Whether the feature is on."""
        return parse_bool(self._send(self._switch.get_enabled))

    def enable(self) -> None:
        """Turn the feature on."""
        self._send(self._switch.enable)

    def disable(self) -> None:
        """Turn the feature off."""
        self._send(self._switch.disable)


@dataclass(frozen=True)
class CrudOperations:
    """The generated operations (`"tag.operation"`) behind one resource's standard verbs."""

    list: str
    get: str
    create: str
    update: str
    delete: str


class CrudResource(APIResource, Generic[ModelT]):
    """`list`, `get` and `delete` written once; subclasses add typed `create`/`update`
    (which call `_create`/`_update`) and any specific verbs."""

    _operations: ClassVar[CrudOperations]
    _model: ClassVar[type[Any]]
    _page_model: ClassVar[type[Any]]
    _request_model: ClassVar[type[Any]]
    _update_model: ClassVar[type[Any] | None] = None
    """The request model of `update` when it differs from `create`'s (None: `_request_model`)."""
    _noun: ClassVar[str]
    """What one record is called in messages, e.g. "DNS record"."""

    def _list(self, page_size: int, **filters: Any) -> Paginator[ModelT]:
        return self._paginate(self._operations.list, self._page_model, page_size, **filters)

    def list(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> Paginator[ModelT]:
        """Every record, fetched lazily page by page (`page_size` 1..1000).

        Example:
            for record in client.users.list():
                print(record.id)
        """
        return self._list(page_size)

    def get(self, id: Id) -> ModelT:
        """One record by id; NotFoundError when there is none."""
        return self._get(check_id(id))

    def _get(self, id: Id) -> ModelT:
        model: ModelT = parse_model(self._send(self._operations.get, id=id), self._model)
        return model

    def delete(self, id: Id) -> None:
        """Delete one record by id."""
        self._send(self._operations.delete, id=check_id(id))

    def _create(self, body: object, fields: Mapping[str, Any], **params: Any) -> ModelT:
        request = self._build_request(self._request_model, body, fields)
        response = self._send(self._operations.create, body=request, **params)
        model: ModelT = parse_model(response, self._model)
        return model

    def _update(self, id: Id, body: object, fields: Mapping[str, Any]) -> ModelT:
        request = self._build_request(self._update_model or self._request_model, body, fields)
        response = self._send(self._operations.update, id=check_id(id), body=request)
        model: ModelT = parse_model(response, self._model)
        return model

    def _build_request(self, model: type[Any], body: object, fields: Mapping[str, Any]) -> Any:
        """The request body of `_create`/`_update`; a resource whose wire DTO depends on the
        API version (host IP services) overrides this to convert it."""
        return build_body(model, body, fields)


class ScannableResource(CrudResource[ModelT]):
    """A CRUD resource whose single-record read exists only from API v1.1.0 on (DNS records,
    user groups): on v1.0, `get` and `get_many` scan the listing instead (see `_compat`)."""

    def get(self, id: Id) -> ModelT:
        """One record by id; NotFoundError when there is none, on both API versions.

        On v1.0 this scans the listing, 1000 records per request, and stops at the match.
        """
        record_id = check_id(id)
        if self._supports(self._operations.get):
            return self._get(record_id)
        (record,) = self.get_many([record_id])
        return record

    def get_many(self, ids: Sequence[Id]) -> list[ModelT]:
        """Several records in the order asked: one listing scan on v1.0, concurrent reads on
        v1.1.0 (async) or one read after another (sync). NotFoundError names absent ids."""
        wanted = check_ids(ids)
        if self._supports(self._operations.get):
            return gather_sync([partial(self._get, record_id) for record_id in wanted])
        return self._scan_for_ids(
            wanted, resource=self._noun, list_operation=self._operations.list, page_model=self._page_model
        )


class ChildResource(CrudResource[ModelT]):
    """A CRUD resource whose records belong to a parent (a network, a host): its listing can
    be narrowed to one parent, and `create` needs the parent's id.

    Subclasses name the parent's query parameter in `_parent_param` and spell that keyword in
    their `list`/`create` signatures, which delegate to `_list_of`/`_create_in`.

    Example:
        class NetworkRoutes(ChildResource[NetworkRouteResponse]):
            _parent_param = "network_id"

            def list(self, *, network_id: Id | None = None, page_size: int = 100):
                return self._list_of(network_id, page_size)
    """

    _parent_param: ClassVar[str]
    """The parent's id as a generated-code argument and caller keyword, e.g. "network_id"."""

    def _list_of(self, parent_id: Id | None, page_size: int) -> Paginator[ModelT]:
        if parent_id is None:
            return self._list(page_size)
        return self._list(page_size, **{self._parent_param: check_id(parent_id, self._parent_param)})

    def _create_in(self, parent_id: Id, body: object, fields: Mapping[str, Any]) -> ModelT:
        parent = {self._parent_param: check_id(parent_id, self._parent_param)}
        return self._create(body, fields, **parent)
