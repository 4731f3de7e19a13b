#!/usr/bin/env bash
# Builds dist/vardmote-desktop/ (a folder IT copies or wraps into an MSI) with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
# The package's dependencies and PyInstaller at the pinned versions (installer/constraints.txt,
# `make constraints`), so that a build is reproducible; the package itself is bundled from here.
"$PYTHON" installer/lowest.py requirements >"${WORK:-build}.requirements.txt"
"$PYTHON" -m pip install --quiet --constraint installer/constraints.txt \
  -r "${WORK:-build}.requirements.txt" "pyinstaller>=6"
rm -f "${WORK:-build}.requirements.txt"
# The English .qm ships as committed: refuse to bundle one the .ts does not compile to.
"$PYTHON" installer/translations.py --check --qm-only
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "${DIST:-dist}" --workpath "${WORK:-build}" installer/vardmote-desktop.spec
echo "built ${DIST:-dist}/vardmote-desktop"
