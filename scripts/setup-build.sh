# Sourced by demo.sh, test.sh and bench scripts: installs what the build needs and
# is missing, then puts it on PATH. Every step is skipped when already present, so a
# second run takes seconds. Nothing here lets Trunk download: the tools it uses are
# pinned in Trunk.toml and installed from crates.io / npm by name.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")"

step() { printf '\033[1m==> [%s] %s\033[0m\n' "$(date +%H:%M:%S)" "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock; about 2 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! "$ROOT/.tools/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  step "installing wasm-opt (binaryen $BINARYEN_VERSION from npm) into .tools/"
  mkdir -p "$ROOT/.tools"
  npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix "$ROOT/.tools" "binaryen@$BINARYEN_VERSION"
fi
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# Fail loudly rather than let Trunk reach for the network.
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "$ROOT/Trunk.toml" \
  || { echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WASM_BINDGEN_VERSION" >&2; exit 1; }
