#!/usr/bin/env bash
# Install redline and everything it needs into ./.venv (idempotent). Used by demo.sh and test.sh.
# Usage: scripts/setup.sh [EXTRAS]   (EXTRAS defaults to "all"; the demo needs none)
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${1:-all}"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "redline needs Python 3.11 or newer ($PY is $("$PY" -V))" >&2; exit 1; }
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "$EXTRAS" = "none" ]; then SPEC="."; else SPEC=".[$EXTRAS]"; fi
.venv/bin/python -m pip install --quiet -e "$SPEC"
