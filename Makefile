PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-browser lint check migrate demo bench-consent clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@# Scheduled stories go live while the demo runs, as the cron line does in production.
	( while sleep 60; do $(MANAGE) publish_scheduled >/dev/null; done ) & \
	trap 'kill $$!' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/pytest -n 2

test-browser: $(STAMP)
	$(BIN)/pytest -m browser

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

clean:
	rm -rf $(VENV) var/media var/static
