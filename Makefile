# quizgen: every target sets itself up; a fresh clone needs only `make quiz` or `make test`.
# What gets installed is pinned in uv.lock (exact versions and hashes, every platform); `make lock`
# refreshes it on purpose, `make test` first checks it still matches pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# uv itself, pinned, in a venv of its own so that syncing .venv never removes it.
UV_VERSION := 0.13.8
TOOLS  := .tools
UV     := $(TOOLS)/bin/uv
# Never download a Python: use the one the user has ($(PYTHON)).
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
QUIZ_STAMP := $(VENV)/.quiz-stamp
TEST_STAMP := $(VENV)/.test-stamp
NODE_STAMP := node_modules/.installed-stamp
# Debian packages the tests read exports with (PDF checks) and WeasyPrint renders with.
DEB_PKGS := poppler-utils libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-symbola tmux
DECK ?= decks
PYTEST := -m pytest -q -p no:cacheprovider

.PHONY: help quiz test test-latest lock lock-check bench lint check eval fuzz clean system-deps node-deps

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

$(UV):
	test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)

# The quiz needs only the run-time packages; --inexact keeps test tools a `make test` installed.
$(QUIZ_STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --inexact --quiet
	touch $@

$(TEST_STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --extra test --quiet
	touch $@ $(QUIZ_STAMP)

lock: | $(UV)  ## re-resolve uv.lock to the newest versions pyproject.toml allows (then run make test)
	$(UV) lock --upgrade

lock-check: | $(UV)  ## fail when uv.lock no longer matches pyproject.toml
	@$(UV) lock --check --quiet || { echo "uv.lock does not match pyproject.toml: run 'make lock' and commit uv.lock" >&2; exit 1; }

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

quiz: $(QUIZ_STAMP)  ## set up (run-time packages only) and open the terminal quiz on the bundled decks
	$(BIN)/quizgen quiz $(DECK)

test: lock-check $(TEST_STAMP) system-deps node-deps  ## set up with the locked versions and run every test
	$(BIN)/python $(PYTEST)

# The newest versions the ranges in pyproject.toml allow, in a venv of their own (the lock is
# untouched): an upstream change breaks this for a maintainer before it reaches a user.
test-latest: | $(UV) system-deps node-deps  ## run every test with the newest allowed versions (not the lock)
	$(UV) venv --quiet --allow-existing .venv-latest
	$(UV) pip install --quiet --python .venv-latest/bin/python --upgrade --reinstall-package quizgen -e '.[test]'
	.venv-latest/bin/python $(PYTEST)

lint: $(TEST_STAMP)  ## ruff, the import contracts (pyproject.toml [tool.importlinter]), mypy on quizgen/
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy quizgen

check: lint test  ## lint and test

bench: $(TEST_STAMP)  ## speed and memory figures against same-run baselines
	$(BIN)/python -m bench

eval: $(QUIZ_STAMP)  ## extraction precision/recall/F1 on the dev articles; key facts and ratings of real rounds
	$(BIN)/python -m dev.extraction.evaluate
	$(BIN)/python -m dev.quality.evaluate
	$(BIN)/python -m dev.quality.ratings

fuzz: $(TEST_STAMP)  ## long fuzz run of every command (10,000+ cases)
	QUIZGEN_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py tests/test_export_*.py

clean:  ## remove the virtualenv and caches
	rm -rf $(VENV) .venv-latest $(TOOLS) node_modules .pytest_cache .ruff_cache
