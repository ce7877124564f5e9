"""Order emails, first batch (e01-e15)."""
from common import L, ST, X, doc, eml

HARLAN, CEDAR, BITTER, KEY = ("Harlan Foods Inc.", "Cedar Fork Dairy Cooperative",
                              "Bitterroot Timber Products", "Keystone Freightways")
MILL, TRI, OAK, NORTH = ("Millbrook Unified School District", "Tri-County Grain & Feed",
                         "Oakmont Packaging Corp.", "Northgate Extrusions Ltd.")
BAJIO, PENN, SAND = ("Procesadora de Alimentos del Bajio S.A. de C.V.", "Pennine Fabrication Ltd",
                     "Sandoval Castings Inc.")

DANA = "Dana Whitcomb <dwhitcomb@harlanfoods.com>"
LYLE = "Lyle Brandt <lbrandt@cedarforkdairy.com>"
RAY = "Ray Okafor <rokafor@bitterroottimber.com>"
GARY = "Gary Pultz <gpultz@kfwfleet.com>"
TERESA = "Teresa Nguyen <tnguyen@millbrookusd.org>"
MARCUS = "Marcus Bell <mbell@oakmontpkg.com>"
SOPHIE = "Sophie Tremblay <stremblay@northgateextrusions.ca>"
HELEN = "Helen Ashworth <h.ashworth@penninefab.co.uk>"

PLANT2 = ST("Harlan Foods - Plant 2", "4410 Orchard Industrial Dr", "Fremont", "OH", "43420")


