import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sessions_response import SessionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    return_only_new: bool | Unset = UNSET,
    size: int,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["status"] = status

    params["returnOnlyNew"] = return_only_new

    params["size"] = size

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionsResponse | None:
    if response.status_code == 200:
        response_200 = SessionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SessionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    return_only_new: bool | Unset = UNSET,
    size: int,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionsResponse]:
    """Returns a list of OpenVPN sessions by batches (up to 100 in a single request)

     Endpoint to retrieve a list of sessions with filters by date range and status. Example: GET /api/v1/
    sessions?startDate=2022-10-25T00:00:00.000Z&endDate=2022-10-26T00:00:00.000Z&size=100&status=ACTIVE
    will return {"sessions": [ .. ], "nextCursor": "63527ce1d8e5811243db4902"}. If nextCursor is not
    empty, it should be passed in the subsequent request (&cursor=...) to retrieve the next 100
    sessions. When nextCursor is missing in the response, there are no more sessions. If you encounter
    rate-limit issues, retry after 1 minute; if the issue persists, open a Support Ticket.

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (str | Unset):
        return_only_new (bool | Unset):
        size (int):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        status=status,
        return_only_new=return_only_new,
        size=size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    return_only_new: bool | Unset = UNSET,
    size: int,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | SessionsResponse | None:
    """Returns a list of OpenVPN sessions by batches (up to 100 in a single request)

     Endpoint to retrieve a list of sessions with filters by date range and status. Example: GET /api/v1/
    sessions?startDate=2022-10-25T00:00:00.000Z&endDate=2022-10-26T00:00:00.000Z&size=100&status=ACTIVE
    will return {"sessions": [ .. ], "nextCursor": "63527ce1d8e5811243db4902"}. If nextCursor is not
    empty, it should be passed in the subsequent request (&cursor=...) to retrieve the next 100
    sessions. When nextCursor is missing in the response, there are no more sessions. If you encounter
    rate-limit issues, retry after 1 minute; if the issue persists, open a Support Ticket.

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (str | Unset):
        return_only_new (bool | Unset):
        size (int):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionsResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        status=status,
        return_only_new=return_only_new,
        size=size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    return_only_new: bool | Unset = UNSET,
    size: int,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionsResponse]:
    """Returns a list of OpenVPN sessions by batches (up to 100 in a single request)

     Endpoint to retrieve a list of sessions with filters by date range and status. Example: GET /api/v1/
    sessions?startDate=2022-10-25T00:00:00.000Z&endDate=2022-10-26T00:00:00.000Z&size=100&status=ACTIVE
    will return {"sessions": [ .. ], "nextCursor": "63527ce1d8e5811243db4902"}. If nextCursor is not
    empty, it should be passed in the subsequent request (&cursor=...) to retrieve the next 100
    sessions. When nextCursor is missing in the response, there are no more sessions. If you encounter
    rate-limit issues, retry after 1 minute; if the issue persists, open a Support Ticket.

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (str | Unset):
        return_only_new (bool | Unset):
        size (int):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        status=status,
        return_only_new=return_only_new,
        size=size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    return_only_new: bool | Unset = UNSET,
    size: int,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | SessionsResponse | None:
    """Returns a list of OpenVPN sessions by batches (up to 100 in a single request)

     Endpoint to retrieve a list of sessions with filters by date range and status. Example: GET /api/v1/
    sessions?startDate=2022-10-25T00:00:00.000Z&endDate=2022-10-26T00:00:00.000Z&size=100&status=ACTIVE
    will return {"sessions": [ .. ], "nextCursor": "63527ce1d8e5811243db4902"}. If nextCursor is not
    empty, it should be passed in the subsequent request (&cursor=...) to retrieve the next 100
    sessions. When nextCursor is missing in the response, there are no more sessions. If you encounter
    rate-limit issues, retry after 1 minute; if the issue persists, open a Support Ticket.

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (str | Unset):
        return_only_new (bool | Unset):
        size (int):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            return_only_new=return_only_new,
            size=size,
            cursor=cursor,
        )
    ).parsed
