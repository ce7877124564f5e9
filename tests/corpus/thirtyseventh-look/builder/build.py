"""Generate the corpus into the parent folder. Run: builder/.venv/bin/python builder/build.py"""
import csv, json, os, sys, copy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from common import DOCS
import docs_a, docs_b, docs_c, docs_d, docs_e  # noqa: F401  (register documents)
from catalog import CATALOG
from customers import CUSTOMERS


def main():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price"])
        for sku, d, u, p in CATALOG:
            w.writerow([sku, d, u, f"{p:.2f}"])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
        for cid, n, dom, (sn, ss, sc, sp, sco) in CUSTOMERS:
            w.writerow([cid, n, dom, sn, ss, sc, sp, sco])
    names = set()
    derived = {}
    manifest = []
    for d in DOCS:
        assert d["name"] not in names, d["name"]; names.add(d["name"])
        fn = f"{d['name']}.{d['ext']}"
        data = d["build"]()
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        exp = copy.deepcopy(d["expected"])
        if exp.get("ship_to") == "OMIT":
            del exp["ship_to"]
        for i, ln in enumerate(exp.get("lines", [])):
            if "_derived" in ln:
                derived.setdefault(fn, []).append({"line": i, "why": ln.pop("_derived")})
        with open(os.path.join(OUT, f"{d['name']}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
        manifest.append({"file": fn, "lang": d["lang"], "what": d["what"], "kind": exp["kind"],
                         "lines": len(exp.get("lines", []))})
    json.dump(derived, open(os.path.join(HERE, "derived.json"), "w"), indent=2)
    json.dump(manifest, open(os.path.join(HERE, "manifest.json"), "w"), indent=2, ensure_ascii=False)
    print(len(DOCS), "documents written")


if __name__ == "__main__":
    main()
