# Two commands for a newcomer: `make run` and `make test`. Everything else is here too.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv run test test-sqlite lint format bench screenshots clean lock

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Set everything up on SQLite, load the demo study, and serve it on http://$(HOST):$(PORT)
run: venv
	$(BIN)/chasqui db upgrade
	$(BIN)/chasqui demo
	$(BIN)/chasqui serve --host $(HOST) --port $(PORT)

## The whole suite, on SQLite and (when reachable) on PostgreSQL
test: venv
	$(BIN)/pytest -q

test-sqlite: venv
	CHASQUI_TEST_ENGINES=sqlite $(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Throughput, latency and leak-rate figures, one `BENCH name value unit` line each
bench: venv
	$(BIN)/python -m bench

## Refresh the README's screenshots (docs/) from the browser tests; `make test` never writes them
screenshots: venv
	CHASQUI_SCREENSHOT_DIR=$(CURDIR)/docs CHASQUI_TEST_ENGINES=sqlite $(BIN)/pytest -q tests/e2e/test_dashboard.py

## Re-pin dependencies after changing pyproject.toml
lock: venv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
