from pdflib import *
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib import colors
from fpdf import FPDF

def cells(s, ln_i, l):
    sku, part, vcode, desc, qty, uom, price = l[:7]
    comma = s.get("comma", False)
    dec = s.get("pdec", 2)
    ext = round(qty * price, 2) if price is not None else None
    g = s.get("gst", 0)
    d = {"ln": str(ln_i), "ln10": f"{ln_i*10:05d}", "ln10s": str(ln_i * 10), "part": part or "", "vcode": vcode or "",
         "desc": desc, "qty": (fmt_num(qty, 0, comma) if float(qty).is_integer() else fmt_num(qty, 2, comma)),
         "uom": uom, "price": fmt_num(price, dec, comma) if price is not None else "", "ext": fmt_num(ext, 2, comma) if ext is not None else "",
         "hsn": l[7] if len(l) > 7 else "", "gstp": f"{g:g}%", "gsta": fmt_num(ext * g / 100, 2, comma) if ext is not None else "",
         "tot": fmt_num(ext * (1 + g / 100), 2, comma) if ext is not None else "", "req": s.get("line_req", ""), "blank": ""}
    return [d[k] for (_, _, _, k) in s["cols"]]

def subtotal(s):
    return round(sum(l[4] * l[6] for l in s["lines"] if l[6] is not None), 2)

def std_totals(s):
    comma = s.get("comma", False); cur = s.get("cur_sym", "")
    st = subtotal(s); rows = [(s.get("lbl_sub", "Subtotal"), cur + fmt_num(st, 2, comma))]
    tot = st
    for lab, kind, val in s.get("extras", []):
        amt = round(st * val / 100, 2) if kind == "pct" else val
        tot += amt
        rows.append((lab, cur + fmt_num(amt, 2, comma)))
    rows.append((s.get("lbl_tot", "Total"), cur + fmt_num(round(tot, 2), 2, comma)))
    return rows

def tcols(s):
    return [(h, w, a) for (h, w, a, k) in s["cols"]]

def trows(s):
    return [cells(s, i + 1, l) for i, l in enumerate(s["lines"])]

# ---------------------------------------------------------------- L1 hospital
def hospital(s, path):
    ps = letter if s.get("page", "letter") == "letter" else A4
    W, H = ps
    c = NumberedCanvas(path, pagesize=ps, pfmt=s.get("pfmt", "Page {n} of {t}"))
    acc = colors.HexColor(s.get("accent", "#1f3b63"))
    def head(c, first=True):
        c.setFillColor(acc); c.setFont("Helvetica-Bold", 14); c.drawString(36, H - 48, s["buyer"][0]); c.setFillColor(colors.black)
        text_block(c, 36, H - 62, s["buyer"][1:], size=8)
        c.setFont("Helvetica-Bold", 16); c.drawRightString(W - 36, H - 48, s.get("title", "PURCHASE ORDER"))
        y = H - 64
        for k, v in s["hdr"]:
            c.setFont("Helvetica", 8.5); c.drawRightString(W - 120, y, k); c.setFont("Helvetica-Bold", 8.5); c.drawString(W - 115, y, v); y -= 12
        return H - 130
    y = head(c)
    bw = (W - 72 - 16) / 3
    for i, (t, ls) in enumerate([("VENDOR", s["vendor"]), ("BILL TO", s["bill"]), ("SHIP TO", s["ship"])]):
        x = 36 + i * (bw + 8)
        c.setFillColor(colors.HexColor("#d9dee7")); c.rect(x, y - 12, bw, 12, stroke=0, fill=1); c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8); c.drawString(x + 4, y - 9, t)
        c.rect(x, y - 78, bw, 78, stroke=1, fill=0)
        text_block(c, x + 4, y - 23, ls, size=8, width=bw - 8)
    y -= 92
    if s.get("meta"):
        n = len(s["meta"]); mw = (W - 72) / n
        for i, (k, v) in enumerate(s["meta"]):
            x = 36 + i * mw
            c.rect(x, y - 26, mw, 26)
            c.setFont("Helvetica", 6.5); c.drawString(x + 3, y - 8, k.upper())
            c.setFont("Helvetica", 8); c.drawString(x + 3, y - 20, v)
        y -= 36
    def np(c):
        c.setFont("Helvetica-Bold", 9); c.drawString(36, H - 40, f"{s['buyer'][0]}  -  PO {s['po']} (continued)")
        return H - 60
    y = draw_table(c, 36, y, tcols(s), trows(s), H, np, size=8, hfill=colors.HexColor("#d9dee7"), hline="all")
    y -= 14
    if y < 140:
        c.showPage(); y = np(c)
    totals_block(c, W - 40, y, std_totals(s))
    yy = y
    for n in s.get("notes", []):
        yy = text_block(c, 36, yy, [n], size=7.5, width=300)
    c.setFont("Helvetica", 8); c.line(W - 230, 70, W - 40, 70); c.drawString(W - 230, 60, s.get("sign", "Authorized Signature"))
    c.save()

