"""Raw endpoint functions and attrs models generated from openapi/ by scripts/regenerate.py.

Do not edit: change the spec, generator-config.yml or generator-templates/ and regenerate.
One subpackage per API version: `v1_0` and `v1_1_0`. Most users want the `cloudconnexa`
façade instead, which adds authentication, retries, rate limiting and pagination.
"""
