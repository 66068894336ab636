"""`client.cyber_shield`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import KINDS, ok, run, run_case, table

# ---------------------------------------------------------------- tests

OPS = "/api/v1/cybershield/"
ENTRIES = [{"domain": "evil.example", "comment": "CVE-1"}]

CASES = [
    (
        "add_allowed",
        lambda c: c.cyber_shield.add_allowed_domains({"evil.example": "CVE-1"}),
        ok(),
        ("POST", OPS + "allow-list-add-domains", None, {"domainAndComments": ENTRIES}),
        None,
    ),
    (
        "add_blocked",
        lambda c: c.cyber_shield.add_blocked_domains(ENTRIES),
        ok(),
        ("POST", OPS + "block-list-add-domains", None, {"domainAndComments": ENTRIES}),
        None,
    ),
    (
        "remove_allowed",
        lambda c: c.cyber_shield.remove_allowed_domains(["a.example", "b.example"]),
        ok(),
        ("POST", OPS + "allow-list-remove-domains", None, {"domains": ["a.example", "b.example"]}),
        None,
    ),
    (
        "remove_blocked",
        lambda c: c.cyber_shield.remove_blocked_domains(("evil.example",)),
        ok(),
        ("POST", OPS + "block-list-remove-domains", None, {"domains": ["evil.example"]}),
        None,
    ),
]


@table(CASES)
def test_cyber_shield(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (
            lambda c: c.cyber_shield.remove_blocked_domains("evil.example"),
            TypeError,
            "single string",
        ),
        (lambda c: c.cyber_shield.remove_allowed_domains([]), ValueError, "at least one"),
        (lambda c: c.cyber_shield.remove_allowed_domains(["ok", ""]), ValueError, "empty domain"),
        (lambda c: c.cyber_shield.add_allowed_domains("evil.example"), TypeError, "not a string"),
        (lambda c: c.cyber_shield.add_blocked_domains({}), ValueError, "1 to 1000"),
        (
            lambda c: c.cyber_shield.add_blocked_domains({f"d{i}.example": "" for i in range(1001)}),
            ValueError,
            "1 to 1000",
        ),
        (lambda c: c.cyber_shield.add_blocked_domains([42]), TypeError, r"domains\[0\]"),
    ],
)
def test_bad_domain_lists_are_refused_before_any_request(kind, call, error, match):
    with pytest.raises(error, match=match):
        run(kind, "1.1.0", call)
