# Two commands a newcomer needs: `make serve` and `make test`. Each builds .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve test venv lint params clean

$(BIN)/stripe-emulator: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

venv: $(BIN)/stripe-emulator

serve: venv
	$(BIN)/stripe-emulator serve

test: venv
	$(BIN)/python -m pytest -q

# The linters CI runs: style, strict types, the import contracts of pyproject.toml, and
# generated code that matches the pinned SDK.
lint: venv
	$(BIN)/ruff check src tests tools
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python tools/gen_params.py --check

# Regenerate every generated module (areas/*/sdk_params.py, events/sdk_params.py,
# events/catalog_sdk.py) from the pinned SDK, tools/sdk_overlay.py and the registry's sdk= names.
params: venv
	$(BIN)/python tools/gen_params.py

clean:
	rm -rf $(VENV) .stripe-emulator
