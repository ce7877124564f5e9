#!/usr/bin/env python3
"""Regenerate the whole corpus: python3 builder/build.py  (needs reportlab, openpyxl)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import common, emails_a, emails_b, emails_c, pdfs, sheets

for p in common.OUT.iterdir():
    if p.is_file() and p.suffix in (".eml", ".json", ".xlsx", ".csv", ".pdf"):
        p.unlink()
common.write_catalog()
for mod in (emails_a, emails_b, emails_c, pdfs, sheets):
    mod.build()
print("built", len(list(common.OUT.glob("*.expected.json"))), "labelled documents")
