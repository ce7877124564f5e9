"""Validate the corpus: master data shape, every label against EVAL_FORMAT.md, catalog.csv and
customers.csv, and every label against the text of its document. Exit 1 on any error."""
import csv
import email
import io
import json
import os
import re
import sys
import zlib
from collections import Counter
from datetime import date
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_EXT = {"eml", "pdf", "xlsx", "xls", "csv", "txt", "html", "xml", "edi", "x12"}
RESERVED = {"catalog.csv", "customers.csv"}
TOP_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP_KEYS = {"name", "street", "city", "region", "postal_code", "country"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
KINDS = {"purchase_order", "invoice", "not_an_order"}
errors, warnings = [], []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def gtin_ok(g):
    d = [int(c) for c in g]
    body, chk = d[:-1], d[-1]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(body)))
    return (10 - s % 10) % 10 == chk


def load_master():
    with open(os.path.join(ROOT, "catalog.csv")) as f:
        r = csv.reader(f)
        head = next(r)
        if head != ["sku", "description", "uom", "unit_price", "gtin", "pack_size"]:
            err("catalog.csv", f"bad header {head}")
        cat = {}
        for row in r:
            sku, desc, uom, price, gtin, pack = row
            if sku in cat:
                err("catalog.csv", f"duplicate sku {sku}")
            if float(price) <= 0:
                err("catalog.csv", f"{sku} price")
            if gtin and not (len(gtin) in (12, 13, 14) and gtin.isdigit() and gtin_ok(gtin)):
                err("catalog.csv", f"{sku} bad gtin {gtin}")
            if uom not in {"EA", "BAG", "RL", "CS", "BX", "DZ", "PAL", "YD"}:
                err("catalog.csv", f"{sku} odd uom {uom}")
            if int(pack) < 1:
                err("catalog.csv", f"{sku} pack")
            cat[sku] = {"description": desc, "uom": uom, "price": float(price)}
    with open(os.path.join(ROOT, "customers.csv")) as f:
        r = csv.DictReader(f)
        if r.fieldnames[:3] != ["customer_id", "name", "email_domains"]:
            err("customers.csv", f"bad header {r.fieldnames}")
        cust = {row["name"]: row for row in r}
    return cat, cust


def pdf_text(data):
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1)
        for cand in (raw, raw.rstrip(b"\r\n")):
            try:
                out.append(zlib.decompress(cand).decode("latin-1"))
                break
            except Exception:
                pass
        else:
            # ASCII85 + Flate (reportlab default) - try decoding
            try:
                import base64
                a85 = raw.strip()
                if a85.endswith(b"~>"):
                    out.append(zlib.decompress(base64.a85decode(a85[:-2], adobe=False)).decode("latin-1"))
                    continue
            except Exception:
                pass
            out.append(raw.decode("latin-1"))
    txt = "\n".join(out)
    strings = re.findall(r"\(((?:\\.|[^\\)])*)\)\s*Tj", txt)
    return "\n".join(s.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\") for s in strings)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    cells = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(cells)


def csv_text(t):
    """Raw text plus the parsed cells (so quoted "" inside a cell reads as the buyer typed it)."""
    delim = ";" if t.count(";") > t.count(",") else ","
    return t + "\n" + "\n".join("\t".join(r) for r in csv.reader(io.StringIO(t), delimiter=delim))


def eml_text(data):
    msg = email.message_from_bytes(data, policy=policy.default)
    parts, attach = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        fn = p.get_filename()
        payload = p.get_payload(decode=True)
        if fn:
            ext = fn.rsplit(".", 1)[-1].lower()
            attach.append(ext)
            if ext == "pdf":
                if not payload.startswith(b"%PDF"):
                    raise ValueError("attachment is not a PDF")
                parts.append(pdf_text(payload))
            elif ext == "xlsx":
                parts.append(xlsx_text(payload))
            elif ext == "csv":
                parts.append(csv_text(payload.decode("utf-8")))
            else:
                parts.append(payload.decode("utf-8"))
        else:
            t = p.get_content()
            if p.get_content_type() == "text/html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ").replace("&amp;", "&")
            parts.append(t)
    return msg, "\n".join([str(msg["Subject"])] + parts), attach


def check_date(doc, key, v):
    if v is None:
        return None
    try:
        d = date.fromisoformat(v)
    except Exception:
        err(doc, f"{key} not ISO: {v}")
        return None
    if d.year != 2026:
        err(doc, f"{key} not in 2026: {v}")
    return d


