#!/usr/bin/env bash
# The benchmark (separate from the tests): builds the release app, serves it and a D3
# reference page on loopback, and drives headless Chromium over the demo, real files
# from ../shared/data (skipped with a message when absent) and a generated ~50 MB file.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-build.sh
source scripts/setup-build.sh
if ! command -v chromium >/dev/null; then
  apt-get install -y chromium chromium-driver >/dev/null
fi
if ! cmp -s bench/package-lock.json bench/node_modules/.installed-lock.json 2>/dev/null; then
  (cd bench && npm ci --silent --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
fi
trunk build --release
node bench/run.mjs
