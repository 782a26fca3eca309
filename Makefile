# Two commands a newcomer needs: `make serve` and `make test`. Each builds .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve test venv lint params area clean

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

# A new product area, wired up and tested (tools/new_area.py):
#   make area NAME=identity OBJECT=verification_session
#   make area NAME=crypto_onramp OBJECT=onramp_session ROUTE=/v1/crypto/onramp_sessions
# OBJECT: its first object (default: NAME's singular). ROUTE: that object's collection path
# (default /v1/<name>/<plural>, or /v1/<plural> when NAME is the plural); ROUTE, not PATH,
# which make takes from the environment. PREFIX: the object's id prefix. TEST_HELPERS=1,
# OPERATOR=1, MIGRATION=1 add an example test helper, an example operator route, and an
# empty migration for the area's indexes.
AREA_FLAGS = --name "$(NAME)" $(if $(OBJECT),--object "$(OBJECT)") \
	$(if $(ROUTE),--route "$(ROUTE)") $(if $(PREFIX),--prefix "$(PREFIX)") \
	$(if $(TEST_HELPERS),--test-helpers) $(if $(OPERATOR),--operator) \
	$(if $(MIGRATION),--migration)

area: venv
	$(BIN)/python tools/new_area.py $(strip $(AREA_FLAGS))

clean:
	rm -rf $(VENV) .stripe-emulator
