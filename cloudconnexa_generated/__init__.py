"""Raw endpoint functions and attrs models generated from openapi/ by scripts/regenerate.py.

Do not edit: change the spec, generator-config.yml or generator-templates/ and regenerate.
One subpackage per API version with a spec of its own: `v1_0`, `v1_1_0`, `v1_2_3` (which also
serves 1.1.1, 1.1.3, 1.1.6 and 1.2.0, see `introduced_in.py`). Most users want the `cloudconnexa`
façade instead, which adds authentication, retries, rate limiting and pagination.
"""
