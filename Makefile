# The two commands of README.md: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck check clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,postgresql]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vardmote-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/ruff check vardmote_desktop tests
	QT_QPA_PLATFORM=offscreen $(BIN)/ruff format --check vardmote_desktop tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check vardmote_desktop tests
	$(BIN)/ruff format --check vardmote_desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find vardmote_desktop/ui -name '*.py') -ts resources/translations/vardmote_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