# ---------------------------------------------------------------- L2 university
def university(s, path):
    ps = letter if s.get("page", "letter") == "letter" else A4
    W, H = ps
    c = NumberedCanvas(path, pagesize=ps, pfmt="Page {n} of {t}", ppos=(W - 36, 30))
    band = colors.HexColor(s.get("accent", "#5b1a1a"))
    def head(c):
        c.setFillColor(band); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("Times-Bold", 17); c.drawString(36, H - 34, s["buyer"][0])
        c.setFont("Times-Roman", 9.5); c.drawString(36, H - 50, s["buyer"][1])
        c.setFont("Helvetica-Bold", 13); c.drawRightString(W - 36, H - 34, s.get("title", "PURCHASE ORDER"))
        c.setFont("Helvetica", 10); c.drawRightString(W - 36, H - 52, s["po_label"] + " " + s["po"])
        c.setFillColor(colors.black)
        return H - 90
    y = head(c)
    text_block(c, 36, y, s["vendor"], size=8.5, title="Vendor:")
    yb = text_block(c, W / 2 + 10, y, s["ship"], size=8.5, title="Ship To:")
    text_block(c, W / 2 + 10, yb - 6, s["bill"], size=8.5, title=s.get("bill_title", "Invoice To:"))
    y = min(yb - 6 - 12 * (len(s["bill"]) + 1), y - 12 * (len(s["vendor"]) + 1)) - 8
    rows = s["meta"]
    c.setFont("Helvetica", 8)
    for i in range(0, len(rows), 3):
        for j, (k, v) in enumerate(rows[i:i + 3]):
            x = 36 + j * ((W - 72) / 3)
            c.setFont("Helvetica-Bold", 8); c.drawString(x, y, k + ":"); c.setFont("Helvetica", 8); c.drawString(x + c.stringWidth(k + ": ", "Helvetica-Bold", 8), y, v)
        y -= 13
    y -= 6
    def np(c): return head(c)
    y = draw_table(c, 36, y, tcols(s), trows(s), H, np, size=8, zebra=colors.HexColor("#f1ecec"), hfill=colors.HexColor("#e3d6d6"))
    y -= 14
    if y < 150: c.showPage(); y = np(c)
    totals_block(c, W - 40, y, std_totals(s))
    y = text_block(c, 36, y, s.get("notes", []), size=7.5, width=300)
    text_block(c, 36, 80, s.get("terms", []), font="Helvetica-Oblique", size=6.5, width=W - 72)
    c.save()

# ---------------------------------------------------------------- L3 letter
def letterpo(s, path):
    ps = A4 if s.get("page", "A4") == "A4" else letter
    W, H = ps
    c = NumberedCanvas(path, pagesize=ps, pfmt=None)
    c.setFont(s.get("lhfont", "Times-Bold"), 16); c.drawCentredString(W / 2, H - 50, s["buyer"][0])
    c.setFont("Times-Roman", 9)
    y = H - 64
    for b in s["buyer"][1:]:
        c.drawCentredString(W / 2, y, b); y -= 11
    c.line(50, y - 2, W - 50, y - 2); y -= 26
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - 50, y, s["date_line"]); y -= 20
    y = text_block(c, 50, y, s["vendor"], font="Times-Roman", size=11, lead=13.5) - 12
    c.setFont("Times-Bold", 11); c.drawString(50, y, s["subject"]); y -= 22
    y = text_block(c, 50, y, s["intro"], font="Times-Roman", size=11, lead=14, width=W - 100) - 6
    def np(c): return H - 60
    y = draw_table(c, 50, y, tcols(s), trows(s), H, np, size=10, font="Times-Roman", hfont="Times-Bold", grid=True, lead=12)
    y -= 14
    if s.get("show_totals"):
        y = totals_block(c, W - 54, y, std_totals(s), size=10, font="Times-Roman", bfont="Times-Bold") - 6
    y = text_block(c, 50, y, s["outro"], font="Times-Roman", size=11, lead=14, width=W - 100) - 16
    text_block(c, 50, y, s["signoff"], font="Times-Roman", size=11, lead=14)
    c.save()

