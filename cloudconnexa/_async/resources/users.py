"""`client.users`: users of the WPC."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_2_3.models.device_request import DeviceRequest
from cloudconnexa_generated.v1_2_3.models.page_user_response import PageUserResponse
from cloudconnexa_generated.v1_2_3.models.user_create_request import UserCreateRequest
from cloudconnexa_generated.v1_2_3.models.user_create_request_role import UserCreateRequestRole
from cloudconnexa_generated.v1_2_3.models.user_response import UserResponse
from cloudconnexa_generated.v1_2_3.models.user_update_request import UserUpdateRequest
from cloudconnexa_generated.v1_2_3.models.user_update_request_role import UserUpdateRequestRole
from cloudconnexa_generated.v1_2_3.models.user_update_request_status import (
    UserUpdateRequestStatus,
)

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id, check_id
from .._resource import AsyncCrudResource, CrudOperations

__all__ = ["AsyncUsers"]


class AsyncUsers(AsyncCrudResource[UserResponse]):
    """Users: `list`, `get`, `create`, `update`, `delete`, and the account verbs `suspend`,
    `activate` (API v1.1.1+), `reset_mfa`, `resend_invitation` (v1.2.0+) and
    `force_password_change` (v1.2.3+).

    Example:
        user = await aclient.users.create(
            username="ada", email="ada@example.com", first_name="Ada", last_name="Lovelace",
            group_id=group.id, role="MEMBER",
        )
        await aclient.users.update(user.id, email=user.email, status="SUSPENDED")
    """

    _operations = CrudOperations(
        list="user.list_users",
        get="user.get_user",
        create="user.create_user",
        update="user.update_user",
        delete="user.delete_user",
    )
    _model = UserResponse
    _page_model = PageUserResponse
    _request_model = UserCreateRequest
    _update_model = UserUpdateRequest
    _noun = "user"

    async def create(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        group_id: Id | NotGiven = NOT_GIVEN,
        role: UserCreateRequestRole | str | NotGiven = NOT_GIVEN,
        devices: Sequence[DeviceRequest | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        secondary_group_ids: Sequence[Id] | NotGiven = NOT_GIVEN,
        body: UserCreateRequest | Any | None = None,
    ) -> UserResponse:
        """Create a user (and optionally their first devices) from keyword fields, or from
        `body` (a model of any API version, or a mapping in the API's field names).
        `secondary_group_ids` (more user groups besides `group_id`) needs API v1.1.3+."""
        fields = {"username": username, "email": email, "firstName": first_name,
                  "lastName": last_name, "groupId": group_id, "role": role,
                  "devices": devices, "secondaryGroupIds": secondary_group_ids}  # fmt: skip
        return await self._create(body, fields)

    async def update(
        self,
        id: Id,
        *,
        email: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        group_id: Id | NotGiven = NOT_GIVEN,
        status: UserUpdateRequestStatus | str | NotGiven = NOT_GIVEN,
        role: UserUpdateRequestRole | str | NotGiven = NOT_GIVEN,
        secondary_group_ids: Sequence[Id] | NotGiven = NOT_GIVEN,
        body: UserUpdateRequest | Any | None = None,
    ) -> UserResponse:
        """Replace a user's details (PUT: fields you leave out are cleared, not kept)."""
        fields = {"email": email, "firstName": first_name, "lastName": last_name,
                  "groupId": group_id, "status": status, "role": role,
                  "secondaryGroupIds": secondary_group_ids}  # fmt: skip
        return await self._update(id, body, fields)

    async def suspend(self, id: Id) -> None:
        """Suspend a user: their status becomes SUSPENDED and their access is revoked (v1.1.1+)."""
        await self._send("user.suspend_user", id=check_id(id))

    async def activate(self, id: Id) -> None:
        """Activate a suspended user and restore their access (API v1.1.1+)."""
        await self._send("user.activate_user", id=check_id(id))

    async def reset_mfa(self, id: Id) -> None:
        """Remove every MFA method of a user, who sets MFA up again at next login (v1.2.0+)."""
        await self._send("user.reset_user_mfa", user_id=check_id(id))

    async def resend_invitation(self, id: Id) -> None:
        """Send a user's invitation email again (API v1.2.0+)."""
        await self._send("user.resend_user_invitation", id=check_id(id))

    async def force_password_change(self, id: Id) -> None:
        """Make a user change their password at next login; their sessions end now (v1.2.3+)."""
        await self._send("user.force_user_password_change", id=check_id(id))
