"""Regenerate the fifth-look blind corpus: python build.py OUT"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog  # noqa: E402
import common  # noqa: E402
import emails1, emails2, emails3, files_pdf, files_other, notorders  # noqa: E402,E401


def main(out):
    os.makedirs(out, exist_ok=True)
    catalog.write(os.path.join(out, "catalog.csv"))
    common.write_customers(os.path.join(out, "customers.csv"))
    n = 0
    for mod in (emails1, emails2, emails3, notorders):
        for name, text, exp in mod.DOCS:
            common.save_eml(out, name, text)
            common.write_expected(out, name, exp)
            n += 1
    for mod in (files_pdf, files_other):
        for name, ext, data, exp in mod.DOCS:
            path = os.path.join(out, f"{name}.{ext}")
            if isinstance(data, bytes):
                with open(path, "wb") as f:
                    f.write(data)
            else:
                with open(path, "w", newline="") as f:
                    f.write(data)
            common.write_expected(out, name, exp)
            n += 1
    for name, _t, exp in [d for m in (emails1, emails2, emails3, notorders) for d in m.DOCS] + \
            [(d[0], None, d[3]) for m in (files_pdf, files_other) for d in m.DOCS]:
        for ln in exp.get("lines", []):
            if ln["sku"] is not None and ln["sku"] not in catalog.SKUS:
                raise SystemExit(f"{name}: unknown sku {ln['sku']}")
    print(f"wrote {n} documents to {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
