from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_domains_request import AddDomainsRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddDomainsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cybershield/allow-list-add-domains",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddDomainsRequest,
) -> Response[Any | ErrorResponse]:
    """Extend a list of domains in Cyber Shield Allow List

     An endpoint to add domains to the Cyber Shield Allow List, with the option to include comments for
    each domain. Example: POST /api/v1/cybershield/allow-list-add-domains with {"domainAndComments":
    [{"domain": "sample.domain.com", "comment": "Added by CVE-YYYY-NNNN."}]} adds or updates an entry
    for sample.domain.com including the comment '# Added by CVE-YYYY-NNNN'. The latest entry overwrites
    duplicate entries. Existing domains in the Allow List are replaced with those provided in the
    request. Parameters: domainAndComments (Type: List, Mandatory) - maximum of 1,000 items; domain
    (Type: String, Mandatory) - FQDN, must be unique in the list, the last occurrence overwrites
    previous entries, combined length of domain and comment must not exceed 150 characters; comment
    (Type: String, Mandatory) - free-form text added as a comment, combined length of domain and comment
    must not exceed 150 characters.

    Args:
        body (AddDomainsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: AddDomainsRequest,
) -> Any | ErrorResponse | None:
    """Extend a list of domains in Cyber Shield Allow List

     An endpoint to add domains to the Cyber Shield Allow List, with the option to include comments for
    each domain. Example: POST /api/v1/cybershield/allow-list-add-domains with {"domainAndComments":
    [{"domain": "sample.domain.com", "comment": "Added by CVE-YYYY-NNNN."}]} adds or updates an entry
    for sample.domain.com including the comment '# Added by CVE-YYYY-NNNN'. The latest entry overwrites
    duplicate entries. Existing domains in the Allow List are replaced with those provided in the
    request. Parameters: domainAndComments (Type: List, Mandatory) - maximum of 1,000 items; domain
    (Type: String, Mandatory) - FQDN, must be unique in the list, the last occurrence overwrites
    previous entries, combined length of domain and comment must not exceed 150 characters; comment
    (Type: String, Mandatory) - free-form text added as a comment, combined length of domain and comment
    must not exceed 150 characters.

    Args:
        body (AddDomainsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddDomainsRequest,
) -> Response[Any | ErrorResponse]:
    """Extend a list of domains in Cyber Shield Allow List

     An endpoint to add domains to the Cyber Shield Allow List, with the option to include comments for
    each domain. Example: POST /api/v1/cybershield/allow-list-add-domains with {"domainAndComments":
    [{"domain": "sample.domain.com", "comment": "Added by CVE-YYYY-NNNN."}]} adds or updates an entry
    for sample.domain.com including the comment '# Added by CVE-YYYY-NNNN'. The latest entry overwrites
    duplicate entries. Existing domains in the Allow List are replaced with those provided in the
    request. Parameters: domainAndComments (Type: List, Mandatory) - maximum of 1,000 items; domain
    (Type: String, Mandatory) - FQDN, must be unique in the list, the last occurrence overwrites
    previous entries, combined length of domain and comment must not exceed 150 characters; comment
    (Type: String, Mandatory) - free-form text added as a comment, combined length of domain and comment
    must not exceed 150 characters.

    Args:
        body (AddDomainsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddDomainsRequest,
) -> Any | ErrorResponse | None:
    """Extend a list of domains in Cyber Shield Allow List

     An endpoint to add domains to the Cyber Shield Allow List, with the option to include comments for
    each domain. Example: POST /api/v1/cybershield/allow-list-add-domains with {"domainAndComments":
    [{"domain": "sample.domain.com", "comment": "Added by CVE-YYYY-NNNN."}]} adds or updates an entry
    for sample.domain.com including the comment '# Added by CVE-YYYY-NNNN'. The latest entry overwrites
    duplicate entries. Existing domains in the Allow List are replaced with those provided in the
    request. Parameters: domainAndComments (Type: List, Mandatory) - maximum of 1,000 items; domain
    (Type: String, Mandatory) - FQDN, must be unique in the list, the last occurrence overwrites
    previous entries, combined length of domain and comment must not exceed 150 characters; comment
    (Type: String, Mandatory) - free-form text added as a comment, combined length of domain and comment
    must not exceed 150 characters.

    Args:
        body (AddDomainsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
