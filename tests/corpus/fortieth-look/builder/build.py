#!/usr/bin/env python3
"""Generate the corpus into the parent folder. Run: builder/.venv/bin/python builder/build.py"""
import csv
import json
import os
import sys
import tempfile
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from catalog import CATALOG, CUSTOMERS  # noqa: E402
import helpers  # noqa: E402
import docs_mail  # noqa: E402,F401
import docs_attach  # noqa: E402,F401
from render import pdf_po, xlsx  # noqa: E402


def write_catalog():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for s, d, u, p, g, k in CATALOG:
            w.writerow([s, d, u, f"{p:.2f}", g, k])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                    "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for row in CUSTOMERS:
            w.writerow(row)


def attachment_bytes(kind, spec):
    fd, tmp = tempfile.mkstemp()
    os.close(fd)
    if kind == "pdf":
        pdf_po(tmp, spec)
    elif kind == "xlsx":
        xlsx(tmp, spec)
    elif kind == "csv":
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(spec)
    data = open(tmp, "rb").read()
    os.unlink(tmp)
    return data


MIME = {"pdf": ("application", "pdf"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "csv": ("text", "csv")}


def write_docs():
    seen = set()
    for i, d in enumerate(helpers.DOCS):
        name = d["name"]
        stem = name.rsplit(".", 1)[0] if d["type"] != "eml" else name
        assert stem not in seen, stem
        seen.add(stem)
        if d["type"] == "eml":
            m = EmailMessage()
            m["From"] = d["frm"]
            m["To"] = d["to"]
            if d.get("cc"):
                m["Cc"] = d["cc"]
            m["Date"] = d["date"]
            m["Subject"] = d["subject"]
            m["Message-ID"] = f"<{stem}.{i}@mail.example>"
            m.set_content(d["body"])
            for kind, fname, spec in d["attach"]:
                data = attachment_bytes(kind, spec)
                mt, st = MIME[kind]
                m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
            with open(os.path.join(OUT, stem + ".eml"), "wb") as f:
                f.write(bytes(m))
        elif d["type"] == "csv":
            with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
                f.write(d["spec"])
        elif d["type"] == "xlsx":
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(attachment_bytes("xlsx", d["spec"]))
        with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(d["exp"], f, ensure_ascii=False, indent=2)
            f.write("\n")
    # machine-readable index used by check.py and README
    idx = [{"stem": (d["name"] if d["type"] == "eml" else d["name"].rsplit(".", 1)[0]),
            "file": (d["name"] + ".eml" if d["type"] == "eml" else d["name"]),
            "note": d["note"], "unknown": d["unknown"], "kind": d["exp"]["kind"],
            "attachments": [a[1] for a in d.get("attach", [])]} for d in helpers.DOCS]
    with open(os.path.join(HERE, "index.json"), "w", encoding="utf-8") as f:
        json.dump(idx, f, ensure_ascii=False, indent=1)
    return idx


if __name__ == "__main__":
    write_catalog()
    idx = write_docs()
    print(f"wrote {len(idx)} documents, {len(CATALOG)} catalog rows, {len(CUSTOMERS)} customers")
