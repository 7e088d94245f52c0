# The newest supported Python on PATH or installed by pyenv; `make PYTHON=python3.12 ...` picks one.
SUPPORTED_PYTHONS := 3.13 3.12 3.11
ifndef PYTHON
PYTHON := $(shell for version in $(SUPPORTED_PYTHONS); do \
	for candidate in python$$version $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$version*/bin/python$$version; do \
		$$candidate -c "" 2>/dev/null && { echo $$candidate; exit; }; \
	done; done)
endif
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py

BROWSER_TOOLS := node_modules/axe-core/axe.min.js

.PHONY: run test test-replica test-faults test-browser browser-tools lint check migrate demo clean bench bench-search bench-consent bench-wire bench-scale bench-faults

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python $(SUPPORTED_PYTHONS) not found: install one, or set PYTHON=" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@# Scheduled stories go live and the dateline's weather is renewed while the demo runs, as
	@# the cron lines do in production; a worker runs the background tasks queued in the database.
	( while :; do $(MANAGE) publish_scheduled >/dev/null; $(MANAGE) refresh_weather >/dev/null 2>&1; sleep 60; done ) & \
	scheduler=$$!; \
	$(MANAGE) db_worker --no-reload & \
	trap 'kill $$scheduler $$!' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

# Browser tests run in their own process: their transactional, serialized-rollback
# database does not survive being mixed with the rest of the suite. The replica tests start
# a PostgreSQL primary and standby of their own and commit for real: `make test-replica`.
# The fault tests run the site under gunicorn with its dependencies failing: `make test-faults`.
test: $(STAMP) browser-tools
	$(BIN)/pytest -n 2 -m "not browser and not replica and not faults"
	$(BIN)/pytest -m browser

test-replica: $(STAMP)
	$(BIN)/pytest -m replica

test-faults: $(STAMP)
	$(BIN)/pytest -m faults

test-browser: $(STAMP) browser-tools
	$(BIN)/pytest -m browser

# axe-core, pinned in package-lock.json, which the accessibility test injects into pages.
# Without npm the test says how to get it (and fails under CI=true).
browser-tools:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory $(BROWSER_TOOLS); \
	else echo "npm not found: the accessibility browser test will be skipped" >&2; fi

$(BROWSER_TOOLS): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(STAMP)
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

migrate: $(STAMP)
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo

bench-consent: $(STAMP)
	$(BIN)/python bench/consent.py

# The wire desk: 1,000 mixed items parsed and queued, then 100 drafts (see README).
bench-wire: $(STAMP)
	$(BIN)/python bench/wire.py

clean:
	rm -rf $(VENV) var/media var/static var/cache

bench: $(STAMP)
	$(BIN)/python -m bench.pages
	$(BIN)/python -m bench.api

# Search latency at 1,000 and 10,000 articles on SQLite and PostgreSQL (see README,
# Performance). ARTICLES=50000 DATABASES=postgres for the largest archive.
ARTICLES ?= 1000 10000
DATABASES ?= sqlite postgres
bench-search: $(STAMP)
	for database in $(DATABASES); do for articles in $(ARTICLES); do \
		$(BIN)/python bench/search.py --database $$database --articles $$articles || exit 1; \
	done; done

# One app server against two over the same PostgreSQL and Redis, and the time a publish on
# one takes to show on the other (see README, "Scaling out").
bench-scale: $(STAMP)
	$(BIN)/python -m bench.scale

# The site under gunicorn with PostgreSQL, Redis, the mail server and the weather provider
# each refused, hung and slowed in turn: readers' latency and errors, the editor's publish
# (see README, "Running through failures").
bench-faults: $(STAMP)
	$(BIN)/python -m bench.faults
