"""Shared helpers: customers, .eml writer, expected.json writer."""
import base64
import zlib
import csv
import json
import os

SELLER = "Fennimore Electric Supply"
SELLER_ADDR = "orders@fennimore-supply.com"

CUSTOMERS = [
    # id, name, domains, ship_to name, street, city, region, postal, country
    ("C1001", "Brightline Electric LLC", "brightline-elec.com", "Brightline Electric LLC", "86 Tarrow Ave", "Columbus", "OH", "43207", "US"),
    ("C1002", "Kessler & Nunn Electrical Contractors", "kesslernunn.com", "Kessler & Nunn Yard", "5120 Brockett Rd", "Fort Worth", "TX", "76118", "US"),
    ("C1003", "Riverbend Unified School District", "rbusd.org;rbusd.k12.ca.us", "RUSD Maintenance Warehouse", "1800 Orchard Ln", "Lodi", "CA", "95240", "US"),
    ("C1004", "Tamarack Controls Inc.", "tamarackcontrols.com", "Tamarack Controls Inc.", "N57 W2210 Quarry Ct", "Pewaukee", "WI", "53072", "US"),
    ("C1005", "Halcyon Medical Center", "halcyonmed.org", "Halcyon Medical Center - Receiving", "3300 Cedar Bluff Pkwy", "Marietta", "GA", "30067", "US"),
    ("C1006", "Delgado Power & Light Contractors", "delgadopower.com", "Delgado Power & Light", "2741 E Saguaro Trl", "Mesa", "AZ", "85204", "US"),
    ("C1007", "Ostrander Property Management", "ostranderpm.com", "Ostrander PM Office", "61 Wyckham Pl", "Brooklyn", "NY", "11215", "US"),
    ("C1008", "Électricité Bouchard-Lévesque inc.", "bouchardlevesque.ca", "Électricité Bouchard-Lévesque", "2290 boul. Industriel", "Laval", "QC", "H7S 2G4", "CA"),
    ("C1009", "Northshore Mechanical & Electrical Ltd", "northshoreme.ca", "Northshore M&E", "12-2150 Dollarton Hwy", "North Vancouver", "BC", "V7H 1A8", "CA"),
    ("C1010", "Pemberton Fabrication Services Ltd", "pembertonfab.co.uk", "Pemberton Fabrication Services Ltd", "Unit 7 Canal Wharf Industrial Park", "Leeds", "West Yorkshire", "LS12 1BD", "GB"),
    ("C1011", "Weidenbach Schaltanlagen GmbH", "weidenbach-sa.de", "Weidenbach Schaltanlagen GmbH", "Industriestraße 14", "Kirchheim unter Teck", "BW", "73230", "DE"),
    ("C1012", "Cobalt Ridge Builders", "cobaltridge.build", "Cobalt Ridge Builders", "940 Larkspur Way", "Golden", "CO", "80401", "US"),
]
NAME = {c[0]: c[1] for c in CUSTOMERS}


def write_customers(path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street",
                    "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for c in CUSTOMERS:
            w.writerow(c)


def L(sku, qty, uom, desc, price=None, cp=None):
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d


def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def expected(cust, po, lines, order_date=None, req=None, currency=None, ship_to=None, kind="purchase_order"):
    e = {"kind": kind, "customer": NAME.get(cust, cust), "po_number": po,
         "order_date": order_date, "requested_date": req}
    if currency:
        e["currency"] = currency
    if ship_to:
        e["ship_to"] = ship_to
    e["lines"] = lines
    return e


def not_order(cust=None):
    return {"kind": "not_an_order", "customer": NAME.get(cust, cust), "lines": []}


def write_expected(out, name, exp):
    with open(os.path.join(out, name + ".expected.json"), "w") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")


def eml(frm, to, subject, date, body, html=None, attachments=(), msgid=None, cc=None, extra=()):
    """Build a raw RFC 5322 message deterministically. attachments: (filename, mime, bytes)."""
    hdr = [f"From: {frm}", f"To: {to}"]
    if cc:
        hdr.append(f"Cc: {cc}")
    hdr += [f"Subject: {subject}", f"Date: {date}",
            f"Message-ID: <{msgid or zlib.crc32(subject.encode())}@{frm.split('@')[-1].rstrip('>')}>",
            "MIME-Version: 1.0"]
    hdr += list(extra)

    def textpart(t, sub):
        return (f"Content-Type: text/{sub}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + _b64(t.encode("utf-8")))
    if html is None and not attachments:
        return "\n".join(hdr) + "\n" + textpart(body, "plain") + "\n"
    alt_b = "==alt_7f3a91c2=="
    if html is not None and body is not None:
        inner = (f"Content-Type: multipart/alternative; boundary=\"{alt_b}\"\n\n"
                 f"--{alt_b}\n{textpart(body, 'plain')}\n--{alt_b}\n{textpart(html, 'html')}\n--{alt_b}--\n")
    elif html is not None:
        inner = textpart(html, "html")
    else:
        inner = textpart(body, "plain")
    if not attachments:
        return "\n".join(hdr) + "\n" + inner
    mix_b = "==mix_24be0d55=="
    parts = [inner]
    for fn, mime, data in attachments:
        parts.append(f"Content-Type: {mime}; name=\"{fn}\"\nContent-Disposition: attachment; filename=\"{fn}\"\n"
                     f"Content-Transfer-Encoding: base64\n\n" + _b64(data))
    out = "\n".join(hdr) + f"\nContent-Type: multipart/mixed; boundary=\"{mix_b}\"\n\n"
    for p in parts:
        out += f"--{mix_b}\n{p}\n"
    return out + f"--{mix_b}--\n"


def _b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def save_eml(out, name, text):
    with open(os.path.join(out, name + ".eml"), "w", newline="\n") as f:
        f.write(text)
