from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_group_response import AccessGroupResponse
from ...models.error_response import ErrorResponse
from ...models.remove_access_group_destination_type import RemoveAccessGroupDestinationType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    type_: RemoveAccessGroupDestinationType,
    parent_id: str | Unset = UNSET,
    child_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["parentId"] = parent_id

    params["childId"] = child_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/access-groups/{id}/destination".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessGroupResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccessGroupResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessGroupResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: RemoveAccessGroupDestinationType,
    parent_id: str | Unset = UNSET,
    child_id: str | Unset = UNSET,
) -> Response[AccessGroupResponse | ErrorResponse]:
    """Remove destination from an existing access group

     Remove destination from an existing access group. You can remove one or more destination array
    elements for a specific access group. Defining only type request parameter you will remove all
    destinations of this type. Defining type and parentId request parameters you will remove all
    destinations of this type and parent. Defining type, parentId and childId request parameters you
    will remove an array element matching all type, parentId and childId.

    Args:
        id (str):
        type_ (RemoveAccessGroupDestinationType):
        parent_id (str | Unset):
        child_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        parent_id=parent_id,
        child_id=child_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: RemoveAccessGroupDestinationType,
    parent_id: str | Unset = UNSET,
    child_id: str | Unset = UNSET,
) -> AccessGroupResponse | ErrorResponse | None:
    """Remove destination from an existing access group

     Remove destination from an existing access group. You can remove one or more destination array
    elements for a specific access group. Defining only type request parameter you will remove all
    destinations of this type. Defining type and parentId request parameters you will remove all
    destinations of this type and parent. Defining type, parentId and childId request parameters you
    will remove an array element matching all type, parentId and childId.

    Args:
        id (str):
        type_ (RemoveAccessGroupDestinationType):
        parent_id (str | Unset):
        child_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        type_=type_,
        parent_id=parent_id,
        child_id=child_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: RemoveAccessGroupDestinationType,
    parent_id: str | Unset = UNSET,
    child_id: str | Unset = UNSET,
) -> Response[AccessGroupResponse | ErrorResponse]:
    """Remove destination from an existing access group

     Remove destination from an existing access group. You can remove one or more destination array
    elements for a specific access group. Defining only type request parameter you will remove all
    destinations of this type. Defining type and parentId request parameters you will remove all
    destinations of this type and parent. Defining type, parentId and childId request parameters you
    will remove an array element matching all type, parentId and childId.

    Args:
        id (str):
        type_ (RemoveAccessGroupDestinationType):
        parent_id (str | Unset):
        child_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        parent_id=parent_id,
        child_id=child_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: RemoveAccessGroupDestinationType,
    parent_id: str | Unset = UNSET,
    child_id: str | Unset = UNSET,
) -> AccessGroupResponse | ErrorResponse | None:
    """Remove destination from an existing access group

     Remove destination from an existing access group. You can remove one or more destination array
    elements for a specific access group. Defining only type request parameter you will remove all
    destinations of this type. Defining type and parentId request parameters you will remove all
    destinations of this type and parent. Defining type, parentId and childId request parameters you
    will remove an array element matching all type, parentId and childId.

    Args:
        id (str):
        type_ (RemoveAccessGroupDestinationType):
        parent_id (str | Unset):
        child_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            type_=type_,
            parent_id=parent_id,
            child_id=child_id,
        )
    ).parsed
