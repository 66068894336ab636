"""The public surface is deliberate: pin it."""

import cloudconnexa


def test_public_names():
    assert set(cloudconnexa.__all__) == {
        "APIConnectionError", "APIResponseValidationError", "APIStatusError", "APITimeoutError",
        "AsyncClient", "AsyncPaginator", "AuthenticationError", "BadRequestError", "Client", "ClientClosedError",
        "CloudConnexaError", "ConflictError", "DEFAULT_API_VERSION", "DEFAULT_MAX_CONCURRENCY", "DEFAULT_MAX_RETRIES",
        "DEFAULT_PAGE_SIZE", "DEFAULT_TIMEOUT", "InternalServerError", "NOT_GIVEN", "NotFoundError",
        "NotGiven", "Page", "Paginator", "PermissionDeniedError", "RateLimitError", "RawResponse",
        "SUPPORTED_API_VERSIONS", "UnprocessableEntityError", "UnsupportedByAPIVersion", "UnsupportedOperationError",
        "__version__",
    }  # fmt: skip


def test_public_classes_report_the_package():
    for name in cloudconnexa.__all__:
        value = getattr(cloudconnexa, name)
        if isinstance(value, type):
            assert value.__module__ == "cloudconnexa", name


def test_importing_the_package_loads_no_generated_module():
    import subprocess
    import sys

    code = "import sys, cloudconnexa; print(any(m.startswith('cloudconnexa_generated') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
