#!/usr/bin/env bash
# Work-plan benchmark (issue #4) on a release build: every TARGET WAKTU cell of the seed
# plans' tables (converted to CSV by the seed tests), a 500-row plan import into a fresh
# SQLite database, and the document of a 150-action plan (rendered, and over HTTP).
# Extra arguments go to `sizi bench plan` (e.g. --rows 2000 --repeats 20).
set -euo pipefail
cd "$(dirname "$0")/.."
tables=$(mktemp -d)
trap 'rm -rf "$tables"' EXIT
SIZI_SEED_TABLES_DIR=$tables swift test --disable-swift-testing --filter 'PlanImportSeedTests' >/dev/null 2>&1 \
  || { echo 'the seed tests (which write the tables) failed'; exit 1; }
swift build -c release --product sizi --scratch-path .build-release >/dev/null 2>&1
.build-release/release/sizi bench plan --tables "$tables"/*.csv "$@"
