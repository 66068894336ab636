# Every target bootstraps the project's virtualenv (.venv) from the lock file first, so a
# fresh clone needs only Python 3.11+, pip, git and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The demo needs only the runtime dependencies and the testing extra (requirements/demo.lock,
# ~40 packages), not the docs and test tools: a fresh clone runs it after a small install.
DEMO_STAMP := $(VENV)/.demo-installed

.PHONY: demo test test-newest lint check regenerate diff docs bench ci clean

$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(DEMO_STAMP): requirements/demo.lock
	@echo "== make demo: installing the SDK's runtime dependencies and the fake server's (requirements/demo.lock) into $(VENV)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar on --require-hashes -r requirements/demo.lock
	touch $(DEMO_STAMP)

# Runs from the checkout (python -m, no install of the project); a full .venv serves as well.
demo: $(if $(wildcard $(STAMP)),$(STAMP),$(DEMO_STAMP))  ## The main job: a tour of the SDK against the bundled fake server
	@echo "== make demo: running the tour (python -m cloudconnexa.demo)"
	$(BIN)/python -m cloudconnexa.demo

test: $(STAMP)  ## The whole test suite
	$(BIN)/python scripts/test

test-newest: $(STAMP)  ## core, façade and resource tests on the newest Python found (pyenv, PATH)
	$(BIN)/python scripts/test_newest_python

lint: $(STAMP)  ## ruff and mypy --strict on the hand-written code
	$(BIN)/python scripts/lint

check: $(STAMP)  ## generated code and specs are current
	$(BIN)/python scripts/check

regenerate: $(STAMP)  ## rebuild everything derived from openapi/: built specs, generated packages, sync twin
	$(BIN)/python scripts/check_versions.py
	$(BIN)/python scripts/build_specs.py
	$(BIN)/python scripts/regenerate.py
	$(BIN)/python scripts/unasync.py

diff: $(STAMP)  ## what changed between two API versions or spec files: make diff A=1.0 B=1.1.0
	$(BIN)/python scripts/spec_diff.py $(A) $(B)

docs: $(STAMP)
	$(BIN)/mkdocs build --strict

bench: $(STAMP)
	$(BIN)/python -m benchmarks

lock:  ## refresh the hashed lock files (needs uv in the venv: pip install uv)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra docs --python-version 3.11 --generate-hashes -o requirements/dev.lock
	# Subsets, pinned to dev.lock's versions, for every supported Python (--universal):
	# make demo (runtime + testing extra) and the newest-Python CI step (+ pytest, respx).
	$(BIN)/uv pip compile pyproject.toml --extra testing --universal --python-version 3.11 --generate-hashes -c requirements/dev.lock -o requirements/demo.lock
	$(BIN)/uv pip compile pyproject.toml requirements/tests.in --extra testing --universal --python-version 3.11 --generate-hashes -c requirements/dev.lock -o requirements/tests.lock

clean:
	rm -rf $(VENV) .venv-py3.* site .mypy_cache .ruff_cache
