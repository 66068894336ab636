from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_group_response import AccessGroupResponse
from ...models.access_item_destination_request import AccessItemDestinationRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    *,
    body: AccessItemDestinationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/access-groups/{id}/destination".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: AccessItemDestinationRequest,
) -> Response[AccessGroupResponse | ErrorResponse]:
    """Add new destination to an existing access group

     Destinations can be defined as specific resources or as all resources of a certain type (including
    both existing and newly created ones). Examples: 1. All Networks - destination [{type
    NETWORK_SERVICE, allCovered true}] grants the access group sources access to all networks, including
    their applications and IP services. 2. Specific Network - {type NETWORK_SERVICE, parent <network
    id>, allCovered true}. 3. Specific Application/IP Service within a Network - {type NETWORK_SERVICE,
    parent <network id>, children [<id>], allCovered true}.

    Args:
        id (str):
        body (AccessItemDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessItemDestinationRequest,
) -> AccessGroupResponse | ErrorResponse | None:
    """Add new destination to an existing access group

     Destinations can be defined as specific resources or as all resources of a certain type (including
    both existing and newly created ones). Examples: 1. All Networks - destination [{type
    NETWORK_SERVICE, allCovered true}] grants the access group sources access to all networks, including
    their applications and IP services. 2. Specific Network - {type NETWORK_SERVICE, parent <network
    id>, allCovered true}. 3. Specific Application/IP Service within a Network - {type NETWORK_SERVICE,
    parent <network id>, children [<id>], allCovered true}.

    Args:
        id (str):
        body (AccessItemDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessItemDestinationRequest,
) -> Response[AccessGroupResponse | ErrorResponse]:
    """Add new destination to an existing access group

     Destinations can be defined as specific resources or as all resources of a certain type (including
    both existing and newly created ones). Examples: 1. All Networks - destination [{type
    NETWORK_SERVICE, allCovered true}] grants the access group sources access to all networks, including
    their applications and IP services. 2. Specific Network - {type NETWORK_SERVICE, parent <network
    id>, allCovered true}. 3. Specific Application/IP Service within a Network - {type NETWORK_SERVICE,
    parent <network id>, children [<id>], allCovered true}.

    Args:
        id (str):
        body (AccessItemDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessItemDestinationRequest,
) -> AccessGroupResponse | ErrorResponse | None:
    """Add new destination to an existing access group

     Destinations can be defined as specific resources or as all resources of a certain type (including
    both existing and newly created ones). Examples: 1. All Networks - destination [{type
    NETWORK_SERVICE, allCovered true}] grants the access group sources access to all networks, including
    their applications and IP services. 2. Specific Network - {type NETWORK_SERVICE, parent <network
    id>, allCovered true}. 3. Specific Application/IP Service within a Network - {type NETWORK_SERVICE,
    parent <network id>, children [<id>], allCovered true}.

    Args:
        id (str):
        body (AccessItemDestinationRequest):

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
            body=body,
        )
    ).parsed
