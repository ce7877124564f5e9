import datetime, email.utils, hashlib, json, os
from email.message import EmailMessage
from email import policy
from common import OUT, ORDERS

DOCS = []


def D(name, frm, subject, date, body, expected, to=ORDERS, cc=None, html=None, att=None, hdrs=None):
    DOCS.append(dict(name=name, frm=frm, subject=subject, date=date, body=body, expected=expected, to=to,
                     cc=cc, html=html, att=att or [], hdrs=hdrs or {}))


def _dt(s):
    # "2026-12-08 06:12 +0100"
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def render(d):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = d["frm"]
    m["To"] = d["to"]
    if d["cc"]:
        m["Cc"] = d["cc"]
    m["Subject"] = d["subject"]
    m["Date"] = email.utils.format_datetime(_dt(d["date"]))
    dom = d["frm"].split("@")[-1].strip(">")
    h = hashlib.md5((d["name"] + d["date"]).encode()).hexdigest()[:16]
    m["Message-ID"] = f"<{h}.{d['name']}@{dom}>"
    for k, v in d["hdrs"].items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(d["body"])
    if d["html"]:
        m.add_alternative(d["html"], subtype="html")
    for fname, data, mtype in d["att"]:
        mt, st = mtype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m.as_bytes()


def write_all():
    for d in DOCS:
        with open(os.path.join(OUT, d["name"] + ".eml"), "wb") as f:
            f.write(render(d))
        with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(d["expected"], f, ensure_ascii=False, indent=2)
            f.write("\n")
