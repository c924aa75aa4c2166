# quizgen: every target sets itself up; a fresh clone needs only `make quiz` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp
# Debian packages the tests read exports with (PDF checks) and WeasyPrint renders with.
DEB_PKGS := poppler-utils libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-symbola tmux
DECK ?= decks

.PHONY: help quiz test bench lint check eval fuzz clean system-deps node-deps

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@

system-deps:  ## install the Debian packages the PDF worksheet and its checks need (when missing)
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node-deps: $(NODE_STAMP)  ## install the npm checkers (gift-pegjs, papaparse) into ./node_modules

quiz: $(STAMP)  ## set up and open the terminal quiz on the bundled decks
	$(BIN)/quizgen quiz $(DECK)

test: $(STAMP) system-deps node-deps  ## set up and run every test
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check .

check: lint test  ## lint and test

bench: $(STAMP)  ## speed and memory figures against same-run baselines
	$(BIN)/python -m bench

eval: $(STAMP)  ## extraction precision/recall/F1 on the dev articles
	$(BIN)/python -m dev.extraction.evaluate

fuzz: $(STAMP)  ## long fuzz run of every command (10,000+ cases)
	QUIZGEN_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

clean:  ## remove the virtualenv and caches
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache
