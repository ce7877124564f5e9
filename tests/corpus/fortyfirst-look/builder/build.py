#!/usr/bin/env python3
"""Regenerate the whole corpus: python builder/build.py (from the corpus folder, with the builder venv)."""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT
import catalog, mails, pdfs
for f in glob.glob(os.path.join(OUT, "*.eml")) + glob.glob(os.path.join(OUT, "*.expected.json")) + \
        glob.glob(os.path.join(OUT, "s0*.xlsx")) + glob.glob(os.path.join(OUT, "s0*.csv")):
    os.remove(f)
catalog.write(OUT)
n = mails.build() + pdfs.build_pdfs() + pdfs.build_sheets()
print("documents:", n)
