import json, os
from catalog_data import CATALOG, CUSTOMERS
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
idx = json.load(open(os.path.join(os.path.dirname(__file__), "index.json")))
def kind_of(n):
    if n.startswith("n0"): return "not an order"
    if n.startswith("p"): return "e-mail + PDF PO"
    if n.startswith("s"): return "spreadsheet/CSV"
    return "plain e-mail"
from collections import Counter
cnt = Counter(kind_of(n) for n, *_ in idx)
rows = "\n".join(f"| `{n}` | {kind_of(n)} | {c or '-'} | {l} | {t} |" for n, k, c, l, t in idx)
head = open(os.path.join(os.path.dirname(__file__), "README_head.md")).read()
txt = head.replace("{COUNTS}", "\n".join(f"| {k} | {v} |" for k, v in sorted(cnt.items()))).replace("{NCAT}", str(len(CATALOG))).replace("{NCUST}", str(len(CUSTOMERS)))
txt += "\n## One line per document\n\n| file | type | customer (label) | lines | what it tests |\n|---|---|---|---|---|\n" + rows + "\n"
open(os.path.join(OUT, "README.md"), "w").write(txt)
