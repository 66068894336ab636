# Generated from cloudconnexa/_async/resources/_applications.py by scripts/unasync.py. Do not edit.
"""What network and host applications share: the models and `update`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from cloudconnexa_generated.v1_2_3.models.host_application_request import HostApplicationRequest
from cloudconnexa_generated.v1_2_3.models.host_application_route_request import (
    HostApplicationRouteRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_application_request import (
    NetworkApplicationRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_application_route_request import (
    NetworkApplicationRouteRequest,
)
from cloudconnexa_generated.v1_2_3.models.service_config_request import ServiceConfigRequest

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import ChildResource

__all__ = ["ApplicationRequest", "ApplicationsBase", "RouteRequest"]

_Json = Mapping[str, Any]
ModelT = TypeVar("ModelT")
RouteRequest = NetworkApplicationRouteRequest | HostApplicationRouteRequest
"""A route of an application: `NetworkApplicationRouteRequest` (which has `exact_match`, v1.2.3)
for a network, `HostApplicationRouteRequest` for a host, or a mapping in wire names."""
ApplicationRequest = NetworkApplicationRequest | HostApplicationRequest


class ApplicationsBase(ChildResource[ModelT]):
    """Applications (domain-based services) of a network or a host; subclasses declare
    `_operations`, `_noun`, the v1.2.3 models (`NetworkApplication*` / `HostApplication*`, the
    renamed v1.0 `Application*`: same wire shape, so the same call works on every version) and a
    `create` that takes their parent's keyword.

    Example:
        class HostApplications(_HostChildResource[HostApplicationResponse], ApplicationsBase[...]):
            _operations = CrudOperations(list="host.list_host_applications", ...)
            _noun = "host application"
    """

    def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[RouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: ApplicationRequest | Any | None = None,
    ) -> ModelT:
        """Replace an application (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "routes": routes, "config": config}
        return self._update(id, body, fields)
