from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.host_ip_service_request import HostIpServiceRequest
from ...models.host_ip_service_response import HostIpServiceResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: HostIpServiceRequest,
    host_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hostId"] = host_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/hosts/ip-services",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HostIpServiceResponse | None:
    if response.status_code == 201:
        response_201 = HostIpServiceResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | HostIpServiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HostIpServiceRequest,
    host_id: str,
) -> Response[ErrorResponse | HostIpServiceResponse]:
    """Create a new host IP service

    Args:
        host_id (str):
        body (HostIpServiceRequest): Host IP service (v1.1.0+); unlike ServiceRequest it has no
            routes and no type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HostIpServiceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        host_id=host_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HostIpServiceRequest,
    host_id: str,
) -> ErrorResponse | HostIpServiceResponse | None:
    """Create a new host IP service

    Args:
        host_id (str):
        body (HostIpServiceRequest): Host IP service (v1.1.0+); unlike ServiceRequest it has no
            routes and no type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HostIpServiceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        host_id=host_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HostIpServiceRequest,
    host_id: str,
) -> Response[ErrorResponse | HostIpServiceResponse]:
    """Create a new host IP service

    Args:
        host_id (str):
        body (HostIpServiceRequest): Host IP service (v1.1.0+); unlike ServiceRequest it has no
            routes and no type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HostIpServiceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        host_id=host_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HostIpServiceRequest,
    host_id: str,
) -> ErrorResponse | HostIpServiceResponse | None:
    """Create a new host IP service

    Args:
        host_id (str):
        body (HostIpServiceRequest): Host IP service (v1.1.0+); unlike ServiceRequest it has no
            routes and no type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HostIpServiceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            host_id=host_id,
        )
    ).parsed