def main():
    cat, cust = load_master()
    names = set(cust)
    files = sorted(os.listdir(ROOT))
    docs = [f for f in files if "." in f and f.rsplit(".", 1)[1] in DOC_EXT and f not in RESERVED
            and not f.endswith(".expected.json")]
    exps = [f for f in files if f.endswith(".expected.json")]
    for e in exps:
        base = e[: -len(".expected.json")]
        if not any(d.rsplit(".", 1)[0] == base for d in docs):
            err(e, "label without document")
    fmt, kinds, unknown = Counter(), Counter(), []
    for doc in docs:
        base, ext = doc.rsplit(".", 1)
        ep = os.path.join(ROOT, base + ".expected.json")
        if not os.path.exists(ep):
            err(doc, "no expected.json")
            continue
        exp = json.load(open(ep))
        data = open(os.path.join(ROOT, doc), "rb").read()
        fmt[ext] += 1
        kinds[exp.get("kind")] += 1
        # ---- shape per EVAL_FORMAT.md
        extra = set(exp) - TOP_KEYS
        if extra:
            err(doc, f"unknown keys {extra}")
        if exp.get("kind") not in KINDS:
            err(doc, f"bad kind {exp.get('kind')}")
        od = check_date(doc, "order_date", exp.get("order_date"))
        rd = check_date(doc, "requested_date", exp.get("requested_date"))
        if od and rd and rd < od:
            err(doc, "requested_date before order_date")
        if "currency" in exp and exp["currency"] != "USD":
            err(doc, "currency")
        c = exp.get("customer")
        if c is not None and c not in names:
            unknown.append((doc, c))
        st = exp.get("ship_to")
        if st is not None:
            if set(st) != SHIP_KEYS:
                err(doc, f"ship_to keys {set(st)}")
            if st.get("country") != "US" or not re.fullmatch(r"\d{5}", st.get("postal_code", "")):
                err(doc, "ship_to country/zip")
        lines = exp.get("lines")
        if not isinstance(lines, list):
            err(doc, "lines missing")
            lines = []
        if exp.get("kind") == "not_an_order":
            if lines:
                err(doc, "not_an_order with lines")
            if any(k in exp for k in ("po_number", "ship_to")):
                err(doc, "not_an_order should not carry order header fields")
        elif not lines:
            err(doc, "order without lines")
        for i, l in enumerate(lines, 1):
            if set(l) != LINE_KEYS:
                err(doc, f"line {i} keys {set(l)}")
            if l["sku"] not in cat:
                err(doc, f"line {i} sku {l['sku']} not in catalog")
                continue
            if l["uom"] != cat[l["sku"]]["uom"]:
                err(doc, f"line {i} uom {l['uom']} != catalog {cat[l['sku']]['uom']}")
            if not isinstance(l["quantity"], (int, float)) or l["quantity"] <= 0:
                err(doc, f"line {i} quantity")
            if l["unit_price"] is not None and not isinstance(l["unit_price"], (int, float)):
                err(doc, f"line {i} price")
            if not l["description"]:
                err(doc, f"line {i} description")
        skus = [l["sku"] for l in lines]
        if len(skus) != len(set(skus)):
            err(doc, "duplicate sku lines")
        # ---- against the document text
        try:
            if ext == "eml":
                msg, text, attach = eml_text(data)
                sent = email.utils.parsedate_to_datetime(msg["Date"]).date()
                if sent.year != 2026:
                    err(doc, "email Date not 2026")
                if rd and rd < sent:
                    err(doc, f"requested_date {rd} before email date {sent}")
                dom = msg["From"].addresses[0].domain.lower()
                if c in names:
                    doms = cust[c]["email_domains"].lower().split(";")
                    key = c.split()[0].lower() if not c.startswith("City of") else c.lower()
                    if dom not in doms and key not in norm(text):
                        err(doc, f"customer {c} not identifiable from sender {dom} or text")
            elif ext == "pdf":
                if not data.startswith(b"%PDF"):
                    err(doc, "not a PDF")
                text = pdf_text(data)
            elif ext == "xlsx":
                text = xlsx_text(data)
            elif ext == "csv":
                text = csv_text(data.decode("utf-8"))
            else:
                text = data.decode("utf-8")
        except Exception as ex:  # noqa: BLE001
            err(doc, f"cannot read document: {ex!r}")
            continue
        nt = norm(text)
        if exp.get("po_number") and norm(exp["po_number"]) not in nt:
            err(doc, f"po_number {exp['po_number']} not in document text")
        if st and norm(st["street"]) not in nt:
            if c in names and cust[c]["ship_to_street"] == st["street"]:
                pass  # default main site from customers.csv
            else:
                err(doc, f"ship_to street {st['street']!r} not in document")
        for i, l in enumerate(lines, 1):
            if l["customer_part"] and norm(l["customer_part"]) not in nt:
                err(doc, f"line {i} customer_part not in document")
            if norm(l["description"]) not in nt:
                (warnings if ext == "pdf" else errors).append(
                    f"{doc}: line {i} description {l['description']!r} not found verbatim in document")
    for doc, c in unknown:
        print(f"note: {doc}: customer {c!r} is not in customers.csv (deliberate unknown buyer)")
    n = len(docs)
    print(f"documents: {n}  by format: {dict(sorted(fmt.items()))}  by kind: {dict(sorted(kinds.items()))}")
    print(f"email share: {fmt['eml'] / n:.0%}; catalog items: {len(cat)}; customers: {len(cust)}")
    if n < 35:
        err("corpus", "fewer than 35 documents")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("check.py: " + ("FAILED" if errors else "OK") + f" ({len(errors)} errors, {len(warnings)} warnings)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
