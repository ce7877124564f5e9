from fpdf import FPDF
def _t(s): return str(s).replace("\u2013","-").replace("\u2019","'")
def po_pdf(layout, title, buyer_block, meta, shipto_block, cols, widths, rows, footer=(), notes=""):
    pdf=FPDF(format="A4" if layout!="letter" else "Letter"); pdf.add_page(); pdf.set_auto_page_break(True, 15)
    if layout in ("A4","letter"):
        pdf.set_font("Helvetica","B",16); pdf.cell(0,9,_t(title),new_x="LMARGIN",new_y="NEXT")
        pdf.set_font("Helvetica","",9)
        for l in buyer_block: pdf.cell(0,4.5,_t(l),new_x="LMARGIN",new_y="NEXT")
        pdf.ln(3); y=pdf.get_y()
        for k,v in meta: 
            pdf.set_x(120); pdf.set_font("Helvetica","B",9); pdf.cell(35,5,_t(k)); pdf.set_font("Helvetica","",9); pdf.cell(0,5,_t(v),new_x="LMARGIN",new_y="NEXT")
        y2=pdf.get_y(); pdf.set_y(y)
        if shipto_block:
            pdf.set_font("Helvetica","B",9); pdf.cell(0,5,_t(shipto_block[0]),new_x="LMARGIN",new_y="NEXT"); pdf.set_font("Helvetica","",9)
            for l in shipto_block[1:]: pdf.cell(0,4.5,_t(l),new_x="LMARGIN",new_y="NEXT")
        pdf.set_y(max(y2,pdf.get_y())+5)
    else:  # boxed
        pdf.set_fill_color(30,60,110); pdf.set_text_color(255,255,255); pdf.set_font("Helvetica","B",13)
        pdf.cell(0,10,_t(title),fill=True,new_x="LMARGIN",new_y="NEXT"); pdf.set_text_color(0,0,0)
        pdf.set_font("Helvetica","",8.5)
        left=buyer_block; right=[f"{k}: {v}" for k,v in meta]
        for i in range(max(len(left),len(right))):
            pdf.cell(100,4.5,_t(left[i]) if i<len(left) else ""); pdf.cell(0,4.5,_t(right[i]) if i<len(right) else "",new_x="LMARGIN",new_y="NEXT")
        pdf.ln(2)
        if shipto_block:
            pdf.set_font("Helvetica","B",8.5); pdf.cell(0,5,_t(shipto_block[0]),border="T",new_x="LMARGIN",new_y="NEXT"); pdf.set_font("Helvetica","",8.5)
            for l in shipto_block[1:]: pdf.cell(0,4.5,_t(l),new_x="LMARGIN",new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica","B",8.5); pdf.set_fill_color(225,225,225)
    for h,w in zip(cols,widths): pdf.cell(w,6,_t(h),border=1,fill=True)
    pdf.ln(); pdf.set_font("Helvetica","",8.5)
    for r in rows:
        for v,w in zip(r,widths): pdf.cell(w,6,_t(v),border=1)
        pdf.ln()
    pdf.ln(2)
    for k,v in footer:
        pdf.set_x(sum(widths)-70+10); pdf.cell(40,5,_t(k)); pdf.cell(30,5,_t(v),align="R",new_x="LMARGIN",new_y="NEXT")
    if notes:
        pdf.ln(4); pdf.set_font("Helvetica","",8); pdf.multi_cell(0,4,_t(notes))
    return bytes(pdf.output())
