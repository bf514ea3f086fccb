#!/usr/bin/env bash
# README command 1: install what is missing and serve the demo on http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-build.sh"
cd "$ROOT"
step "building (release) and serving the demo on http://127.0.0.1:8080 — Ctrl+C stops"
exec trunk serve --release --no-autoreload
