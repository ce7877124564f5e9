# -*- coding: utf-8 -*-
"""Regenerate the whole corpus: builder/.venv/bin/python builder/gen.py"""
import os, glob
from common import *
import emails_a, emails_b
from emails_a import DOCS
from pdfs import PDFS
from sheets_misc import SHEETS, NOTORDERS

for f in glob.glob(os.path.join(OUT, "*.eml")) + glob.glob(os.path.join(OUT, "*.expected.json")) + \
         glob.glob(os.path.join(OUT, "s0*.xlsx")) + glob.glob(os.path.join(OUT, "s0*.csv")):
    os.remove(f)
write_catalog_and_customers()
for name, frm, subject, date, body, lab, kw in DOCS:
    make_eml(name, frm, subject, date, body, **kw)
    write_label(name, lab)
for name, frm, subject, date, body, fname, pdf, lab, to in PDFS:
    make_eml(name, frm, subject, date, body, to=to, attachments=[(fname, pdf, "application/pdf")])
    write_label(name, lab)
XL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
for s in SHEETS:
    if s[0] == "eml":
        _, name, frm, subject, date, body, fname, data, lab = s
        make_eml(name, frm, subject, date, body, attachments=[(fname, data, XL)])
        write_label(name, lab)
    else:
        _, fname, data, lab = s
        open(os.path.join(OUT, fname), "wb").write(data)
        write_label(os.path.splitext(fname)[0], lab)
for name, frm, subject, date, body in NOTORDERS:
    make_eml(name, frm, subject, date, body)
    write_label(name, {"kind": "not_an_order"})
print(len(DOCS), "mails,", len(PDFS), "pdf mails,", len(SHEETS), "sheets,", len(NOTORDERS), "not orders")
