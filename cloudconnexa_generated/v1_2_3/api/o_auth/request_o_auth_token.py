from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_response import OAuthResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    grant_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    params["grant_type"] = grant_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/oauth/token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OAuthResponse | None:
    if response.status_code == 200:
        response_200 = OAuthResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | OAuthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    grant_type: str | Unset = UNSET,
) -> Response[ErrorResponse | OAuthResponse]:
    """Request OAuth token

     Request an access token with the `client_id` and `client_secret` of API credentials (grant type
    `client_credentials`). The documentation shows the credentials as query parameters; this SDK sends
    them as HTTP Basic authentication instead (as the official Go client does), because credentials in a
    query string end up in proxy and server logs. Access tokens are valid for about 12 hours
    (`expires_in` 43199).

    Args:
        client_id (str | Unset):
        client_secret (str | Unset):
        grant_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    grant_type: str | Unset = UNSET,
) -> ErrorResponse | OAuthResponse | None:
    """Request OAuth token

     Request an access token with the `client_id` and `client_secret` of API credentials (grant type
    `client_credentials`). The documentation shows the credentials as query parameters; this SDK sends
    them as HTTP Basic authentication instead (as the official Go client does), because credentials in a
    query string end up in proxy and server logs. Access tokens are valid for about 12 hours
    (`expires_in` 43199).

    Args:
        client_id (str | Unset):
        client_secret (str | Unset):
        grant_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthResponse
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    grant_type: str | Unset = UNSET,
) -> Response[ErrorResponse | OAuthResponse]:
    """Request OAuth token

     Request an access token with the `client_id` and `client_secret` of API credentials (grant type
    `client_credentials`). The documentation shows the credentials as query parameters; this SDK sends
    them as HTTP Basic authentication instead (as the official Go client does), because credentials in a
    query string end up in proxy and server logs. Access tokens are valid for about 12 hours
    (`expires_in` 43199).

    Args:
        client_id (str | Unset):
        client_secret (str | Unset):
        grant_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    grant_type: str | Unset = UNSET,
) -> ErrorResponse | OAuthResponse | None:
    """Request OAuth token

     Request an access token with the `client_id` and `client_secret` of API credentials (grant type
    `client_credentials`). The documentation shows the credentials as query parameters; this SDK sends
    them as HTTP Basic authentication instead (as the official Go client does), because credentials in a
    query string end up in proxy and server logs. Access tokens are valid for about 12 hours
    (`expires_in` 43199).

    Args:
        client_id (str | Unset):
        client_secret (str | Unset):
        grant_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
        )
    ).parsed
