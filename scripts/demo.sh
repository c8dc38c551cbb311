#!/usr/bin/env bash
# The main job on a fresh Debian machine: set up, build the extension, serve the sample pages on
# 127.0.0.1, open Chromium with the extension on a sample page, print the card, write screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/lib/setup.sh
npx wxt build --mode e2e >/dev/null
exec npx tsx scripts/demo.ts "$@"
