"""Every ```python block of the docs runs, against the bundled fake (issue 15 item 7).

Pages are found by globbing `docs/**/*.md` and `README.md`, so a new page is tested with no
edit here. How a page's blocks run (also in docs/architecture.md, "Docs that run"):

* Each block is one test, named `<page>:<line>`, in a fresh namespace holding only
  `client` (a `cloudconnexa.Client`), `aclient` (an `AsyncClient`) and `server` (their
  `FakeCloudConnexa`, API v1.1.0, in process, empty). Nothing else is imported for the
  block: a block that uses a module imports it, as a reader copying it would need to.
* Clients the block builds itself reach the same fake: `CLOUDCONNEXA_BASE_URL=acme`,
  `CLOUDCONNEXA_CLIENT_ID=...` and `CLOUDCONNEXA_CLIENT_SECRET=...` are set (the fake
  accepts the placeholder credentials `"..."`), and every request to
  `https://<tenant>.api.openvpn.com` is answered by the fake, in process.
* Top-level `await` / `async for` work (the block runs as a coroutine on one event loop).
* A function named `test_*` that the block defines is then called, its arguments filled from
  pytest fixtures (`fake_cloudconnexa`, `fake_cloudconnexa_factory`, ...).
* A block with a loop that prints must print something (an example showing a loop over an
  empty listing shows nothing), and no block may print "Unset".

Hidden directives, HTML comments on the lines just before a block (invisible on the site):

* `<!-- docs-test: setup` ... `-->`: Python run first, in the block's namespace (data the
  example assumes, e.g. `server.seed.sessions(5)`; `monkeypatch` and `ROOT`, the
  repository's folder, are available there);
* `<!-- docs-test: continue -->`: the block continues the previous one (same namespace and
  fake: the page reads as one example across prose);
* `<!-- docs-test: skip <reason> -->`: not run; the reason is required.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from cloudconnexa.testing import FakeCloudConnexa

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").rglob("*.md")) + [ROOT / "README.md"]
PLACEHOLDER = "..."
TENANT_HOST = re.compile(r"^[a-z0-9-]+\.api\.openvpn\.com$")

_FENCE = re.compile(r"^```python\s*$")
_DIRECTIVE = re.compile(r"^<!-- docs-test: (?P<kind>setup|continue|skip)(?P<rest>.*?)(?P<end>-->)?\s*$")


@dataclass
class Block:
    page: str
    line: int
    source: str
    setup: str = ""
    skip: str | None = None
    continues: bool = False


@dataclass
class Example:
    """A block and the blocks that continue it: one test."""

    blocks: list[Block] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.blocks[0].page}:{self.blocks[0].line}"


def _fail(page: str, index: int, message: str) -> dict[str, Any]:
    raise AssertionError(f"{page}:{index + 1}: {message}")


def parse_page(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    page = path.relative_to(ROOT).as_posix()
    blocks: list[Block] = []
    pending: dict[str, Any] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        directive = _DIRECTIVE.match(line)
        if directive:
            kind = directive["kind"]
            if kind == "setup":
                body: list[str] = []
                if not directive["end"]:
                    i += 1
                    while lines[i].strip() != "-->":
                        body.append(lines[i])
                        i += 1
                pending["setup"] = "\n".join(body)
            elif kind == "continue":
                pending["continues"] = True
            else:
                reason = directive["rest"].strip()
                assert reason, f"{page}:{i + 1}: docs-test: skip needs a reason"
                pending["skip"] = reason
        elif _FENCE.match(line):
            start = i + 1
            i += 1
            body = []
            while not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            blocks.append(Block(page, start, "\n".join(body) + "\n", **pending))
            pending = {}
        elif line.lstrip().startswith(("```", "~~~")):  # another language's block: skip it whole
            fence = line.lstrip()[:3]
            i += 1
            while i < len(lines) and not lines[i].lstrip().startswith(fence):
                i += 1
            pending = {} if not pending else _fail(page, i, "a docs-test directive must precede a ```python block")
        elif line.strip() and pending and not line.startswith("<!--"):
            raise AssertionError(f"{page}:{i + 1}: a docs-test directive must come right before a ```python block")
        i += 1
    return blocks


def collect() -> list[Example]:
    examples: list[Example] = []
    for path in PAGES:
        for block in parse_page(path):
            if block.continues and examples and examples[-1].blocks[0].page == block.page:
                examples[-1].blocks.append(block)
            else:
                examples.append(Example([block]))
    return examples


EXAMPLES = collect()


def test_the_docs_have_code_blocks():
    assert len(EXAMPLES) > 20


@pytest.fixture
def tenant(monkeypatch) -> FakeCloudConnexa:
    """The fake every client of the example reaches, whatever URL it was given."""
    server = FakeCloudConnexa(client_id=PLACEHOLDER, client_secret=PLACEHOLDER)
    monkeypatch.setenv("CLOUDCONNEXA_BASE_URL", "acme")
    monkeypatch.setenv("CLOUDCONNEXA_CLIENT_ID", PLACEHOLDER)
    monkeypatch.setenv("CLOUDCONNEXA_CLIENT_SECRET", PLACEHOLDER)
    monkeypatch.delenv("CLOUDCONNEXA_API_VERSION", raising=False)
    in_process = server.transport()
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if TENANT_HOST.match(request.url.host):
            return in_process.handle_request(request)
        return sync_send(self, request)

    async def handle_async_request(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        if TENANT_HOST.match(request.url.host):
            return await in_process.handle_async_request(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle_request)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async_request)
    yield server
    in_process.close()
    assert server.spec_violations == []


def _run(code: str, filename: str, namespace: dict[str, Any], runner: asyncio.Runner) -> None:
    compiled = compile(code, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if compiled.co_flags & inspect.CO_COROUTINE:
        runner.run(eval(compiled, namespace))  # noqa: S307 - our own docs
    else:
        exec(compiled, namespace)  # noqa: S102 - our own docs


def _loop_prints(source: str) -> bool:
    """Whether some `for` / `async for` loop of `source` calls `print`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.For | ast.AsyncFor):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "print":
                    return True
    return False