# ---------------------------------------------------------------- L4 GST (India)
def gst(s, path):
    W, H = A4
    c = NumberedCanvas(path, pagesize=A4, pfmt="Page {n} of {t}", ppos=(W - 30, 18))
    def head(c):
        c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, H - 40, s["buyer"][0])
        c.setFont("Helvetica", 8)
        y = H - 52
        for b in s["buyer"][1:]:
            c.drawCentredString(W / 2, y, b); y -= 10
        c.setFillColor(colors.HexColor("#eeeeee")); c.rect(30, y - 18, W - 60, 16, fill=1, stroke=1); c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 14, s.get("title", "PURCHASE ORDER"))
        return y - 18
    y = head(c)
    c.rect(30, y - 96, (W - 60) / 2, 96); c.rect(W / 2, y - 96, (W - 60) / 2, 96)
    text_block(c, 34, y - 11, s["vendor"], size=8, title="To,", width=(W - 60) / 2 - 8)
    yy = y - 11
    for k, v in s["hdr"]:
        c.setFont("Helvetica-Bold", 8); c.drawString(W / 2 + 4, yy, k); c.setFont("Helvetica", 8); c.drawString(W / 2 + 90, yy, ": " + v); yy -= 11
    y -= 96
    c.rect(30, y - 50, W - 60, 50)
    text_block(c, 34, y - 11, [", ".join(s["ship"][1:])], size=8, title="Delivery At: " + s["ship"][0], width=W - 70)
    y -= 56
    def np(c): return head(c) - 8
    y = draw_table(c, 30, y, tcols(s), trows(s), H, np, size=7.5, grid=True, hfill=colors.HexColor("#eeeeee"), bottom=60)
    comma = False
    st = subtotal(s); g = s["gst"]
    tax = round(st * g / 100, 2)
    rows = [("Sub Total (Taxable)", fmt_num(st))]
    if s.get("igst"): rows.append((f"IGST @ {g:g}%", fmt_num(tax)))
    else:
        rows += [(f"CGST @ {g/2:g}%", fmt_num(tax / 2)), (f"SGST @ {g/2:g}%", fmt_num(tax / 2))]
    fr = s.get("freight", 0)
    if fr: rows.append(("Freight & Packing", fmt_num(fr)))
    rows.append(("Grand Total (INR)", fmt_num(round(st + tax + fr, 2))))
    y -= 12
    if y < 200: c.showPage(); y = np(c)
    y2 = totals_block(c, W - 34, y, rows, labw=150)
    y = text_block(c, 34, min(y2, y) - 4, s.get("notes", []), size=7.5, width=W - 70)
    c.setFont("Helvetica-Bold", 8.5); c.drawRightString(W - 34, 90, "For " + s["buyer"][0])
    c.setFont("Helvetica", 8); c.drawRightString(W - 34, 58, "Authorised Signatory")
    c.drawString(34, 58, s.get("prepared", "Prepared by: Purchase Dept."))
    c.save()

# ---------------------------------------------------------------- L5 EU lab (DIN-style)
def eu(s, path):
    W, H = A4
    c = NumberedCanvas(path, pagesize=A4, pfmt=s.get("pfmt", "Seite {n} von {t}"), ppos=(W - 50, 40))
    c.setFont("Helvetica-Bold", 15); c.setFillColor(colors.HexColor(s.get("accent", "#00594f"))); c.drawRightString(W - 50, H - 50, s["buyer"][0]); c.setFillColor(colors.black)
    text_block(c, W - 200, H - 64, s["buyer"][1:], size=7.5)
    c.setFont("Helvetica", 6.5); c.drawString(57, H - 128, s["sender_line"])
    c.line(57, H - 131, 57 + 240, H - 131)
    text_block(c, 57, H - 145, s["vendor"], size=10, lead=12.5)
    y = H - 145
    for k, v in s["hdr"]:
        c.setFont("Helvetica", 8.5); c.drawString(W - 220, y, k); c.drawString(W - 120, y, v); y -= 12
    y = H - 250
    c.setFont("Helvetica-Bold", 13); c.drawString(57, y, s["title"]); y -= 20
    y = text_block(c, 57, y, s.get("intro", []), size=9.5, lead=12, width=W - 107) - 6
    def np(c):
        c.setFont("Helvetica", 8); c.drawString(57, H - 40, s["buyer"][0] + " - " + s["title"]); return H - 60
    y = draw_table(c, 57, y, tcols(s), trows(s), H, np, size=8.5, hline="all", bottom=110)
    y -= 14
    if y < 200: c.showPage(); y = np(c)
    y2 = totals_block(c, W - 50, y, std_totals(s), size=9, labw=150)
    y = min(y, y2) - 10
    y = text_block(c, 57, y, s["ship"], size=9, title=s.get("ship_title", "Lieferanschrift:"), lead=11.5) - 8
    y = text_block(c, 57, y, s.get("notes", []), size=8.5, width=W - 107, lead=11)
    c.setFont("Helvetica", 6.5)
    for i, col in enumerate(s.get("footer", [])):
        text_block(c, 57 + i * 165, 62, col, size=6.5, lead=8)
    c.save()