def build():
    doc("e01_harlan_bearings_belts.eml", eml(DANA, "PO 77120 - bearings and belts",
        "Mon, 16 Nov 2026 07:42:10 -0500", """Morning,

Please send the following for Plant 2:

6205 2RS bearings x 10
6206-2RS x 6
B55 belts qty 4
A42 belt - 2

Need these by Friday if possible, we have a shutdown on the line 4 ovens next week.

Ship to:
Harlan Foods - Plant 2
Attn: Maintenance Stores
4410 Orchard Industrial Dr
Fremont, OH 43420

Thanks,
Dana Whitcomb
Maintenance Planner, Plant 2
Harlan Foods Inc.
(419) 555-0182
"""), X("purchase_order", HARLAN, "77120", None, "2026-11-20", None, PLANT2, [
        L("BB6205-2RS", 10, "EA", "6205 2RS bearings"),
        L("BB6206-2RS", 6, "EA", "6206-2RS"),
        L("VB-B55", 4, "EA", "B55 belts"),
        L("VB-A42", 2, "EA", "A42 belt")]))

    doc("e02_cedarfork_parlor.eml", eml(LYLE, "parts", "Tue, 17 Nov 2026 05:58:44 -0600",
        """hey guys need some stuff for the parlor and the feed room

- bearrings 6204 zz  qty 6
- food grade grease tubes, 1 case
- A42 belt x2 (the vacum pump)
- 1 box of the 3/8 nylock nuts

PO# CF-2291 per Marcy in the office

Lyle
Cedar Fork Dairy Coop - shop
N4172 County Rd K, Cedar Fork WI 54810
"""), X("purchase_order", CEDAR, "CF-2291", None, None, None, None, [
        L("BB6204-ZZ", 6, "EA", "bearrings 6204 zz"),
        L("LU-FG2-C10", 1, "CS", "food grade grease tubes"),
        L("VB-A42", 2, "EA", "A42 belt"),
        L("FN-37-NL", 1, "BX", "3/8 nylock nuts")]))

    doc("e03_bitterroot_chain_correction.eml", eml(RAY, "RE: chain for green chain / PO 31-5540",
        "Wed, 18 Nov 2026 10:15:02 -0700", """Correction to what I sent this morning - make the #60 chain 4 boxes not 3, and drop the offset links, found some in the crib. Everything else the same.

Ray

-----Original Message-----
From: Ray Okafor
Sent: Wednesday, November 18, 2026 7:02 AM
To: orders@ridgelineindustrial.com
Subject: chain for green chain / PO 31-5540

Need for the green chain rebuild:
3 boxes #60 roller chain (10 ft)
10 ea #60 connecting links
4 #60 offset links
2 - 60B12 sprockets 1" bore
Ship to the mill, 1650 Mill Site Rd, Darby MT 59829. Receiving closes at 2:30.

Ray Okafor | Maintenance Supv | Bitterroot Timber Products
"""), X("purchase_order", BITTER, "31-5540", None, None, None,
        ST("Bitterroot Timber Products", "1650 Mill Site Rd", "Darby", "MT", "59829"), [
        L("RC60-10", 4, "BX", "#60 roller chain (10 ft)"),
        L("CL60-5", 10, "EA", "#60 connecting links"),
        L("SP60B12-1", 2, "EA", "60B12 sprockets 1\" bore")]))

    doc("e04_keystone_fasteners.eml", eml(GARY, "PO KF-118840", "Thu, 19 Nov 2026 13:30:00 -0500",
        """Please ship to the Carlisle shop:

1/2-13 x 2 grade 8 hex bolts, box of 50 -- need 2 boxes
1/2-13 gr 8 nuts, 1 box
1/2" hardened flat washers, 1 box
5/8-11 x 3 gr8 bolts - 1 bx

Keystone Freightways
Fleet Maintenance - Carlisle Terminal
77 Terminal Way
Carlisle PA 17013

Gary Pultz, Shop Foreman
"""), X("purchase_order", KEY, "KF-118840", None, None, None,
        ST("Keystone Freightways", "77 Terminal Way", "Carlisle", "PA", "17013"), [
        L("FH-50020-G8", 2, "BX", "1/2-13 x 2 grade 8 hex bolts, box of 50"),
        L("FN-50-G8", 1, "BX", "1/2-13 gr 8 nuts"),
        L("FW-50-SAEH", 1, "BX", "1/2\" hardened flat washers"),
        L("FH-62030-G8", 1, "BX", "5/8-11 x 3 gr8 bolts")]))

    doc("e05_millbrook_safety.eml", eml(TERESA, "Safety supply order - Facilities",
        "Fri, 20 Nov 2026 09:05:31 -0600", """Hello,

Facilities Maintenance would like to order the following. Our PO number is 2027-00418 (dated 11/19/2026).

4 boxes nitrile gloves, XL
2 boxes nitrile gloves, large
Safety glasses clear - 2 dozen
Ear plugs, 1 box (the foam ones)
Hi vis vests, XL x 10

Please deliver to the Service Center, 300 Service Center Dr, Millbrook IL 60536, by December 15th. Dock is around back.

Thank you,
Teresa Nguyen
Purchasing Technician
Millbrook Unified School District
"""), X("purchase_order", MILL, "2027-00418", "2026-11-19", "2026-12-15", None,
        ST("Service Center", "300 Service Center Dr", "Millbrook", "IL", "60536"), [
        L("SF-NIT6-XL", 4, "BX", "nitrile gloves, XL"),
        L("SF-NIT6-L", 2, "BX", "nitrile gloves, large"),
        L("SF-GL-CLR", 2, "DZ", "Safety glasses clear"),
        L("SF-EP32", 1, "BX", "Ear plugs (the foam ones)"),
        L("SF-VST2-XL", 10, "EA", "Hi vis vests, XL")]))

    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Need these belts for the leg drives and the auger, please:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Qty</th><th>Item</th></tr>
