# Every target bootstraps the project's virtualenv (.venv) from the lock file first, so a
# fresh clone needs only Python 3.11+, pip, git and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint check regenerate diff docs bench ci clean

$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)  ## The main job: a tour of the SDK against the bundled fake server
	$(BIN)/cloudconnexa-demo

test: $(STAMP)  ## The whole test suite
	$(BIN)/python scripts/test

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

lock:  ## refresh requirements/dev.lock (needs uv in the venv: pip install uv)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra docs --python-version 3.11 --generate-hashes -o requirements/dev.lock

clean:
	rm -rf $(VENV) site .mypy_cache .ruff_cache
