from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.page_network_connector_response import PageNetworkConnectorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    network_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["networkId"] = network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/networks/connectors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PageNetworkConnectorResponse | None:
    if response.status_code == 200:
        response_200 = PageNetworkConnectorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PageNetworkConnectorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    network_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PageNetworkConnectorResponse]:
    """Get page of existing network connectors

    Args:
        page (int | Unset):
        size (int | Unset):
        network_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PageNetworkConnectorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        network_id=network_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    network_id: str | Unset = UNSET,
) -> ErrorResponse | PageNetworkConnectorResponse | None:
    """Get page of existing network connectors

    Args:
        page (int | Unset):
        size (int | Unset):
        network_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PageNetworkConnectorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        network_id=network_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    network_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PageNetworkConnectorResponse]:
    """Get page of existing network connectors

    Args:
        page (int | Unset):
        size (int | Unset):
        network_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PageNetworkConnectorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        network_id=network_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    network_id: str | Unset = UNSET,
) -> ErrorResponse | PageNetworkConnectorResponse | None:
    """Get page of existing network connectors

    Args:
        page (int | Unset):
        size (int | Unset):
        network_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PageNetworkConnectorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            network_id=network_id,
        )
    ).parsed