# ---------------------------------------------------------------- L6 SAP style
def sap(s, path):
    W, H = A4
    c = NumberedCanvas(path, pagesize=A4, pfmt=s.get("pfmt", "Page {n} / {t}"), ppos=(W - 40, H - 30))
    F, FB = "Courier", "Courier-Bold"
    def head(c):
        c.setFont("Helvetica-Bold", 12); c.drawString(40, H - 40, s["buyer"][0])
        c.setFont("Helvetica", 7.5); c.drawString(40, H - 52, " | ".join(s["buyer"][1:]))
        return H - 70
    y = head(c)
    text_block(c, 40, y - 20, s["vendor"], font=F, size=9, lead=11)
    c.setFont(FB, 12); c.drawString(330, y - 10, s["title"])
    yy = y - 28
    for k, v in s["hdr"]:
        c.setFont(F, 8.5); c.drawString(330, yy, f"{k:<18}{v}"); yy -= 11
    y = min(yy, y - 20 - 11 * len(s["vendor"])) - 14
    y = text_block(c, 40, y, s.get("intro", []), font=F, size=8.5, lead=10.5, width=W - 80) - 6
    hx = s["sapcols"]
    def th(c, y):
        c.setFont(FB, 8.5)
        c.drawString(40, y, hx[0]); c.drawString(85, y, hx[1]); c.drawString(185, y, hx[2]); c.drawRightString(420, y, hx[3])
        c.drawString(425, y, hx[4]); c.drawRightString(495, y, hx[5]); c.drawRightString(W - 40, y, hx[6]); y -= 10.5
        c.line(40, y + 6, W - 40, y + 6)
        return y - 4
    y = th(c, y)
    comma = s.get("comma", False)
    for i, l in enumerate(s["lines"]):
        sku, part, vcode, desc, qty, uom, price = l[:7]
        need = 3 * 10.5 + 6
        if y - need < 70:
            c.showPage(); y = head(c); y = th(c, y)
        c.setFont(F, 8.5)
        q = fmt_num(qty, 3 if s.get("q3") else 0, comma)
        p = fmt_num(price, 2, comma)
        e = fmt_num(qty * price, 2, comma)
        import textwrap
        dl = textwrap.wrap(desc, 34) or [""]
        c.drawString(40, y, f"{(i+1)*10:05d}"); c.drawString(85, y, (part or "")[:18]); c.drawString(185, y, dl[0])
        c.drawRightString(420, y, q); c.drawString(425, y, uom); c.drawRightString(495, y, p); c.drawRightString(W - 40, y, e)
        y -= 10.5
        for rest in dl[1:]:
            c.drawString(185, y, rest); y -= 10.5
        for sub in s["subline"](l):
            c.drawString(85, y, sub); y -= 10.5
        y -= 4
    c.line(40, y + 6, W - 40, y + 6)
    y -= 8
    for lab, val in std_totals(s):
        c.setFont(FB, 8.5); c.drawString(300, y, lab); c.drawRightString(W - 40, y, val); y -= 11
    y -= 10
    text_block(c, 40, y, s.get("notes", []), font=F, size=8, lead=10, width=W - 80)
    c.save()

# ---------------------------------------------------------------- fpdf2 layouts
class P(FPDF):
    footer_text = ""
    def footer(self):
        self.set_y(-12); self.set_font("Helvetica", "I", 7)
        self.cell(0, 5, self.footer_text + f"   Page {self.page_no()}/{{nb}}", align="C")

