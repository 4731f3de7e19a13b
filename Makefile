# The two commands of README.md: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck check clean translations bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,postgresql]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vardmote-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/ruff check vardmote_desktop tests benchmarks installer
	QT_QPA_PLATFORM=offscreen $(BIN)/ruff format --check vardmote_desktop tests benchmarks installer
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check vardmote_desktop tests benchmarks installer
	$(BIN)/ruff format --check vardmote_desktop tests benchmarks installer

typecheck: $(STAMP)
	$(BIN)/mypy

# Refresh the English catalogue from the code, compile its .qm, and name every string still
# untranslated (exit 1 while any is). tests/test_translations.py fails CI on the same.
translations: $(STAMP)
	$(BIN)/python installer/translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Meeting-log benchmarks (benchmarks/README.md): N meetings into BENCH_DB, then measure.
BENCH_N ?= 100000
BENCH_DB ?= sqlite:////tmp/vardmote-bench-$(BENCH_N).db
bench: $(STAMP)
	$(BIN)/python benchmarks/fill.py $(BENCH_N) --database $(BENCH_DB)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/measure.py --database $(BENCH_DB)
