#!/usr/bin/env python3
"""Re-read every document in the corpus folder and check its label against the text.

Checks: kind; PO number present; ISO dates; every line's description present verbatim, quantity and
unit price present near it; SKU exists in catalog.csv and its UoM agrees (except listed piece orders);
customer known in customers.csv with matching sender domain, or a declared unknown sender that is not
in customers.csv; ship-to street and postal code present in the text.
Run: builder/.venv/bin/python builder/check.py
"""
import csv
import datetime as dt
import email
import glob
import io
import json
import os
import re
import sys

import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "um": 1, "uma": 1, "una": 1, "couple": 2,
         "two": 2, "dos": 2, "deux": 2, "duas": 2, "dois": 2, "three": 3, "tres": 3, "trois": 3, "três": 3,
         "five": 5, "cinco": 5, "cinq": 5, "ten": 10, "dez": 10, "diez": 10, "dix": 10, "twelve": 12}

# lines whose quantity is stated away from the description (an amendment in prose)
QTY_ANYWHERE = {("e27_mapleleaf_change_qty", "TP-48100-CL-HM")}
# lines ordered in pieces (EA) for an item sold by the bundle: UoM differs from the catalog on purpose
PIECE_LINES = {("e17_junction_pieces", "BX-161212-32"), ("e17_junction_pieces", "BX-121208-32"),
               ("e35_junction_correction", "BX-161212-32"), ("e35_junction_correction", "BX-121210-32"),
               ("e41_bajio_es", "BX-121212-DW"), ("e41_bajio_es", "BX-161616-DW")}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of_xlsx(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def text_of_pdf(data):
    r = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def read_doc(path):
    """returns (text, sender_address or None, info dict)"""
    info = {"pdf_pages": []}
    if path.endswith(".eml"):
        m = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
        parts = []
        for p in m.walk():
            ct = p.get_content_type()
            fn = p.get_filename()
            if ct == "text/plain" and not fn:
                parts.append(p.get_content())
            elif ct == "application/pdf":
                t, n = text_of_pdf(p.get_payload(decode=True))
                info["pdf_pages"].append(n)
                parts.append(t)
            elif fn and fn.endswith(".xlsx"):
                parts.append(text_of_xlsx(p.get_payload(decode=True)))
            elif fn and fn.endswith(".csv"):
                parts.append(p.get_payload(decode=True).decode("utf-8"))
        sender = email.utils.parseaddr(m["From"])[1]
        return "\n".join(parts), sender, info
    if path.endswith(".xlsx"):
        return text_of_xlsx(open(path, "rb").read()), None, info
    if path.endswith(".csv"):
        return open(path, encoding="utf-8").read(), None, info
    raise ValueError(path)


def num_variants(v):
    out = set()
    if float(v).is_integer():
        out.add(str(int(v)))
    s2 = f"{v:.2f}"
    out |= {s2, s2.replace(".", ","), f"{v:,.2f}", f"{v:,.2f}".replace(",", " ").replace(".", ","),
            f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")}
    out.add(("%f" % v).rstrip("0").rstrip("."))
    return out


def has_number(window, v):
    for s in num_variants(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", window):
            return True
    return False


def has_qty(window, q):
    if has_number(window, q):
        return True
    for w, n in WORDS.items():
        if n == q and re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", window, re.I):
            return True
    return False


def valid_iso(d):
    if d is None:
        return True
    try:
        return dt.date.fromisoformat(d).isoformat() == d
    except Exception:
        return False


def main():
    errors = []
    cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(ROOT, "catalog.csv"), encoding="utf-8"))}
    custs = list(csv.DictReader(open(os.path.join(ROOT, "customers.csv"), encoding="utf-8")))
    cust_by_name = {c["name"]: c for c in custs}
    domains = {d: c["name"] for c in custs for d in c["email_domains"].split(";")}
    index = {d["stem"]: d for d in json.load(open(os.path.join(HERE, "index.json"), encoding="utf-8"))}
    counts = {"eml_plain_orders": 0, "eml_pdf": 0, "sheets": 0, "not_orders": 0, "unknown": set(), "lines": 0}

    docs = sorted(glob.glob(os.path.join(ROOT, "*.eml")) + glob.glob(os.path.join(ROOT, "*.xlsx")) +
                  [p for p in glob.glob(os.path.join(ROOT, "*.csv"))
                   if os.path.basename(p) not in ("catalog.csv", "customers.csv")])
    for path in docs:
        stem = os.path.basename(path).rsplit(".", 1)[0]
        ep = os.path.join(ROOT, stem + ".expected.json")

        def err(msg):
            errors.append(f"{stem}: {msg}")

        if not os.path.exists(ep):
            err("no expected.json")
            continue
        exp = json.load(open(ep, encoding="utf-8"))
        text, sender, info = read_doc(path)
        ntext = norm(text)
        meta = index.get(stem)
        if meta is None:
            err("not in builder index")
            continue
        if exp["kind"] not in ("purchase_order", "invoice", "not_an_order"):
            err("bad kind")
        if meta["attachments"] and any(a.endswith(".pdf") for a in meta["attachments"]):
            if not info["pdf_pages"]:
                err("pdf attachment missing")
        if exp["kind"] != "purchase_order":
            counts["not_orders"] += 1
            continue
        if path.endswith(".eml") and not meta["attachments"]:
            counts["eml_plain_orders"] += 1
        elif info["pdf_pages"]:
            counts["eml_pdf"] += 1
        else:
            counts["sheets"] += 1
        # header
        po = exp.get("po_number")
        if po is not None and norm(po) not in ntext:
            err(f"PO {po!r} not in text")
        for k in ("order_date", "requested_date"):
            if not valid_iso(exp.get(k)):
                err(f"{k} not ISO: {exp.get(k)}")
        cur = exp.get("currency")
        if cur is not None and cur not in ("USD", "CAD", "MXN", "AUD", "NZD"):
            err(f"currency {cur}")
        if cur is not None and cur not in text and not (cur == "USD" and "$" in text) \
                and not (cur == "CAD" and "$" in text):
            err(f"currency {cur} not evidenced")
        cust = exp.get("customer")
        if meta["unknown"]:
            counts["unknown"].add(cust)
            if cust in cust_by_name:
                err("declared unknown but in customers.csv")
            if sender and sender.split("@")[1] in domains:
                err("unknown sender's domain is in customers.csv")
            if cust and cust not in text:
                err(f"unknown customer name {cust!r} not printed in document")
        else:
            if cust not in cust_by_name:
                err(f"customer {cust!r} not in customers.csv")
            if sender:
                dom = sender.split("@")[1]
                if domains.get(dom) != cust:
                    err(f"sender domain {dom} maps to {domains.get(dom)!r}, label says {cust!r}")
        st = exp.get("ship_to")
        if st:
            for k in ("street", "postal_code"):
                if st.get(k) and norm(st[k]) not in ntext:
                    err(f"ship_to.{k} {st[k]!r} not in text")
            if st.get("name") and norm(st["name"]) not in ntext:
                err(f"ship_to.name {st['name']!r} not in text")
        # lines
        if not exp["lines"]:
            err("no lines")
        for ln in exp["lines"]:
            counts["lines"] += 1
            sku = ln.get("sku")
            if sku not in cat:
                err(f"sku {sku} not in catalog")
                continue
            if ln["uom"] != cat[sku]["uom"] and (stem, sku) not in PIECE_LINES:
                err(f"{sku}: uom {ln['uom']} != catalog {cat[sku]['uom']}")
            if (stem, sku) in PIECE_LINES and ln["uom"] != "EA":
                err(f"{sku}: piece line should be EA")
            d = norm(ln["description"])
            pos = [m.start() for m in re.finditer(re.escape(d), ntext)]
            if not pos:
                err(f"description not verbatim: {d!r}")
                continue
            if ln.get("customer_part") and not any(
                    ln["customer_part"] in ntext[max(0, p - 160): p + len(d) + 40] for p in pos):
                err(f"customer_part {ln['customer_part']} not next to {d!r}")
            windows = [ntext[max(0, p - 120): p + len(d) + 120] for p in pos]
            q = ln["quantity"]
            if (stem, sku) in QTY_ANYWHERE:
                if not has_qty(ntext, q):
                    err(f"qty {q} for {sku} nowhere in text")
            elif not any(has_qty(w, q) for w in windows):
                err(f"qty {q} not near {d!r}")
            pr = ln.get("unit_price")
            if pr is not None and not any(has_number(w, pr) for w in windows):
                err(f"price {pr} not near {d!r}")
    # corpus-level checks
    if counts["eml_plain_orders"] < 40:
        errors.append(f"only {counts['eml_plain_orders']} plain order mails")
    if counts["eml_pdf"] < 10:
        errors.append(f"only {counts['eml_pdf']} PDF mails")
    if counts["sheets"] < 4:
        errors.append(f"only {counts['sheets']} sheet/csv orders")
    if counts["not_orders"] < 4:
        errors.append(f"only {counts['not_orders']} non-orders")
    if len(counts["unknown"]) < 5:
        errors.append("fewer than 5 unknown senders")
    print(f"documents: {len(docs)}  plain order mails: {counts['eml_plain_orders']}  PDF mails: {counts['eml_pdf']}  "
          f"sheets/csv: {counts['sheets']}  not orders: {counts['not_orders']}  lines: {counts['lines']}  "
          f"unknown senders: {sorted(counts['unknown'])}")
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    import email.policy  # noqa: F401
    import email.utils  # noqa: F401
    sys.exit(main())
