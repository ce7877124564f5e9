from fpdf import FPDF

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "liberation": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
    "serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
}


def make_pdf(spec):
    """spec keys: font, letterhead(list), title, meta(list of (k,v)), left_block(title,lines),
    right_block(title,lines), columns(list of (name,width,align)), rows(list of lists), boxed, footer(list)"""
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(True, 15)
    reg, bold = FONTS[spec.get("font", "dejavu")]
    pdf.add_font("F", "", reg)
    pdf.add_font("F", "B", bold)
    pdf.add_page()
    pdf.set_margins(12, 12, 12)
    fs = spec.get("size", 9)
    # letterhead
    lh = spec.get("letterhead", [])
    if lh:
        pdf.set_font("F", "B", 14)
        pdf.cell(0, 7, lh[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 8)
        for ln in lh[1:]:
            pdf.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.line(12, pdf.get_y(), 198, pdf.get_y())
        pdf.ln(3)
    pdf.set_font("F", "B", 13)
    pdf.cell(0, 8, spec["title"], align=spec.get("title_align", "R"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", fs)
    y0 = pdf.get_y()
    # meta on right
    pdf.set_xy(120, y0)
    for k, v in spec.get("meta", []):
        pdf.set_x(120)
        pdf.set_font("F", "B", fs)
        pdf.cell(35, 5, k, border=1 if spec.get("boxed") else 0)
        pdf.set_font("F", "", fs)
        pdf.cell(43, 5, v, border=1 if spec.get("boxed") else 0, new_x="LMARGIN", new_y="NEXT")
    ymeta = pdf.get_y()
    # left block
    pdf.set_xy(12, y0)
    lb = spec.get("left_block")
    if lb:
        pdf.set_font("F", "B", fs)
        pdf.cell(100, 5, lb[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", fs)
        for ln in lb[1]:
            pdf.cell(100, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    y = max(pdf.get_y(), ymeta) + 4
    rb = spec.get("right_block")
    if rb:
        pdf.set_xy(12, y)
        pdf.set_font("F", "B", fs)
        pdf.cell(100, 5, rb[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", fs)
        for ln in rb[1]:
            pdf.cell(100, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 4
    pdf.set_xy(12, y)
    for ln in spec.get("pre_table", []):
        pdf.multi_cell(0, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    cols = spec["columns"]
    border = 1 if spec.get("boxed") else "B"
    pdf.set_font("F", "B", fs - 0.5)
    if spec.get("boxed"):
        pdf.set_fill_color(225, 225, 225)
    for name, w, al in cols:
        pdf.cell(w, 6, name, border=border, align=al, fill=bool(spec.get("boxed")))
    pdf.ln()
    pdf.set_font("F", "", fs - 0.5)
    for row in spec["rows"]:
        for (name, w, al), val in zip(cols, row):
            pdf.cell(w, 5.5, str(val), border=1 if spec.get("boxed") else 0, align=al)
        pdf.ln()
        for extra in (row[len(cols):] if len(row) > len(cols) else []):
            pdf.set_x(12 + cols[0][1])
            pdf.set_font("F", "", fs - 1.5)
            pdf.cell(0, 4, extra, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", fs - 0.5)
    pdf.ln(3)
    pdf.set_font("F", "", fs)
    for ln in spec.get("footer", []):
        pdf.multi_cell(0, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