<tr><td>3</td><td>B68</td></tr>
<tr><td>3</td><td>B75</td></tr>
<tr><td>2</td><td>3VX560</td></tr>
<tr><td>1</td><td>35 lb pail grease (#2)</td></tr>
</table>
<p>Put it on PO 6612. We'll pick up at will call.</p>
<p>Bill Hadley<br>Tri-County Grain &amp; Feed<br>5 Elevator Rd, Hays KS 67601</p>
</body></html>"""
    doc("e06_tricounty_html_belts.eml", eml("Bill Hadley <bill@tricountygrain.com>", "Order for elevator",
        "Mon, 23 Nov 2026 16:40:12 -0600", html=html), X("purchase_order", TRI, "6612", None, None, None, None, [
        L("VB-B68", 3, "EA", "B68"), L("VB-B75", 3, "EA", "B75"), L("VB-3VX560", 2, "EA", "3VX560"),
        L("LU-EP2-P35", 1, "PL", "35 lb pail grease (#2)")]))

    doc("e07_oakmont_hose_plant3.eml", eml(MARCUS, "hyd hose order - Plant 3 - PO 45-20931",
        "Tue, 24 Nov 2026 08:20:55 -0500", """Hi Ridgeline,

For the baler on Plant 3:

hyd hose 1/2 two-wire 25ft
-8 JIC female swivel ends x 4
-8 male pipe ends x 4
-8 JIC x -8 NPT adapters, 4 ea
also 3/8 2-wire hose 10 ft and 2 of the -6 JIC fem ends

Ship to Plant 3 please not the main office:
Oakmont Packaging - Plant 3
88 Riverfront Industrial Park
Monessen, PA 15062
Dock door 4

Marcus Bell
Maintenance Planner
Oakmont Packaging Corp.
1200 Commerce Blvd, Oakmont PA 15139
"""), X("purchase_order", OAK, "45-20931", None, None, None,
        ST("Oakmont Packaging - Plant 3", "88 Riverfront Industrial Park", "Monessen", "PA", "15062"), [
        L("HH-R2-8", 25, "FT", "hyd hose 1/2 two-wire"),
        L("HF-JF-88", 4, "EA", "-8 JIC female swivel ends"),
        L("HF-MP-88", 4, "EA", "-8 male pipe ends"),
        L("HF-AD-8-8", 4, "EA", "-8 JIC x -8 NPT adapters"),
        L("HH-R2-6", 10, "FT", "3/8 2-wire hose"),
        L("HF-JF-66", 2, "EA", "-6 JIC fem ends")]))

    doc("e08_northgate_metric_cad.eml", eml(SOPHIE, "Purchase order NX-60417",
        "Wed, 25 Nov 2026 11:11:40 -0500", """Good morning,

Please accept purchase order NX-60417 dated November 25, 2026. Prices as per your quote Q-88214, in Canadian dollars.

1) M8 x 30 hex cap screws class 8.8 zinc - 3 boxes @ $21.40/box
2) M10 x 40 cl 8.8 - 2 boxes @ $24.95
3) M10 hex nuts - 2 boxes @ $11.30
4) 6207 2RS bearings - 8 pcs @ $10.85 ea

Required delivery: December 9, 2026.
Ship to: Northgate Extrusions Ltd., 71 Kestrel Court, Cambridge ON N1R 5S9, Canada.

Sophie Tremblay
Buyer, Northgate Extrusions Ltd.
"""), X("purchase_order", NORTH, "NX-60417", "2026-11-25", "2026-12-09", "CAD",
        ST("Northgate Extrusions Ltd.", "71 Kestrel Court", "Cambridge", "ON", "N1R 5S9", "CA"), [
        L("FM-0830-88", 3, "BX", "M8 x 30 hex cap screws class 8.8 zinc", 21.40),
        L("FM-1040-88", 2, "BX", "M10 x 40 cl 8.8", 24.95),
        L("FN-M10-8", 2, "BX", "M10 hex nuts", 11.30),
        L("BB6207-2RS", 8, "EA", "6207 2RS bearings", 10.85)]))

    doc("e09_bajio_pedido_es.eml", eml("Ing. Rodrigo Salas <rsalas@alimentosbajio.com.mx>",
        "Pedido de refacciones - OC 4500-1187", "Thu, 26 Nov 2026 10:30:00 -0600", """Buenos días,

Les enviamos nuestra orden de compra OC 4500-1187 con fecha 26/11/2026 para la planta Celaya:

- 20 piezas rodamiento 6206-2RS
- 6 bandas B60
- 2 cajas de grasa grado alimenticio NLGI 2 (cartuchos)
- 1 cubeta aceite hidráulico grado alimenticio ISO 46
- 10 pzas coples L100 araña (spider)

