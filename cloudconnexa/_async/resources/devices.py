"""`client.devices`: users' devices and their .ovpn profiles."""

from __future__ import annotations

from typing import Any

from cloudconnexa_generated.v1_2_3.models.device_request import DeviceRequest
from cloudconnexa_generated.v1_2_3.models.device_response import DeviceResponse
from cloudconnexa_generated.v1_2_3.models.page_device_response import PageDeviceResponse

from ..._base_client import NOT_GIVEN, NotGiven
from ..._constants import DEFAULT_PAGE_SIZE
from ..._params import Id, build_body, check_id
from ..._parsing import parse_model, parse_text
from .._paginator import AsyncPaginator
from .._resource import AsyncAPIResource

__all__ = ["AsyncDevices"]


class AsyncDevices(AsyncAPIResource):
    """Devices: `list`, `get`, `create`, `update`, `delete`, `generate_profile`,
    `revoke_profile`.

    A device belongs to a user, and every call but `list` needs that user's id
    (`user_id=`); `list` takes it as an optional filter.

    Example:
        device = await aclient.devices.create(user_id=user.id, name="laptop")
        ovpn = await aclient.devices.generate_profile(
            device.id, user_id=user.id, region_id="eu-central-1"
        )
        await aclient.devices.revoke_profile(device.id, user_id=user.id)
    """

    def list(self, *, user_id: Id | None = None, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncPaginator[DeviceResponse]:
        """Every device (of one user when `user_id` is given), fetched lazily page by page.

        Example:
            async for device in aclient.devices.list(user_id=user.id):
                print(device.name)
        """
        filters = {} if user_id is None else {"user_id": check_id(user_id, "user_id")}
        return self._paginate("device.list_devices", PageDeviceResponse, page_size, **filters)

    async def get(self, id: Id, *, user_id: Id) -> DeviceResponse:
        """One device by id; NotFoundError when there is none."""
        response = await self._send("device.get_device", id=check_id(id), user_id=check_id(user_id, "user_id"))
        return parse_model(response, DeviceResponse)

    async def create(
        self,
        *,
        user_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        client_uuid: str | NotGiven = NOT_GIVEN,
        body: DeviceRequest | Any | None = None,
    ) -> DeviceResponse:
        """Create a device for user `user_id` from keyword fields, or from `body` (a model of
        either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "clientUUID": client_uuid}
        response = await self._send(
            "device.create_device",
            body=build_body(DeviceRequest, body, fields),
            user_id=check_id(user_id, "user_id"),
        )
        return parse_model(response, DeviceResponse)

    async def update(
        self,
        id: Id,
        *,
        user_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        client_uuid: str | NotGiven = NOT_GIVEN,
        body: DeviceRequest | Any | None = None,
    ) -> DeviceResponse:
        """Replace a device (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "clientUUID": client_uuid}
        response = await self._send(
            "device.update_device",
            id=check_id(id),
            body=build_body(DeviceRequest, body, fields),
            user_id=check_id(user_id, "user_id"),
        )
        return parse_model(response, DeviceResponse)

    async def delete(self, id: Id, *, user_id: Id) -> None:
        """Delete one device."""
        await self._send("device.delete_device", id=check_id(id), user_id=check_id(user_id, "user_id"))

    async def generate_profile(self, id: Id, *, user_id: Id, region_id: Id) -> str:
        """A new .ovpn profile for the device, connecting to VPN region `region_id`, as text."""
        response = await self._send(
            "device.generate_device_profile",
            id=check_id(id),
            user_id=check_id(user_id, "user_id"),
            region_id=check_id(region_id, "region_id"),
        )
        return parse_text(response)

    async def revoke_profile(self, id: Id, *, user_id: Id) -> str:
        """Revoke the device's profile; returns the API's text answer."""
        response = await self._send(
            "device.revoke_device_profile", id=check_id(id), user_id=check_id(user_id, "user_id")
        )
        return parse_text(response)
