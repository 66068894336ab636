from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.network_application_request import NetworkApplicationRequest
from ...models.network_application_response import NetworkApplicationResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: NetworkApplicationRequest,
    network_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["networkId"] = network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/networks/applications",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NetworkApplicationResponse | None:
    if response.status_code == 201:
        response_201 = NetworkApplicationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | NetworkApplicationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NetworkApplicationRequest,
    network_id: str,
) -> Response[ErrorResponse | NetworkApplicationResponse]:
    """Create a new network application

    Args:
        network_id (str):
        body (NetworkApplicationRequest): Network application (v1.2.3 DTO; routes carry
            exactMatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkApplicationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        network_id=network_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NetworkApplicationRequest,
    network_id: str,
) -> ErrorResponse | NetworkApplicationResponse | None:
    """Create a new network application

    Args:
        network_id (str):
        body (NetworkApplicationRequest): Network application (v1.2.3 DTO; routes carry
            exactMatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkApplicationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        network_id=network_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NetworkApplicationRequest,
    network_id: str,
) -> Response[ErrorResponse | NetworkApplicationResponse]:
    """Create a new network application

    Args:
        network_id (str):
        body (NetworkApplicationRequest): Network application (v1.2.3 DTO; routes carry
            exactMatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkApplicationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        network_id=network_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NetworkApplicationRequest,
    network_id: str,
) -> ErrorResponse | NetworkApplicationResponse | None:
    """Create a new network application

    Args:
        network_id (str):
        body (NetworkApplicationRequest): Network application (v1.2.3 DTO; routes carry
            exactMatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkApplicationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            network_id=network_id,
        )
    ).parsed
