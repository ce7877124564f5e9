from common import *

# ---------------------------------------------------------------- 31 prose / word quantities
body = """Hi Sue,

Rob here. Could you drop off two boxes of the 5x70s, a dozen lengths of 47x150 C24 at 4.8, half a dozen bags
of bonding, a couple of rolls of the 150 DPC and three of the 1.8m lintels. Wednesday 20th May would be
ideal, usual address on Tanyard Road.

Cheers
Rob

Pennick & Sons Builders
27 Tanyard Road, Hexham NE46 2LW
Tel 01434 600 227 / Mob 07700 900 118
"""
add("31_pennick_prose.eml",
    msg('"Rob Pennick" <rob@pennickbuilders.co.uk>', "bits for next week", D("2026-05-14 17:45", 60), body),
    label(customer="Pennick & Sons Builders", po=None, req="2026-05-20",
          ship_to=ship("C1002", 0, name="Pennick & Sons Builders", region=None),
          lines=[line("SCR-MP-50070-100", 2, "BX"), line("TC24-47150-480", 12, "EA"), line("PLS-BC-25", 6, "BAG"),
                 line("CON-DPC-150-30", 2, "RL"), line("LNT-CON-100-1800", 3, "EA")]),
    dict(lang="en", country="GB", ph=["word_qty", "signature"]))

# ---------------------------------------------------------------- 32 HTML-only Outlook nested tables, loft
html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri;font-size:11pt">
<p>Hi Jo,</p>
<p>Next loft - 7 Brook Lane, Tilehurst, Reading RG31 6AU. Delivery Tuesday 2 June please. Our order no. KL-1204.</p>
<table border="0" cellpadding="0" cellspacing="0"><tr><td>
  <table border="0" cellpadding="0" cellspacing="0"><tr><td valign="top">
    <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
      <tr><td><b>Qty</b></td><td><b>Description</b></td><td><b>Length</b></td></tr>
      <tr><td>18</td><td>47 x 200 C24</td><td>4.8</td></tr>
      <tr><td>6</td><td>47 x 200 C24</td><td>3.6</td></tr>
      <tr><td>10</td><td>Loft roll 200mm</td><td>-</td></tr>
      <tr><td>4</td><td>Loft roll 100mm</td><td>-</td></tr>
      <tr><td>24</td><td>22mm chipboard T&amp;G</td><td>2.4</td></tr>
      <tr><td>2</td><td>VCL 500g 4x25m</td><td>-</td></tr>
    </table>
  </td></tr></table>
</td></tr></table>
<p>Thanks,<br>Ben<br><span style="color:#7f7f7f">Ben Okafor | Kestrel Loft Conversions | 88 Albury Crescent, Reading RG30 2FD | 0118 496 0321</span></p>
</div></body></html>"""
add("32_kestrel_html_nested.eml",
    msg('"Ben Okafor" <ben@kestrel-lofts.co.uk>', "KL-1204 Brook Lane", D("2026-05-26 12:10", 60), html=html),
    label(customer="Kestrel Loft Conversions", po="KL-1204", req="2026-06-02",
          ship_to=ship(None, street="7 Brook Lane", city="Reading", postal_code="RG31 6AU"),
          lines=[line("TC24-47200-480", 18, "EA"), line("TC24-47200-360", 6, "EA"), line("INS-LR-200", 10, "RL"),
                 line("INS-LR-100", 4, "RL"), line("SCHP-22-TG-2460", 24, "EA"), line("CON-VCL-500-425", 2, "RL")]),
    dict(lang="en", country="GB", ph=["html_table", "delivery", "po", "signature"], ftype="eml-html"))

# ---------------------------------------------------------------- 33 ERP export with buyer codes only, carriage line
body = """PURCHASE ORDER                                      DUNMORE TIMBER FRAME LTD
Order Ref: DTF/26/0388                              Unit 2, Carse Road Works
Order Date: 18-May-2026                             Stirling FK7 7RE
Supplier: BRACKENFORD BUILDING SUPPLIES (BRA001)
Delivery Date: 26-May-2026
Deliver To: Works (as above)

LINE PART NO.    DESCRIPTION                          QTY UOM      PRICE      VALUE
---- ----------- ------------------------------------ --- --- ---------- ----------
0001 DTF-M0147   C24 47X150 TR 4.8M                    80 EA       14.88    1190.40
0002 DTF-M0148   C24 47X150 TR 5.4M                    40 EA       16.74     669.60
0003 DTF-M0102   C24 47X100 TR 4.2M                   120 EA        8.61    1033.20
0004 DTF-M0310   SHEATHING OSB3 9MM 2440X1220          90 EA       13.40    1206.00
0005 DTF-F0022   NAILS COLL 2.8X63 RS GALV 3300        10 BX       49.00     490.00
0006 DTF-S0009   CARRIAGE                               1 EA       45.00      45.00
                                                               TOTAL GBP    4634.20

