from common import *

# ---------------------------------------------------------------- 41 mobile Outlook iOS
body = """Niamh here - can we add an order for collection Fri:

2 x marine ply 18
4 x 5x50 stainless (boxes)
6 x PVA 1L
ref SJ-3440

Get Outlook for iOS
"""
add("41_slaney_mobile.eml",
    msg('"Niamh Doyle" <niamh@slaneyjoinery.ie>', "collection fri", D("2026-07-01 13:14", 60), body),
    label(customer="Slaney Joinery", po="SJ-3440", req=None,
          lines=[line("SPLY-MAR-18-2412", 2, "EA"), line("SCR-A2-50050-100", 4, "BX"), line("ADH-PVA-1L", 6, "EA")]),
    dict(lang="en", country="IE", ph=["mobile", "po"]))

# ---------------------------------------------------------------- 42 Italian reply correction
body = """Buongiorno,

rettifica all'ordine qui sotto: togliete i pannelli OSB e aggiungete 2 scatole di viti 5,0x80 (quindi 8 in tutto).
Il resto invariato.

Saluti
Luca Fontanesi

-----Messaggio originale-----
Da: Luca Fontanesi <l.fontanesi@ediliziafontanesi.it>
Inviato: lunedì 6 luglio 2026 08:30
A: orders@brackenford-bs.co.uk
Oggetto: Ordine n. 26/162

Vi ordiniamo, per il cantiere di Via Solferino 31, 43121 Parma, consegna giovedì 16/07/2026:

- 40 travi C24 47x150 da 3,6 m
- 20 pannelli OSB3 18 mm
- 6 scatole viti 5,0x80 (da 100)
- 4 confezioni bulloni testa tonda M10x120 con dado (conf. 10)

Ordine n. 26/162 del 06/07/2026
"""
add("42_fontanesi_it_reply.eml",
    msg('"Luca Fontanesi" <l.fontanesi@ediliziafontanesi.it>', "R: Ordine n. 26/162", D("2026-07-06 14:02", 120), body),
    label(customer="Edilizia Fontanesi S.r.l.", po="26/162", order_date="2026-07-06", req="2026-07-16",
          ship_to=ship("C5001", 0, name=None, region=None),
          lines=[line("TC24-47150-360", 40, "EA"), line("SCR-MP-50080-100", 8, "BX"), line("BLT-CB-M10120-10", 4, "PK")]),
    dict(lang="it", country="IT", ph=["reply_correction", "dims", "po", "delivery"]))

# ---------------------------------------------------------------- 43 AU HTML-only gmail-style table
html = """<div dir="ltr"><div>Hi guys,</div><div><br></div><div>Roof framing for Lot 7, PO <b>CB-0977</b>, delivery Wed 22 July to Lot 7 Wattlebird Drive, Ballarat VIC 3350.</div><div><br></div>
<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse;border:none"><tbody>
<tr><td style="padding:2px 6px"><b>Qty</b></td><td style="padding:2px 6px"><b>Item</b></td></tr>
<tr><td style="padding:2px 6px">20</td><td style="padding:2px 6px">C24 47x125 4.8m</td></tr>
<tr><td style="padding:2px 6px">60</td><td style="padding:2px 6px">Batten 38x50 4.8m</td></tr>
<tr><td style="padding:2px 6px">4</td><td style="padding:2px 6px">Breathable membrane 50m roll</td></tr>
<tr><td style="padding:2px 6px">30</td><td style="padding:2px 6px">Restraint strap 1000mm</td></tr>
<tr><td style="padding:2px 6px">8</td><td style="padding:2px 6px">PU construction adhesive</td></tr>
</tbody></table>
<div><br></div><div>Cheers,</div><div>Shane</div><div>--</div><div>Shane Whitlock | Coolabah Builders Pty Ltd | 0400 123 987</div></div>"""
add("43_coolabah_html.eml",
    msg('"Shane Whitlock" <shane@coolabahbuilders.com.au>', "PO CB-0977 roof framing", D("2026-07-13 07:40", 600), html=html),
    label(customer="Coolabah Builders Pty Ltd", po="CB-0977", req="2026-07-22",
          ship_to=ship("C6001", 0, name=None),
          lines=[line("TC24-47125-480", 20, "EA"), line("TBAT-38050-480", 60, "EA"), line("CON-MEM-BRE-50", 4, "RL"),
                 line("HNG-RS-1000", 30, "EA"), line("ADH-PU-310", 8, "EA")]),
    dict(lang="en", country="AU", ph=["html_table", "po", "delivery"], ftype="eml-html"))

