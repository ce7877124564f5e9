import io
from fpdf import FPDF
import openpyxl
from openpyxl.styles import Font

def xlsx(sheets):
    """sheets: list of (title, rows) ; rows list of lists"""
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(r)
        for c in ws[1]:
            pass
        for col in ws.columns:
            w = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(8, w + 2), 60)
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

def pdf(title, head_left, head_right, cols, widths, rows, foot=(), aligns=None):
    p = FPDF(format="A4"); p.add_page(); p.set_auto_page_break(True, 15)
    p.set_font("Helvetica", "B", 15); p.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 9)
    y0 = p.get_y()
    for t in head_left:
        p.cell(95, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y(); p.set_y(y0)
    for t in head_right:
        p.set_x(110); p.cell(90, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(y1, p.get_y()) + 4)
    p.set_font("Helvetica", "B", 8.5)
    for c, w in zip(cols, widths):
        p.cell(w, 6, c, border=1)
    p.ln()
    p.set_font("Helvetica", "", 8.5)
    aligns = aligns or ["L"] * len(cols)
    for r in rows:
        for v, w, a in zip(r, widths, aligns):
            p.cell(w, 5.5, str(v), border=1, align=a)
        p.ln()
    p.ln(4)
    for t in foot:
        p.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def csvtext(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for v in r:
            s = "" if v is None else str(v)
            if sep in s or '"' in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        out.append(sep.join(cells))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")
