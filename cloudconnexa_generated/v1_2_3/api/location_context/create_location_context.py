from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.location_context_request import LocationContextRequest
from ...models.location_context_response import LocationContextResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LocationContextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/location-contexts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LocationContextResponse | None:
    if response.status_code == 200:
        response_200 = LocationContextResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LocationContextResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LocationContextRequest,
) -> Response[ErrorResponse | LocationContextResponse]:
    """Create location context policy

     Create a new location context policy with specified criteria for IP, country, and default checks to
    define access policies based on geographic location or IP address. Attributes: name (string);
    description (string); userGroupsIds (array of strings): List of user group IDs associated with this
    location context; ipCheck (object): allowed (boolean) - whether the IP addresses are allowed, ips
    (array of objects) - list of IP addresses and descriptions; countryCheck (object): countries (array
    of strings) - list of allowed countries, allowed (boolean) - whether connections from specified
    countries are allowed; defaultCheck (object): allowed (boolean) - if default access is allowed.

    Args:
        body (LocationContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationContextResponse]
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
    body: LocationContextRequest,
) -> ErrorResponse | LocationContextResponse | None:
    """Create location context policy

     Create a new location context policy with specified criteria for IP, country, and default checks to
    define access policies based on geographic location or IP address. Attributes: name (string);
    description (string); userGroupsIds (array of strings): List of user group IDs associated with this
    location context; ipCheck (object): allowed (boolean) - whether the IP addresses are allowed, ips
    (array of objects) - list of IP addresses and descriptions; countryCheck (object): countries (array
    of strings) - list of allowed countries, allowed (boolean) - whether connections from specified
    countries are allowed; defaultCheck (object): allowed (boolean) - if default access is allowed.

    Args:
        body (LocationContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationContextResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LocationContextRequest,
) -> Response[ErrorResponse | LocationContextResponse]:
    """Create location context policy

     Create a new location context policy with specified criteria for IP, country, and default checks to
    define access policies based on geographic location or IP address. Attributes: name (string);
    description (string); userGroupsIds (array of strings): List of user group IDs associated with this
    location context; ipCheck (object): allowed (boolean) - whether the IP addresses are allowed, ips
    (array of objects) - list of IP addresses and descriptions; countryCheck (object): countries (array
    of strings) - list of allowed countries, allowed (boolean) - whether connections from specified
    countries are allowed; defaultCheck (object): allowed (boolean) - if default access is allowed.

    Args:
        body (LocationContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationContextResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LocationContextRequest,
) -> ErrorResponse | LocationContextResponse | None:
    """Create location context policy

     Create a new location context policy with specified criteria for IP, country, and default checks to
    define access policies based on geographic location or IP address. Attributes: name (string);
    description (string); userGroupsIds (array of strings): List of user group IDs associated with this
    location context; ipCheck (object): allowed (boolean) - whether the IP addresses are allowed, ips
    (array of objects) - list of IP addresses and descriptions; countryCheck (object): countries (array
    of strings) - list of allowed countries, allowed (boolean) - whether connections from specified
    countries are allowed; defaultCheck (object): allowed (boolean) - if default access is allowed.

    Args:
        body (LocationContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationContextResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
