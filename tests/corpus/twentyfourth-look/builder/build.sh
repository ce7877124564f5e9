#!/bin/sh
# Rebuild the whole set. Needs a Python with reportlab, fpdf2 and openpyxl.
set -e
PY=${PY:-/work/main/.venv/bin/python}
cd "$(dirname "$0")"
$PY write_master.py
$PY docs_pdf.py
$PY docs_sheets.py
$PY docs_email.py
$PY check.py
