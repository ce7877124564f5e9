# -*- coding: utf-8 -*-
"""PDF purchase orders, spreadsheet/CSV orders and non-orders."""
from common import L, ST, CAT
from emails import PO

DOCS = []


def A(name, frm, subj, date, body, label, note, attach, kind="email_attach"):
    DOCS.append(dict(name=name, frm=frm, to="orders@kilbridesteel.ie", cc=None, subj=subj, date=date, body=body,
                     label=label, note=note, html=False, kind=kind, attach=attach))


def rows_from(lines, fmt_price=lambda p: f"{p:.2f}", with_cp=False, uom_word=None, total=True):
    out = []
    for i, ln in enumerate(lines, 1):
        p = ln.get("unit_price")
        r = [str(i)]
        if with_cp:
            r.append(ln["customer_part"] or "")
        r += [ln["description"], f"{ln['quantity']:g}", (uom_word or {}).get(ln["uom"], ln["uom"])]
        if p is not None:
            r.append(fmt_price(p))
            if total:
                r.append(fmt_price(round(p * ln["quantity"], 2)))
        out.append(r)
    return out


def dsc(sku, text):
    return text


# ---------------------------------------------------------------- PDF purchase orders
p01_lines = [L("SHS-100-5", 10, "EA", 83.40, None, "SHS 100 x 100 x 5.0 S355J2H - 6.0m"),
             L("RHS-80-40-3", 25, "EA", 29.10, None, "RHS 80 x 40 x 3.0 S355J2H - 6.0m"),
             L("EA-50-5", 30, "EA", 15.20, None, "Equal angle 50 x 50 x 5 S275 - 6.0m"),
             L("FB060X06", 20, "EA", 19.90, None, "Flat 60 x 6 S275 - 6.0m"),
             L("PL275-10-2512", 4, "SH", 330.00, None, "Plate 10mm S275 2500 x 1250")]
A("p01_northfield_pdf", "Gary Whitaker <g.whitaker@northfieldfab.co.uk>", "Purchase Order NF-24163",
  "Mon, 7 Dec 2026 11:02:00 +0000",
  "Hi,\n\nPlease find attached purchase order NF-24163. Please confirm receipt and delivery date.\n\nRegards\nGary Whitaker\nNorthfield Steel Fabrications Ltd\n",
  PO("Northfield Steel Fabrications Ltd", "NF-24163", "2026-12-07", "2026-12-18", "GBP",
     ST("Northfield Steel Fabrications Ltd - Bay 3", "Thorp Arch Estate", "Wetherby", "LS23 7BJ", "GB"),
     p01_lines),
  "PDF: vendor / invoice-to / deliver-to side by side, ruled table, GBP",
  [("pdf", "NF-24163.pdf", dict(
      title="PURCHASE ORDER", layout="side", rules=True, font="Helvetica",
      company=["Northfield Steel Fabrications Ltd", "14 Sandbeck Way, Wetherby, West Yorkshire LS22 7DN",
               "VAT Reg GB 318 4471 92"],
      blocks=[("Supplier", ["Kilbride Steel & Alloys Ltd", "Unit 7, Ballymount Ind. Est.", "Dublin 12", "D12 X8P2 Ireland"]),
              ("Invoice to", ["Northfield Steel Fabrications Ltd", "Accounts Payable", "14 Sandbeck Way", "Wetherby LS22 7DN"]),
              ("Deliver to", ["Northfield Steel Fabrications Ltd - Bay 3", "Thorp Arch Estate", "Wetherby", "LS23 7BJ"])],
      meta=[("PO Number", "NF-24163"), ("PO Date", "07/12/2026"), ("Delivery Date", "18/12/2026"), ("Currency", "GBP"),
            ("Buyer", "G. Whitaker")],
      cols=["Line", "Description", "Qty", "UOM", "Unit Price", "Net"],
      widths=[30, 230, 40, 40, 70, 70], rows=rows_from(p01_lines),
      footer=["Net total GBP " + f"{sum(l['quantity']*l['unit_price'] for l in p01_lines):.2f}",
              "Please quote our PO number on all delivery notes and invoices."]))])

p02_lines = [L("SHS-60-4", 24, "PC", 36.80, None, "Quadratrohr 60x60x4 S355J2H, L=6000"),
             L("RHS-100-50-4", 12, "PC", 46.15, None, "Rechteckrohr 100x50x4 S355J2H, L=6000"),
             L("EA-75-8", 8, "PC", 44.60, None, "Winkelstahl gleichschenklig 75x75x8, L=6000"),
             L("PL275-8-2512", 3, "SH", 231.00, None, "Blech S275JR 8 mm 2500x1250"),
             L("SS304-3.0-2512", 2, "SH", 398.50, None, "Edelstahlblech 1.4301 (304) 2B 3,0 mm 2500x1250")]
