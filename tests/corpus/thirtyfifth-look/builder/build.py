#!/usr/bin/env python3
"""Regenerate the whole corpus: python3 builder/build.py"""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, write_catalog_customers
import emails_a, emails_b, pdfs, sheets_other

for pat in ("*.eml", "*.expected.json", "*.xlsx", "s0*.csv"):
    for p in glob.glob(os.path.join(OUT, pat)):
        os.remove(p)
write_catalog_customers()
for m in (emails_a, emails_b, pdfs, sheets_other):
    m.build()
print("documents:", len(glob.glob(os.path.join(OUT, "*.expected.json"))))
