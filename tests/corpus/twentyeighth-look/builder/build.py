"""Build the twentyeighth-look blind set. Run: /tmp/tl_venv/bin/python build.py
(needs fpdf2 + openpyxl; the product venv lacked both, so a scratch venv was used)."""
import glob, os
from lib import OUT, DOCS, write_catalog
import docs_a, docs_b, docs_c, docs_d

for pat in ("*.eml", "*.pdf", "*.xlsx", "*.csv", "*.expected.json"):
    for p in glob.glob(os.path.join(OUT, pat)):
        os.remove(p)
write_catalog()
for m in (docs_a, docs_b, docs_c, docs_d):
    m.build()
with open(os.path.join(OUT, "DOCLIST.txt"), "w") as f:  # README list source (deleted after README built)
    for n, note in DOCS:
        f.write(f"{n}\t{note}\n")
print(len(DOCS), "documents")
