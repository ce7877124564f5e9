"""Regenerate the sixth-look blind corpus: python build.py OUT"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import catalog  # noqa: E402
import common  # noqa: E402
import emails_a  # noqa: E402
import emails_b  # noqa: E402
import emails_c  # noqa: E402
import files  # noqa: E402
import notorders  # noqa: E402
import pdfs  # noqa: E402
import readme  # noqa: E402


def check(out):
    skus = catalog.SKUS
    names = {c[1] for c in catalog.CUSTOMERS}
    n = 0
    for fn in sorted(os.listdir(out)):
        if not fn.endswith(".expected.json"):
            continue
        d = json.load(open(os.path.join(out, fn), encoding="utf-8"))
        base = fn[: -len(".expected.json")]
        assert any(f.startswith(base + ".") and not f.endswith(".expected.json")
                   for f in os.listdir(out)), fn
        assert d.get("customer") in names or d.get("customer") is None, (fn, d.get("customer"))
        for ln in d["lines"]:
            assert ln["sku"] is None or ln["sku"] in skus, (fn, ln)
        n += 1
    return n


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    catalog.write(out)
    for mod in (emails_a, emails_b, emails_c, pdfs, files, notorders):
        mod.build(out)
    readme.write(out, common.MANIFEST)
    print(f"{check(out)} labelled documents, {len(catalog.ITEMS)} catalog items -> {out}")


if __name__ == "__main__":
    main()