# ---------------------------------------------------------------- 44 CA csv attachment
c = csv_bytes([["PO Number", "BF-10519", "", "", "", ""],
               ["PO Date", "2026-07-08", "", "", "", ""],
               ["Ship To", "2210 Maple Grove Road, Barrie, ON L4N 9R2", "", "", "", ""],
               ["", "", "", "", "", ""],
               ["Line", "Item", "Description", "Qty", "UOM", "Unit Price (CAD)"],
               ["1", "TC24-47100-360", "C24 47x100 3.6m", "120", "EA", "12.90"],
               ["2", "TC24-47100-480", "C24 47x100 4.8m", "80", "EA", "17.20"],
               ["3", "SOSB-11-2412", "OSB3 11mm 8x4", "60", "EA", "27.80"],
               ["4", "NAIL-FR-3190-2200", "Framing nails 3.1x90 box 2200", "6", "BX", "94.50"],
               ["5", "SCR-TF-67150-50", "Structural screw 6.7x150 box 50", "10", "BX", "34.10"],
               ["", "", "", "", "Subtotal", "5500.00"]])
body = """Hello,

PO BF-10519 attached as CSV for the Maple Grove job. Please confirm ship date.

Tom Kowalczyk | Purchasing | Birchcliff Framing Inc. | 705-555-0148
"""
add("44_birchcliff_csv.eml",
    msg('"Tom Kowalczyk" <tkowalczyk@birchcliffframing.ca>', "PO BF-10519", D("2026-07-08 10:15", -240), body,
        attachments=[("BF-10519.csv", c, "text/csv")]),
    label(customer="Birchcliff Framing Inc.", po="BF-10519", order_date="2026-07-08", req=None, cur="CAD",
          ship_to=ship(None, street="2210 Maple Grove Road", city="Barrie", region="ON", postal_code="L4N 9R2"),
          lines=[line("TC24-47100-360", 120, "EA", 12.90), line("TC24-47100-480", 80, "EA", 17.20),
                 line("SOSB-11-2412", 60, "EA", 27.80), line("NAIL-FR-3190-2200", 6, "BX", 94.50),
                 line("SCR-TF-67150-50", 10, "BX", 34.10)]),
    dict(lang="en", country="CA", ph=["attachment_csv", "seller_codes", "po"], ftype="eml+csv"))

# ---------------------------------------------------------------- 45 CA mobile terse
body = """kayla @ northshore - pls add to next delivery:
ear defenders x2
ffp3 masks 1 box
knee pads x2
caulk white x6

Sent from my iPhone
"""
add("45_northshore_mobile.eml",
    msg('"Kayla Brennan" <kayla@northshorereno.ca>', "add on", D("2026-07-15 21:02", -420), body),
    label(customer="Northshore Renovations", po=None, req=None,
          lines=[line("PPE-EAR-DEF", 2, "EA"), line("PPE-MSK-FFP3-10", 1, "BX"), line("PPE-KNEE-PAD", 2, "PR"),
                 line("SEA-CAULK-380-W", 6, "EA")]),
    dict(lang="en", country="CA", ph=["mobile", "qty_after"]))

