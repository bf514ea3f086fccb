#!/usr/bin/env bash
# Derive the built-in examples in public/ (demo boundaries, Københavns bydele i tal)
# from the real files in ../shared/data. Re-running gives the same bytes; the test
# `tools/derive/tests/examples.rs` checks that the committed files are exactly this output.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo run -q -p atlas-derive --release -- "${1:-../shared/data}"
