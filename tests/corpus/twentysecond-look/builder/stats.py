"""Print corpus counts for the README (kind, attachment type, language, country, header phenomena)."""
import collections, glob, json, os, sys, email
from email import policy
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = {"us": "en", "ca": "en", "uk": "en", "ie": "en", "au": "en", "in": "en", "sg": "en", "fr": "fr", "de": "de", "pt": "pt", "mx": "es"}
FR_CA = {"ca02_auberge_commande_fr", "ca03_auberge_status_question_fr"}
c = collections.Counter
kinds, types, langs, ctry, hdr = c(), c(), c(), c(), c()
for f in sorted(glob.glob(os.path.join(OUT, "*.eml"))):
    name = os.path.basename(f)[:-4]
    lab = json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))
    m = email.message_from_bytes(open(f, "rb").read(), policy=policy.default)
    kinds[lab["kind"]] += 1
    parts = [p.get_content_type() for p in m.walk() if not p.is_multipart()]
    if any(p.startswith("application/pdf") for p in parts): t = "eml + PDF attachment"
    elif any("spreadsheet" in p for p in parts): t = "eml + xlsx attachment"
    elif "text/csv" in parts: t = "eml + csv attachment"
    elif parts == ["text/html"]: t = "eml HTML-only"
    else: t = "eml plain-text body"
    types[t] += 1
    langs["fr" if name in FR_CA else LANG[name[:2]]] += 1
    ctry[name[:2].upper()] += 1
    if lab["kind"] == "purchase_order":
        hdr["po_number given"] += lab["po_number"] is not None
        hdr["po_number null"] += lab["po_number"] is None
        hdr["order_date labelled"] += "order_date" in lab
        hdr["requested_date labelled (date)"] += bool(lab.get("requested_date"))
        hdr["requested_date null (none said)"] += ("requested_date" in lab and lab["requested_date"] is None)
        hdr["requested_date absent (weekday/ASAP/period)"] += "requested_date" not in lab
        hdr["currency stated"] += lab["currency"] is not None
        st = lab.get("ship_to")
        hdr["ship_to full"] += bool(st and st.get("street") and st.get("postal_code"))
        hdr["ship_to partial"] += bool(st and not (st.get("street") and st.get("postal_code")))
        hdr["ship_to absent"] += st is None
        hdr["lines with customer_part"] += sum(1 for l in lab["lines"] if l["customer_part"])
        hdr["lines with unit_price"] += sum(1 for l in lab["lines"] if l["unit_price"] is not None)
        hdr["lines total"] += len(lab["lines"])
for title, cnt in (("kind", kinds), ("type", types), ("language", langs), ("file prefix / country", ctry), ("order headers", hdr)):
    print("##", title)
    for k, v in sorted(cnt.items()):
        print("  %-45s %d" % (k, v))