Please confirm receipt. Queries: buyer@dunmoretf.co.uk / 01786 447 120
"""
add("33_dunmore_erp.eml",
    msg('"Dunmore Buyer" <buyer@dunmoretf.co.uk>', "Purchase Order DTF/26/0388", D("2026-05-18 07:55", 60), body),
    label(customer="Dunmore Timber Frame Ltd", po="DTF/26/0388", order_date="2026-05-18", req="2026-05-26", cur="GBP",
          ship_to=ship("C1008", 0, name=None, region=None),
          lines=[line("TC24-47150-480", 80, "EA", 14.88, "DTF-M0147"), line("TC24-47150-540", 40, "EA", 16.74, "DTF-M0148"),
                 line("TC24-47100-420", 120, "EA", 8.61, "DTF-M0102"), line("SOSB-09-2412", 90, "EA", 13.40, "DTF-M0310"),
                 line("NAIL-FR-2863-3300", 10, "BX", 49.00, "DTF-F0022")]),
    dict(lang="en", country="GB", ph=["erp_export", "buyer_codes", "po", "delivery"]))

# ---------------------------------------------------------------- 34 iPad, works order number
body = """Hi can I get these sent to 14 Orwell Terrace Ipswich IP3 0BN for tomorrow (Weds 3rd June), tenant in all day.
Works order WO-55120, please quote on invoice.

Green board 12.5 x 4
Bonding 25kg x 2
Multi x 2
Clear silicone x 3
Stop bead 3m x 6

Kev (Greyfriars maintenance)

Sent from my iPad
"""
add("34_greyfriars_ipad.eml",
    msg('"Kevin Marsh" <k.marsh@greyfriars-ha.org.uk>', "materials WO-55120", D("2026-06-02 15:37", 60), body),
    label(customer="Greyfriars Housing Association", po="WO-55120", req="2026-06-03",
          ship_to=ship(None, street="14 Orwell Terrace", city="Ipswich", postal_code="IP3 0BN"),
          lines=[line("PLB-MR-125-2412", 4, "EA"), line("PLS-BC-25", 2, "BAG"), line("PLS-MF-25", 2, "BAG"),
                 line("SEA-SIL-310-C", 3, "EA"), line("PLS-BEAD-STP-30", 6, "EA")]),
    dict(lang="en", country="GB", ph=["mobile", "qty_after", "delivery", "po"]))

# ---------------------------------------------------------------- 35 TSV pasted, blocks & lintels
body = """Sue,

Below from our schedule (pasted) - for the Winterborne job. Deliver Thurs 11 June to
Land at Manor Farm, Winterborne Road, Blandford Forum DT11 0PQ.

Qty\tItem\tNotes
144\tDense block 7N 100mm\t2 pallets
48\tDense block 7N 140mm\t1 pallet
6\tLintel 100x65 1200
4\tLintel 100x65 1500
2\tWall ties 225 SS box 250
1\tSharp sand bulk bag
2\tBuilding sand bulk bag
10\tCement 25kg
4\tPlasticiser 5L

Mick
07700 900 733
"""
add("35_tarrant_tsv.eml",
    msg('"Mick Tarrant" <mick@tarrantgroundworks.co.uk>', "Winterborne - blocks etc", D("2026-06-05 18:02", 60), body),
    label(customer="Tarrant Groundworks", po=None, req="2026-06-11",
          ship_to=ship(None, name="Land at Manor Farm", street="Winterborne Road", city="Blandford Forum",
                       postal_code="DT11 0PQ"),
          lines=[line("BLK-DN7-100", 144, "EA"), line("BLK-DN7-140", 48, "EA"), line("LNT-CON-100-1200", 6, "EA"),
                 line("LNT-CON-100-1500", 4, "EA"), line("WTI-225-250", 2, "BX"), line("AGG-SHS-BB", 1, "EA"),
                 line("AGG-BDS-BB", 2, "EA"), line("CEM-OPC-25", 10, "BAG"), line("CEM-PLAST-5L", 4, "EA")]),
    dict(lang="en", country="GB", ph=["tsv", "delivery", "signature"]))

# ---------------------------------------------------------------- 36 reply correction 12.5 -> 15
body = """Jo - change of plan from building control: make the standard 12.5s 15mm instead. The green MR boards
stay 12.5. Same quantities. Still Monday.

Lee Danvers
Marlowe Bros

