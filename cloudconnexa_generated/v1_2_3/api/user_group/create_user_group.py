from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_group_request import UserGroupRequest
from ...models.user_group_response import UserGroupResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UserGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/user-groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserGroupResponse | None:
    if response.status_code == 201:
        response_201 = UserGroupResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserGroupResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserGroupRequest,
) -> Response[ErrorResponse | UserGroupResponse]:
    """Create a new user group

     This endpoint creates a new user group with specific properties and permissions, granting access to
    resources like VPN regions, gateways, and internet access options. Attributes: name (string): A
    unique identifier for the user group. allCovered (boolean): Set to true if all VPN regions are
    accessible. Any new regions added will automatically be accessible to this group. internetAccess
    (string): Determines the internet access level for the user group. Supported values:
    RESTRICTED_INTERNET: Private and trusted internet traffic is tunneled; all other internet traffic is
    blocked. SPLIT_TUNNEL_OFF: All traffic is tunneled; internet traffic exits from selected Internet
    Gateways. SPLIT_TUNNEL_ON: Private and trusted internet traffic is tunneled; all other internet
    traffic uses local internet. maxDevice (integer): The maximum number of devices allowed per user in
    this group. connectAuth (string): The authentication mode for connections. Supported values:
    NO_AUTH: No authentication required. ON_PRIOR_AUTH: Authentication is required on prior timeout.
    EVERY_TIME: Authentication is required each time. allRegionsIncluded (boolean): Set to true to
    include all current and future regions by default. gatewaysIds (string): The network gateway's
    unique identifier. Leave empty if internet access is restricted or Split Tunnel On used for a User
    Group.

    Args:
        body (UserGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserGroupResponse]
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
    body: UserGroupRequest,
) -> ErrorResponse | UserGroupResponse | None:
    """Create a new user group

     This endpoint creates a new user group with specific properties and permissions, granting access to
    resources like VPN regions, gateways, and internet access options. Attributes: name (string): A
    unique identifier for the user group. allCovered (boolean): Set to true if all VPN regions are
    accessible. Any new regions added will automatically be accessible to this group. internetAccess
    (string): Determines the internet access level for the user group. Supported values:
    RESTRICTED_INTERNET: Private and trusted internet traffic is tunneled; all other internet traffic is
    blocked. SPLIT_TUNNEL_OFF: All traffic is tunneled; internet traffic exits from selected Internet
    Gateways. SPLIT_TUNNEL_ON: Private and trusted internet traffic is tunneled; all other internet
    traffic uses local internet. maxDevice (integer): The maximum number of devices allowed per user in
    this group. connectAuth (string): The authentication mode for connections. Supported values:
    NO_AUTH: No authentication required. ON_PRIOR_AUTH: Authentication is required on prior timeout.
    EVERY_TIME: Authentication is required each time. allRegionsIncluded (boolean): Set to true to
    include all current and future regions by default. gatewaysIds (string): The network gateway's
    unique identifier. Leave empty if internet access is restricted or Split Tunnel On used for a User
    Group.

    Args:
        body (UserGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserGroupResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserGroupRequest,
) -> Response[ErrorResponse | UserGroupResponse]:
    """Create a new user group

     This endpoint creates a new user group with specific properties and permissions, granting access to
    resources like VPN regions, gateways, and internet access options. Attributes: name (string): A
    unique identifier for the user group. allCovered (boolean): Set to true if all VPN regions are
    accessible. Any new regions added will automatically be accessible to this group. internetAccess
    (string): Determines the internet access level for the user group. Supported values:
    RESTRICTED_INTERNET: Private and trusted internet traffic is tunneled; all other internet traffic is
    blocked. SPLIT_TUNNEL_OFF: All traffic is tunneled; internet traffic exits from selected Internet
    Gateways. SPLIT_TUNNEL_ON: Private and trusted internet traffic is tunneled; all other internet
    traffic uses local internet. maxDevice (integer): The maximum number of devices allowed per user in
    this group. connectAuth (string): The authentication mode for connections. Supported values:
    NO_AUTH: No authentication required. ON_PRIOR_AUTH: Authentication is required on prior timeout.
    EVERY_TIME: Authentication is required each time. allRegionsIncluded (boolean): Set to true to
    include all current and future regions by default. gatewaysIds (string): The network gateway's
    unique identifier. Leave empty if internet access is restricted or Split Tunnel On used for a User
    Group.

    Args:
        body (UserGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserGroupResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserGroupRequest,
) -> ErrorResponse | UserGroupResponse | None:
    """Create a new user group

     This endpoint creates a new user group with specific properties and permissions, granting access to
    resources like VPN regions, gateways, and internet access options. Attributes: name (string): A
    unique identifier for the user group. allCovered (boolean): Set to true if all VPN regions are
    accessible. Any new regions added will automatically be accessible to this group. internetAccess
    (string): Determines the internet access level for the user group. Supported values:
    RESTRICTED_INTERNET: Private and trusted internet traffic is tunneled; all other internet traffic is
    blocked. SPLIT_TUNNEL_OFF: All traffic is tunneled; internet traffic exits from selected Internet
    Gateways. SPLIT_TUNNEL_ON: Private and trusted internet traffic is tunneled; all other internet
    traffic uses local internet. maxDevice (integer): The maximum number of devices allowed per user in
    this group. connectAuth (string): The authentication mode for connections. Supported values:
    NO_AUTH: No authentication required. ON_PRIOR_AUTH: Authentication is required on prior timeout.
    EVERY_TIME: Authentication is required each time. allRegionsIncluded (boolean): Set to true to
    include all current and future regions by default. gatewaysIds (string): The network gateway's
    unique identifier. Leave empty if internet access is restricted or Split Tunnel On used for a User
    Group.

    Args:
        body (UserGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserGroupResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
