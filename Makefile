# stallapp: the two commands are `make run` and `make test`; both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format clean package package-check translations bench bench-scale rehearsal mutation

$(STAMP): pyproject.toml scripts/system-deps.sh
	@sh scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/stallapp gui --demo

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check stallapp tests bench
	$(BIN)/ruff format --check stallapp tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy stallapp

# Mutation testing of the code that guards signers and the count (sealing, batch import,
# keys, campaign packs, the vault, its key file, the audit log; [tool.mutmut] in
# pyproject.toml). Not part of `make test`: 1.5 to 2 hours on 2 cores. docs/testing.md
# has the last result and why each surviving mutant is harmless.
# The modules holding the import and sealing checks run first, so a run stopped early has
# covered them; the second run takes every mutant left (docs/testing.md).
MUTATION_FIRST := "stallapp.sealing.*" "stallapp.services.*" "stallapp.storage.audit.*"

mutation: $(STAMP)
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2 $(MUTATION_FIRST)
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut export-cicd-stats
	@cat mutants/mutmut-cicd-stats.json; echo
	$(BIN)/mutmut results

format: $(STAMP)
	$(BIN)/ruff format stallapp tests bench
	$(BIN)/ruff check --fix stallapp tests bench

rehearsal: $(STAMP)
	$(BIN)/python scripts/rehearsal.py

bench: $(STAMP)
	$(BIN)/python scripts/bench_all.py

# The quick suite plus a million-signature coordinator vault (reports, merge per batch).
bench-scale: $(STAMP)
	$(BIN)/python scripts/bench_all.py --scale

package: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.5'
	$(BIN)/pyinstaller packaging/stallapp.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	tar -C dist -czf dist/stallapp-linux-$$(uname -m).tar.gz stallapp
	@echo "built dist/stallapp/stallapp and dist/stallapp-linux-$$(uname -m).tar.gz"

package-check: package
	bash scripts/package_check.sh dist/stallapp/stallapp

# Qt translation catalogues: resources/translations/stallapp_<area>_<lang>.ts, compiled to .qm.
# lupdate keeps existing translations and marks new strings unfinished; translate them (Qt
# Linguist or an editor), then run this again to compile. tests/ui/test_translations.py fails
# while any message lacks a Chinese translation.
TS_DIR := resources/translations
TS_LANGS := en zh_Hant zh_Hans
KIOSK_SOURCES := $(wildcard stallapp/ui/*.py stallapp/ui/shared/*.py stallapp/ui/stall/*.py stallapp/ui/kiosk/*.py)
ORGANISER_SOURCES := $(wildcard stallapp/ui/organiser/*.py)
COORDINATOR_SOURCES := $(wildcard stallapp/ui/coordinator/*.py)

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(KIOSK_SOURCES) -no-obsolete -locations none \
		$(foreach l,$(TS_LANGS),-ts $(TS_DIR)/stallapp_kiosk_$(l).ts)
	$(BIN)/pyside6-lupdate $(ORGANISER_SOURCES) -no-obsolete -locations none \
		$(foreach l,$(TS_LANGS),-ts $(TS_DIR)/stallapp_organiser_$(l).ts)
	$(BIN)/pyside6-lupdate $(COORDINATOR_SOURCES) -no-obsolete -locations none \
		$(foreach l,$(TS_LANGS),-ts $(TS_DIR)/stallapp_coordinator_$(l).ts)
	for f in $(TS_DIR)/*.ts; do $(BIN)/pyside6-lrelease -silent "$$f" -qm "$${f%.ts}.qm" || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache mutants
