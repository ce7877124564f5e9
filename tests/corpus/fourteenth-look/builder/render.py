"""Deterministic renderers: RFC 822 e-mail, PDF (reportlab, invariant), XLSX (openpyxl + zip normalisation)."""
import base64
import hashlib
import io
import quopri
import re
import zipfile
from email.header import Header

from reportlab import rl_config

rl_config.invariant = 1

CRLF = "\r\n"


def _enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _enc_addr(value):
    # "Display Name <addr>" with non-ascii display name
    m = re.match(r'^"?([^"<]*?)"?\s*<([^>]+)>$', value)
    if m and m.group(1):
        name, addr = m.group(1), m.group(2)
        try:
            name.encode("ascii")
            if re.search(r'[,.()@;:]', name):
                return '"%s" <%s>' % (name, addr)
            return "%s <%s>" % (name, addr)
        except UnicodeEncodeError:
            return "%s <%s>" % (Header(name, "utf-8").encode(), addr)
    return value


def _text_part(body, subtype="plain", qp=None):
    body = body.replace("\r\n", "\n").replace("\n", CRLF)
    ascii_only = True
    try:
        body.encode("ascii")
    except UnicodeEncodeError:
        ascii_only = False
    long_lines = any(len(l) > 990 for l in body.split(CRLF))
    if qp is None:
        qp = (not ascii_only) or long_lines or subtype == "html"
    if qp:
        enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        enc = enc.replace("\r\n", "\n").replace("\n", CRLF)
        hdr = ('Content-Type: text/%s; charset="utf-8"' % subtype + CRLF +
               "Content-Transfer-Encoding: quoted-printable" + CRLF)
        return hdr, enc
    hdr = ('Content-Type: text/%s; charset="us-ascii"' % subtype + CRLF +
           "Content-Transfer-Encoding: 7bit" + CRLF)
    return hdr, body


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(frm, to, subject, date, msgid, text=None, html=None, cc=None, reply_to=None,
        in_reply_to=None, references=None, attachments=(), mailer=None, extra=(), thread_topic=None):
    """Return bytes of an RFC 822 message. attachments: list of (filename, mimetype, bytes)."""
    seed = hashlib.sha1((msgid + subject).encode("utf-8")).hexdigest()
    h = []
    h.append("Return-Path: <%s>" % re.sub(r".*<|>.*", "", frm))
    h.append("Received: from mail.%s (mail.%s [203.0.113.%d])" % (
        frm.split("@")[-1].rstrip(">"), frm.split("@")[-1].rstrip(">"), int(seed[:2], 16) % 200 + 10))
    h.append("\tby mx1.cobaltridgelumber.com (Postfix) with ESMTPS id %s" % seed[2:12].upper())
    h.append("\tfor <orders@cobaltridgelumber.com>; %s" % date)
    h.append("From: %s" % _enc_addr(frm))
    h.append("To: %s" % to)
    if cc:
        h.append("Cc: %s" % cc)
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    h.append("Subject: %s" % _enc_header(subject))
    if thread_topic:
        h.append("Thread-Topic: %s" % _enc_header(thread_topic))
    h.append("Date: %s" % date)
    h.append("Message-ID: <%s>" % msgid)
    if in_reply_to:
        h.append("In-Reply-To: <%s>" % in_reply_to)
    if references:
        h.append("References: %s" % " ".join("<%s>" % r for r in references))
    if mailer:
        h.append(mailer)
    for e in extra:
        h.append(e)
    h.append("MIME-Version: 1.0")

    def alt_block(boundary):
        parts = []
        if text is not None:
            parts.append(_text_part(text, "plain"))
        if html is not None:
            parts.append(_text_part(html, "html"))
        out = []
        for ph, pb in parts:
            out.append("--" + boundary + CRLF + ph + CRLF + pb + CRLF)
        out.append("--" + boundary + "--" + CRLF)
        return "".join(out)

    if not attachments:
        if text is not None and html is not None:
            b = "----=_Part_%s" % seed[:16]
            h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
            return (CRLF.join(h) + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF + CRLF
                    + alt_block(b)).encode("utf-8")
        ph, pb = _text_part(text if text is not None else html, "plain" if text is not None else "html")
        return (CRLF.join(h) + CRLF + ph + CRLF + pb + CRLF).encode("utf-8")

    bm = "----=_Mixed_%s" % seed[:16]
    h.append('Content-Type: multipart/mixed; boundary="%s"' % bm)
    out = [CRLF.join(h) + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF + CRLF]
    if text is not None and html is not None:
        ba = "----=_Alt_%s" % seed[16:32]
        out.append("--" + bm + CRLF + 'Content-Type: multipart/alternative; boundary="%s"' % ba + CRLF + CRLF)
        out.append(alt_block(ba) + CRLF)
    else:
        ph, pb = _text_part(text if text is not None else html, "plain" if text is not None else "html")
        out.append("--" + bm + CRLF + ph + CRLF + pb + CRLF)
    for fname, mtype, data in attachments:
        out.append("--" + bm + CRLF)
        out.append('Content-Type: %s; name="%s"' % (mtype, fname) + CRLF)
        out.append('Content-Disposition: attachment; filename="%s"' % fname + CRLF)
        out.append("Content-Transfer-Encoding: base64" + CRLF + CRLF)
        out.append(_b64(data) + CRLF)
    out.append("--" + bm + "--" + CRLF)
    return "".join(out).encode("utf-8")


# ---------------- XLSX ----------------
FIXED_DT = (2026, 11, 2, 8, 0, 0)


def normalise_xlsx(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    dst = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        data = src.read(name)
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                          rb"\g<1>2026-11-02T08:00:00Z\g<3>", data)
        zi = zipfile.ZipInfo(name, FIXED_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
    dst.close()
    return buf.getvalue()


def xlsx_bytes(wb):
    import datetime
    wb.properties.creator = wb.properties.creator or "Microsoft Excel"
    wb.properties.created = datetime.datetime(2026, 11, 2, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 11, 2, 8, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return normalise_xlsx(b.getvalue())
