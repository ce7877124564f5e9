# Two commands for a new user: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test install lint eval clean

$(BIN)/order-intake: pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "order-intake needs Python >= 3.11"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

install: $(BIN)/order-intake

## run: set up and start the service on the embedded default (SQLite under ./var) with demo data
run: install
	$(BIN)/order-intake serve --demo

## test: set up what the tests need (PostgreSQL when none answers, Dovecot, Chromium, axe-core, Tesseract) and run the whole suite
test: install
	bash scripts/services.sh ensure_postgres_binaries
	bash scripts/services.sh install_dovecot
	bash scripts/services.sh install_chromium
	bash scripts/services.sh install_axe
	bash scripts/services.sh install_tesseract
	$(BIN)/python -m pytest -q -n auto --dist worksteal

lint: install
	$(BIN)/ruff check .

eval: install
	$(BIN)/order-intake eval tests/corpus/demo

clean:
	rm -rf $(VENV) var .pytest_cache
