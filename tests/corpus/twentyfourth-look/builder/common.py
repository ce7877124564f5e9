import json, os, csv
from email.message import EmailMessage
from email.utils import make_msgid
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
US_ = {"name": "Meridian Lab & Medical Supply", "email": "orders@meridianlms.com"}
SUPPLIER_LINES = ["Meridian Lab & Medical Supply", "1450 Commerce Park Dr, Suite 200",
                  "Indianapolis, IN 46268, USA", "orders@meridianlms.com"]
UOMMAP = {"BOX": "BX", "BOXES": "BX", "BX": "BX", "BXS": "BX", "CASE": "CS", "CASES": "CS", "CS": "CS", "CTN": "CS",
          "EA": "EA", "EACH": "EA", "NOS": "EA", "NO": "EA", "NOS.": "EA", "PCS": "PC", "PC": "PC", "STK": "PC", "ST": "PC",
          "STÜCK": "PC", "PK": "PK", "PACK": "PK", "PACKS": "PK", "PKT": "PK", "PAK": "PK", "PKG": "PK", "BG": "BG", "BAG": "BG", "BAGS": "BG",
          "RL": "RL", "ROLL": "RL", "ROLLS": "RL", "BT": "BT", "BTL": "BT", "BOTTLE": "BT", "BOTTLES": "BT", "FL": "BT", "FLASCHE": "BT",
          "KT": "KT", "KIT": "KT", "DZ": "DZ", "KARTON": "CS", "DS": "BX", "DOOS": "BX", "DOZEN": "DZ", "JAR": "EA", "TUB": "EA", "CAN": "EA",
          "PAC": "PK", "PAKKET": "PK", "PKG.": "PK", "VE": "PK", "CAS": "CS", "STUKS": "PC", "UNIT": "EA", "UNITS": "EA", "PAIR": "PR", "BOXS": "BX"}

def nuom(u):
    if u is None: return None
    return UOMMAP.get(u.strip().upper().rstrip("."), UOMMAP.get(u.strip().upper(), u.strip().upper()))

def line(sku, desc, qty, uom, price=None, part=None):
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": nuom(uom)}
    if price is not None: d["unit_price"] = price
    return d

def write_label(fname, label):
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, indent=2, ensure_ascii=False)

def make_eml(fname, frm, to, subject, date, body, attachments=(), html=None, cc=None, extra_headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = make_msgid(domain=dom)
    for k, v in (extra_headers or {}).items(): m[k] = v
    if body is not None:
        m.set_content(body)
        if html: m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    for path, mt in attachments:
        with open(path, "rb") as f: data = f.read()
        maint, sub = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=os.path.basename(path))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_att")
os.makedirs(TMP, exist_ok=True)
