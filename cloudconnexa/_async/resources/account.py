"""`client.account`: the account behind the API key, and its Cloud IDs."""

from __future__ import annotations

from dataclasses import dataclass, field

from cloudconnexa_generated.v1_2_3.models.auth_credentials import AuthCredentials

from ..._config import Secret
from ..._exceptions import APIResponseValidationError
from ..._params import check_id
from ..._parsing import parse_model
from .._resource import AsyncAPIResource

__all__ = ["AsyncAccount", "CloudIdCredentials"]


@dataclass(frozen=True)
class CloudIdCredentials:
    """The API credentials of a newly created Cloud ID; the secret never shows in reprs.

    Example:
        new = await aclient.account.create_cloud_id("acme-lab")
        async with cloudconnexa.AsyncClient(
            "acme-lab", client_id=new.client_id, client_secret=new.client_secret.get_secret_value()
        ) as lab:
            ...
    """

    cloud_id: str
    client_id: str
    client_secret: Secret = field(repr=False)


class AsyncAccount(AsyncAPIResource):
    """The account of the API key (API v1.1.6+).

    Example:
        credentials = await aclient.account.create_cloud_id("acme-lab")
    """

    async def create_cloud_id(self, cloud_id: str) -> CloudIdCredentials:
        """Create a Cloud ID in the same subscription (it inherits the billing plan) and return
        the API credentials of the new Cloud ID. Support must first enable shared subscriptions
        on this account's Cloud ID."""
        name = check_id(cloud_id, "cloud_id")
        response = await self._send("account.create_cloud_id", id=name)
        answer = parse_model(response, AuthCredentials)
        if not isinstance(answer.client_id, str) or not isinstance(answer.client_secret, str):
            raise APIResponseValidationError(response, "expected clientId and clientSecret strings")
        return CloudIdCredentials(str(name), answer.client_id, Secret(answer.client_secret))
