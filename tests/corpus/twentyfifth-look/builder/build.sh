#!/bin/sh
# Rebuild the whole set into the parent folder.
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python   # used only as an interpreter with reportlab + openpyxl
$PY -c "import common; common.write_ref()"
$PY emails.py
$PY emails2.py
$PY pdfs.py
$PY sheets.py
$PY notorders.py
