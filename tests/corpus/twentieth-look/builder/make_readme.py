"""Write ../README.md from registry.json (built by build_all.py) and the tag table below."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# family of delivery wording, detail, secondary traits
TAGS = {
    "p01": ("Ship To", "Ship To", ["bill-to/ship-to side by side", "vendor block", "attention line", "US"]),
    "p02": ("Deliver To", "Deliver To", ["stacked blocks", "vendor block", "attention line", "dock/receiving hours", "US"]),
    "p03": ("Site (code; address elsewhere in document)", "Site (code only, address elsewhere in document)", ["vendor block", "US"]),
    "p04": ("Location", "Location", ["bill-to/ship-to side by side", "vendor block", "suite on its own line", "US"]),
    "p05": ("Property", "Property", ["bill-to/ship-to side by side", "vendor block", "attention line", "dock/receiving hours", "US"]),
    "p06": ("Job Site", "Job Site", ["bill-to/ship-to side by side", "vendor block", "delivery instruction in block", "US"]),
    "p07": ("Ship To", "Ship To (bilingual 'Expedier a / Ship To')", ["stacked blocks", "vendor block", "attention line", "CA"]),
    "p08": ("Receiving", "Receiving (with Mark-for destination beside it)", ["vendor block", "dock/receiving hours", "CA"]),
    "p09": ("Store # / Restaurant #", "Store #", ["head office in letterhead", "vendor block", "CA"]),
    "p10": ("Delivery Address", "Delivery Address", ["bill-to/ship-to side by side", "vendor block", "attention line", "UK"]),
    "p11": ("Consignee", "Consignee", ["vendor block", "county line", "UK"]),
    "p12": ("Destination", "Destination", ["bill-to/ship-to side by side", "vendor block", "dock/receiving hours", "AU"]),
    "p13": ("Ship To", "Ship To", ["stacked blocks", "vendor block (same state)", "AU"]),
    "p14": ("Site", "Site / Site Address", ["delivery instruction in block", "no prices", "AU"]),
    "p15": ("none (ship_to null)", "none (will-call) -> ship_to null", ["no delivery address", "US"]),
    "p16": ("Ship To (drop ship to third party)", "Ship To (drop ship to third party)", ["bill-to/ship-to side by side", "vendor block", "attention line", "distractor address in note", "US"]),
    "p18": ("Deliver To", "Deliver to: same as invoice address", ["vendor block (same city)", "county line", "UK"]),
    "e01": ("Prose ('deliver to the Elm St building')", "Prose: 'deliver to the Elm St building'", ["head office in signature", "no prices", "US"]),
    "e02": ("Ship-to only in e-mail body (PDF prints head office)", "Ship-to only in e-mail body; PDF prints head office", ["PDF attachment", "US"]),
    "e03": ("Ship To", "Ship to (in body)", ["attention line", "dock/receiving hours", "head office in signature", "US"]),
    "e04": ("Job Site", "Job site (one-line 'ship to:' in casual mail)", ["no prices", "US"]),
    "e05": ("Property", "Property (in XLSX attachment)", ["XLSX attachment", "head office in signature", "CA"]),
    "e06": ("Deliver To", "Deliver to (in body) + address NOT to use", ["attention line", "distractor address in note", "no prices", "CA"]),
    "e07": ("Store # / Restaurant #", "Restaurant # / Name / Address", ["distractor address in note", "CA"]),
    "e08": ("Delivery Address", "Delivery Address (in PDF attachment)", ["PDF attachment", "attention line", "bill-to/ship-to side by side", "UK"]),
    "e09": ("Deliver To", "Deliver to (in body)", ["head office in signature", "UK"]),
    "e10": ("Deliver To", "Deliver To (in PDF attachment)", ["PDF attachment", "attention line", "bill-to/ship-to side by side", "AU"]),
    "e11": ("Clinic / Address", "Clinic: / Address:", ["head office in body (invoice)", "no prices", "AU"]),
    "e12": ("Job Site", "Job Site (in XLSX attachment)", ["XLSX attachment", "AU"]),
    "e13": ("Store # / Restaurant #", "Store # in 'send to' prose", ["dock/receiving hours", "no prices", "US"]),
    "e14": ("Property", "Property / Property Address (in PDF attachment)", ["PDF attachment", "vendor block", "US"]),
    "e15": ("none (ship_to null)", "none -> ship_to null", ["no delivery address", "US"]),
    "e18": ("Deliver To", "Deliver to, overridden in forwarded mail", ["distractor address in note", "no prices", "UK"]),
    "s01": ("School / Site #", "School / Site #", ["vendor block", "US"]),
    "s02": ("Delivery-location columns (CSV export)", "Delivery location columns (flat CSV export)", ["AU"]),
    "s03": ("Location", "Location", ["no prices", "US"]),
    "s04": ("Location (code; address on another sheet)", "Location code only; address on another sheet", ["CA"]),
    "n1": ("not an order", "not an order (RFQ)", ["US"]),
    "n2": ("not an order", "not an order (address-change notice)", ["US"]),
    "n3": ("not an order", "not an order (delivery status inquiry)", ["US"]),
}

FORMAT_NAMES = {"pdf": "PDF (stand-alone)", "eml-body": "E-mail, order in body",
                "eml+pdf": "E-mail with PDF attachment", "eml+xlsx": "E-mail with XLSX attachment",
                "xlsx": "XLSX (stand-alone)", "csv": "CSV (stand-alone)"}


def main():
    reg = json.load(open(os.path.join(HERE, "registry.json")))
    fmt = collections.Counter(r["format"] for r in reg)
    kinds = collections.Counter(r["kind"] for r in reg)
    wording = collections.Counter()
    traits = collections.Counter()
    for r in reg:
        key = r["file"].split("_")[0]
        w, _detail, t = TAGS[key]
        wording[w] += 1
        traits.update(t)
    ext = collections.Counter(r["file"].rsplit(".", 1)[1] for r in reg)
    out = []
    out.append("# twentieth-look: where the goods go\n")
    out.append("Blind labelled corpus (format: `/work/shared/EVAL_FORMAT.md`) for Keystone Facility Supply, a "
               "fictional facilities-maintenance / MRO distributor whose buyers have many sites. Theme: the "
               "delivery place written every way real buyers write it. Written without reading the product's "
               "code or tests; the product was not run on it.\n")
    out.append(f"{len(reg)} documents ({kinds['purchase_order']} purchase orders, {kinds['not_an_order']} not-orders), "
               "`catalog.csv` (141 SKUs with near-duplicates by size/MERV, wattage/colour temperature, sheen/size, "
               "A/AX/B/4L belt sections) and `customers.csv` (15 customers in US, CA, GB, AU).\n")
    out.append("## Counts by format\n")
    out.append("| format | documents |\n|---|---|")
    for k in ["pdf", "eml-body", "eml+pdf", "eml+xlsx", "xlsx", "csv"]:
        out.append(f"| {FORMAT_NAMES[k]} | {fmt[k]} |")
    out.append(f"| **total** | **{len(reg)}** |\n")
    out.append("By file extension: " + ", ".join(f"`.{k}` {v}" for k, v in sorted(ext.items())) +
               f". PDFs overall (stand-alone + attached): {fmt['pdf'] + fmt['eml+pdf']}.\n")
    out.append("## Counts by delivery wording (primary)\n")
    out.append("| delivery wording | documents |\n|---|---|")
    for w, n in sorted(wording.items(), key=lambda x: (-x[1], x[0])):
        out.append(f"| {w} | {n} |")
    out.append("")
    out.append("## Counts by secondary trait (a document can have several)\n")
    out.append("| trait | documents |\n|---|---|")
    for w, n in sorted(traits.items(), key=lambda x: (-x[1], x[0])):
        out.append(f"| {w} | {n} |")
    out.append("")
    out.append("## Documents\n")
    out.append("| file | format | delivery wording / trap | labelled ship_to | label note |\n|---|---|---|---|---|")
    for r in reg:
        e = json.load(open(os.path.join(OUT, r["file"].rsplit(".", 1)[0] + ".expected.json")))
        if e["kind"] != "purchase_order":
            st = "(not an order)"
        elif e["ship_to"] is None:
            st = "null"
        else:
            st = ", ".join(str(e["ship_to"][k]) for k in ("name", "street", "city", "region", "postal_code",
                                                          "country") if e["ship_to"][k] is not None)
        out.append(f"| `{r['file']}` | {r['format']} | {r['delivery_wording']} | {st} | {r['notes']} |")
    out.append("")
    out.append(open(os.path.join(HERE, "conventions.md")).read())
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