# ---------------------------------------------------------------- 46 US "lengths: 12" style
body = """Hi,

Our PO# RHB-2340 - floor system for Lot 31 (31 Cedar Hollow Lane, Bozeman, MT 59718), need by 8/4/2026.

C24 47x200 6.0m -- lengths: 12
C24 47x200 4.8m -- lengths: 20
Joist hangers 47x200 -- qty 32
Restraint straps 1000mm -- qty: 16
Coach screws M12x100 -- 1 box
Chipboard flooring 22mm T&G -- sheets: 40

Dana Whitfield | Redstone Homebuilders LLC | (406) 555-0193
"""
add("46_redstone_lengths.eml",
    msg('"Dana Whitfield" <dwhitfield@redstonehb.com>', "PO# RHB-2340", D("2026-07-20 11:45", -360), body),
    label(customer="Redstone Homebuilders LLC", po="RHB-2340", req="2026-08-04",
          ship_to=ship("C8001", 0, name=None),
          lines=[line("TC24-47200-600", 12, "EA"), line("TC24-47200-480", 20, "EA"), line("HNG-JH-47200", 32, "EA"),
                 line("HNG-RS-1000", 16, "EA"), line("BLT-CS-M12100-50", 1, "BX"), line("SCHP-22-TG-2460", 40, "EA")]),
    dict(lang="en", country="US", ph=["qty_after", "po", "delivery"]))

