# Two commands for a newcomer: `make run` and `make test`. Everything else is here too.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite runs on every core; `make test XDIST=` runs it in one process.
XDIST ?= -n auto --dist worksteal

.PHONY: venv dev run test test-sqlite lint format bench screenshots clean lock

# `make run` installs what the server needs and nothing more (a field-office laptop);
# the test, lint and bench tools come with the first `make test`.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(DEV_STAMP)

venv: $(STAMP)

dev: $(DEV_STAMP)

## Set everything up on SQLite, load the demo study, and serve it on http://$(HOST):$(PORT)
run: venv
	$(BIN)/chasqui db upgrade
	$(BIN)/chasqui demo
	CHASQUI_DEV_MODE=1 $(BIN)/chasqui serve --host $(HOST) --port $(PORT)

## The whole suite, on SQLite and (when reachable) on PostgreSQL; `make test COVERAGE=1` (CI)
## also measures coverage and fails under the floor in pyproject.toml ([tool.coverage.report]).
## The coverage data goes to a temporary directory: the working tree stays as it was.
test: dev
	cov=$$(mktemp -d); COVERAGE_FILE=$$cov/coverage $(BIN)/pytest -q $(XDIST) $(if $(COVERAGE),--cov); \
		status=$$?; rm -rf "$$cov"; exit $$status

test-sqlite: dev
	CHASQUI_TEST_ENGINES=sqlite $(BIN)/pytest -q $(XDIST)

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

format: dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Throughput, latency and leak-rate figures, one `BENCH name value unit` line each
bench: dev
	$(BIN)/python -m bench

## Refresh the README's screenshots (docs/screenshots/) from the browser tests; `make test` never writes them
screenshots: dev
	CHASQUI_SCREENSHOT_DIR=$(CURDIR)/docs/screenshots CHASQUI_TEST_ENGINES=sqlite \
		$(BIN)/pytest -q tests/e2e/test_dashboard.py tests/e2e/test_web_*.py

## Re-pin dependencies after changing pyproject.toml
lock: dev
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