Fecha requerida de entrega: 15 de enero de 2027.

Entregar en:
Procesadora de Alimentos del Bajío
Carretera Celaya-Salvatierra Km 4.5
Celaya, Gto. C.P. 38020, México

Saludos,
Ing. Rodrigo Salas
Jefe de Mantenimiento
"""), X("purchase_order", BAJIO, "4500-1187", "2026-11-26", "2027-01-15", None,
        ST("Procesadora de Alimentos del Bajío", "Carretera Celaya-Salvatierra Km 4.5", "Celaya", "Gto.",
           "38020", "MX"), [
        L("BB6206-2RS", 20, "EA", "rodamiento 6206-2RS"),
        L("VB-B60", 6, "EA", "bandas B60"),
        L("LU-FG2-C10", 2, "CS", "grasa grado alimenticio NLGI 2 (cartuchos)"),
        L("LU-FH46-5", 1, "PL", "aceite hidráulico grado alimenticio ISO 46"),
        L("CPL-L100-SP", 10, "EA", "coples L100 araña (spider)")]))

    doc("e10_pennine_uk_setscrews.eml", eml(HELEN, "Order ref PF/PO/7731", "Fri, 27 Nov 2026 09:12:00 +0000",
        """Hi,

Could you please supply the following against our order PF/PO/7731:

4 off 6308 ZZ bearings
2 off 6308 2RS bearings
M10 x 40 set screws grade 10.9 - 2 boxes
M12 x 50 8.8 set screws - 1 box
6 off L100 spiders

Delivery w/c 14/12/2026 to our Halifax works please:
Pennine Fabrication Ltd
Unit 6, Calder Vale Trading Estate
Halifax
HX3 5QR

Many thanks,
Helen Ashworth
Purchasing | Pennine Fabrication Ltd
Tel 01422 555 019
"""), X("purchase_order", PENN, "PF/PO/7731", None, None, None,
        ST("Pennine Fabrication Ltd", "Unit 6, Calder Vale Trading Estate", "Halifax", None, "HX3 5QR", "GB"), [
        L("BB6308-ZZ", 4, "EA", "6308 ZZ bearings"),
        L("BB6308-2RS", 2, "EA", "6308 2RS bearings"),
        L("FM-1040-109", 2, "BX", "M10 x 40 set screws grade 10.9"),
        L("FM-1250-88", 1, "BX", "M12 x 50 8.8 set screws"),
        L("CPL-L100-SP", 6, "EA", "L100 spiders")]))

    doc("e11_sandoval_abrasives.eml", eml("Pete Archuleta <parchuleta@sandovalcastings.com>",
        "grinding room restock", "Mon, 30 Nov 2026 06:50:19 -0700", """Need for the grinding room:

40 grit flap discs 4-1/2 -- 3 boxes
60 grit, same size, 2 bx
cut off wheels 4.5 x .045, 2 boxes
7in grinding wheels qty 10
wire cup brushes 4" x 3

PO to follow from purchasing - go ahead and ship, reference 'grinding room Pete'.

Pete
"""), X("purchase_order", SAND, None, None, None, None, None, [
        L("AB-FD45-40", 3, "BX", "40 grit flap discs 4-1/2"),
        L("AB-FD45-60", 2, "BX", "60 grit, same size"),
        L("AB-CO45", 2, "BX", "cut off wheels 4.5 x .045"),
        L("AB-GW70", 10, "EA", "7in grinding wheels"),
        L("AB-WC4", 3, "EA", "wire cup brushes 4\"")]))

    doc("e12_harlan_forward.eml", eml("Karen Liu <kliu@harlanfoods.com>", "FW: parts request - spiral freezer",
        "Tue, 01 Dec 2026 14:02:37 -0500", """Please process on PO 77188. Ship to Plant 2 like usual. Thanks - Karen

Karen Liu | Buyer | Harlan Foods Inc. | 1 Harlan Way, Findlay OH 45840

