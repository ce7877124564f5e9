"""Deterministic writers for the document formats of the corpus (eml, pdf, xlsx, html)."""
import base64
import datetime as dt
import io
import re
import zipfile

FIXED = dt.datetime(2026, 11, 30, 12, 0, 0)


# ---------------------------------------------------------------- e-mail
def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _text_part(text, subtype="plain"):
    enc = "7bit" if all(ord(c) < 128 for c in text) else "8bit"
    return ('Content-Type: text/%s; charset="utf-8"\nContent-Transfer-Encoding: %s\n\n%s'
            % (subtype, enc, text if text.endswith("\n") else text + "\n"))


def eml(headers, text=None, html=None, attachments=(), boundary="b"):
    """headers: list of (name, value). attachments: (filename, mimetype, bytes)."""
    head = "".join("%s: %s\n" % (k, v) for k, v in headers) + "MIME-Version: 1.0\n"
    if html is not None and text is not None:
        alt = "alt_%s" % boundary
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
                % (alt, alt, _text_part(text), alt, _text_part(html, "html"), alt))
    elif html is not None:
        body = _text_part(html, "html")
    else:
        body = _text_part(text)
    if not attachments:
        return (head + body).encode("utf-8")
    mix = "mix_%s" % boundary
    out = head + 'Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n--%s\n%s' % (mix, mix, body)
    for name, mime, data in attachments:
        out += ('\n--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                'Content-Transfer-Encoding: base64\n\n%s\n' % (mix, mime, name, name, _b64(data)))
    out += "\n--%s--\n" % mix
    return out.encode("utf-8")


# ---------------------------------------------------------------- xlsx
def fix_zip(data):
    """openpyxl stamps the wall clock into the zip entries and core.xml; pin both."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                raw = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-30T12:00:00Z", raw)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, raw)
    return buf.getvalue()


def xlsx(build):
    """build(workbook) fills an openpyxl Workbook; returns the pinned bytes."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "buyer"
    wb.properties.lastModifiedBy = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


# ---------------------------------------------------------------- pdf
def rl_canvas():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    return buf, c


def fpdf_doc(orientation="P"):
    from fpdf import FPDF
    pdf = FPDF(orientation=orientation, unit="pt", format="Letter")
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_creator("")
    pdf.file_id = lambda: -1
    pdf.set_auto_page_break(True, margin=40)
    return pdf


def fpdf_bytes(pdf):
    return bytes(pdf.output())


def money(x):
    return "{:,.2f}".format(x)
