from common import *

# ---------------------------------------------------------------- 11 xlsx attachment (IE)
x = xlsx([("PO SJ-3391", [
    ["Slaney Joinery - Purchase Order", None, None, None, None],
    ["PO No.", "SJ-3391", None, "Date", "05/03/2026"],
    ["Supplier", "Brackenford Building Supplies", None, None, None],
    [None, None, None, None, None],
    ["Our Code", "Description", "Qty", "Unit", "Price EUR"],
    ["SJ-PLY18", "Hardwood ply 18mm 8x4", 8, "sheet", 46.50],
    ["SJ-PLY12", "Hardwood ply 12mm 8x4", 6, "sheet", 33.20],
    ["SJ-MDF12", "MDF 12mm 8x4", 10, "sheet", 20.60],
    ["SJ-SS550", "Stainless screws 5.0x50 (100)", 4, "box", 19.30],
    ["SJ-SS560", "Stainless screws 5.0x60 (100)", 2, "box", 22.20],
    ["SJ-PVA5", "PVA 5 litre", 2, "ea", 13.45],
    ["SJ-MT25", "Masking tape 25mm", 12, "roll", 1.40],
    [None, None, None, "TOTAL", 942.50],
])])
body = """Hi,

Please find our order SJ-3391 attached (spreadsheet). Delivery to the workshop at
Ballinvally Business Park, Unit 9, Enniscorthy, Co. Wexford Y21 K8P3, any day next week is fine.

Regards
Niamh Doyle
Slaney Joinery
053 923 4410
"""
add("11_slaney_xlsx.eml",
    msg('"Niamh Doyle" <niamh@slaneyjoinery.ie>', "Order SJ-3391", D("2026-03-05 15:44"), body,
        attachments=[("SJ-3391.xlsx", x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
    label(customer="Slaney Joinery", po="SJ-3391", order_date="2026-03-05", req="ABSENT", cur="EUR",
          ship_to=ship("C2002", 0, name=None),
          lines=[line("SPLY-HW-18-2412", 8, "EA", 46.50, "SJ-PLY18"), line("SPLY-HW-12-2412", 6, "EA", 33.20, "SJ-PLY12"),
                 line("SMDF-12-2412", 10, "EA", 20.60, "SJ-MDF12"), line("SCR-A2-50050-100", 4, "BX", 19.30, "SJ-SS550"),
                 line("SCR-A2-50060-100", 2, "BX", 22.20, "SJ-SS560"), line("ADH-PVA-5L", 2, "EA", 13.45, "SJ-PVA5"),
                 line("CON-TAPE-MASK-25", 12, "RL", 1.40, "SJ-MT25")]),
    dict(lang="en", country="IE", ph=["attachment_xlsx", "buyer_codes", "delivery", "po"], ftype="eml+xlsx"))

# ---------------------------------------------------------------- 12 reply: add 2 more tubes
body = """Hi Aoife, add 2 more tubes of the grab adhesive to that please, lads are going through it. Thanks, Conor

-----Original Message-----
From: Conor Fitzgerald <conor@fitzgeraldhomes.ie>
Sent: 10 March 2026 08:03
To: orders@brackenford-bs.co.uk
Subject: Riverstick Meadows plot 22 - order 22/118

Morning,

For plot 22 Riverstick Meadows, Glanmire, Co. Cork T45 WR60 - Friday 13th March please.
Order ref 22/118.

10 x grab adhesive clear 290ml
12 x silicone white
4 x gun grade foam
2 x foam cleaner
5 boxes 4.0x50 multi purpose screws (200)
20 x 25x50 batten 3.6

Conor Fitzgerald
Fitzgerald Homes (Cork) | 087 555 0441
"""
add("12_fitzgerald_add_tubes.eml",
    msg('"Conor Fitzgerald" <conor@fitzgeraldhomes.ie>', "RE: Riverstick Meadows plot 22 - order 22/118",
        D("2026-03-10 11:26"), body),
    label(customer="Fitzgerald Homes (Cork)", po="22/118", req="2026-03-13",
          ship_to=ship("C2003", 0, name=None, street="plot 22 Riverstick Meadows"),
          lines=[line("ADH-GRAB-290-C", 12, "EA"), line("SEA-SIL-310-W", 12, "EA"), line("SEA-FOAM-750-G", 4, "EA"),
                 line("SEA-FOAM-CLN-500", 2, "EA"), line("SCR-MP-40050-200", 5, "BX"),
                 line("TBAT-25050-360", 20, "EA")]),
    dict(lang="en", country="IE", ph=["reply_correction", "dims", "delivery", "po"]))

# ---------------------------------------------------------------- 13 Dutch, decimal comma, "dozen"=boxes
body = """Goedemorgen,

Graag onderstaande materialen leveren op de bouwplaats Nieuwe Haven, Havenkade 18, 1506 PE Zaandam
op dinsdag 17 maart 2026 (vóór 12:00 uur i.v.m. de kraan).

Bestelnummer: VDW-26-0318

20 st. 47x150x4,8m C24
16 st. 47x100x4,2m C24
OSB3 18mm 2440x1220 - 25 platen
12 dozen schroeven 5,0x60 (doos à 200)
6 kokers PU-constructielijm

Graag een orderbevestiging sturen naar inkoop@vanderwielbouw.nl.

Met vriendelijke groet,

Sanne Kuipers
Werkvoorbereider
Bouwbedrijf Van der Wiel B.V.
Tel. +31 75 612 3344 | KvK 34112233
"""
add("13_vanderwiel_nl.eml",
    msg('"Sanne Kuipers" <s.kuipers@vanderwielbouw.nl>', "Bestelling VDW-26-0318 Nieuwe Haven",
        D("2026-03-09 08:15", 60), body),
    label(customer="Bouwbedrijf Van der Wiel B.V.", po="VDW-26-0318", req="2026-03-17",
          ship_to=ship("C3001", 0, name="Bouwplaats Nieuwe Haven", region=None),
          lines=[line("TC24-47150-480", 20, "EA"), line("TC24-47100-420", 16, "EA"),
                 line("SOSB-18-2412", 25, "EA"), line("SCR-MP-50060-200", 12, "BX"),
                 line("ADH-PU-310", 6, "EA")]),
    dict(lang="nl", country="NL", ph=["dims", "qty_after", "delivery", "po", "signature"]))

# ---------------------------------------------------------------- 14 Dutch, qty after, collection
body = """Hallo,

Voor de werkplaats graag het volgende, wij halen het zelf op donderdag 2 april.
Ons kenmerk: DE-1127

Multiplex hardhout 18mm 2440x1220 - 10 platen
Multiplex hardhout 9mm: 6 platen
MDF 6mm 2440x1220: 15 platen
Houtlijm D3 1 liter - 4 st
Schroeven 4,0x50 doos 100 - 5 dozen
Schroeven 4,0x30 doos 200 - 2 dozen
Afplaktape 50mm: 6 rollen

Groet,
Joost Verhoeven
Timmerwerkplaats De Eik
Industrieweg 44, 3812 PK Amersfoort | 033 455 7810
"""
add("14_deeik_nl.eml",
    msg('"Joost Verhoeven" <joost@timmerwerkplaatsdeeik.nl>', "bestelling werkplaats", D("2026-03-27 13:02", 60), body),
    label(customer="Timmerwerkplaats De Eik", po="DE-1127", req="2026-04-02",
          lines=[line("SPLY-HW-18-2412", 10, "EA"), line("SPLY-HW-09-2412", 6, "EA"), line("SMDF-06-2412", 15, "EA"),
                 line("ADH-WOOD-1L", 4, "EA"), line("SCR-MP-40050-100", 5, "BX"), line("SCR-MP-40030-200", 2, "BX"),
                 line("CON-TAPE-MASK-50", 6, "RL")]),
    dict(lang="nl", country="NL", ph=["qty_after", "po", "signature"]))

# ---------------------------------------------------------------- 15 Dutch ERP export, both codes
body = """Geachte leverancier,

Hierbij ontvangt u inkooporder IO-2026-00871 van Woonstichting Groenhorst.

Inkoopordernummer : IO-2026-00871
Orderdatum        : 12-03-2026
Gewenste leverdatum: 19-03-2026
Afleveradres      : Woonstichting Groenhorst - Onderhoudsdienst
                    Lindelaan 7
                    7311 JR  Apeldoorn

Rgl  Ons art.nr  Uw art.nr          Omschrijving                        Aantal  Eenh.   Prijs    Bedrag
---  ----------  -----------------  ----------------------------------  ------  -----  ------  --------
010  WG-400115   PLB-MR-125-2412    Gipsplaat vochtbest. 12,5mm 2400x1200    20  ST      14,10    282,00
020  WG-400231   SEA-SIL-310-W      Sanitairkit wit 310ml                    12  ST       5,60     67,20
030  WG-400232   ADH-GRAB-290-W     Montagekit wit 290ml                     12  ST       5,30     63,60
040  WG-700019   PPE-GLV-NIT-9      Werkhandschoen nitril mt 9 (12 pr)        2  PAK     16,50     33,00
050  WG-700020   PPE-GLV-NIT-10     Werkhandschoen nitril mt 10 (12 pr)       2  PAK     16,50     33,00
060  WG-500077   CON-DUST-12x9      Stofdoek 12x9ft                           6  ST      11,40     68,40
                                                                     Totaal excl. BTW  EUR   547,20

Vermeld het inkoopordernummer op pakbon en factuur.
Factuuradres: Postbus 1180, 7301 BK Apeldoorn. Facturen uitsluitend als PDF naar facturen@groenhorst-wonen.nl.

Dit bericht is automatisch gegenereerd door ons inkoopsysteem.
"""
add("15_groenhorst_nl_erp.eml",
    msg('"Inkoop Groenhorst" <inkoop@groenhorst-wonen.nl>', "Inkooporder IO-2026-00871", D("2026-03-12 10:00", 60), body),
    label(customer="Woonstichting Groenhorst", po="IO-2026-00871", order_date="2026-03-12", req="2026-03-19",
          cur="EUR", ship_to=ship("C3003", 0, region=None),
          lines=[line("PLB-MR-125-2412", 20, "EA", 14.10, "WG-400115"), line("SEA-SIL-310-W", 12, "EA", 5.60, "WG-400231"),
                 line("ADH-GRAB-290-W", 12, "EA", 5.30, "WG-400232"), line("PPE-GLV-NIT-9", 2, "PK", 16.50, "WG-700019"),
                 line("PPE-GLV-NIT-10", 2, "PK", 16.50, "WG-700020"), line("CON-DUST-12x9", 6, "EA", 11.40, "WG-500077")]),
    dict(lang="nl", country="NL", ph=["erp_export", "buyer_codes", "seller_codes", "po", "delivery"]))

# ---------------------------------------------------------------- 16 Spanish, nº pedido
body = """Buenos días,

Les enviamos el siguiente pedido para la obra.

Nº pedido: 2026/0147
Obra: Residencial Los Almendros - Calle Jazmín 23, 29010 Málaga
Fecha de entrega: 24/03/2026

- 40 uds. tablero OSB 11 mm 2440x1220
- 25 uds. placa de yeso laminado estándar 15 mm 2400x1200
- 10 uds. placa hidrófuga 12,5 mm 2400x1200
- 4 cajas tornillos placa 3,5x25 (caja 1000)
- 30 sacos mortero 20 kg
- 2 rollos lámina polietileno 1200 galgas 4x25 m

Precios según oferta. IVA no incluido.

Un saludo,
Javier Ortega Pinto
Jefe de Obra - Construcciones Albera S.L.
Tel. 952 00 41 87 | Móvil 600 123 456
C/ Industria 4, 29006 Málaga
"""
add("16_albera_es.eml",
    msg('"Javier Ortega" <j.ortega@construccionesalbera.es>', "Pedido 2026/0147 - Los Almendros",
        D("2026-03-16 09:48", 60), body),
    label(customer="Construcciones Albera S.L.", po="2026/0147", req="2026-03-24",
          ship_to=ship("C4001", 0, name="Residencial Los Almendros", region=None),
          lines=[line("SOSB-11-2412", 40, "EA"), line("PLB-STD-150-2412", 25, "EA"), line("PLB-MR-125-2412", 10, "EA"),
                 line("DRY-SCR-3525-1000", 4, "BX"), line("CEM-MORT-20", 30, "BAG"), line("CON-DPM-1200-425", 2, "RL")]),
    dict(lang="es", country="ES", ph=["dims", "po", "delivery", "signature"]))

# ---------------------------------------------------------------- 17 Spanish prose / words
body = """Hola Carmen,

Para el taller necesitaríamos una docena de tableros de MDF de 18 (los grandes, 2440x1220), dos cajas
de los 5x70, media docena de botes de cola D3 de litro y veinte listones de pino cepillado 18x94 de 3 metros.

Si puede ser, que llegue antes del jueves 9 de abril. Es nuestro pedido PR-88.

Gracias y un saludo,
Álvaro Roldán
Carpintería Hermanos Roldán
Pol. Ind. El Cerro, Nave 12 - 40006 Segovia
"""
add("17_roldan_es_words.eml",
    msg('"Alvaro Roldan" <alvaro@carpinteriaroldan.es>', "pedido taller", D("2026-04-01 17:10", 120), body),
    label(customer="Carpintería Hermanos Roldán", po="PR-88", req="2026-04-09",
          lines=[line("SMDF-18-2412", 12, "EA"), line("SCR-MP-50070-100", 2, "BX"), line("ADH-WOOD-1L", 6, "EA"),
                 line("TPAR-18094-300", 20, "EA")]),
    dict(lang="es", country="ES", ph=["word_qty", "po"]))

# ---------------------------------------------------------------- 18 mobile, expat in Spain
body = """Hi its Tony from Reformas CB. Can u send

silicone white x5
foam gun grade x3
grab adhesive white x 6
2 boxes 5x50 stainless

to Av de la Marina 58 Javea, thurs if u can. ta

Enviado desde mi Samsung Galaxy
"""
add("18_costablanca_mobile.eml",
    msg('"Tony Reformas CB" <tony@reformascostablanca.es>', "order", D("2026-04-13 19:33", 120), body),
    label(customer="Reformas Costa Blanca", po=None, req=None,
          ship_to=ship(None, street="Av de la Marina 58", city="Javea"),
          lines=[line("SEA-SIL-310-W", 5, "EA"), line("SEA-FOAM-750-G", 3, "EA"), line("ADH-GRAB-290-W", 6, "EA"),
                 line("SCR-A2-50050-100", 2, "BX")]),
    dict(lang="en", country="ES", ph=["mobile", "qty_after"]))

# ---------------------------------------------------------------- 19 Italian
body = """Buongiorno,

con la presente vi trasmettiamo il nostro ordine n. 26/118 del 16/03/2026.

Cantiere: Via Solferino 31, 43121 Parma (PR)
Consegna entro venerdì 27/03/2026, orario 8-12.

- n. 30 travi C24 47x200 lunghezza 4,8 m
- n. 50 listelli trattati 25x50 da 4,8 m
- n. 20 pannelli OSB3 18 mm 2440x1220
- n. 4 scatole viti 6,0x100 (conf. 100 pz)
- n. 2 confezioni bulloni testa esagonale M12x150 (conf. 10)

Prezzi come da vostra offerta del 02/03.

Cordiali saluti
Geom. Luca Fontanesi
Edilizia Fontanesi S.r.l. - P.IVA 01234560349
Tel. 0521 123456
"""
add("19_fontanesi_it.eml",
    msg('"Luca Fontanesi" <l.fontanesi@ediliziafontanesi.it>', "Ordine n. 26/118", D("2026-03-16 11:21", 60), body),
    label(customer="Edilizia Fontanesi S.r.l.", po="26/118", order_date="2026-03-16", req="2026-03-27",
          ship_to=ship("C5001", 0, name=None, region="PR"),
          lines=[line("TC24-47200-480", 30, "EA"), line("TBAT-25050-480", 50, "EA"), line("SOSB-18-2412", 20, "EA"),
                 line("SCR-MP-60100-100", 4, "BX"), line("BLT-HX-M12150-10", 2, "PK")]),
    dict(lang="it", country="IT", ph=["dims", "po", "delivery"]))

# ---------------------------------------------------------------- 20 Italian csv attachment
c = csv_bytes([["codice", "descrizione", "quantita", "um", "prezzo"],
               ["FB-0031", "Compensato latifoglia 18mm 2440x1220", "6", "pz", "44,00"],
               ["FB-0032", "Compensato latifoglia 12mm 2440x1220", "4", "pz", "31,50"],
               ["FB-0107", "MDF idrofugo 18mm", "5", "pz", "37,00"],
               ["FB-0210", "Viti 4,0x40 scatola 200", "3", "sc", "4,20"],
               ["FB-0211", "Viti 4,0x40 scatola 100", "2", "sc", "2,40"],
               ["FB-0300", "Colla vinilica D3 1 lt", "6", "pz", "9,80"]], delim=";")
body = """Buongiorno,

in allegato il nostro ordine n. 0412 (file CSV).
Consegna presso la falegnameria: Via dell'Artigianato 9, 52100 Arezzo.

Grazie,
Marco Bruschi
Falegnameria Bruschi
"""
add("20_bruschi_it_csv.eml",
    msg('"Marco Bruschi" <info@falegnameriabruschi.it>', "Ordine 0412", D("2026-04-20 08:40", 120), body,
        attachments=[("ordine_0412.csv", c, "text/csv")]),
    label(customer="Falegnameria Bruschi", po="0412", req=None, cur=None,
          ship_to=ship("C5002", 0, name=None, region=None),
          lines=[line("SPLY-HW-18-2412", 6, "EA", 44.00, "FB-0031"), line("SPLY-HW-12-2412", 4, "EA", 31.50, "FB-0032"),
                 line("SMDF-MR-18-2412", 5, "EA", 37.00, "FB-0107"), line("SCR-MP-40040-200", 3, "BX", 4.20, "FB-0210"),
                 line("SCR-MP-40040-100", 2, "BX", 2.40, "FB-0211"), line("ADH-WOOD-1L", 6, "EA", 9.80, "FB-0300")]),
    dict(lang="it", country="IT", ph=["attachment_csv", "buyer_codes", "delivery", "po"], ftype="eml+csv"))
