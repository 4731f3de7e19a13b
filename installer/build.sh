#!/usr/bin/env bash
# Builds dist/vardmote-desktop/ (a folder IT copies or wraps into an MSI) with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" -m pip install --quiet "pyinstaller>=6"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "${DIST:-dist}" --workpath "${WORK:-build}" installer/vardmote-desktop.spec
echo "built ${DIST:-dist}/vardmote-desktop"
