# The two commands a new user needs: `make run` and `make test`.
# Each builds the virtual environment on first use from nothing but Python 3.11+ and PyPI.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready

.PHONY: run test lint typecheck pytest fuzz bench bundle smoke clean

$(READY): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(READY)

run: $(READY)
	$(BIN)/cocdesk $(ARGS)

test: lint typecheck pytest

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(READY)
	$(BIN)/mypy

# The tests on every core (pytest-xdist), each test file whole in one process, so its module's
# fixtures are made once; `make pytest WORKERS=0` runs them in this process, one after the other.
WORKERS ?= auto
pytest: $(READY)
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadfile

# The fuzzers of tests/fuzz/ with their long budget (a short run is part of `make test`).
fuzz: $(READY)
	COCDESK_FUZZ=long $(BIN)/python -m pytest tests/fuzz --hypothesis-show-statistics

bench: $(READY)
	$(BIN)/python -m tests.benchmarks

# The desktop bundle (dist/bundle/cocdesk/) from the wheel, with PyInstaller; see packaging/README.md.
bundle:
	PYTHON=$(PYTHON) packaging/build_bundle.sh

# The wheel in a fresh environment, then the bundle: each started, a demo vault, every document, the window.
smoke:
	PYTHON=$(PYTHON) packaging/smoke.sh wheel
	PYTHON=$(PYTHON) packaging/smoke.sh bundle

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
