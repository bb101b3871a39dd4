# Two entry points (see README): `make demo` and `make test`. Everything installs into .venv from PyPI.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test test-slow lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The main job on the embedded defaults: bundled model, bundled sample articles, SQLite store, exports.
demo: install
	$(BIN)/marsad analyze --published 2019-03-12 samples/mosul-2019-03-12.txt
	$(BIN)/marsad ingest samples/samples.jsonl --db demo.db --no-progress
	mkdir -p out
	$(BIN)/marsad export --db demo.db --format jsonl -o out/demo.jsonl
	$(BIN)/marsad export --db demo.db --format acled-csv -o out/demo-acled.csv
	$(BIN)/marsad export --db demo.db --format geojson -o out/demo.geojson
	@echo "demo: store demo.db, exports in out/ — browse with: $(BIN)/marsad serve --db demo.db"

test: install
	$(BIN)/ruff check marsad tests benchmarks fuzz
	$(BIN)/mypy
	$(BIN)/pytest

test-slow: install
	$(BIN)/pytest --slow

lint: install
	$(BIN)/ruff check marsad tests benchmarks fuzz
	$(BIN)/ruff format --check .  # README and docs/ code blocks too
	$(BIN)/mypy  # marsad, configured in pyproject.toml ([tool.mypy]); ~14 s CPU cold, ~2 s with its cache

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache demo.db out
