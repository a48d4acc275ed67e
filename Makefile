# Dateline: `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
EXAMPLE := $(SHARED)/examples/istanbul-talks
DEMO_DB := demo.db
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval eval-time eval-extract eval-quotes eval-events eval-entities eval-stories eval-timelines eval-dates system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# System packages the tests drive for real: Chromium for the web UI, PostgreSQL for the team backend.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium postgresql >/dev/null; \
	fi

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dateline ingest --db $(DEMO_DB) $(EXAMPLE)
	$(BIN)/dateline stories --db $(DEMO_DB)
	$(BIN)/dateline timeline --db $(DEMO_DB) 1
	$(BIN)/dateline digest --db $(DEMO_DB) 1 --days 5 --per-day 1

# The whole suite (store tests on SQLite and PostgreSQL), then the link, CLI and web tests again with every
# store they open redirected to PostgreSQL (tests/pg_everywhere.py).
test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q
	$(BIN)/python -m pytest -q -p pg_everywhere tests/link tests/test_cli.py tests/test_cli_outlet.py tests/web -m "not browser"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_all $(BENCH)

eval: eval-time eval-dates eval-extract eval-quotes eval-events eval-entities eval-stories eval-timelines

eval-time: $(STAMP)
	$(BIN)/dateline eval time --data $(SHARED)/data/tempeval3/TBAQ-cleaned

eval-dates: $(STAMP)
	$(BIN)/python -m dateline.eval.pubdates --data $(SHARED)/data --split dev
	$(BIN)/python -m dateline.eval.pubdates --data $(SHARED)/data --split report

eval-extract: $(STAMP)
	$(BIN)/dateline eval extract --data $(SHARED)/data/article-extraction-benchmark

eval-quotes: $(STAMP)
	$(BIN)/dateline eval quotes --data $(SHARED)/data/polnear

eval-events: $(STAMP)
	$(BIN)/dateline eval events --data $(SHARED)/data/plover

eval-entities: $(STAMP)
	$(BIN)/dateline eval entities --data $(SHARED)/data/ecbplus

eval-stories: $(STAMP)
	$(BIN)/python -m dateline.eval.ecb_stories --data $(SHARED)/data/ecbplus --seed 0 1 2
	$(BIN)/python -m dateline.eval.timeline17_stories --data $(SHARED)/data/timeline17
	$(BIN)/python -m dateline.eval.ecb_events --data $(SHARED)/data/ecbplus

eval-timelines: $(STAMP)
	$(BIN)/dateline eval timelines --data $(SHARED)/data/timeline17
	$(BIN)/python -m dateline.eval.timeline17_top --data $(SHARED)/data/timeline17

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB)*