________________________________
From: Lee Danvers <lee.danvers@marlowebros.co.uk>
Sent: Wednesday, June 10, 2026 7:20 AM
To: Brackenford Orders <orders@brackenford-bs.co.uk>
Cc: Anita Marlowe <anita@marlowebros.co.uk>
Subject: Quayside block B - PO 7802-QB

Jo, for block B please, Monday 15th June, Quayside Apartments, Wharf Street, Gloucester GL1 2EH.
PO 7802-QB

40 x 12.5 std board 2400x1200
20 x 12.5 MR board 2400x1200
6 x jointing compound tubs
10 x scrim 50mm
4 x angle bead 3m
"""
add("36_marlowe_reply_board.eml",
    msg('"Lee Danvers" <lee.danvers@marlowebros.co.uk>', "RE: Quayside block B - PO 7802-QB", D("2026-06-10 09:48", 60), body,
        cc='"Anita Marlowe" <anita@marlowebros.co.uk>'),
    label(customer="Marlowe Brothers Contracting", po="7802-QB", req="2026-06-15",
          ship_to=ship("C1007", 0, name="Quayside Apartments", street="Wharf Street", region=None),
          lines=[line("PLB-STD-150-2412", 40, "EA"), line("PLB-MR-125-2412", 20, "EA"), line("PLS-JF-12", 6, "EA"),
                 line("PLS-SCR-090", 10, "RL"), line("PLS-BEAD-ANG-30", 4, "EA")]),
    dict(lang="en", country="GB", ph=["reply_correction", "dims", "delivery", "po"]))

# ---------------------------------------------------------------- 37 seller codes alone
body = """Hi,

PPE restock for the operatives please - codes from your website, pasted from our stock sheet. Our ref APM-5611.

Code\tQty
PPE-HV-VEST-Y-L\t10
PPE-HV-VEST-Y-XL\t10
PPE-HV-VEST-Y-XXL\t4
PPE-HAT-W\t6
PPE-GLS-CLR\t12
PPE-GLV-NIT-9\t3
PPE-GLV-NIT-10\t3
PPE-EAR-PLG-200\t1
PPE-MSK-FFP2-20\t4

Deliver to our office, 41 Brindley Walk, Leicester LE3 5TB.

Priya Shah
Planner | Ashgrove Property Maintenance | Tel: 0116 496 0877
"""
add("37_ashgrove_sellercodes.eml",
    msg('"Priya Shah" <priya.shah@ashgrove-pm.co.uk>', "PPE order APM-5611", D("2026-06-15 11:11", 60), body),
    label(customer="Ashgrove Property Maintenance", po="APM-5611", req=None,
          ship_to=ship("C1009", 0, name=None, region=None),
          lines=[line("PPE-HV-VEST-Y-L", 10, "EA"), line("PPE-HV-VEST-Y-XL", 10, "EA"), line("PPE-HV-VEST-Y-XXL", 4, "EA"),
                 line("PPE-HAT-W", 6, "EA"), line("PPE-GLS-CLR", 12, "EA"), line("PPE-GLV-NIT-9", 3, "PK"),
                 line("PPE-GLV-NIT-10", 3, "PK"), line("PPE-EAR-PLG-200", 1, "BX"), line("PPE-MSK-FFP2-20", 4, "BX")]),
    dict(lang="en", country="GB", ph=["seller_codes", "tsv", "delivery", "po", "signature"]))

# ---------------------------------------------------------------- 38 forward from site to purchasing (IE)
body = """Please supply as per Padraig's list below.
P.O. No. CBC-2026-071   Delivery Mon 22/06/2026 to Site 3, Cappagh Road, Galway H91 X2C4.

Declan Hynes | Corrib Build & Civil Ltd | +353 91 555 0192

---------- Forwarded message ----------
From: Padraig Keane <pkeane@corribbuild.ie>
Date: Thu, 18 Jun 2026 at 16:40
Subject: materials blk C
To: Declan Hynes <dhynes@corribbuild.ie>

Declan, for block C

- PIR 100mm x 30 boards
- PIR 50mm x 12
- cavity batts 100mm x 40 packs
- 10 x foil tape
- DPC 225 x 6 rolls
- 2 boxes of hammer fixings 8x80

