from fpdf import FPDF
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

def make_pdf(spec):
    """spec: style ('letterhead'|'boxed'|'plain'), org, org_lines, title, meta [(k,v)],
    blocks [(heading, [lines])], columns, widths, rows, aligns, notes [lines]"""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("F", "", SERIF if spec.get("serif") else FONT)
    pdf.add_font("F", "B", SERIFB if spec.get("serif") else FONTB)
    pdf.add_page()
    style = spec.get("style", "boxed")
    # header
    pdf.set_font("F", "B", 15)
    if style == "letterhead":
        pdf.set_fill_color(30, 90, 50); pdf.set_text_color(255, 255, 255)
        pdf.cell(0, 12, spec["org"], fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    else:
        pdf.cell(0, 9, spec["org"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8.5)
    for ln in spec.get("org_lines", []):
        pdf.cell(0, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("F", "B", 13)
    pdf.cell(0, 8, spec["title"], align="R" if style == "letterhead" else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    y0 = pdf.get_y()
    for k, v in spec.get("meta", []):
        if style == "boxed":
            pdf.set_x(120); pdf.cell(35, 6, k, border=1); pdf.cell(45, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(120); pdf.set_font("F", "B", 9); pdf.cell(35, 5, k)
            pdf.set_font("F", "", 9); pdf.cell(45, 5, v, new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_y(y0)
    for heading, lines in spec.get("blocks", []):
        pdf.set_font("F", "B", 9); pdf.cell(95, 5, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 9)
        for ln in lines:
            pdf.cell(95, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_y(max(y1, pdf.get_y()) + 4)
    # table
    cols, widths = spec["columns"], spec["widths"]
    aligns = spec.get("aligns", ["L"] * len(cols))
    border = 1 if style in ("boxed", "letterhead") else "B"
    pdf.set_font("F", "B", 8.5)
    pdf.set_fill_color(225, 235, 225)
    for c, w in zip(cols, widths):
        pdf.cell(w, 7, c, border=border, fill=True)
    pdf.ln()
    pdf.set_font("F", "", 8.5)
    for row in spec["rows"]:
        for c, w, a in zip(row, widths, aligns):
            pdf.cell(w, 6.5, str(c), border=1 if border == 1 else 0, align=a)
        pdf.ln()
    pdf.ln(3)
    for ln in spec.get("totals", []):
        pdf.set_font("F", "B", 9); pdf.cell(0, 5.5, ln, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "", 8.5)
    for ln in spec.get("notes", []):
        pdf.multi_cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