def _call_tests(before: set[str], namespace: dict[str, Any], request, runner: asyncio.Runner) -> None:
    for name, value in list(namespace.items()):
        if name in before or not name.startswith("test_") or not inspect.isfunction(value):
            continue
        arguments = {p: request.getfixturevalue(p) for p in inspect.signature(value).parameters}
        result = value(**arguments)
        if inspect.iscoroutine(result):
            runner.run(result)


@pytest.mark.parametrize("example", [e for e in EXAMPLES if not e.blocks[0].skip], ids=lambda e: e.id)
def test_docs_code_block_runs(example: Example, tenant: FakeCloudConnexa, monkeypatch, request):
    with asyncio.Runner() as runner:
        client, aclient = tenant.client(), tenant.async_client()
        namespace: dict[str, Any] = {"__name__": "__docs__", "client": client, "aclient": aclient, "server": tenant}
        try:
            for block in example.blocks:
                where = f"{block.page}:{block.line}"
                if block.setup:
                    hidden = {**namespace, "monkeypatch": monkeypatch, "ROOT": ROOT}
                    _run(block.setup, f"{where} (setup)", hidden, runner)
                    namespace.update((k, v) for k, v in hidden.items() if k not in ("monkeypatch", "ROOT"))
                before = set(namespace)
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    _run(block.source, where, namespace, runner)
                    _call_tests(before, namespace, request, runner)
                printed = out.getvalue()
                if _loop_prints(block.source):
                    assert printed.strip(), f"{where} loops to print, but printed nothing against the fake"
                assert "Unset" not in printed, f"{where} printed an Unset value:\n{printed}"
        finally:
            client.close()
            runner.run(aclient.aclose())


def test_skipped_blocks_say_why():
    skipped = [e for e in EXAMPLES if e.blocks[0].skip]
    assert all(e.blocks[0].skip for e in skipped)
    assert len(skipped) <= 5, [e.id for e in skipped]  # skipping is the exception
