"""Raw endpoint functions and attrs models generated from openapi/ by scripts/regenerate.py.

Do not edit: change the spec, generator-config.yml or generator-templates/ and regenerate.
One subpackage per API version with a spec of its own: `v1_0`, `v1_1_0` and `v1_2_3` (the newest also serves the
versions in between, see its `introduced_in.py`). Most users want the `cloudconnexa`
façade instead, which adds authentication, retries, rate limiting and pagination.
"""
