#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks: Debian's Chromium and Firefox ESR (the tests and the demo
# drive these, never a downloaded browser), Chromium's Chinese UI (the extension's default locale is
# zh_CN, and Chromium shows an extension's messages in its own UI language), CJK fonts for readable
# screenshots, Xvfb, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
dpkg -s chromium-l10n >/dev/null 2>&1 || need+=(chromium-l10n)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    echo "setup: installing ${need[*]} (sudo)"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: please install: ${need[*]} (apt-get install -y ${need[*]})" >&2
    exit 1
  fi
fi

# Debian's Dask for the corpus driver's check (scripts/corpus/check_dask_driver.py), without the
# recommended scientific stack (matplotlib, scipy, …) the driver never imports.
if ! /usr/bin/python3 -c 'import dask, distributed' >/dev/null 2>&1; then
  py=(python3-dask python3-distributed)
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${py[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${py[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    echo "setup: installing ${py[*]} (sudo)"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${py[@]}" >/dev/null
  else
    echo "setup: the Dask driver check needs: apt-get install -y ${py[*]}" >&2
  fi
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