def fgrid(s, path):
    pdf = P(format="A4"); pdf.footer_text = s.get("footer", "")
    pdf.set_auto_page_break(True, 18); pdf.add_page()
    r, g_, b = s.get("rgb", (30, 90, 140))
    pdf.set_font("Helvetica", "B", 16); pdf.set_text_color(r, g_, b); pdf.cell(0, 8, s["buyer"][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0); pdf.set_font("Helvetica", "", 8)
    for l in s["buyer"][1:]: pdf.cell(0, 4, l, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(130, 10); pdf.set_font("Helvetica", "B", 18); pdf.cell(70, 10, s.get("title", "PURCHASE ORDER"), align="R")
    pdf.set_font("Helvetica", "", 9); yy = 22
    for k, v in s["hdr"]:
        pdf.set_xy(120, yy); pdf.cell(35, 5, k, border=1); pdf.cell(45, 5, v, border=1, align="R"); yy += 5
    y0 = max(pdf.get_y(), yy) + 6
    pdf.set_fill_color(r, g_, b); pdf.set_text_color(255); pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(10, y0); pdf.cell(92, 6, s.get("vendor_title", "SUPPLIER"), fill=True); pdf.set_xy(108, y0); pdf.cell(92, 6, s.get("ship_title", "DELIVER TO"), fill=True)
    pdf.set_text_color(0); pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(10, y0 + 7); pdf.multi_cell(92, 4.3, "\n".join(s["vendor"]))
    ya = pdf.get_y()
    pdf.set_xy(108, y0 + 7); pdf.multi_cell(92, 4.3, "\n".join(s["ship"]))
    pdf.set_y(max(ya, pdf.get_y()) + 4)
    for n in s.get("pre", []):
        pdf.multi_cell(0, 4.5, n, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = [w for (_, w, _, _) in s["cols"]]
    def th():
        pdf.set_font("Helvetica", "B", 8); pdf.set_fill_color(220, 228, 238)
        for (h, w, a, k) in s["cols"]: pdf.cell(w, 6, h, border=1, fill=True, align="C")
        pdf.ln()
    th()
    pdf.set_font("Helvetica", "", 8)
    for i, l in enumerate(s["lines"]):
        vals = cells(s, i + 1, l)
        # compute height by desc lines
        lh = 4.5
        nl = 1
        for (h, w, a, k), v in zip(s["cols"], vals):
            nl = max(nl, len(pdf.multi_cell(w, lh, v, dry_run=True, output="LINES")))
        if pdf.get_y() + nl * lh > pdf.h - 22:
            pdf.add_page(); th(); pdf.set_font("Helvetica", "", 8)
        x, y = pdf.get_x(), pdf.get_y()
        for (h, w, a, k), v in zip(s["cols"], vals):
            pdf.set_xy(x, y); pdf.multi_cell(w, lh, v, border=0, align={"R": "R", "C": "C"}.get(a, "L"))
            pdf.rect(x, y, w, nl * lh); x += w
        pdf.set_xy(10, y + nl * lh)
    pdf.ln(3)
    for lab, val in std_totals(s):
        pdf.set_x(120); pdf.set_font("Helvetica", "B" if lab == std_totals(s)[-1][0] else "", 9)
        pdf.cell(45, 5.5, lab, border=1); pdf.cell(35, 5.5, val, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_font("Helvetica", "", 8)
    for n in s.get("notes", []): pdf.multi_cell(0, 4.2, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

def fmin(s, path):
    pdf = P(format=s.get("fmt", "A4")); pdf.footer_text = s.get("footer", "")
    pdf.set_auto_page_break(True, 18); pdf.add_page()
    pdf.set_font("Courier" if s.get("mono") else "Helvetica", "B", 12)
    pdf.cell(0, 6, s["buyer"][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    for l in s["buyer"][1:]: pdf.cell(0, 4.2, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5); pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, s.get("title", "Purchase Order"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for k, v in s["hdr"]: pdf.cell(0, 5, f"{k} {v}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for t, blk in s["blocks"]:
        pdf.set_font("Helvetica", "B", 9); pdf.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9); pdf.multi_cell(0, 4.5, "\n".join(blk), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 8.5)
    for (h, w, a, k) in s["cols"]: pdf.cell(w, 6, h, border="B", align={"R": "R"}.get(a, "L"))
    pdf.ln(); pdf.set_font("Helvetica", "", 8.5)
    for i, l in enumerate(s["lines"]):
        vals = cells(s, i + 1, l)
        for (h, w, a, k), v in zip(s["cols"], vals): pdf.cell(w, 5.5, v, align={"R": "R"}.get(a, "L"))
        pdf.ln()
    pdf.cell(sum(w for (_, w, _, _) in s["cols"]), 0.1, "", border="T", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    if s.get("show_totals", True):
        for lab, val in std_totals(s):
            pdf.cell(sum(w for (_, w, _, _) in s["cols"]) - 30, 5, lab, align="R"); pdf.cell(30, 5, val, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for n in s.get("notes", []): pdf.multi_cell(0, 4.5, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

LAYOUTS = {"hospital": hospital, "university": university, "letter": letterpo, "gst": gst, "eu": eu, "sap": sap, "fgrid": fgrid, "fmin": fmin}