A("p02_kraemer_pdf_de", "Einkauf Krämer <einkauf@kraemer-metallbau.de>", "Bestellung 4500-8851",
  "Mon, 7 Dec 2026 13:30:00 +0100",
  "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung 4500-8851 als PDF.\n\nMit freundlichen Grüßen\nJana Vogt\nSchlosserei Krämer GmbH\n",
  PO("Schlosserei Krämer GmbH", "4500-8851", "2026-12-07", "2026-12-22", "EUR",
     ST("Schlosserei Krämer GmbH - Baustelle Kulturbahnhof", "Rainer-Dierichs-Platz 1", "Kassel", "34117", "DE"),
     p02_lines),
  "German PDF, stacked address blocks, table without rules, decimal commas",
  [("pdf", "Bestellung_4500-8851.pdf", dict(
      title="BESTELLUNG", layout="stack", rules=False, font="DejaVu",
      company=["Schlosserei Krämer GmbH", "Sandershäuser Straße 34 · 34123 Kassel", "Tel. 0561 57 33 10"],
      blocks=[("Lieferant", ["Kilbride Steel & Alloys Ltd", "Unit 7, Ballymount Industrial Estate", "Dublin 12, Irland"]),
              ("Lieferanschrift", ["Schlosserei Krämer GmbH - Baustelle Kulturbahnhof", "Rainer-Dierichs-Platz 1", "34117 Kassel"])],
      meta=[("Bestell-Nr.", "4500-8851"), ("Datum", "07.12.2026"), ("Liefertermin", "22.12.2026"), ("Währung", "EUR"),
            ("Zahlungsbedingung", "30 Tage netto")],
      cols=["Pos.", "Bezeichnung", "Menge", "ME", "Preis/ME", "Gesamt"],
      widths=[30, 240, 40, 40, 65, 65],
      rows=rows_from(p02_lines, fmt_price=lambda p: f"{p:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                     uom_word={"PC": "Stk", "SH": "Tafel"}),
      footer=["Bitte Bestellnummer auf allen Lieferpapieren angeben.", "Es gelten unsere Einkaufsbedingungen."]))])

p03_lines = []
_p03 = [("DA-ST-0101", "FB040X05", 20, 8.05, "FLAT 40X5 BLK"), ("DA-ST-0102", "FB050X06", 20, 12.10, "FLAT 50X6 BLK"),
        ("DA-ST-0103", "FB075X10", 10, 31.10, "FLAT 75X10 BLK"), ("DA-ST-0104", "FB100X10", 6, 41.45, "FLAT 100X10 BLK"),
        ("DA-ST-0210", "EA-40-4", 15, 9.70, "ANGLE 40X40X4"), ("DA-ST-0211", "EA-50-6", 15, 17.40, "ANGLE 50X50X6"),
        ("DA-ST-0212", "EA-60-6", 10, 20.80, "ANGLE 60X60X6"), ("DA-ST-0213", "EA-75-8", 8, 36.80, "ANGLE 75X75X8"),
        ("DA-ST-0214", "UA-100-75-8", 6, 66.10, "ANGLE UNEQ 100X75X8"),
        ("DA-ST-0305", "SHS-40-3", 30, 11.80, "BOX 40X40X3"), ("DA-ST-0306", "SHS-50-3", 30, 15.00, "BOX 50X50X3"),
        ("DA-ST-0307", "SHS-60-4", 20, 24.10, "BOX 60X60X4"), ("DA-ST-0308", "SHS-80-5", 10, 40.60, "BOX 80X80X5"),
        ("DA-ST-0401", "RHS-100-50-4", 20, 36.30, "BOX 100X50X4"), ("DA-ST-0402", "RHS-120-60-4", 12, 43.90, "BOX 120X60X4"),
        ("DA-ST-0403", "RHS-150-100-5", 6, 76.80, "BOX 150X100X5"), ("DA-ST-0501", "CHS-48.3-3.2", 20, 20.80, "TUBE 48.3 X 3.2 (1.5in)"),
        ("DA-ST-0502", "CHS-60.3-4.0", 12, 32.40, "TUBE 60.3 X 4 (2in HVY)"), ("DA-ST-0601", "PL275-6-2512", 4, 177.00, "PLATE 6MM 8X4"),
        ("DA-ST-0602", "PL275-10-2512", 6, 295.00, "PLATE 10MM 8X4"), ("DA-ST-0603", "PL275-12-2512", 4, 354.00, "PLATE 12MM 8X4"),
        ("DA-ST-0604", "CHQ-4.5-6-2512", 3, 207.50, "CHEQ PLATE 4.5/6 8X4"), ("DA-ST-0701", "SHT-GZ-2.0-2512", 10, 76.10, "GALV SHEET 2MM 8X4"),
        ("DA-ST-0702", "RB-BR-20", 6, 26.80, "BRIGHT ROUND 20MM 3M")]
for cp, sku, q, p, ds in _p03:
    p03_lines.append(L(sku, q, "LEN" if CAT[sku]["uom"] == "LEN" else "SH", p, cp, ds))
A("p03_doyle_twopage", "Sean Doyle <sean@doyleagri.ie>", "PO DA-7730 - winter stock",
  "Thu, 3 Dec 2026 16:44:00 +0000",
  "Aoife,\n\nWinter stock order attached, 2 pages. Can take it in two drops if easier but all before 18th please.\n\nSean\n",
  PO("Doyle Agri Engineering Ltd", "DA-7730", "2026-12-03", "2026-12-18", "EUR",
     ST("Doyle Agri Engineering Ltd", "Ballycanew Road", "Gorey", "Y25 K2F9", "IE", "Co. Wexford"), p03_lines),
  "two-page PDF, 24 lines with buyer item codes, EUR",
  [("pdf", "DA-7730.pdf", dict(
      title="PURCHASE ORDER", layout="side", rules=True, font="Helvetica", rows_per_page=14,
      company=["DOYLE AGRI ENGINEERING LTD", "Ballycanew Road, Gorey, Co. Wexford Y25 K2F9", "Tel 053 942 1180  VAT IE 6388112K"],
      blocks=[("To", ["Kilbride Steel & Alloys Ltd", "Ballymount Ind. Est.", "Dublin 12"]),
              ("Deliver To", ["Doyle Agri Engineering Ltd", "Ballycanew Road", "Gorey, Co. Wexford", "Y25 K2F9"])],
      meta=[("PO No.", "DA-7730"), ("Date", "3 Dec 2026"), ("Required by", "18 Dec 2026"), ("Currency", "EUR")],
      cols=["#", "Our Code", "Description", "Qty", "Unit", "Price", "Value"],
      widths=[22, 70, 200, 35, 35, 60, 70],
      rows=rows_from(p03_lines, with_cp=True, uom_word={"LEN": "len", "SH": "sht"}),
      footer=["Goods to be delivered Mon-Fri 8am-4pm. Forklift on site.", "Authorised: S. Doyle"]))])

p04_lines = [L("SHS-30-2", 40, "LEN", 10.25, None, "Tube carré 30x30x2 S355 - barre 6 m"),
             L("RHS-50-25-2", 40, "LEN", 11.60, None, "Tube rectangulaire 50x25x2 - barre 6 m"),
             L("FB025X03", 30, "LEN", 5.25, None, "Fer plat 25x3 noir - barre 6 m"),
             L("SHT-CR-1.5-2512", 10, "SH", 47.80, None, "Tôle laminée à froid DC01 1,5 mm 2500x1250")]
A("p04_lebrun_pdf_fr", "Sophie Lebrun <s.lebrun@lebrun-metal.fr>", "Bon de commande BC-2026-0440",
  "Fri, 4 Dec 2026 09:12:00 +0100",
  "Bonjour,\n\nCi-joint notre bon de commande BC-2026-0440.\n\nCordialement,\nSophie Lebrun\n",
  PO("Ateliers Métalliques Lebrun SARL", "BC-2026-0440", "2026-12-04", "2026-12-15", "EUR",
     ST("Ateliers Métalliques Lebrun SARL", "12 rue de la Motte Brûlon", "Rennes", "35700", "FR"), p04_lines),
  "French PDF, no table rules, prices with decimal commas",
  [("pdf", "BC-2026-0440.pdf", dict(
      title="BON DE COMMANDE", layout="stack", rules=False, font="DejaVu",
      company=["Ateliers Métalliques Lebrun SARL", "12 rue de la Motte Brûlon - 35700 Rennes", "SIRET 412 558 301 00027"],
      blocks=[("Fournisseur", ["Kilbride Steel & Alloys Ltd", "Dublin 12 - Irlande"]),
              ("Adresse de livraison", ["Ateliers Métalliques Lebrun SARL", "12 rue de la Motte Brûlon", "35700 Rennes"])],
      meta=[("N° de commande", "BC-2026-0440"), ("Date", "04/12/2026"), ("Livraison souhaitée", "15/12/2026"),
            ("Devise", "EUR")],
      cols=["Réf.", "Désignation", "Qté", "Unité", "PU HT", "Total HT"],
      widths=[28, 240, 35, 40, 60, 70],
      rows=rows_from(p04_lines, fmt_price=lambda p: f"{p:.2f}".replace(".", ","), uom_word={"LEN": "barre", "SH": "tôle"}),
      footer=["Conditions de paiement : 45 jours fin de mois."]))])

p05_lines = [L("EA-100-8", 10, "LEN", None, None, "Hoekstaal 100x100x8 S275JR, 6 m"),
             L("SHS-100-6", 8, "LEN", None, None, "Koker 100x100x6 S355J2H, 6 m"),
             L("AL5083-6.0-2512", 2, "SH", None, None, "Aluminium plaat 5083 H111 6 mm 2500x1250"),
             L("ALTP-3.0-2512", 4, "SH", None, None, "Aluminium traanplaat 3 mm 2500x1250")]
A("p05_vdberg_pdf_nl", "Martijn de Vries <inkoop@vdberg-metaal.nl>", "Inkooporder VDB/26/1210",
  "Mon, 7 Dec 2026 08:50:00 +0100",
  "Goedemorgen,\n\nBijgaand inkooporder VDB/26/1210. Let op afwijkend afleveradres.\n\nGroet,\nMartijn\n",
  PO("Van der Berg Metaaltechniek BV", "VDB/26/1210", "2026-12-07", "2026-12-16", None,
     ST("Van der Berg Metaaltechniek BV - locatie Kampen", "Zuiderzeestraatweg 120", "Kampen", "8263 AM", "NL"), p05_lines),
  "Dutch PDF, side-by-side blocks, no prices",
  [("pdf", "Inkooporder_VDB-26-1210.pdf", dict(
      title="INKOOPORDER", layout="side", rules=True, font="DejaVu",
      company=["Van der Berg Metaaltechniek BV", "Marsweg 40, 8013 PE Zwolle", "KvK 05061234"],
      blocks=[("Leverancier", ["Kilbride Steel & Alloys Ltd", "Ballymount", "Dublin 12, Ierland"]),
              ("Factuuradres", ["Van der Berg Metaaltechniek BV", "Postbus 1022", "8001 BA Zwolle"]),
              ("Afleveradres", ["Van der Berg Metaaltechniek BV - locatie Kampen", "Zuiderzeestraatweg 120", "8263 AM Kampen"])],
      meta=[("Ordernummer", "VDB/26/1210"), ("Orderdatum", "07-12-2026"), ("Leverdatum", "16-12-2026")],
      cols=["Regel", "Omschrijving", "Aantal", "Eenheid"], widths=[40, 320, 60, 60],
      rows=rows_from(p05_lines, uom_word={"LEN": "lengte", "SH": "plaat"}), footer=["Leveren tussen 7:00 en 15:00 uur."]))])

p06_lines = [L("SHS-40-4", 20, "LEN", 14.95, None, "40x40x4 SHS 6m"), L("SHS-30-3", 20, "LEN", 8.45, None, "30x30x3 SHS 6m"),
             L("FB030X06", 20, "LEN", 7.45, None, "30x6 flat 6m")]
A("p06_hegarty_pdf", "Ciara Hegarty <ciara@hegartyeng.ie>", "PO 22890",
  "Fri, 4 Dec 2026 12:00:00 +0000", "Hi, PO attached. Thanks, Ciara\n",
  PO("Hegarty Engineering Services", "22890", "2026-12-04", "2026-12-11", "EUR",
     ST("Hegarty Engineering Services", "Mullingar Business Park", "Mullingar", "N91 T2W4", "IE", "Co. Westmeath"), p06_lines),
  "minimal PDF with few lines",
  [("pdf", "PO22890.pdf", dict(
      title="Purchase Order 22890", layout="stack", rules=False, font="Helvetica",
      company=["Hegarty Engineering Services", "Mullingar Business Park, Mullingar, Co. Westmeath N91 T2W4"],
      blocks=[("Ship to", ["Hegarty Engineering Services", "Mullingar Business Park", "Mullingar, Co. Westmeath N91 T2W4"])],
      meta=[("Date", "04-Dec-2026"), ("Deliver by", "11-Dec-2026"), ("Prices in", "EUR")],
      cols=["Qty", "Description", "Unit", "Price"], widths=[40, 300, 60, 80],
      rows=[[f"{l['quantity']:g}", l["description"], "len", f"{l['unit_price']:.2f}"] for l in p06_lines],
      footer=["Thank you."]))])

p07_lines = [L("PL275-20-2512", 5, "SH", 590.00, None, "Plate S275JR 20mm 2500x1250"),
             L("PL275-15-2512", 5, "SH", 442.50, None, "Plate S275JR 15mm 2500x1250"),
             L("CHS-114.3-3.6", 12, "PC", 71.20, None, "CHS 114.3x3.6 S355 6.4m"),
             L("EA-100-8", 20, "PC", 50.10, None, "Angle 100x100x8 S275 6m")]
A("p07_papadopoulos_pdf", "Nikos Papadopoulos <purchasing@papadopoulos-metal.gr>", "PO PA-5552",
  "Mon, 7 Dec 2026 12:40:00 +0200", "Dear Aoife,\nPlease see attached PO PA-5552.\nRegards, Nikos\n",
  PO("Papadopoulos Metal Constructions S.A.", "PA-5552", "2026-12-07", None, "EUR",
     ST("Papadopoulos Metal Constructions S.A.", "Odos Monastiriou 210", "Thessaloniki", "54628", "GR"), p07_lines),
  "English PDF from Greece, delivery only as 'January 2027' (a period) -> requested_date null",
  [("pdf", "PA-5552.pdf", dict(
      title="PURCHASE ORDER / ΠΑΡΑΓΓΕΛΙΑ", layout="side", rules=True, font="DejaVu",
      company=["Papadopoulos Metal Constructions S.A.", "Odos Monastiriou 210, 54628 Thessaloniki, Greece", "VAT EL 099812345"],
      blocks=[("Vendor", ["Kilbride Steel & Alloys Ltd", "Dublin 12, Ireland"]),
              ("Ship to", ["Papadopoulos Metal Constructions S.A.", "Odos Monastiriou 210", "54628 Thessaloniki, Greece"])],
      meta=[("PO No", "PA-5552"), ("PO Date", "07/12/2026"), ("Delivery", "January 2027"), ("Incoterm", "CIF Thessaloniki"),
            ("Currency", "EUR")],
      cols=["No", "Description", "Qty", "UoM", "Unit price", "Amount"], widths=[25, 220, 40, 40, 70, 80],
      rows=rows_from(p07_lines, uom_word={"PC": "pcs", "SH": "sheets"}), footer=["Payment: 60 days."]))])

p08_lines = [L("RHS-100-50-5", 16, "LEN", 59.60, "TV-ST-0114", "RHS 100x50x5 S355 6m"),
             L("SHS-50-4", 20, "LEN", 25.90, "TV-ST-0133", "SHS 50x50x4 S355 6m"),
             L("FB050X10", 12, "LEN", 29.50, "TV-ST-0017", "Flat 50x10 6m"),
             L("CHQ-4.5-6-2512", 2, "SH", 208.00, "TV-PL-0031", "Durbar plate 4.5mm 2500x1250")]
A("p08_tayvalley_pdf", "Fiona Grant <fiona@tayvalleyag.co.uk>", "Order TVA/4492",
  "Tue, 8 Dec 2026 09:05:00 +0000",
  "Hi, order attached - please note this one goes direct to the customer's farm.\nFiona\n",
  PO("Tay Valley Agricultural Engineers", "TVA/4492", "2026-12-08", "2026-12-15", "GBP",
     ST("Balnagown Farm (attn. J. McLaren)", "Balnagown Farm", "Dunning", "PH2 0QT", "GB"), p08_lines),
  "PDF with buyer part numbers; ship to a farm",
  [("pdf", "TVA-4492.pdf", dict(
      title="PURCHASE ORDER", layout="side", rules=False, font="Helvetica",
      company=["Tay Valley Agricultural Engineers", "Inveralmond Industrial Estate, Perth PH1 3TS"],
      blocks=[("Supplier", ["Kilbride Steel & Alloys", "Dublin 12"]),
              ("Deliver to", ["Balnagown Farm (attn. J. McLaren)", "Balnagown Farm", "Dunning, Perth", "PH2 0QT"])],
      meta=[("Order No", "TVA/4492"), ("Order Date", "08/12/2026"), ("Due", "15/12/2026"), ("Prices", "GBP")],
      cols=["Line", "Part No", "Description", "Qty", "UOM", "Unit £", "Total £"], widths=[28, 65, 200, 35, 40, 55, 60],
      rows=rows_from(p08_lines, with_cp=True, uom_word={"LEN": "LEN", "SH": "SHT"}), footer=[]))])

p09_lines = [L("SHS-100-6", 20, "PC", 88.10, None, "Kutu profil / SHS 100x100x6 S355J2H"),
             L("RHS-150-100-5", 20, "PC", 95.40, None, "Kutu profil / RHS 150x100x5 S355J2H"),
             L("PL355-10-2512", 12, "SH", 328.90, None, "Sac levha / Plate S355J2 10 mm 2500x1250")]
A("p09_yilmaz_pdf", "Emre Yılmaz <satinalma@yilmazcelik.com.tr>", "Satınalma Siparişi / Purchase Order YC-2026-1019",
  "Tue, 8 Dec 2026 10:30:00 +0300", "Merhaba / Hello,\n\nSiparişimiz ektedir. Our order is attached.\n\nEmre Yılmaz\n",
  PO("Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "YC-2026-1019", "2026-12-08", "2027-01-08", "EUR",
     ST("Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "Nilüfer OSB 3. Cadde No:12", "Bursa", "16140", "TR"), p09_lines),
  "bilingual Turkish/English PDF",
  [("pdf", "YC-2026-1019.pdf", dict(
      title="SATINALMA SİPARİŞİ / PURCHASE ORDER", layout="side", rules=True, font="DejaVu",
      company=["Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "Nilüfer OSB 3. Cadde No:12, 16140 Nilüfer/Bursa, Türkiye"],
      blocks=[("Tedarikçi / Supplier", ["Kilbride Steel & Alloys Ltd", "Dublin 12, Ireland"]),
              ("Teslimat / Delivery", ["Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "Nilüfer OSB 3. Cadde No:12", "16140 Nilüfer/Bursa"])],
      meta=[("Sipariş No / PO No", "YC-2026-1019"), ("Tarih / Date", "08.12.2026"), ("Teslim / Delivery", "08.01.2027"),
            ("Para birimi / Currency", "EUR")],
      cols=["Sıra", "Malzeme / Description", "Miktar", "Birim", "Birim fiyat", "Tutar"], widths=[28, 230, 40, 40, 65, 75],
      rows=rows_from(p09_lines, fmt_price=lambda p: f"{p:.2f}".replace(".", ","), uom_word={"PC": "adet", "SH": "levha"}),
      footer=["Teslim şekli: CIP Bursa"]))])

p10_lines = [L("SS304-1.5-2512", 6, "SH", 255.00, "SSL-M-0150", "S/S sheet 304 2B 1.5mm 2500x1250"),
             L("ALSHS-25-2", 60, "M", 2.70, "SSL-M-0311", "Alu box 25x25x2 (mill finish)"),
             L("ALFB-25X3", 30, "M", 1.35, "SSL-M-0322", "Alu flat 25x3"),
             L("SST304-25.4-1.5", 24, "M", 5.65, "SSL-M-0410", 'S/S tube 1" x 1.5 polished')]
A("p10_shannon_pdf", "Niamh Collins <accounts@shannonshopfit.ie>", "PO SSL-3412 (Galway fit-out)",
  "Tue, 8 Dec 2026 11:11:00 +0000", "Hi,\n\nPO attached for the Galway fit-out, deliver to the shop please not Raheen.\n\nNiamh\n",
  PO("Shannon Shopfitting Ltd", "SSL-3412", "2026-12-08", "2026-12-17", "EUR",
     ST("Shannon Shopfitting Ltd c/o Eyre Square Centre", "Unit 41, Eyre Square Centre", "Galway", "H91 X2P8", "IE"),
     p10_lines),
  "PDF with buyer material codes, metres and sheets",
  [("pdf", "SSL-3412.pdf", dict(
      title="PURCHASE ORDER", layout="side", rules=True, font="Helvetica",
      company=["Shannon Shopfitting Ltd", "Raheen Business Park, Limerick V94 R2X7"],
      blocks=[("Vendor", ["Kilbride Steel & Alloys Ltd", "Dublin 12"]),
              ("Bill to", ["Shannon Shopfitting Ltd", "Raheen Business Park", "Limerick V94 R2X7"]),
              ("Ship to", ["Shannon Shopfitting Ltd c/o Eyre Square Centre", "Unit 41, Eyre Square Centre", "Galway H91 X2P8"])],
      meta=[("PO #", "SSL-3412"), ("Date", "08.12.2026"), ("Need by", "17.12.2026"), ("Currency", "EUR")],
      cols=["Item", "Material code", "Description", "Qty", "UOM", "Rate", "Amount"], widths=[28, 70, 200, 35, 35, 55, 65],
      rows=rows_from(p10_lines, with_cp=True, uom_word={"SH": "SHT", "M": "M"}), footer=["Site contact: Ciaran 087 221 4409"]))])

# ---------------------------------------------------------------- spreadsheets / CSV
s01_lines = [L("FB060X10", 10, "LEN", 37.30, "HA-1060", "Strip 60x10 S275"), L("EA-65-6", 12, "LEN", 26.10, "HA-2065", "Hoekijzer 65x65x6"),
             L("SHS-80-4", 8, "LEN", 58.10, "HA-3080", "Koker 80x80x4"), L("RB-BR-20", 10, "LEN", 26.80, "HA-4020", "Rond blank 20 mm (3 m)"),
             L("PL275-12-2512", 2, "SH", 354.00, "HA-5012", "Plaat 12 mm 2500x1250")]
A("s01_hoekstra_xlsx", "Sjoerd Hoekstra <sjoerd@hoekstra-agro.nl>", "bestelling H-2612-02 (xlsx)",
  "Tue, 8 Dec 2026 13:00:00 +0100", "Hoi,\n\nBestelling in de bijlage. Levering 18 december graag.\n\nSjoerd\n",
  PO("Agrotechniek Hoekstra", "H-2612-02", "2026-12-08", "2026-12-18", "EUR",
     ST("Agrotechniek Hoekstra", "Celsiusweg 9", "Leeuwarden", "8912 AM", "NL"), s01_lines),
  "e-mail with XLSX: header cells above the table",
  [("xlsx", "bestelling_H-2612-02.xlsx", dict(
      pre=[["Agrotechniek Hoekstra", None, None, None, None, None], ["Celsiusweg 9, 8912 AM Leeuwarden"],
           [], ["Bestelnummer", "H-2612-02"], ["Datum", "08-12-2026"], ["Leverdatum", "18-12-2026"], ["Valuta", "EUR"], []],
      header=["Artikelnr.", "Omschrijving", "Aantal", "Eenheid", "Prijs", "Totaal"],
      rows=[[l["customer_part"], l["description"], l["quantity"], {"LEN": "lengte", "SH": "plaat"}[l["uom"]], l["unit_price"],
             round(l["quantity"] * l["unit_price"], 2)] for l in s01_lines]))])

s02_lines = [L("SHS-40-3", 25, "LEN", 12.60, None, "SHS 40x40x3 6m"), L("SHS-50-3", 25, "LEN", 16.10, None, "SHS 50x50x3 6m"),
             L("EA-50-5", 20, "LEN", 14.90, None, "Angle 50x50x5 6m"), L("SHT-GZ-1.5-2512", 10, "SH", 57.20, None, "Galv sheet 1.5mm 8x4"),
             L("FB040X06", 20, "LEN", 9.95, None, "Flat 40x6 6m")]
A("s02_pennine_csv", "Dave Holroyd <dave@penninewelding.co.uk>", "PO PWS 3325",
  "Mon, 7 Dec 2026 10:15:00 +0000",
  "Morning, CSV export of PO PWS 3325 attached. Deliver Thursday 17th please.\nDave\nPennine Welding Services, Unit 9 Colne Bridge Road, Huddersfield HD5 0RH\n",
  PO("Pennine Welding Services", "PWS 3325", "2026-12-07", "2026-12-17", "GBP",
     ST("Pennine Welding Services", "Unit 9 Colne Bridge Road", "Huddersfield", "HD5 0RH", "GB"), s02_lines),
  "e-mail with comma CSV export; '8x4' galv sheet mapped to 2500x1250 1.5mm",
  [("csv", "PWS3325.csv", dict(sep=",", text=
      "PO Number,PO Date,Line,Description,Qty,Unit,Unit Price GBP\n" +
      "".join(f"PWS 3325,07/12/2026,{i},{l['description']},{l['quantity']},{'LEN' if l['uom']=='LEN' else 'SHEET'},{l['unit_price']:.2f}\n"
              for i, l in enumerate(s02_lines, 1))))])

s03_lines = [L("RHS-120-60-4", 14, "PC", 63.50, "LT-44120", "Rechteckrohr 120x60x4 S355 6m"),
             L("RHS-100-50-4", 20, "PC", 46.15, "LT-44100", "Rechteckrohr 100x50x4 S355 6m"),
             L("UA-75-50-6", 16, "PC", 28.90, "LT-43075", "Winkel ungleichschenklig 75x50x6"),
             L("PLC275-12", 420, "KG", 1.60, "LT-50012", "Brennzuschnitte S275 12mm lt. Zchng. 0480-01"),
             L("CHS-60.3-3.2", 10, "PC", 26.40, "LT-46060", "Rundrohr 60,3x3,2 6,4m")]
A("s03_huber_standalone", None, None, None, None,
  PO("Landtechnik Huber KG", "LH-26-0480", "2026-12-08", "2027-01-11", "EUR",
     ST("Landtechnik Huber KG", "Ergoldinger Straße 6", "Landshut", "84030", "DE"), s03_lines),
  "standalone XLSX with the order header in cells, German",
  [("xlsx", "s03_huber_standalone.xlsx", dict(
      pre=[["BESTELLUNG"], ["Landtechnik Huber KG", None, None, "Bestell-Nr.:", "LH-26-0480"],
           ["Ergoldinger Straße 6", None, None, "Datum:", "08.12.2026"],
           ["84030 Landshut", None, None, "Liefertermin:", "11.01.2027"],
           ["Lieferant: Kilbride Steel & Alloys Ltd, Dublin", None, None, "Währung:", "EUR"], []],
      header=["Pos", "Unsere Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis", "Betrag"],
      rows=[[i, l["customer_part"], l["description"], l["quantity"], {"PC": "Stk", "KG": "kg"}[l["uom"]], l["unit_price"],
             round(l["quantity"] * l["unit_price"], 2)] for i, l in enumerate(s03_lines, 1)]))],
  kind="standalone")

s04_lines = [L("FB050X08", 18, "PC", 18.65, None, "Plat 50x8 S275 6m"), L("EA-40-6", 24, "PC", 14.10, None, "Hoekstaal 40x40x6 6m"),
             L("SHS-60-3", 30, "PC", 21.95, None, "Koker 60x60x3 6m"), L("CHS-42.4-3.2", 20, "PC", 16.75, None, "Buis 42,4x3,2 6,4m"),
             L("SHT-GZ-2.0-2512", 6, "SH", 76.10, None, "Plaat verzinkt 2mm 2500x1250")]
A("s04_peeters_standalone", None, None, None, None,
  PO("Constructiewerkplaats Peeters BV", "26-1162", "2026-12-08", "2026-12-22", "EUR",
     ST("Constructiewerkplaats Peeters BV", "Industrieweg 21", "Geel", "2440", "BE"), s04_lines),
  "standalone CSV, semicolons, decimal commas, header repeated per row (ERP export)",
  [("csv", "s04_peeters_standalone.csv", dict(sep=";", text=
      "Klant;Bestelnr;Besteldatum;Leverdatum;Leveradres;Postcode;Gemeente;Omschrijving;Aantal;Eenheid;Prijs EUR\n" +
      "".join(f"Constructiewerkplaats Peeters BV;26-1162;08/12/2026;22/12/2026;Industrieweg 21;2440;Geel;{l['description']};"
              f"{l['quantity']};{'st' if l['uom']=='PC' else 'plaat'};{l['unit_price']:.2f}".replace(".", ",", 1 if False else 0)
              + "\n" for l in s04_lines)))],
  kind="standalone")
# decimal commas for the price column of s04
_s = DOCS[-1]["attach"][0][2]
_s["text"] = "\n".join((";".join(r.split(";")[:-1] + [r.split(";")[-1].replace(".", ",")]) if i else r)
                       for i, r in enumerate(_s["text"].split("\n")))

# ---------------------------------------------------------------- not orders
A("n01_dubois_quote_request", "Serrurerie Dubois <contact@serrurerie-dubois.fr>", "Demande de prix",
  "Fri, 4 Dec 2026 08:30:00 +0100",
  """Bonjour,

Pourriez-vous nous faire une offre de prix pour :
- 40 barres tube carré 40x40x3
- 20 barres plat 40x5
- 6 tôles galvanisées 1,5 mm

Délai et frais de port vers Lille SVP. Nous passerons commande après réception de votre offre.

Cordialement,
Bruno Dubois
Serrurerie Dubois & Fils, 48 avenue de Dunkerque, 59000 Lille
""", {"kind": "not_an_order"}, "quote request in French with quantities: not an order", [], kind="email")

A("n02_haulier_invoice", "Celtic Freight Accounts <accounts@celticfreight.ie>", "Invoice CF-118832",
  "Mon, 30 Nov 2026 17:00:00 +0000", "Please find attached invoice CF-118832 for November deliveries.\n\nCeltic Freight Ltd\n",
  {"kind": "invoice"}, "haulier's invoice to the stockholder (PDF)",
  [("pdf", "CF-118832.pdf", dict(
      title="INVOICE", layout="side", rules=True, font="Helvetica",
      company=["Celtic Freight Ltd", "Naas Road, Clondalkin, Dublin 22 D22 R6F3", "VAT IE 9812733T"],
      blocks=[("Bill to", ["Kilbride Steel & Alloys Ltd", "Unit 7, Ballymount Ind. Est.", "Dublin 12"])],
      meta=[("Invoice No", "CF-118832"), ("Invoice Date", "30/11/2026"), ("Due", "30/12/2026"), ("Currency", "EUR")],
      cols=["#", "Description", "Qty", "Unit", "Rate", "Amount"], widths=[25, 250, 40, 40, 60, 70],
      rows=[["1", "Artic load Dublin - Gorey (Doyle Agri)", "3", "load", "385.00", "1155.00"],
            ["2", "Rigid delivery Dublin - Cork", "2", "drop", "290.00", "580.00"],
            ["3", "Fuel surcharge 6%", "1", "", "104.10", "104.10"]],
      footer=["Subtotal 1839.10   VAT 23% 422.99   TOTAL EUR 2262.09", "Payment within 30 days. IBAN IE29 AIBK 9311 5212 3456 78"]))],
  kind="email_attach")

A("n03_kelleher_complaint", "Tom Kelleher <tom@kellehergates.com>", "wrong material on PO 5521",
  "Mon, 7 Dec 2026 09:47:00 +0000",
  """Aoife,

The delivery on PO 5521 this morning had 12 lengths of 40x40x2 box instead of the 40x40x3 I ordered, and the 5 galv flats are black.
I can't use any of it for the Ballyard gates. Please collect the wrong stuff and send the right material ASAP - I need it by Wednesday or I lose the install slot.

Not happy.
Tom
Kelleher Gates & Railings
""", {"kind": "not_an_order"}, "complaint about a delivery quoting PO and quantities", [], kind="email")

A("n04_mill_confirmation", "Auftragsservice <auftrag@stahlhandel-rheinruhr.de>", "Auftragsbestätigung 7100-44821 zu Ihrer Bestellung KSA-PO-2611",
  "Fri, 4 Dec 2026 14:20:00 +0100",
  """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Auftrag. Wir bestätigen Ihre Bestellung KSA-PO-2611 vom 02.12.2026 wie folgt:

Pos 10   24 t   Flachstahl S275JR diverse Abmessungen lt. Liste     Liefertermin KW 52
Pos 20   18 t   Quadratrohr S355J2H 40x40 bis 100x100               Liefertermin KW 02/2027

Lieferung frei Dublin Port. Es gelten unsere AGB.

Mit freundlichen Grüßen
Stahlhandel Rhein-Ruhr GmbH, Auftragsservice
""", {"kind": "not_an_order"}, "supplier's order confirmation for the stockholder's own purchase", [], kind="email")
