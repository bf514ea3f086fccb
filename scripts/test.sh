#!/usr/bin/env bash
# README command 2: install what the tests need and run every test:
# formatting and lints, native core tests, the wasm mount test in headless Chromium,
# the release build with its transfer sizes (against the budget) and without the
# tests' hooks, and the end-to-end suite on the same build with the hooks (dist-e2e/).
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
cargo clippy -p samskabelsesatlas -p loader-worker --target wasm32-unknown-unknown \
  --features samskabelsesatlas/test-hooks,loader-worker/test-hooks -- -D warnings

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

# The tests' hooks (feature test-hooks: window.__atlasWorkerFault, the loader
# worker's panic and memory hoard) are compiled only into the e2e build; these
# strings are in it and never in the release build.
HOOKS=("__atlasWorkerFault" "a panic asked for by a test")
hooks_in() { grep -rlaF --include='*.wasm' --include='*.js' -e "$1" "$2" || true; }

step "release build: transfer sizes against the budget, no test hooks"
trunk build --release
node scripts/sizes.mjs dist
for hook in "${HOOKS[@]}"; do
  if [[ -n "$(hooks_in "$hook" dist)" ]]; then
    echo "The release build carries the tests' hook «$hook» ($(hooks_in "$hook" dist)): it must be behind the test-hooks feature." >&2
    exit 1
  fi
done

step "e2e build: the release build with the tests' hooks (--features test-hooks) in dist-e2e/"
trunk build --release --features test-hooks --dist dist-e2e
for hook in "${HOOKS[@]}"; do
  if [[ -z "$(hooks_in "$hook" dist-e2e)" ]]; then
    echo "The e2e build has no «$hook»: the check of the release build above would prove nothing." >&2
    exit 1
  fi
done

step "end-to-end tests in headless Chromium (the e2e build)"
(cd tests/e2e && E2E_DIST="$ROOT/dist-e2e" npx playwright test)
