#!/usr/bin/env bash
# One command on a fresh machine: install redline, code the bundled example articles into the
# default DuckDB store (./redline.duckdb) and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh none
.venv/bin/redline demo "$@"
