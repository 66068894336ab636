"""Exit codes: one per failure class, documented in docs/cli.md.

A failed call prints the SDK's message on stderr (the SDK keeps secrets out of it) and
never a traceback.
"""

from __future__ import annotations

import enum

import click

from .. import _exceptions as errors
from .._operations import UnsupportedOperationError

__all__ = ["ExitCode", "exit_code_for", "fail"]


class ExitCode(enum.IntEnum):
    """The `cloudconnexa` exit codes."""

    OK = 0
    ERROR = 1
    """Another API error (400, 409, 422, ...), an operation the API version lacks, `diff`
    finding differences, or an export with failed items."""
    USAGE = 2
    """Bad command line, configuration or argument (click's own usage code)."""
    AUTHENTICATION = 3
    """Credentials rejected (401) or not allowed (403)."""
    NOT_FOUND = 4
    RATE_LIMITED = 5
    """The rate-limit budget is exhausted (429 after the SDK's waits)."""
    SERVER = 6
    """A 5xx answer, or a 2xx answer the SDK could not read."""
    NETWORK = 7
    """No HTTP answer: connection failed or timed out."""
    INTERRUPTED = 130
    """Ctrl-C (export commands resume where they stopped)."""


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit code of an exception the CLI reports instead of raising."""
    match exc:
        case errors.AuthenticationError() | errors.PermissionDeniedError():
            return ExitCode.AUTHENTICATION
        case errors.NotFoundError():
            return ExitCode.NOT_FOUND
        case errors.RateLimitError():
            return ExitCode.RATE_LIMITED
        case errors.InternalServerError() | errors.APIResponseValidationError():
            return ExitCode.SERVER
        case errors.APIStatusError() if exc.status_code >= 500:
            return ExitCode.SERVER
        case errors.APIConnectionError():
            return ExitCode.NETWORK
        case ValueError() | TypeError():
            return ExitCode.USAGE
        case KeyboardInterrupt():
            return ExitCode.INTERRUPTED
        case errors.CloudConnexaError() | UnsupportedOperationError():
            return ExitCode.ERROR
    return ExitCode.ERROR


def describe(exc: BaseException) -> str:
    """One line for stderr: the error class and the SDK's message."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    message = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {message}"


def fail(exc: BaseException) -> click.exceptions.Exit:
    """Print `exc` on stderr and return the `Exit` to raise."""
    click.echo(f"cloudconnexa: {describe(exc)}", err=True)
    return click.exceptions.Exit(int(exit_code_for(exc)))


HANDLED: tuple[type[BaseException], ...] = (
    errors.CloudConnexaError,
    UnsupportedOperationError,
    ValueError,
    TypeError,
    OSError,
)
"""What a command turns into a message and an exit code (anything else is a bug: traceback)."""
