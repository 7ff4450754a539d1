# Two entry points for a fresh machine: `make demo` and `make test` (both install first).
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed-stamp

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -c requirements.lock -e ".[dev]"
	touch $(STAMP)

.PHONY: install demo test lint bench
install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/hrtracker demo

# the default suite, then the browser tests (Playwright + Debian's /usr/bin/chromium; skipped without it)
test: $(STAMP)
	$(VENV)/bin/pytest
	$(VENV)/bin/pytest -m browser tests/web

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

bench: $(STAMP)
	$(VENV)/bin/python bench/extraction.py