Padraig
"""
add("38_corrib_fwd.eml",
    msg('"Declan Hynes" <dhynes@corribbuild.ie>', "Fwd: materials blk C", D("2026-06-19 08:20", 60), body),
    label(customer="Corrib Build & Civil Ltd", po="CBC-2026-071", req="2026-06-22",
          ship_to=ship("C2001", 0, name=None, region=None),
          lines=[line("INS-PIR-100", 30, "EA"), line("INS-PIR-050", 12, "EA"), line("INS-CAV-100", 40, "PK"),
                 line("INS-TAPE-AL-45", 10, "RL"), line("CON-DPC-225-30", 6, "RL"), line("FIX-HAM-880-100", 2, "BX")]),
    dict(lang="en", country="IE", ph=["forward", "qty_after", "delivery", "po"]))

# ---------------------------------------------------------------- 39 Spanish ERP export
body = """PEDIDO DE COMPRA
Construcciones Albera S.L. - CIF B29123456
Nº pedido: 2026/0203        Fecha pedido: 22/06/2026
Proveedor: BRACKENFORD BUILDING SUPPLIES
Dirección de entrega: Obra Residencial Los Almendros, Calle Jazmín 23, 29010 Málaga
Fecha entrega solicitada: 30/06/2026

Lín. Código     Descripción                               Cant.  Ud.   Precio   Importe
---- ---------- ----------------------------------------  -----  ----  -------  --------
1    ALB-00412  Viga C24 47x225 6,0 m                        14  ud    34,20     478,80
2    ALB-00418  Viga C24 47x100 3,0 m                        40  ud     7,10     284,00
3    ALB-01077  Tornillo rosca madera 6,0x120 caja 50         6  cj     5,60      33,60
4    ALB-01102  Varilla roscada M12 1 m                      20  ud     3,05      61,00
5    ALB-01103  Tuerca M12 caja 100                           2  cj     6,90      13,80
6    ALB-01104  Arandela M12 caja 100                         2  cj     4,85       9,70
                                                        Base imponible EUR     880,90
                                                        IVA 21%               184,99
                                                        TOTAL                1.065,89

Condiciones de pago: 60 días f.f.
"""
add("39_albera_es_erp.eml",
    msg('"Compras Albera" <compras@construccionesalbera.es>', "Pedido de compra 2026/0203", D("2026-06-22 12:45", 120), body),
    label(customer="Construcciones Albera S.L.", po="2026/0203", order_date="2026-06-22", req="2026-06-30", cur="EUR",
          ship_to=ship("C4001", 0, name="Obra Residencial Los Almendros", region=None),
          lines=[line("TC24-47225-600", 14, "EA", 34.20, "ALB-00412"), line("TC24-47100-300", 40, "EA", 7.10, "ALB-00418"),
                 line("SCR-MP-60120-50", 6, "BX", 5.60, "ALB-01077"), line("BLT-ROD-M12-1000", 20, "EA", 3.05, "ALB-01102"),
                 line("BLT-NUT-M12-100", 2, "BX", 6.90, "ALB-01103"), line("BLT-WSH-M12-100", 2, "BX", 4.85, "ALB-01104")]),
    dict(lang="es", country="ES", ph=["erp_export", "buyer_codes", "po", "delivery", "dims"]))

# ---------------------------------------------------------------- 40 Dutch reply correction
body = """Hoi Jo,

Kleine wijziging: graag de balken van 3,6 m wijzigen naar 4,8 m (zelfde aantal) en er 2 kokers PU-lijm
bij doen. De rest blijft hetzelfde.

Groet, Sanne

Op ma 29 jun 2026 om 08:02 schreef Sanne Kuipers <s.kuipers@vanderwielbouw.nl>:
> Goedemorgen,
>
> Bestelnummer VDW-26-0511, levering vrijdag 3 juli op de bouwplaats Nieuwe Haven,
> Havenkade 18, 1506 PE Zaandam.
>
> 24 st. 47x200x3,6m C24
> 12 st. 47x100x3,0m C24
> 4 kokers PU-constructielijm
> 6 st. draadeind M10 1 meter
> 1 doos moeren M10
>
> Met vriendelijke groet,
> Sanne Kuipers - Bouwbedrijf Van der Wiel B.V. - +31 75 612 3344
"""
add("40_vanderwiel_nl_reply.eml",
    msg('"Sanne Kuipers" <s.kuipers@vanderwielbouw.nl>', "Re: Bestelling VDW-26-0511", D("2026-06-29 10:31", 120), body),
    label(customer="Bouwbedrijf Van der Wiel B.V.", po="VDW-26-0511", req="2026-07-03",
          ship_to=ship("C3001", 0, name="Bouwplaats Nieuwe Haven", region=None),
          lines=[line("TC24-47200-480", 24, "EA"), line("TC24-47100-300", 12, "EA"), line("ADH-PU-310", 6, "EA"),
                 line("BLT-ROD-M10-1000", 6, "EA"), line("BLT-NUT-M10-100", 1, "BX")]),
    dict(lang="nl", country="NL", ph=["reply_correction", "dims", "delivery", "po"]))
