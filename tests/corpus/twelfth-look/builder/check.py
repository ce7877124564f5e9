#!/usr/bin/env python3
"""Validate every label of the twelfth-look corpus against catalog.csv, customers.csv, the documents
themselves and builder/manifest.json. Exit 0 when everything passes, 1 otherwise.

Checks
  files     every NN-slug document has NN-slug.expected.json and vice versa; numbering 01..44
  schema    label keys/types per EVAL_FORMAT.md; ISO dates; kinds; line keys
  master    catalog: unique SKUs, valid GTIN-12 check digits, uoms, prices; customers: domains, ship-to fields
  refs      customer is a customers.csv name; ship_to equals one of that customer's sites; every non-null
            sku exists in catalog.csv; uom compatible with the catalog uom and pack
  numbers   quantity > 0; unit_price equals the catalog price in the line's uom unless the manifest records a
            price exception for that document; manifest subtotal == sum(quantity * unit_price)
  text      from the document's own text (eml parts + attachments, PDF text, xlsx cells, csv/edi/txt):
            PO number, customer_part codes, every quantity (digits or words) and every printed price occur;
            the customer is recognisable (sender domain or name); the ship-to is referenced
"""
import csv
import datetime as dt
import email
import html
import io
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")
TOP_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP_KEYS = {"name", "street", "city", "region", "postal_code", "country"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
KINDS = {"purchase_order", "invoice", "not_an_order"}
UOMS = {"EA", "CS", "BX", "PK", "DZ", "RL", "PC", "FT", "BDL"}
WORDS = {1: ["one", "a box", "a case"], 2: ["two", "couple"], 3: ["three"], 6: ["half a dozen", "six"],
         10: ["ten"], 12: ["dozen", "twelve"], 15: ["fifteen"], 24: ["twenty-four"], 48: ["forty-eight"],
         25: ["twenty-five"]}

errors = []
warnings = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


# ------------------------------------------------------------------ master data
def upc_ok(g):
    if not re.fullmatch(r"\d{12}", g):
        return False
    d = [int(x) for x in g]
    return (sum(d[0:11:2]) * 3 + sum(d[1:11:2]) + d[11]) % 10 == 0


def load_catalog():
    cat = {}
    gt = set()
    with open(os.path.join(ROOT, "catalog.csv"), newline="") as f:
        r = csv.DictReader(f)
        assert r.fieldnames == ["sku", "description", "uom", "unit_price", "gtin", "pack_size"], r.fieldnames
        for row in r:
            s = row["sku"]
            if s in cat:
                err("catalog.csv", f"duplicate sku {s}")
            if row["uom"] not in UOMS:
                err("catalog.csv", f"{s}: bad uom {row['uom']}")
            if row["description"] != row["description"].upper():
                err("catalog.csv", f"{s}: description not upper-case")
            price = float(row["unit_price"])
            if price <= 0:
                err("catalog.csv", f"{s}: price")
            if row["gtin"]:
                if not upc_ok(row["gtin"]):
                    err("catalog.csv", f"{s}: bad GTIN check digit {row['gtin']}")
                if row["gtin"] in gt:
                    err("catalog.csv", f"{s}: duplicate GTIN")
                gt.add(row["gtin"])
            cat[s] = {"description": row["description"], "uom": row["uom"], "price": price, "gtin": row["gtin"],
                      "pack": int(row["pack_size"])}
    return cat


def load_customers():
    cust = {}
    with open(os.path.join(ROOT, "customers.csv"), newline="") as f:
        r = csv.DictReader(f)
        assert r.fieldnames[:3] == ["customer_id", "name", "email_domains"], r.fieldnames
        for row in r:
            sites = []
            for k in r.fieldnames[3:]:
                if row[k]:
                    parts = [p.strip() for p in row[k].split("|")]
                    if len(parts) != 6:
                        err("customers.csv", f"{row['customer_id']}: ship-to needs 6 fields: {row[k]}")
                        continue
                    sites.append(dict(zip(["name", "street", "city", "region", "postal_code", "country"], parts)))
            cust[row["name"]] = {"id": row["customer_id"], "domains": row["email_domains"].split(";"), "sites": sites}
    return cust


# ------------------------------------------------------------------ document text
def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def file_text(name, data):
    n = name.lower()
    if n.endswith(".pdf"):
        return pdf_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    if n.endswith(".eml"):
        return eml_text(data)[0]
    return data.decode("utf-8", "replace")


def eml_text(data):
    m = email.message_from_bytes(data, policy=policy.default)
    parts = [str(m["Subject"] or "")]
    for part in m.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        if fn:
            payload = part.get_payload(decode=True)
            parts.append(file_text(fn, payload))
        elif ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "text/html":
            parts.append(strip_html(part.get_content()))
    return "\n".join(parts), str(m["From"] or "")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def has_number(text, q):
    vs = set()
    if float(q).is_integer():
        q = int(q)
        vs |= {str(q), f"{q:,}", f"{q:.2f}", f"{q:,.2f}"}
    else:
        vs |= {f"{q}", f"{q:.2f}"}
    for v in vs:
        if re.search(r"(?<![\d.])(?<!\d,)" + re.escape(v) + r"(?![\d])", text):
            return True
    return any(w in text.lower() for w in WORDS.get(q, []))


def has_price(text, p):
    vs = [f"{p:.2f}", f"{p:,.2f}", f"{p:.4f}", repr(float(p))]
    if float(p).is_integer():
        vs.append(str(int(p)))   # spreadsheets store 130.0 as 130
    for v in vs:
        if re.search(r"(?<![\d])" + re.escape(v) + r"(?![\d])", text):
            return True
    return False


# ------------------------------------------------------------------ label checks
def iso(d):
    try:
        return dt.date.fromisoformat(d)
    except Exception:
        return None


def check_label(base, lab, cat, cust, meta, text, sender):
    if not isinstance(lab, dict):
        return err(base, "label is not an object")
    extra = set(lab) - TOP_KEYS
    if extra:
        err(base, f"unknown keys {extra}")
    kind = lab.get("kind")
    if kind not in KINDS:
        err(base, f"bad kind {kind}")
    if kind != "purchase_order":
        if kind == "not_an_order" and lab.get("lines") not in ([], None):
            err(base, "not_an_order must have no lines")
        return
    for k in ("customer", "po_number", "order_date", "requested_date", "ship_to", "lines"):
        if k not in lab:
            err(base, f"purchase_order label lacks {k}")
    c = lab.get("customer")
    if c not in cust:
        err(base, f"customer {c!r} is not a customers.csv name")
    else:
        dom_ok = any(sender.lower().rstrip(">").endswith("@" + d) for d in cust[c]["domains"])
        key = [w for w in re.split(r"[\s&,-]+", c) if w.lower() not in ("city", "of", "the", "")][0]
        if not dom_ok and key.lower() not in text.lower():
            err(base, f"customer {c} not recognisable (sender {sender!r}, no '{key}' in text)")
    po = lab.get("po_number")
    if po is not None:
        if not isinstance(po, str) or not po:
            err(base, "po_number must be a non-empty string or null")
        elif po.lower() not in text.lower():
            err(base, f"PO number {po} not found in the document text")
    for k in ("order_date", "requested_date"):
        v = lab.get(k)
        if v is not None and iso(v) is None:
            err(base, f"{k} not ISO: {v}")
    od, rd = iso(lab.get("order_date") or ""), iso(lab.get("requested_date") or "")
    if od and rd and rd < od:
        err(base, "requested_date before order_date")
    for d in (od, rd):
        if d and not (dt.date(2026, 2, 1) <= d <= dt.date(2026, 6, 30)):
            err(base, f"date out of range {d}")
    if "currency" in lab and lab["currency"] != "USD":
        err(base, "currency must be USD or omitted")
    st = lab.get("ship_to")
    if st is not None:
        if set(st) != SHIP_KEYS:
            err(base, f"ship_to keys {set(st)}")
        elif c in cust and st not in cust[c]["sites"]:
            err(base, f"ship_to is not one of {c}'s sites: {st}")
        else:
            num = st["street"].split()[0]
            words = [w for w in re.split(r"[\s\-@&]+", st["name"]) if len(w) >= 3 and w.lower() not in
                     ("electric", "health", "system", "systems", "valley", "panel", "marrow", "ridgeway",
                      "hollis", "park", "lakefront", "residential", "dunmore", "northgate", "tcusd", "calder",
                      "city", "center", "brookstone", "services", "industrial", "vantage", "sparrow", "voltcart", "job",
                      "llc", "the", "shop", "inc")] + [st["city"]]
            t = text.lower()
            if not (re.search(r"(?<!\d)" + num + r"(?!\d)", t) or any(w.lower() in t for w in words)):
                err(base, f"ship_to {st['name']} not referenced in the document")
    lines = lab.get("lines") or []
    if not lines:
        err(base, "purchase_order without lines")
    sub = 0.0
    all_priced = True
    for i, ln in enumerate(lines, 1):
        w = f"line {i}"
        if set(ln) != LINE_KEYS:
            err(base, f"{w}: keys {set(ln)}")
            continue
        q, u, p, s = ln["quantity"], ln["uom"], ln["unit_price"], ln["sku"]
        if not isinstance(q, (int, float)) or q <= 0:
            err(base, f"{w}: quantity {q}")
            continue
        if u not in UOMS:
            err(base, f"{w}: uom {u}")
        if p is not None and (not isinstance(p, (int, float)) or p <= 0):
            err(base, f"{w}: unit_price {p}")
        if not isinstance(ln["description"], str):
            err(base, f"{w}: description must be a string")
        if s is not None:
            if s not in cat:
                err(base, f"{w}: sku {s} not in catalog")
                continue
            cu, pack = cat[s]["uom"], cat[s]["pack"]
            factor = None
            if u == cu:
                factor = 1
            elif u in ("BX", "CS", "PK", "BDL") and cu == "EA" and pack > 1:
                factor = pack
            elif u == "FT" and cu == "RL" and "FT" in cat[s]["description"]:
                reel = int(re.search(r"(\d+)FT", cat[s]["description"]).group(1))
                if q % reel:
                    warnings.append(f"{base} {w}: {q} FT is not a whole number of {reel} FT reels")
                factor = None
                if p is not None:
                    err(base, f"{w}: a per-foot price on a reel item")
            else:
                err(base, f"{w}: uom {u} incompatible with catalog uom {cu} (pack {pack}) of {s}")
            if p is not None and factor is not None and not meta.get("price_exception"):
                exp = round(cat[s]["price"] * factor, 2)
                if abs(exp - p) > 0.005:
                    err(base, f"{w}: price {p} != catalog {exp} for {s} in {u} (no price exception recorded)")
        if p is None:
            all_priced = False
        else:
            sub += q * p
            if not has_price(text, p):
                err(base, f"{w}: price {p} not found in document text")
        if not has_number(text, q):
            err(base, f"{w}: quantity {q} not found in document text")
        cp = ln["customer_part"]
        if cp is not None and cp.lower() not in text.lower():
            err(base, f"{w}: customer_part {cp} not found in document text")
    if "subtotal" in meta:
        if abs(round(sub, 2) - meta["subtotal"]) > 0.005:
            err(base, f"sum of lines {sub:.2f} != document subtotal {meta['subtotal']}")
    if any(ln.get("unit_price") is not None for ln in lines) and lab.get("currency") != "USD":
        err(base, "priced document must carry currency USD")
    if all(ln.get("unit_price") is None for ln in lines) and "currency" in lab:
        err(base, "unpriced document: currency should be omitted")


def main():
    cat = load_catalog()
    cust = load_customers()
    manifest = json.load(open(os.path.join(HERE, "manifest.json")))
    names = sorted(os.listdir(ROOT))
    docs = [n for n in names if n.lower().endswith(DOC_EXT) and n not in ("catalog.csv", "customers.csv")]
    labels = [n for n in names if n.endswith(".expected.json")]
    bases = sorted(os.path.splitext(n)[0] for n in docs)
    if len(set(bases)) != len(bases):
        err("corpus", "two documents share a base name")
    if sorted(n[:-len(".expected.json")] for n in labels) != bases:
        err("corpus", "documents and labels do not pair one to one")
    nums = sorted(int(b[:2]) for b in bases)
    if nums != list(range(1, 45)):
        err("corpus", f"numbering is not 01..44: {nums}")
    for b in bases:
        if not re.fullmatch(r"\d\d-[a-z0-9-]+", b):
            err(b, "name is not NN-short-slug")
    kinds = {}
    nlines = 0
    for d in docs:
        base = os.path.splitext(d)[0]
        data = open(os.path.join(ROOT, d), "rb").read()
        if d.endswith(".eml"):
            text, sender = eml_text(data)
        else:
            text, sender = file_text(d, data), ""
        try:
            lab = json.load(open(os.path.join(ROOT, base + ".expected.json")))
        except Exception as e:
            err(base, f"label is not valid JSON: {e}")
            continue
        meta = manifest.get(base, {})
        if not meta:
            err(base, "not in manifest")
        check_label(base, lab, cat, cust, meta, text, sender)
        kinds[lab.get("kind")] = kinds.get(lab.get("kind"), 0) + 1
        nlines += len(lab.get("lines") or [])
    exts = {}
    for d in docs:
        exts[d.rsplit(".", 1)[1]] = exts.get(d.rsplit(".", 1)[1], 0) + 1
    print(f"catalog {len(cat)} items, customers {len(cust)}, documents {len(docs)} {exts}, kinds {kinds}, "
          f"labelled lines {nlines}, null-sku lines "
          f"{sum(1 for b in bases for l in (json.load(open(os.path.join(ROOT, b + '.expected.json'))).get('lines') or []) if l['sku'] is None)}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("check:", "FAILED" if errors else "OK", f"({len(errors)} errors)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