# ---------------------------------------------------------------- 47 Spanish xlsx attachment
x = xlsx([("Pedido", [
    ["CARPINTERÍA HERMANOS ROLDÁN", None, None, None],
    ["Pedido nº", "PR-97", "Fecha", "15/07/2026"],
    [None, None, None, None],
    ["Ref. nuestra", "Descripción", "Cantidad", "Precio €"],
    ["R-TAB-MDF18", "Tablero MDF 18 mm 2440x1220", 14, 27.90],
    ["R-TAB-MDF18P", "Tablero MDF 18 mm 1830x610", 10, 10.50],
    ["R-CON-HW09", "Contrachapado 9 mm 2440x1220", 6, 25.80],
    ["R-TOR-4530", "Tornillos 3,5x30 caja 200", 4, 3.10],
    ["R-COLA-D3", "Cola D3 1 L", 5, 10.20],
    [None, None, "Total", 713.80],
])])
body = """Buenas tardes,

Adjunto pedido PR-97 en Excel. Lo recogemos nosotros.

Un saludo,
Álvaro Roldán - Carpintería Hermanos Roldán
"""
add("47_roldan_es_xlsx.eml",
    msg('"Alvaro Roldan" <alvaro@carpinteriaroldan.es>', "Pedido PR-97", D("2026-07-15 16:30", 120), body,
        attachments=[("Pedido_PR-97.xlsx", x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
    label(customer="Carpintería Hermanos Roldán", po="PR-97", order_date="2026-07-15", req=None, cur="EUR",
          lines=[line("SMDF-18-2412", 14, "EA", 27.90, "R-TAB-MDF18"), line("SMDF-18-1806", 10, "EA", 10.50, "R-TAB-MDF18P"),
                 line("SPLY-HW-09-2412", 6, "EA", 25.80, "R-CON-HW09"), line("SCR-MP-35030-200", 4, "BX", 3.10, "R-TOR-4530"),
                 line("ADH-WOOD-1L", 5, "EA", 10.20, "R-COLA-D3")]),
    dict(lang="es", country="ES", ph=["attachment_xlsx", "buyer_codes", "po"], ftype="eml+xlsx"))

# ---------------------------------------------------------------- 48 Dutch HTML table
html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Beste Brackenford,</p>
<p>Hierbij onze bestelling voor het complex Lindelaan.<br>
Bestelnummer: <b>IO-2026-01022</b><br>Afleveradres: Lindelaan 7, 7311 JR Apeldoorn<br>Leverdatum: 28-07-2026</p>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#dddddd"><td>Artikel</td><td>Omschrijving</td><td>Aantal</td><td>Eenheid</td></tr>
<tr><td>INS-LR-170</td><td>Minerale wol rol 170mm</td><td>24</td><td>rol</td></tr>
<tr><td>INS-PIR-120</td><td>PIR-plaat 120mm 2400x1200</td><td>10</td><td>st</td></tr>
<tr><td>SEA-FOAM-FR-750</td><td>Brandwerend PUR-schuim 750ml</td><td>12</td><td>st</td></tr>
<tr><td>PPE-HAT-Y</td><td>Veiligheidshelm geel</td><td>4</td><td>st</td></tr>
</table></td></tr></table>
<p>Met vriendelijke groet,<br>Femke de Graaf<br>Inkoop - Woonstichting Groenhorst<br>055 521 9900</p>
<p style="font-size:8pt;color:#888">Aan dit bericht kunnen geen rechten worden ontleend.</p>
</body></html>"""
add("48_groenhorst_nl_html.eml",
    msg('"Femke de Graaf" <f.degraaf@groenhorst-wonen.nl>', "Bestelling IO-2026-01022", D("2026-07-20 09:05", 120), html=html),
    label(customer="Woonstichting Groenhorst", po="IO-2026-01022", req="2026-07-28",
          ship_to=ship(None, street="Lindelaan 7", city="Apeldoorn", postal_code="7311 JR"),
          lines=[line("INS-LR-170", 24, "RL"), line("INS-PIR-120", 10, "EA"), line("SEA-FOAM-FR-750", 12, "EA"),
                 line("PPE-HAT-Y", 4, "EA")]),
    dict(lang="nl", country="NL", ph=["html_table", "seller_codes", "po", "delivery", "disclaimer"], ftype="eml-html"))

# ---------------------------------------------------------------- 49 Dutch word quantities
body = """Hoi,

Kunnen jullie voor ons klaarzetten: twee dozen van de 5x70 schroeven, een half dozijn kokers transparante
sanitairkit, een paar rollen duct tape (3 graag) en tien platen MDF 12mm. Ophalen maandag 3 augustus.

Groet,
Joost - Timmerwerkplaats De Eik
"""
add("49_deeik_nl_words.eml",
    msg('"Joost Verhoeven" <joost@timmerwerkplaatsdeeik.nl>', "klaarzetten", D("2026-07-29 16:55", 120), body),
    label(customer="Timmerwerkplaats De Eik", po=None, req="2026-08-03",
          lines=[line("SCR-MP-50070-100", 2, "BX"), line("SEA-SIL-310-C", 6, "EA"), line("CON-TAPE-DUCT-50", 3, "RL"),
                 line("SMDF-12-2412", 10, "EA")]),
    dict(lang="nl", country="NL", ph=["word_qty"]))

# ---------------------------------------------------------------- 50 US PDF PO
rows = [["Line", "Description", "Qty", "U/M", "Price", "Amount"],
        ["1", "Stainless wood screw 5.0 x 60mm, box/100", "8", "BX", "32.00", "256.00"],
        ["2", "Stainless wood screw 4.0 x 40mm, box/100", "4", "BX", "20.50", "82.00"],
        ["3", "Coach bolt w/ nut M12 x 150 (pk 10)", "6", "PK", "14.10", "84.60"],
        ["4", "Threaded rod M10 x 1m", "10", "EA", "3.75", "37.50"],
        ["5", "Washer M10 (bx 100)", "2", "BX", "5.95", "11.90"],
        ["", "", "", "", "Total", "472.00"]]
pdf = pdf_po(["Hatfield & Crane Carpentry", "77 Mill Pond Road, Portsmouth, NH 03801 | (603) 555-0112",
              "PURCHASE ORDER No. HC-0641 &nbsp;&nbsp; Date: July 27, 2026",
              "Ship via: your truck &nbsp;&nbsp; Deliver by: August 5, 2026",
              "Ship to: shop address above"],
             rows, ["Please reference PO on packing slip. USD."])
body = """PO HC-0641 attached. Thanks - Will

Will Hatfield
Hatfield & Crane Carpentry
"""
add("50_hatfield_pdf.eml",
    msg('"Will Hatfield" <will@hatfieldcrane.com>', "PO HC-0641", D("2026-07-27 08:20", -240), body,
        attachments=[("PO_HC-0641.pdf", pdf, "application/pdf")]),
    label(customer="Hatfield & Crane Carpentry", po="HC-0641", order_date="2026-07-27", req="2026-08-05", cur="USD",
          ship_to=ship("C8002", 0, name=None),
          lines=[line("SCR-A2-50060-100", 8, "BX", 32.00), line("SCR-A2-40040-100", 4, "BX", 20.50),
                 line("BLT-CB-M12150-10", 6, "PK", 14.10), line("BLT-ROD-M10-1000", 10, "EA", 3.75),
                 line("BLT-WSH-M10-100", 2, "BX", 5.95)]),
    dict(lang="en", country="US", ph=["attachment_pdf", "po", "delivery"], ftype="eml+pdf"))
