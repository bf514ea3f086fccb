#!/usr/bin/env bash
# README command 2: install what the tests need and run every test:
# formatting and lints, native core tests, the wasm mount test in headless Chromium,
# the release build with its transfer sizes, and the end-to-end suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-build.sh"
cd "$ROOT"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "installing Debian's chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  step "installing Debian's poppler-utils (the handout tests read the PDFs back)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
if ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json 2>/dev/null; then
  step "installing the end-to-end test packages (npm ci)"
  (cd tests/e2e && npm ci --silent --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
fi

step "cargo fmt --check"
cargo fmt --all -- --check
step "clippy (core, native, with and without reprojection; app and loader worker, wasm) with -D warnings"
cargo clippy -p atlas-core -p atlas-derive --all-targets -- -D warnings
cargo clippy -p atlas-core --no-default-features -- -D warnings
cargo clippy -p samskabelsesatlas --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy -p loader-worker --target wasm32-unknown-unknown -- -D warnings

step "native core tests (and the example derivation)"
SKIPS="${CARGO_TARGET_DIR:-target}/tmp/shared-skips.txt"
rm -f "$SKIPS"
cargo test -p atlas-core -p atlas-derive
if [[ -s "$SKIPS" ]]; then
  printf '\033[1mSKIPPED: %s real-data checks in %s tests (ATLAS_SKIP_SHARED=1, ../shared/data absent)\033[0m\n' \
    "$(wc -l < "$SKIPS")" "$(cut -f1 "$SKIPS" | sort -u | wc -l)"
fi

step "wasm mount test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p samskabelsesatlas --target wasm32-unknown-unknown --test mount

step "release build"
trunk build --release
node scripts/sizes.mjs dist

step "end-to-end tests in headless Chromium (release build)"
(cd tests/e2e && npx playwright test)
