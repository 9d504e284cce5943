# Praksisbanken: one command to run the site, one to test it.
#   make run    install, migrate, load the demo and serve http://127.0.0.1:$(PORT)
#   make test   install, lint, check, start Elasticsearch and run every test

SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000
ES_PORT ?= 9200
export ES_PORT

.PHONY: install run test test-python lint format check elasticsearch elasticsearch-stop worker bench load clean

# The virtualenv is rebuilt when the declared or pinned dependencies change;
# constraints.txt pins every package so installs are reproducible.
$(VENV)/.installed: pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

install: $(VENV)/.installed

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

worker: install
	$(MANAGE) db_worker

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

check: install
	DJANGO_SETTINGS_MODULE=praksisbank.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=praksisbank.settings.test $(MANAGE) makemigrations --check --dry-run

elasticsearch:
	bash services/elasticsearch/start.sh

elasticsearch-stop:
	bash services/elasticsearch/stop.sh

# The whole suite, against the real Elasticsearch node started here.
test: lint check elasticsearch
	ELASTICSEARCH_URL=http://127.0.0.1:$(ES_PORT) $(VENV)/bin/pytest $(PYTEST_ARGS)

# Benchmark with its own database (bench/results/) and index alias; BENCH_ARGS="--n 100000".
BENCH_ARGS ?= --n 1000
bench: install elasticsearch
	ELASTICSEARCH_URL=http://127.0.0.1:$(ES_PORT) $(PY) -m bench $(BENCH_ARGS)

# 32 clients for 60 s (wrk, from Debian's packages) on the bench database of `make bench`.
load: install elasticsearch
	command -v wrk >/dev/null || apt-get install -y wrk
	ELASTICSEARCH_URL=http://127.0.0.1:$(ES_PORT) $(PY) -m bench.load $(LOAD_ARGS)

clean:
	rm -rf $(VENV) staticfiles test-artifacts
