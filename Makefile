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

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find vardmote_desktop/ui -name '*.py') -ts vardmote_desktop/resources/translations/vardmote_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Benchmarks (benchmarks/README.md): N meetings into BENCH_DB (once), then the table's rows:
# each figure with its floor measured in the same run (raw SQL of the same statements, a bare
# window started alternately with the app).
BENCH_N ?= 100000
BENCH_DB ?= sqlite:////tmp/vardmote-bench-$(BENCH_N).db
bench: $(STAMP)
	$(BIN)/python benchmarks/fill.py $(BENCH_N) --database $(BENCH_DB) --if-empty
	$(BIN)/python benchmarks/bench_list.py --database $(BENCH_DB)
	$(BIN)/python benchmarks/bench_statistics.py --database $(BENCH_DB)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/list_ready.py --database $(BENCH_DB)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest benchmarks/wizard_gaps.py -s -q -p no:cacheprovider
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/measure.py --database $(BENCH_DB)
