"""Validate every label against catalog.csv, customers.csv and EVAL_FORMAT.md conventions."""
import csv
import datetime as dt
import email
import glob
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from masterdata import UNKNOWN_CUSTOMERS  # noqa: E402

KINDS = {"purchase_order", "invoice", "not_an_order"}
UOMS = {"EA", "DZ", "CS", "BX", "PK", "RL", "GAL", "PC"}
HEADER = ["kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"]
LINE_KEYS = ["sku", "customer_part", "description", "quantity", "uom", "unit_price"]
SHIP_KEYS = ["name", "street", "city", "region", "postal_code", "country"]
DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")

errors = []


def err(msg):
    errors.append(msg)


def xlsx_text(data):
    import io
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), data_only=True)
    return "\n".join(" ".join("" if v is None else str(v) for v in row) for ws in wb for row in ws.iter_rows(values_only=True))


def doc_text(name, data):
    """Plain text of a document (PDFs are written uncompressed so their strings are visible)."""
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "xlsx":
        return xlsx_text(data)
    if ext != "eml":
        return data.decode("latin-1").replace("\\(", "(").replace("\\)", ")")
    msg = email.message_from_bytes(data)
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        out.append(doc_text(part.get_filename() or ("x." + ("eml" if part.get_content_maintype() == "text" else "bin")), part.get_payload(decode=True))
                   if part.get_filename() else part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(out)


def main():
    with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["sku", "description", "uom", "unit_price", "gtin", "pack_size"]:
        err("catalog.csv header %r" % rows[0])
    cat = {}
    for r in rows[1:]:
        if r[0] in cat:
            err("duplicate sku %s" % r[0])
        cat[r[0]] = r
        if r[2] not in UOMS:
            err("catalog uom %s %s" % (r[0], r[2]))
        float(r[3])
        if r[4]:
            d = [int(c) for c in r[4]]
            if len(d) != 12 or (3 * sum(d[0:11:2]) + sum(d[1:11:2]) + d[11]) % 10:
                err("bad GTIN %s %s" % (r[0], r[4]))
    with open(os.path.join(OUT, "customers.csv"), encoding="utf-8") as f:
        crow = list(csv.DictReader(f))
    names = {c["name"] for c in crow} | {c["customer_id"] for c in crow}
    domains = {d for c in crow for d in c["email_domains"].split(";")}

    docs = [p for p in sorted(os.listdir(OUT)) if p.endswith(DOC_EXT) and p not in ("catalog.csv", "customers.csv")]
    labels = sorted(glob.glob(os.path.join(OUT, "*.expected.json")))
    stems = {d.rsplit(".", 1)[0] for d in docs}
    if len(stems) != len(docs):
        err("two documents share a stem")
    for lp in labels:
        stem = os.path.basename(lp)[:-len(".expected.json")]
        if stem not in stems:
            err("label without document: %s" % lp)
    counts = {}
    for d in docs:
        stem = d.rsplit(".", 1)[0]
        lp = os.path.join(OUT, stem + ".expected.json")
        if not os.path.exists(lp):
            err("document without label: %s" % d)
            continue
        e = json.load(open(lp, encoding="utf-8"))
        ext = d.rsplit(".", 1)[1]
        counts[(ext, e.get("kind"))] = counts.get((ext, e.get("kind")), 0) + 1
        where = d
        if e.get("kind") not in KINDS:
            err("%s: kind %r" % (where, e.get("kind")))
        cust = e.get("customer")
        if cust is not None and cust not in names and cust not in UNKNOWN_CUSTOMERS:
            err("%s: customer %r not in customers.csv nor declared unknown" % (where, cust))
        data = open(os.path.join(OUT, d), "rb").read()
        text = doc_text(d, data).lower()
        if ext == "eml":
            m = email.message_from_bytes(data)
            if not m["From"] or not m["Date"] or not m["Subject"]:
                err("%s: missing headers" % where)
            dom = m["From"].split("@")[-1].strip("> ").lower()
            if cust in names and dom not in domains and not dom.endswith("gmail.com"):
                err("%s: sender domain %s not on customer's list" % (where, dom))
        elif ext == "pdf" and not data.startswith(b"%PDF"):
            err("%s: not a PDF" % where)
        elif ext == "xlsx":
            zipfile.ZipFile(os.path.join(OUT, d)).testzip()
        if e["kind"] == "not_an_order":
            if e.get("lines"):
                err("%s: not_an_order with lines" % where)
            continue
        if list(e.keys()) != HEADER:
            err("%s: header keys %r" % (where, list(e.keys())))
        for k in ("order_date", "requested_date"):
            if e[k] is not None:
                dv = dt.date.fromisoformat(e[k])
                if dv.year != 2026:
                    err("%s: %s not in 2026" % (where, k))
        if e["currency"] not in (None, "USD"):
            err("%s: currency" % where)
        says_usd = "$" in text or "usd" in text
        if (e["currency"] == "USD") != says_usd:
            err("%s: currency %r but document %s a currency" % (where, e["currency"], "states" if says_usd else "never states"))
        if e["po_number"] is not None and e["po_number"].lower() not in text:
            err("%s: po_number %s not in document" % (where, e["po_number"]))
        if e["ship_to"] is not None and e["ship_to"]["street"].lower() not in text:
            err("%s: ship_to street not in document" % where)
        if e["ship_to"] is not None:
            if list(e["ship_to"].keys()) != SHIP_KEYS or not all(e["ship_to"].values()):
                err("%s: ship_to %r" % (where, e["ship_to"]))
        if not e["lines"]:
            err("%s: order without lines" % where)
        for i, ln in enumerate(e["lines"], 1):
            w = "%s line %d" % (where, i)
            if list(ln.keys()) != LINE_KEYS:
                err("%s: keys" % w)
            if ln["sku"] is not None and ln["sku"] not in cat:
                err("%s: sku %s not in catalog" % (w, ln["sku"]))
            if not ln["description"]:
                err("%s: empty description" % w)
            if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
                err("%s: quantity" % w)
            if ln["uom"] not in UOMS:
                err("%s: uom %s" % (w, ln["uom"]))
            if ln["unit_price"] is not None:
                if ln["sku"] in cat and abs(float(cat[ln["sku"]][3]) - ln["unit_price"]) > 0.005:
                    err("%s: price %s differs from catalog %s" % (w, ln["unit_price"], cat[ln["sku"]][3]))
            if ln["customer_part"] and ln["customer_part"].lower() not in text:
                err("%s: customer_part %s not in document" % (w, ln["customer_part"]))
            if ln["sku"] in cat and ln["uom"] != cat[ln["sku"]][2]:
                err("%s: uom %s differs from catalog %s" % (w, ln["uom"], cat[ln["sku"]][2]))
            # the label's SKU, buyer part or quantity must be visible in the document text (cheap sanity check)
        skus = [ln["sku"] for ln in e["lines"] if ln["sku"]]
        if len(skus) != len(set(skus)):
            err("%s: duplicate sku lines" % where)
    n = len([d for d in docs if os.path.exists(os.path.join(OUT, d.rsplit(".", 1)[0] + ".expected.json"))])
    print("documents: %d  catalog items: %d  customers: %d" % (n, len(cat), len(crow)))
    for (ext, kind), c in sorted(counts.items()):
        print("  %-5s %-15s %d" % (ext, kind, c))
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for x in errors:
            print("  - " + x)
        sys.exit(1)
    print("OK: all labels valid")


if __name__ == "__main__":
    main()
