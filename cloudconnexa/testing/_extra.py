"""What `cloudconnexa.testing` needs beyond the SDK, and the hint shown when it is missing.

The fake server runs on starlette and uvicorn and validates with openapi-core, all from the
`testing` extra. The SDK itself, and the pytest plugin module that pytest loads in every
environment where `cloudconnexa` is installed, must work without them: they import the fake
only through `require_testing_extra()`, which turns a missing package into one sentence
naming the extra instead of a traceback.
"""

from __future__ import annotations

import importlib.util

__all__ = ["EXTRA_HINT", "TestingExtraMissing", "missing_testing_packages", "require_testing_extra"]

EXTRA_HINT = "install the testing extra: pip install 'cloudconnexa[testing]'"

# Import names of the extra's packages (pyproject.toml, [project.optional-dependencies] testing).
_TESTING_MODULES = ("starlette", "uvicorn", "openapi_core", "yaml", "werkzeug")


class TestingExtraMissing(ModuleNotFoundError):
    """`cloudconnexa.testing` was used without the `cloudconnexa[testing]` extra."""

    __test__ = False  # not a pytest test class, despite the name


def missing_testing_packages() -> list[str]:
    """Import names of the extra's packages that are not installed (without importing them)."""
    return [name for name in _TESTING_MODULES if importlib.util.find_spec(name) is None]


def require_testing_extra(what: str = "cloudconnexa.testing") -> None:
    """Raise `TestingExtraMissing` naming the extra when any of its packages is absent."""
    missing = missing_testing_packages()
    if missing:
        raise TestingExtraMissing(f"{what} needs {', '.join(missing)}: {EXTRA_HINT}", name=missing[0])
