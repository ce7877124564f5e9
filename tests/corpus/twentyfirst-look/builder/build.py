"""Build the whole corpus deterministically: python build.py (from this folder)."""
import csv, json, os, sys, collections, email, re
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import catalog, customers, common
import docs_a, docs_b, docs_c, docs_d, docs_e, docs_f  # noqa: registers documents

# ---- catalog.csv / customers.csv
with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, ["sku", "description", "uom", "unit_price", "gtin", "pack_size"], lineterminator="\n")
    w.writeheader()
    for r in catalog.rows():
        w.writerow(r)
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["customer_id", "name", "email_domains", "ship_to_1", "ship_to_2", "ship_to_3"])
    for cid, name, doms, ships in customers.CUSTOMERS:
        st = [" | ".join(s) for s in ships] + [""] * (3 - len(ships))
        w.writerow([cid, name, doms] + st)

# ---- clean old documents, write new
for fn in os.listdir(OUT):
    if fn.endswith(".eml") or fn.endswith(".expected.json"):
        os.remove(os.path.join(OUT, fn))
names = set()
for name, data, lab, meta in common.DOCS:
    assert name not in names, name
    names.add(name)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")

# ---- validate
skus = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
custnames = {r["name"] for r in csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8"))}
custids = {r["customer_id"] for r in csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8"))}
assert 150 <= len(skus) <= 250, len(skus)
errors, warnings = [], []


def doc_text(raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    parts = []
    for p in m.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        payload = p.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            parts.append(payload.decode(p.get_content_charset() or "utf-8", "replace"))
        elif ct == "application/pdf":
            parts.append("[pdf:%d bytes]" % len(payload))
        elif "spreadsheet" in ct:
            import openpyxl, io
            wb = openpyxl.load_workbook(io.BytesIO(payload))
            for ws in wb:
                for row in ws.iter_rows(values_only=True):
                    parts.append("\t".join("" if v is None else str(v) for v in row))
    return m, "\n".join(parts)


for fn in sorted(os.listdir(OUT)):
    if not fn.endswith(".eml"):
        continue
    lp = os.path.join(OUT, fn + ".expected.json")
    if not os.path.exists(lp):
        errors.append("no label for " + fn)
        continue
    lab = json.load(open(lp, encoding="utf-8"))
    raw = open(os.path.join(OUT, fn), "rb").read()
    m, text = doc_text(raw)
    if not m["Date"] or "2026" not in m["Date"]:
        errors.append(fn + ": Date header")
    if lab["kind"] not in ("purchase_order", "invoice", "not_an_order"):
        errors.append(fn + ": kind")
    c = lab.get("customer")
    if c is not None and c not in custnames and c not in custids:
        flat = re.sub(r"\s+", " ", text)
        if c not in flat:
            errors.append(fn + ": customer %r neither on file nor printed" % c)
    for ln in lab["lines"]:
        if ln["sku"] is not None and ln["sku"] not in skus:
            errors.append(fn + ": unknown sku " + ln["sku"])
        if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
            errors.append(fn + ": bad qty")
    if lab["kind"] == "purchase_order" and not lab["lines"]:
        errors.append(fn + ": order without lines")
    po = lab.get("po_number")
    if po and po not in text and "[pdf" not in text:
        warnings.append(fn + ": po %s not found in text" % po)
for fn in os.listdir(OUT):
    if fn.endswith(".expected.json") and not os.path.exists(os.path.join(OUT, fn[:-len(".expected.json")])):
        errors.append("orphan label " + fn)

# ---- stats for README
st = collections.Counter()
by = collections.defaultdict(collections.Counter)
ph = collections.Counter()
for name, data, lab, meta in common.DOCS:
    by["kind"][lab["kind"]] += 1
    by["lang"][meta["lang"]] += 1
    by["country"][meta["country"]] += 1
    by["ftype"][meta.get("ftype", "eml (text/plain)")] += 1
    by["subkind"][meta.get("kind", "order")] += 1
    for p in meta.get("ph", []):
        ph[p] += 1
    st["lines"] += len(lab["lines"])
    st["null_sku"] += sum(1 for l in lab["lines"] if l["sku"] is None)
stats = {"documents": len(common.DOCS), **{k: dict(v) for k, v in by.items()}, "phenomena": dict(ph),
         "lines": st["lines"], "lines_without_sku": st["null_sku"], "catalog_items": len(skus),
         "customers": len(custids)}
with open(os.path.join(HERE, "stats.json"), "w") as f:
    json.dump(stats, f, indent=2, sort_keys=True)
print(json.dumps(stats, indent=1, sort_keys=True))
# ---- README
tpl = os.path.join(HERE, "README_template.md")
if os.path.exists(tpl):
    t = open(tpl, encoding="utf-8").read()
    def fmt(d):
        return ", ".join("%s %d" % (k, v) for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
    counts = "\n".join([
        "* Documents: %d (all .eml); orders %d, not orders %d (kinds: %s)" % (
            len(common.DOCS), by["kind"]["purchase_order"], len(common.DOCS) - by["kind"]["purchase_order"],
            fmt(by["kind"])),
        "* Not-order types: %s" % fmt({k: v for k, v in by["subkind"].items() if k != "order"}),
        "* File type: %s" % fmt(by["ftype"]),
        "* Language: %s" % fmt(by["lang"]),
        "* Buyer country: %s" % fmt(by["country"]),
        "* Labelled lines: %d (%d with sku null)" % (st["lines"], st["null_sku"]),
        "* Phenomena (documents tagged): %s" % fmt(ph),
    ])
    rows = ["| document | kind | lang | country | lines | phenomena |", "|---|---|---|---|---|---|"]
    for name, data, lab, meta in common.DOCS:
        rows.append("| %s | %s | %s | %s | %d | %s |" % (name, meta.get("kind", lab["kind"]), meta["lang"],
                    meta["country"], len(lab["lines"]), ", ".join(meta.get("ph", []))))
    t = t.replace("{COUNTS}", counts).replace("{TABLE}", "\n".join(rows))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(t)
for w_ in warnings:
    print("WARN", w_)
for e in errors:
    print("ERROR", e)
print("documents:", len(common.DOCS), "errors:", len(errors))
sys.exit(1 if errors else 0)
