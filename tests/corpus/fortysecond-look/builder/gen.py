"""Regenerate the whole corpus: python builder/gen.py (needs reportlab + openpyxl)."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, mails1, mails2, pdfs, pdfs2, sheets

for f in glob.glob(os.path.join(common.OUT, "*")):
    if os.path.isfile(f) and not f.endswith("README.md"):
        os.remove(f)
common.write_catalog()
mails1.build(); mails2.build(); pdfs.build(); pdfs2.build(); sheets.build(); sheets.build_nonorders()
print("documents:", len(glob.glob(os.path.join(common.OUT, "*.expected.json"))))
