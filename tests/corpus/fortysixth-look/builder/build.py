"""Builds the whole set: /work/main/.venv/bin/python builder/build.py"""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, emlkit
import emails_a, emails_b, pdfs, sheets_misc  # noqa: F401  (they register documents)

for f in glob.glob(os.path.join(common.OUT, "*.eml")) + glob.glob(os.path.join(common.OUT, "*.expected.json")):
    os.remove(f)
common.write_catalog()
common.write_customers()
emlkit.write_all()
print(len(emlkit.DOCS), "documents written")
