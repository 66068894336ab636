from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_group_request import AccessGroupRequest
from ...models.access_group_response import AccessGroupResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AccessGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/access-groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessGroupResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AccessGroupResponse.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: AccessGroupRequest,
) -> Response[AccessGroupResponse | ErrorResponse]:
    """Create a new access group

     Sources and Destinations can be defined as individual resources or all resources of a certain type
    (including both existing and newly created ones). Example: source [{type USER_GROUP, allCovered
    true}], destination [{type NETWORK_SERVICE, allCovered true, parent
    00000000-0000-0000-0000-000000000001}, {type HOST_SERVICE, allCovered false, parent
    00000000-0000-0000-0000-000000000002, children [00000000-0000-0000-0000-000000000003]}] grants
    access to a network with ID ...0001 (including all its applications and IP services) and to a
    specific application/service ...0003 from a host with id ...0002. Additionally, any new user groups
    created in the future will automatically be included as sources in this access group.

    Args:
        body (AccessGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessGroupRequest,
) -> AccessGroupResponse | ErrorResponse | None:
    """Create a new access group

     Sources and Destinations can be defined as individual resources or all resources of a certain type
    (including both existing and newly created ones). Example: source [{type USER_GROUP, allCovered
    true}], destination [{type NETWORK_SERVICE, allCovered true, parent
    00000000-0000-0000-0000-000000000001}, {type HOST_SERVICE, allCovered false, parent
    00000000-0000-0000-0000-000000000002, children [00000000-0000-0000-0000-000000000003]}] grants
    access to a network with ID ...0001 (including all its applications and IP services) and to a
    specific application/service ...0003 from a host with id ...0002. Additionally, any new user groups
    created in the future will automatically be included as sources in this access group.

    Args:
        body (AccessGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessGroupRequest,
) -> Response[AccessGroupResponse | ErrorResponse]:
    """Create a new access group

     Sources and Destinations can be defined as individual resources or all resources of a certain type
    (including both existing and newly created ones). Example: source [{type USER_GROUP, allCovered
    true}], destination [{type NETWORK_SERVICE, allCovered true, parent
    00000000-0000-0000-0000-000000000001}, {type HOST_SERVICE, allCovered false, parent
    00000000-0000-0000-0000-000000000002, children [00000000-0000-0000-0000-000000000003]}] grants
    access to a network with ID ...0001 (including all its applications and IP services) and to a
    specific application/service ...0003 from a host with id ...0002. Additionally, any new user groups
    created in the future will automatically be included as sources in this access group.

    Args:
        body (AccessGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessGroupRequest,
) -> AccessGroupResponse | ErrorResponse | None:
    """Create a new access group

     Sources and Destinations can be defined as individual resources or all resources of a certain type
    (including both existing and newly created ones). Example: source [{type USER_GROUP, allCovered
    true}], destination [{type NETWORK_SERVICE, allCovered true, parent
    00000000-0000-0000-0000-000000000001}, {type HOST_SERVICE, allCovered false, parent
    00000000-0000-0000-0000-000000000002, children [00000000-0000-0000-0000-000000000003]}] grants
    access to a network with ID ...0001 (including all its applications and IP services) and to a
    specific application/service ...0003 from a host with id ...0002. Additionally, any new user groups
    created in the future will automatically be included as sources in this access group.

    Args:
        body (AccessGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
