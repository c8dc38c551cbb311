#!/usr/bin/env bash
# Every test, as CI runs it: lint, types, web-ext lint of the Firefox build, unit tests in Node, the Dask corpus
# driver against the CLI, then the built extension in real Chromium and real Firefox. Installs what it needs first (scripts/lib/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/lib/setup.sh
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json

status=0
npm run --silent lint || status=1
npm run --silent typecheck || status=1
# The Firefox store build through Mozilla's linter: no error, no warning about our own code.
npm run --silent build:firefox >/dev/null || { echo "build:firefox failed"; status=1; }
node scripts/lint-firefox.mjs || status=1
# The prebuilt CLI (dist-cli/) that the CLI tests and the Dask check run (bin/govlens.mjs).
npm run --silent build:cli >/dev/null || { echo "build:cli failed"; status=1; }
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
# The Dask driver on a 2-worker LocalCluster gives, file for file, the CLI's lines (Debian's python3-dask).
if /usr/bin/python3 -c 'import dask, distributed' >/dev/null 2>&1; then
  /usr/bin/python3 scripts/corpus/check_dask_driver.py || status=1
elif [ "${CI:-}" = true ]; then
  echo "dask driver check: python3-dask/python3-distributed missing in CI (scripts/lib/setup.sh installs them)"
  status=1
else
  echo "dask driver check SKIPPED: python3-dask and python3-distributed are not installed here (apt-get install -y python3-dask python3-distributed)"
fi
npm run --silent build:e2e >/dev/null || { echo "build:e2e failed"; status=1; }
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1
node scripts/lib/summarize-results.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