---------- Forwarded message ---------
From: Dana Whitcomb <dwhitcomb@harlanfoods.com>
Date: Tue, Dec 1, 2026 at 11:37 AM
Subject: parts request - spiral freezer
To: Karen Liu <kliu@harlanfoods.com>

Karen can you get these ordered from Ridgeline:
 Gates 3VX500 belts, 4
 SKF 6203-2RSH bearings, 12
 food grade grease tubes - 20 tubes
Thanks, Dana
"""), X("purchase_order", HARLAN, "77188", None, None, None, None, [
        L("VB-3VX500", 4, "EA", "Gates 3VX500 belts"),
        L("BB6203-2RS", 12, "EA", "SKF 6203-2RSH bearings"),
        L("LU-FG2-T", 20, "EA", "food grade grease tubes")], omit=("ship_to",)))

    doc("e13_oakmont_competitor_pn.eml", eml(MARCUS, "PO 45-21007", "Wed, 02 Dec 2026 07:55:03 -0500",
        """Morning - for the #3 conveyor head and tail shafts. Price at your usual.

(2) Dodge P2B-SC-100 pillow blocks
(2) UCP205-16
(6) 6205-2RS, NTN or equal
(1) Browning 60B12 x 1" sprocket
(3) Sealmaster - not sure of the number, whatever you stock for a 1-1/4 shaft, 2 bolt

Marcus
"""), X("purchase_order", OAK, "45-21007", None, None, None, None, [
        L(None, 2, "EA", "Dodge P2B-SC-100 pillow blocks"),
        L("PB-UCP205-16", 2, "EA", "UCP205-16"),
        L("BB6205-2RS", 6, "EA", "6205-2RS, NTN or equal"),
        L("SP60B12-1", 1, "EA", "Browning 60B12 x 1\" sprocket"),
        L("PB-UCP206-20", 3, "EA", "Sealmaster pillow block for 1-1/4 shaft, 2 bolt")]))

    doc("e14_cedarfork_ambiguous.eml", eml("Marcy Voss <office@cedarforkdairy.com>", "order",
        "Thu, 03 Dec 2026 12:10:26 -0600", """Hi, Lyle asked me to send this in. PO CF-2304.

2 pails hydraulic oil
1 case of the red grease tubes
zip ties 8", 2 packs
1 box of 30 amp fuses, the 250 volt ones
B55 belt x 4

Thanks! Marcy
Cedar Fork Dairy Cooperative
"""), X("purchase_order", CEDAR, "CF-2304", None, None, None, None, [
        L(None, 2, "PL", "hydraulic oil"),
        L("LU-EP2-C10", 1, "CS", "red grease tubes"),
        L(None, 2, "PK", "zip ties 8\""),
        L("EL-FTD30", 1, "BX", "30 amp fuses, 250 volt"),
        L("VB-B55", 4, "EA", "B55 belt")]))

    doc("e15_bitterroot_air_fittings.eml", eml("Jen Kowalczyk <jkowalczyk@bitterroottimber.com>",
        "Air fittings for edger infeed - PO 31-5612", "Fri, 04 Dec 2026 08:30:00 -0700", """Ridgeline -

Rebuilding the air lines on the edger infeed. Please send:

20 - 1/4 push-in fittings, straight, 1/4 npt
10 - same but 90s
1 roll 1/4 poly tube, blue (100')
5 - 1/4 tees
4 - 3/8 tube x 3/8 pipe straights

Thx
Jen K. | Millwright | Bitterroot Timber Products | 1650 Mill Site Rd, Darby MT
"""), X("purchase_order", BITTER, "31-5612", None, None, None, None, [
        L("PT-S0404", 20, "EA", "1/4 push-in fittings, straight, 1/4 npt"),
        L("PT-E0404", 10, "EA", "same but 90s"),
        L("PU-04-BL", 1, "RL", "1/4 poly tube, blue (100')"),
        L("PT-T04", 5, "EA", "1/4 tees"),
        L("PT-S0606", 4, "EA", "3/8 tube x 3/8 pipe straights")]))
