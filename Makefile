# The two commands of the README. Both build .venv on first use (and again when pyproject.toml changes).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test lint chromium postgres bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	@touch $(STAMP)

demo: $(STAMP)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/claimsift ingest seeds --db sqlite:///$(DEMO_DB)
	@if [ -t 0 ] && [ -t 1 ]; then \
		$(BIN)/claimsift review --db sqlite:///$(DEMO_DB); \
	else \
		$(BIN)/claimsift show --db sqlite:///$(DEMO_DB); \
		echo "(no terminal: printed a summary; run 'make demo' in a terminal to review in the UI)"; \
	fi

lint: $(STAMP)
	$(BIN)/lint-imports

# The HTML report is checked in Debian's Chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the HTML report test"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The tests start their own PostgreSQL server (initdb + pg_ctl, loopback, a temporary directory);
# install Debian's server programs when the machine has none, without a system cluster.
postgres:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		echo "installing Debian's postgresql for the PostgreSQL tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO mkdir -p /etc/postgresql-common && \
		{ test -e /etc/postgresql-common/createcluster.conf || echo "create_main_cluster = false" | \
			$$SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null; } && \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }

# A real Label Studio for the round-trip tests, in its own environment (it pins its own Django and
# the same label-studio-sdk), kept between runs. Label Studio 1.23.2 asks for sentry-sdk with no
# upper bound, and sentry-sdk 3.0 (December 2026) refuses its 'send_default_pii' option at start-up.
LS_VENV := .venv-ls
LS_STAMP := $(LS_VENV)/.installed-1.23.2-sentry2
$(LS_STAMP):
	@test -x $(LS_VENV)/bin/python || $(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LS_VENV)/bin/python -m pip install --quiet label-studio==1.23.2 'sentry-sdk<3'
	@touch $(LS_STAMP)

test: lint chromium postgres $(LS_STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(LS_VENV) .pytest_cache .hypothesis $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm

bench: $(STAMP) $(LS_STAMP) postgres
	$(BIN)/python bench/scale.py 1000 10000 100000
	$(BIN)/python bench/classify_speed.py 3
	$(BIN)/python bench/bigdb.py bench/data/review-1m.db 1000000 100000
	cp bench/data/review-1m.db bench/data/review-run.db
	$(BIN)/python bench/review_latency.py bench/data/review-run.db 300
	rm -f bench/data/review-run.db*
	$(BIN)/python bench/statsdb.py bench/data/stats-1m.db 1000000 2000000
	$(BIN)/python bench/stats_speed.py bench/data/stats-1m.db 5
	rm -f bench/data/ls-10000.db*
	$(BIN)/python bench/ls_roundtrip.py 10000 100000
