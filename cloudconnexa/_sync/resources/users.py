# Generated from cloudconnexa/_async/resources/users.py by scripts/unasync.py. Do not edit.
"""`client.users`: users of the WPC."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_1_0.models.device_request import DeviceRequest
from cloudconnexa_generated.v1_1_0.models.page_user_response import PageUserResponse
from cloudconnexa_generated.v1_1_0.models.user_create_request import UserCreateRequest
from cloudconnexa_generated.v1_1_0.models.user_create_request_role import UserCreateRequestRole
from cloudconnexa_generated.v1_1_0.models.user_response import UserResponse
from cloudconnexa_generated.v1_1_0.models.user_update_request import UserUpdateRequest
from cloudconnexa_generated.v1_1_0.models.user_update_request_role import UserUpdateRequestRole
from cloudconnexa_generated.v1_1_0.models.user_update_request_status import (
    UserUpdateRequestStatus,
)

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import CrudResource, CrudOperations

__all__ = ["Users"]


class Users(CrudResource[UserResponse]):
    """Users: `list`, `get`, `create`, `update`, `delete`.

    Example:
        user = client.users.create(
            username="ada", email="ada@example.com", first_name="Ada", last_name="Lovelace",
            group_id=group.id, role="MEMBER",
        )
        client.users.update(user.id, email=user.email, status="SUSPENDED")
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

    def create(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        group_id: Id | NotGiven = NOT_GIVEN,
        role: UserCreateRequestRole | str | NotGiven = NOT_GIVEN,
        devices: Sequence[DeviceRequest | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        body: UserCreateRequest | Any | None = None,
    ) -> UserResponse:
        """Create a user (and optionally their first devices) from keyword fields, or from
        `body` (a model of either API version, or a mapping in the API's field names)."""
        fields = {"username": username, "email": email, "firstName": first_name,
                  "lastName": last_name, "groupId": group_id, "role": role,
                  "devices": devices}  # fmt: skip
        return self._create(body, fields)

    def update(
        self,
        id: Id,
        *,
        email: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        group_id: Id | NotGiven = NOT_GIVEN,
        status: UserUpdateRequestStatus | str | NotGiven = NOT_GIVEN,
        role: UserUpdateRequestRole | str | NotGiven = NOT_GIVEN,
        body: UserUpdateRequest | Any | None = None,
    ) -> UserResponse:
        """Replace a user's details (PUT: fields you leave out are cleared, not kept)."""
        fields = {"email": email, "firstName": first_name, "lastName": last_name,
                  "groupId": group_id, "status": status, "role": role}  # fmt: skip
        return self._update(id, body, fields)
