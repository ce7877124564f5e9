# -*- coding: utf-8 -*-
"""Plain order e-mails (no attachment) and not-an-order mails."""
from helpers import L, ship, order, notorder, mail, US_ORDERS, CA_ORDERS

# ---------------------------------------------------------------- e01
mail("e01_northwind_terse", "Dana Whitfield <dana@northwindgoods.com>", US_ORDERS,
     "Mon, 07 Dec 2026 08:12:44 -0600", "order",
     """Hi - pls send

10 bdl 12x12x12 ECT32
4 cs clear tape 48mm hot melt 100m

thx
Dana

Sent from my iPhone
""",
     order("Northwind Goods Co", None, None, None, None, None, [
         L("BX-121212-32", "12x12x12 ECT32", 10, "BDL"),
         L("TP-48100-CL-HM", "clear tape 48mm hot melt 100m", 4, "CS"),
     ]), note="terse, abbreviations, no PO, no prices")

# ---------------------------------------------------------------- e02
mail("e02_lakeshore_tabs", "Marcus Oyelaran <purchasing@lakeshore3pl.com>", US_ORDERS,
     "Mon, 07 Dec 2026 09:03:10 -0600", "PO LF-88213 - replenishment DC2",
     """Good morning,

Please process PO LF-88213 below for our DC2 building. Ship date requested 12/14/2026.
Prices per your 2026 list, USD.

SKU\tDescription\tQty\tUOM\tPrice
BX-161208-32\t16x12x8 ECT-32 box\t40\tBDL\t24.40
BX-181818-32\t18x18x18 ECT-32\t12\tBDL\t44.60
SF-18-80-1500\tStretch 18" 80ga 1500'\t30\tCS\t86.00
LBL-46-1000-3C\t4x6 DT labels 3" core 1000/rl\t60\tRL\t13.90
STR-PP-12-9000\t1/2" PP strap 9000'\t8\tRL\t38.00

SHIP TO:
Lakeshore Fulfillment - DC2
1150 Arsenal Rd
Elwood, IL 60421

Dock hours 7a-3p, call 815-555-0142 30 min before arrival.

Marcus Oyelaran
Purchasing Coordinator | Lakeshore Fulfillment LLC
2500 Channahon Rd, Joliet, IL 60436
o: 815-555-0100  m: 815-555-0177
""",
     order("Lakeshore Fulfillment LLC", "LF-88213", None, "2026-12-14", "USD",
           ship("Lakeshore Fulfillment - DC2", "1150 Arsenal Rd", "Elwood", "IL", "60421", "US"), [
         L("BX-161208-32", "16x12x8 ECT-32 box", 40, "BDL", 24.40),
         L("BX-181818-32", "18x18x18 ECT-32", 12, "BDL", 44.60),
         L("SF-18-80-1500", "Stretch 18\" 80ga 1500'", 30, "CS", 86.00),
         L("LBL-46-1000-3C", "4x6 DT labels 3\" core 1000/rl", 60, "RL", 13.90),
         L("STR-PP-12-9000", "1/2\" PP strap 9000'", 8, "RL", 38.00),
     ]), note="tab-separated table pasted from spreadsheet, our SKUs, US MM/DD date, ship-to differs from account")

# ---------------------------------------------------------------- e03
mail("e03_rustyanchor_pallet", "Jake Brandt <jake@rustyanchorbrew.com>", US_ORDERS,
     "Mon, 07 Dec 2026 10:41:02 -0600", "need boxes + wrap before the holiday release",
     """Hey guys,

Brewing schedule is nuts this month so I'm just going to fire this off. Could you get us
a pallet of the 12x12x12 ECT-32 boxes (the full 500-count pallet), plus a couple rolls of the
1/2" hand strapping (9000 ft) and a box of 1/2" wire buckles to go with it.

Oh and 6 cases of the 20" stretch wrap, the 1000ft 80 gauge.

Need it here by Friday 12/11 if at all possible, we're canning Saturday. Back door on Becher St,
ring the bell.

Cheers,
Jake Brandt
Head of Ops, Rusty Anchor Brewing Co
311 W Becher St, Milwaukee WI 53207
(414) 555-0199
""",
     order("Rusty Anchor Brewing Co", None, None, "2026-12-11", None, None, [
         L("BX-121212-32-PLT", "12x12x12 ECT-32 boxes (the full 500-count pallet)", 1, "PLT"),
         L("STR-PP-12-9000", "1/2\" hand strapping (9000 ft)", 2, "RL"),
         L("STR-BKL-12", "1/2\" wire buckles", 1, "BX"),
         L("SF-20-80-1000", "20\" stretch wrap, the 1000ft 80 gauge", 6, "CS"),
     ]), note="chatty prose, 'a pallet of', word quantities (a couple, a box), weekday+MM/DD date")

# ---------------------------------------------------------------- e04
mail("e04_crumb_numbered", "Priya Nand <priya@crumbandco.com>", US_ORDERS,
     "Fri, 04 Dec 2026 16:20:33 -0600", "Crumb & Co order PO# CC-1207",
     """Hello Lakeside team!

Our order for next week, PO# CC-1207:

1) 3 bundles 10x10x10 boxes (the 32 ECT ones)
2) 2 bags green peanuts
3) one case kraft #2 padded mailers 8.5x12
4) 1 roll 15" kraft paper

Deliver to the shop as usual please (1718 Sherman Ave). Mornings before 11 are best.

Thank you so much!
Priya
--
Crumb & Co Bakery | 1718 Sherman Ave, Evanston, IL 60201 | 847-555-0123
""",
     order("Crumb & Co Bakery", "CC-1207", None, None, None,
           ship("Crumb & Co Bakery", "1718 Sherman Ave", "Evanston", "IL", "60201", "US"), [
         L("BX-101010-32", "10x10x10 boxes (the 32 ECT ones)", 3, "BDL"),
         L("VF-PNUT-14-G", "green peanuts", 2, "BG"),
         L("MLR-KB-2", "kraft #2 padded mailers 8.5x12", 1, "CS"),
         L("VF-KRAFT-15-1200", "15\" kraft paper", 1, "RL"),
     ]), note="numbered list, word quantity, quantity before description, ship-to in prose")

# ---------------------------------------------------------------- e05
mail("e05_prairie_ownparts", "Tom Kowalczyk <tom.k@prairieprintworks.com>", US_ORDERS,
     "Fri, 04 Dec 2026 11:05:00 -0600", "PO 5521",
     """PO 5521 dated 12/04/26

PPW-PK-014   Mailer box 12x10x4 white          6 bundles
PPW-PK-022   Tape 2" tan (110yd)               2 cs
PPW-PK-031   Poly bag 12x15 2mil               1 cs

same pricing as last time. will pick up at will-call.

Tom K.
Prairie Print Works
2235 S Halsted St, Chicago IL 60608
""",
     order("Prairie Print Works", "5521", "2026-12-04", None, None, None, [
         L("MB-121004-W", "Mailer box 12x10x4 white", 6, "BDL", part="PPW-PK-014"),
         L("TP-48110Y-TN-HM", "Tape 2\" tan (110yd)", 2, "CS", part="PPW-PK-022"),
         L("PB-1215-2", "Poly bag 12x15 2mil", 1, "CS", part="PPW-PK-031"),
     ]), note="buyer's own part codes, fixed columns, 2-digit year MM/DD/YY, will-call (no ship-to)")

# ---------------------------------------------------------------- e06
mail("e06_museum_formal", "Eleanor Vance <procurement@lakefrontmuseum.org>", US_ORDERS,
     "Thu, 03 Dec 2026 14:47:19 -0600", "Purchase Order LMNH-27-00418 - packing materials for loan crate",
     """Dear Lakeside Pack & Ship Supply,

Please accept this e-mail as Purchase Order No. LMNH-27-00418 (order date December 3, 2026),
against your quotation Q-26-3391.

  - Double wall 18 x 18 x 18 in. (ECT-48) - 5 bundles (100 pcs) @ $79.39/bundle
  - Anti-static bubble 3/16" x 12" x 175' - 4 rolls @ $27.50
  - Heat-treated 48 x 40 pallets (ISPM-15) for the international loan - 6 each @ $19.75
  - Corner board 2 x 2 x 48 in. - 2 bundles @ $27.00

Delivery required no later than December 18, 2026, to:
  Lakefront Museum - Receiving Dock B
  1400 S Lake Shore Dr
  Chicago, IL 60605

Invoice to Accounts Payable, referencing the PO number. Net 30. Tax exempt certificate on file.

Regards,

Eleanor Vance
Procurement Officer
Lakefront Museum of Natural History
T 312-555-0188

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient.
If you have received it in error, please notify the sender and delete it.
""",
     order("Lakefront Museum of Natural History", "LMNH-27-00418", "2026-12-03", "2026-12-18", "USD",
           ship("Lakefront Museum - Receiving Dock B", "1400 S Lake Shore Dr", "Chicago", "IL", "60605", "US"), [
         L("BX-181818-DW", "Double wall 18 x 18 x 18 in. (ECT-48)", 5, "BDL", 79.39),
         L("BW-316-12-175-AS", "Anti-static bubble 3/16\" x 12\" x 175'", 4, "RL", 27.50),
         L("PAL-4840-HT", "Heat-treated 48 x 40 pallets (ISPM-15) for the international loan", 6, "EA", 19.75),
         L("PAL-CB-2-48", "Corner board 2 x 2 x 48 in.", 2, "BDL", 27.00),
     ]), note="formal museum PO in mail body, spelled-out dates, bundles with piece count in brackets, disclaimer")

# ---------------------------------------------------------------- e07
mail("e07_mapleleaf_erp_fixed", "MLF Purchasing <po@mapleleaf3pl.ca>", CA_ORDERS,
     "Tue, 01 Dec 2026 07:55:12 -0500", "Purchase Order 4500019927",
     """Purchase Order 4500019927      Date 2026-12-01      Currency CAD
Vendor 200418 LAKESIDE PACK & SHIP SUPPLY - TORONTO

Itm  Material     Description                         Qty      UoM   Net Price
---  -----------  ----------------------------------  -------  ----  ---------
010  PKG-0044     BOX 16X12X8 ECT44 SW                   20    BDL      43.10
020  PKG-0101     TAPE 72MM X 100M CLR HM                15    CS       79.90
030  PKG-0102     TAPE 48MM X 100M CLR HM                25    CS       75.50
040  PKG-0210     LABEL 4X6 DT 250/RL 1"CORE             48    RL        5.60
050  PKG-0300     FILM STRETCH 18" 80G 1500FT            10    CS      112.00

Delivery date: 2026-12-08
Deliver to: Maple Leaf Fulfilment Inc, 6750 Tomken Rd Unit 4, Mississauga ON L5T 2C4

This purchase order is subject to MLF standard terms and conditions.
Generated automatically - do not reply to this mailbox.
""",
     order("Maple Leaf Fulfilment Inc", "4500019927", "2026-12-01", "2026-12-08", "CAD",
           ship("Maple Leaf Fulfilment Inc", "6750 Tomken Rd Unit 4", "Mississauga", "ON", "L5T 2C4", "CA"), [
         L("BX-161208-44", "BOX 16X12X8 ECT44 SW", 20, "BDL", 43.10, "PKG-0044"),
         L("TP-72100-CL-HM", "TAPE 72MM X 100M CLR HM", 15, "CS", 79.90, "PKG-0101"),
         L("TP-48100-CL-HM", "TAPE 48MM X 100M CLR HM", 25, "CS", 75.50, "PKG-0102"),
         L("LBL-46-250", "LABEL 4X6 DT 250/RL 1\"CORE", 48, "RL", 5.60, "PKG-0210"),
         L("SF-18-80-1500", "FILM STRETCH 18\" 80G 1500FT", 10, "CS", 112.00, "PKG-0300"),
     ]), note="ERP fixed-column text PO, buyer material codes, CAD, ISO dates")

# ---------------------------------------------------------------- e08 (French, Quebec)
mail("e08_fournil_fr_cm", "Sophie Tremblay <commandes@fournildore.ca>", CA_ORDERS,
     "Wed, 02 Dec 2026 06:31:50 -0500", "Commande - boîtes et rubans",
     """Bonjour,

J'aimerais passer la commande suivante, bon de commande FD-2026-118 :

- 4 paquets de boîtes 30x30x30 cm, carton simple cannelure ECT-32 (paquets de 25)
- 2 boîtes de papier frisé blanc, 10 lb
- 6 rouleaux d'étiquettes thermiques 4x6 (250 par rouleau)
- 1 caisse de ruban adhésif brun 48 mm x 100 m, acrylique

Livraison souhaitée le 10 décembre 2026 à la boulangerie, avant 10 h si possible.

Merci et bonne journée!

Sophie Tremblay
Boulangerie Le Fournil Doré
4812, rue Saint-Denis, Montréal (Québec) H2J 2L6
514 555-0147
""",
     order("Boulangerie Le Fournil Doré", "FD-2026-118", None, "2026-12-10", None,
           ship("Boulangerie Le Fournil Doré", "4812, rue Saint-Denis", "Montréal", "QC", "H2J 2L6", "CA"), [
         L("BX-121212-32", "boîtes 30x30x30 cm, carton simple cannelure ECT-32 (paquets de 25)", 4, "BDL"),
         L("VF-CRINK-10-WHT", "papier frisé blanc, 10 lb", 2, "BX"),
         L("LBL-46-250", "étiquettes thermiques 4x6 (250 par rouleau)", 6, "RL"),
         L("TP-48100-TN-AC", "ruban adhésif brun 48 mm x 100 m, acrylique", 1, "CS"),
     ]), note="French (Quebec), metric box size meaning the nearest inch box (30 cm = 12 in), French date")

# ---------------------------------------------------------------- e09 (Spanish, Mexico)
mail("e09_colibri_es", "Andrea Salcedo <compras@tiendacolibri.mx>", US_ORDERS,
     "Tue, 01 Dec 2026 12:14:09 -0600", "Pedido OC-7734",
     """Buenas tardes,

Les envío nuestra orden de compra OC-7734 con fecha 01/12/2026:

Cant.  Descripción                                   Precio unit. (USD)
  8    Sobres de burbuja kraft #0 (6x10), caja 250          37.40
  5    Bolsas poly mailer 10x13 blancas, caja 500           39.50
 12    Cajas 40x30x20 cm ECT-32 (paquete de 25)             24.40
  3    Rollos burbuja 3/16 x 24 pulg x 175 pies             36.50

Favor de enviar a nuestra bodega:
Tienda Colibrí - Bodega
Av. Vallarta 3250, Col. Vallarta Poniente
Guadalajara, Jal. 44690, México

Fecha requerida: 15/12/2026.

Saludos cordiales,
Andrea Salcedo
Compras | Tienda Colibrí S.A. de C.V.
Tel. +52 33 5555 0142
""",
     order("Tienda Colibrí S.A. de C.V.", "OC-7734", "2026-12-01", "2026-12-15", "USD",
           ship("Tienda Colibrí - Bodega", "Av. Vallarta 3250", "Guadalajara", "JAL", "44690", "MX"), [
         L("MLR-KB-0", "Sobres de burbuja kraft #0 (6x10), caja 250", 8, "CS", 37.40),
         L("MLR-PM-1013", "Bolsas poly mailer 10x13 blancas, caja 500", 5, "CS", 39.50),
         L("BX-161208-32", "Cajas 40x30x20 cm ECT-32 (paquete de 25)", 12, "BDL", 24.40),
         L("BW-316-24-175", "Rollos burbuja 3/16 x 24 pulg x 175 pies", 3, "RL", 36.50),
     ]), note="Spanish (Mexico), DD/MM dates, cm box 40x30x20 = 16x12x8 in, quantity first")

# ---------------------------------------------------------------- e10 (Portuguese)
mail("e10_ironbound_pt", "Rafael Menezes <compras@ironboundfulfillment.com>", US_ORDERS,
     "Mon, 30 Nov 2026 15:22:41 -0500", "Pedido de compra IF-3318",
     """Olá, tudo bem?

Segue nosso pedido de compra nº IF-3318:

• 20 fardos de caixas 12x12x12 polegadas, parede simples ECT-32
• 10 caixas de fita adesiva transparente 48mm x 100m hot melt
• 4 caixas de filme stretch 18" x 1500 pés, 80 gauge
• 2 caixas de etiquetas térmicas 4x6 sanfonadas (10 pacotes de 500)

Entrega até 09/12/2026 (quarta-feira, 9 de dezembro) no nosso galpão:
Ironbound Fulfillment LLC, 88 Wilson Ave, Newark NJ 07105

Obrigado!
Rafael Menezes
Ironbound Fulfillment LLC
(973) 555-0166
""",
     order("Ironbound Fulfillment LLC", "IF-3318", None, "2026-12-09", None,
           ship("Ironbound Fulfillment LLC", "88 Wilson Ave", "Newark", "NJ", "07105", "US"), [
         L("BX-121212-32", "caixas 12x12x12 polegadas, parede simples ECT-32", 20, "BDL"),
         L("TP-48100-CL-HM", "fita adesiva transparente 48mm x 100m hot melt", 10, "CS"),
         L("SF-18-80-1500", "filme stretch 18\" x 1500 pés, 80 gauge", 4, "CS"),
         L("LBL-46-500-FF-CS", "etiquetas térmicas 4x6 sanfonadas (10 pacotes de 500)", 2, "CS"),
     ]), note="Portuguese (Brazilian buyer in NJ), bullets, date disambiguated in text")

# ---------------------------------------------------------------- e11 reply correcting an item
mail("e11_northwind_correction", "Dana Whitfield <dana@northwindgoods.com>", US_ORDERS,
     "Tue, 08 Dec 2026 09:40:12 -0600", "RE: PO NW-4471",
     """Sorry, one fix - line 2 should be the 72mm tape, not 48mm. Everything else the same.
So the full order is still PO NW-4471, just swap the tape.

Dana

-----Original Message-----
From: Dana Whitfield <dana@northwindgoods.com>
Sent: Monday, December 7, 2026 4:58 PM
To: orders@lakesidepack.com
Subject: PO NW-4471

Hi, new PO NW-4471:

1. 16x12x8 ECT-32 - 15 bundles @ 24.40
2. Clear hot melt tape 48mm x 100m - 6 cases @ 58.00
3. Poly mailers 12x15.5 - 4 cases @ 52.00

Ship to our warehouse: Northwind Goods Co, 4120 Bluebonnet Dr Suite 200, Austin TX 78745.

Thanks,
Dana
""",
     order("Northwind Goods Co", "NW-4471", None, None, None,
           ship("Northwind Goods Co", "4120 Bluebonnet Dr Suite 200", "Austin", "TX", "78745", "US"), [
         L("BX-161208-32", "16x12x8 ECT-32", 15, "BDL", 24.40),
         L("TP-72100-CL-HM", "Clear hot melt tape 48mm x 100m", 6, "CS", None),
         L("MLR-PM-12155", "Poly mailers 12x15.5", 4, "CS", 52.00),
     ]), note="reply correcting an item in the quoted order (48mm -> 72mm tape; old price no longer valid)")

# ---------------------------------------------------------------- e12 forward
mail("e12_windycity_forward", "Lena Fischer <lena@windycitycandle.com>", US_ORDERS,
     "Tue, 01 Dec 2026 18:02:55 -0600", "Fwd: supplies list for Dec",
     """Hi! Forwarding what Marco needs for the warehouse. Can you send this to the studio address below?
PO is WCC-1201. Thanks - Lena

---------- Forwarded message ---------
From: Marco Ruiz <marco@windycitycandle.com>
Date: Tue, Dec 1, 2026 at 3:44 PM
Subject: supplies list for Dec
To: Lena Fischer <lena@windycitycandle.com>

hey lena, we're out of most stuff. need:
8x8x8 boxes x 6 bundles
12"x12"x12" boxes ECT 44 x 4 bundles
crinkle paper natural x 5 boxes
fragile tape x 1 case
#000 kraft bubble mailers x 2 cases
thx

--
Windy City Candle Co
1847 W Fulton St, Chicago, IL 60612
""",
     order("Windy City Candle Co", "WCC-1201", None, None, None,
           ship("Windy City Candle Co", "1847 W Fulton St", "Chicago", "IL", "60612", "US"), [
         L("BX-080808-32", "8x8x8 boxes", 6, "BDL"),
         L("BX-121212-44", "12\"x12\"x12\" boxes ECT 44", 4, "BDL"),
         L("VF-CRINK-10-NAT", "crinkle paper natural", 5, "BX"),
         L("TP-48100-FRG", "fragile tape", 1, "CS"),
         L("MLR-KB-000", "#000 kraft bubble mailers", 2, "CS"),
     ]), note="forward; quantities after description with 'x'; inch marks in dimensions")

# ---------------------------------------------------------------- e13
mail("e13_blueheron_addon", "Gus Lindqvist <gus@blueheronbakehouse.com>", US_ORDERS,
     "Wed, 02 Dec 2026 07:15:00 -0600", "Re: BH-0931 add-on",
     """Morning - can you add to PO BH-0931 (the one I sent yesterday):

two more bundles of the 12 x 12 x 6 cake boxes... I mean the kraft shipping boxes, 12x12x6
and 1 case of #2 poly bubble mailers

Same delivery. Thanks!
Gus
Blue Heron Bakehouse - 618 Williamson St, Madison WI
""",
     order("Blue Heron Bakehouse", "BH-0931", None, None, None, None, [
         L("BX-121206-32", "kraft shipping boxes, 12x12x6", 2, "BDL"),
         L("MLR-PB-2", "#2 poly bubble mailers", 1, "CS"),
     ]), note="add-on to an earlier PO; self-correcting prose; word quantity")

# ---------------------------------------------------------------- e14 AU
mail("e14_kangaroo_au", "Bec Thornton <orders@kangaroocrate.com.au>", US_ORDERS,
     "Wed, 02 Dec 2026 09:30:00 +1100", "Order KCC-PO-00612",
     """G'day,

Please find our order KCC-PO-00612 below. Prices as quoted in USD ex works Chicago, we'll arrange
the freight forwarder (Toll, ref to follow).

Qty | Item | Description | Unit USD
5 | MLR-PB-4 | Poly bubble mailer #4 9.5x14.5 | 25.17
5 | MLR-PB-6 | Poly bubble mailer #6 12.5x19 | 14.76
10 | LBL-46-250-CS | 4x6 direct thermal, case of 24 rolls | 92.00
2 | PAL-1210-HT | Heat treated pallet 1200x1000 | 21.00

Deliver to forwarder's CFS:
Toll Global Forwarding c/o Kangaroo Crate Co
2401 S Mount Prospect Rd
Des Plaines, IL 60018

Ready date needed 14/12/2026.

Cheers,
Bec Thornton | Operations
Kangaroo Crate Co Pty Ltd | 18 Fennell St, Port Melbourne VIC 3207 | +61 3 5550 1234
""",
     order("Kangaroo Crate Co Pty Ltd", "KCC-PO-00612", None, "2026-12-14", "USD",
           ship("Toll Global Forwarding c/o Kangaroo Crate Co", "2401 S Mount Prospect Rd", "Des Plaines", "IL", "60018", "US"), [
         L("MLR-PB-4", "Poly bubble mailer #4 9.5x14.5", 5, "CS", 25.17),
         L("MLR-PB-6", "Poly bubble mailer #6 12.5x19", 5, "CS", 14.76),
         L("LBL-46-250-CS", "4x6 direct thermal, case of 24 rolls", 10, "CS", 92.00),
         L("PAL-1210-HT", "Heat treated pallet 1200x1000", 2, "EA", 21.00),
     ]), note="Australia, pipe table, DD/MM date, ship to a forwarder not the buyer")

# ---------------------------------------------------------------- e15 NZ
mail("e15_kiwiparcel_nz", "Hemi Walker <hemi.walker@kiwiparcel.co.nz>", US_ORDERS,
     "Thu, 03 Dec 2026 11:02:00 +1300", "PO 20931",
     """Kia ora team,

PO 20931 - please quote freight before dispatch.

50 x rolls 4x6 thermal labels, 1000 per roll on 3" core (LBL-46-1000-3C)
12 x 18 inch stretch film 1500 ft 70 gauge, cases
3 x black poly mailers 10x13 (case 500)

Required 21/12/2026 at our Mangere DC:
Kiwi Parcel Logistics, 27 Westney Rd, Mangere, Auckland 2022

Ngā mihi,
Hemi Walker
Kiwi Parcel Logistics Ltd
""",
     order("Kiwi Parcel Logistics Ltd", "20931", None, "2026-12-21", None,
           ship("Kiwi Parcel Logistics", "27 Westney Rd", "Auckland", None, "2022", "NZ"), [
         L("LBL-46-1000-3C", "rolls 4x6 thermal labels, 1000 per roll on 3\" core (LBL-46-1000-3C)", 50, "RL"),
         L("SF-18-70-1500", "18 inch stretch film 1500 ft 70 gauge, cases", 12, "CS"),
         L("MLR-PM-1013-BLK", "black poly mailers 10x13 (case 500)", 3, "CS"),
     ]), note="New Zealand, 'N x description', SKU in parentheses, DD/MM date")

# ---------------------------------------------------------------- e16 PR
mail("e16_islabonita_pr", "Carmen Ortiz <carmen@cafeislabonita.com>", US_ORDERS,
     "Thu, 03 Dec 2026 10:10:10 -0400", "orden / order CIB-2026-45",
     """Hola / Hi,

Order CIB-2026-45, 12/03/2026:

- 9x6x4 boxes ECT-32: 8 bundles
- 6x6x6 boxes: 4 bundles
- air pillow film 8x4: 3 rolls
- 4x4 thermal labels 250/roll: 10 rolls

Ship via ocean consolidator (Crowley) to:
Café Isla Bonita LLC
1060 Calle Loíza
San Juan, PR 00911

Gracias!
Carmen Ortiz
""",
     order("Café Isla Bonita LLC", "CIB-2026-45", "2026-12-03", None, None,
           ship("Café Isla Bonita LLC", "1060 Calle Loíza", "San Juan", "PR", "00911", "PR"), [
         L("BX-090604-32", "9x6x4 boxes ECT-32", 8, "BDL"),
         L("BX-060606-32", "6x6x6 boxes", 4, "BDL"),
         L("VF-AIR-84-1150", "air pillow film 8x4", 3, "RL"),
         L("LBL-44-250", "4x4 thermal labels 250/roll", 10, "RL"),
     ]), note="Puerto Rico, bilingual greeting, colon quantities after description")

# ---------------------------------------------------------------- e17 bundles vs pieces
mail("e17_junction_pieces", "Owen Park <owen@junctionhopworks.ca>", CA_ORDERS,
     "Fri, 04 Dec 2026 13:33:00 -0500", "box order",
     """Hi Toronto branch,

Need 150 pcs of the 16 x 12 x 12 boxes and 50 pcs 12x12x8 ECT-32. I know they come in bundles of 25
so that should work out even. Also 2 rolls of 5/8" poly strap (6000') and a box of 5/8 buckles.

PO JH-0412. Pickup Thursday.

Owen Park
Junction Hopworks, 2980 Dundas St W, Toronto
416-555-0190
""",
     order("Junction Hopworks", "JH-0412", None, None, None, None, [
         L("BX-161212-32", "16 x 12 x 12 boxes", 150, "EA"),
         L("BX-121208-32", "12x12x8 ECT-32", 50, "EA"),
         L("STR-PP-58-6000", "5/8\" poly strap (6000')", 2, "RL"),
         L("STR-BKL-58", "5/8 buckles", 1, "BX"),
     ]), note="boxes ordered in pieces while sold in bundles of 25 (label keeps pieces as written)")

# ---------------------------------------------------------------- e18 brewery QC French
mail("e18_vieuxport_fr", "Mathieu Gagnon <approvisionnement@brasserievieuxport.qc.ca>", CA_ORDERS,
     "Mon, 07 Dec 2026 08:45:00 -0500", "Bon de commande BVP-0098",
     """Bonjour à l'équipe de Toronto,

Voici notre bon de commande BVP-0098 du 7 décembre 2026.

Article                                         Qté    Prix unitaire
Film étirable 18 po x 1500 pi, 80 calibre       1 palette   3 990,00 $
Boîtes 16 x 12 x 8 po ECT-44                    10 paquets     32,21 $
Feuillards polyester (PET) 1/2 po x 6500 pi     4 rouleaux     72,00 $
Sceaux métalliques 1/2 po                       1 boîte        41,00 $

Prix en dollars canadiens. Livraison au quai de la brasserie, 155, rue Saint-Paul, Québec (Québec) G1K 3W2,
au plus tard le 16 décembre.

Merci,
Mathieu Gagnon
Approvisionnement - Brasserie du Vieux-Port
418 555-0110
""",
     order("Brasserie du Vieux-Port", "BVP-0098", "2026-12-07", "2026-12-16", "CAD",
           ship("Brasserie du Vieux-Port", "155, rue Saint-Paul", "Québec", "QC", "G1K 3W2", "CA"), [
         L("SF-18-80-1500-PLT", "Film étirable 18 po x 1500 pi, 80 calibre", 1, "PLT", 3990.00),
         L("BX-161208-44", "Boîtes 16 x 12 x 8 po ECT-44", 10, "BDL", 32.21),
         L("STR-PET-12-6500", "Feuillards polyester (PET) 1/2 po x 6500 pi", 4, "RL", 72.00),
         L("STR-SEAL-12", "Sceaux métalliques 1/2 po", 1, "BX", 41.00),
     ]), note="French, pallet quantity of film, French number format 3 990,00 $, date without year")

# ---------------------------------------------------------------- e19 Spanish, brewery plain
mail("e19_sierramadre_es", "Luis Treviño <ltrevino@cerveceriasierramadre.mx>", US_ORDERS,
     "Mon, 30 Nov 2026 17:12:00 -0600", "pedido urgente",
     """Hola Lakeside,

Necesitamos urgente para el lunes:
- una tarima de cajas 18x18x18 ECT-32 (la tarima completa de 300)
- 10 rollos de fleje de polipropileno 1/2" x 9000 pies
- 2 cajas de grapas/hebillas de alambre 1/2"
- 20 tarimas de madera 48x40 grado B

Orden de compra: SM-1130-02

Enviar a la planta: Calle Río Nazas 410, Col. Del Valle, San Pedro Garza García... perdón, es Monterrey, NL 64620.

Luis Treviño
Jefe de Compras, Cervecería Sierra Madre
""",
     order("Cervecería Sierra Madre", "SM-1130-02", None, None, None,
           ship("Cervecería Sierra Madre", "Calle Río Nazas 410", "Monterrey", "NL", "64620", "MX"), [
         L("BX-181818-32-PLT", "cajas 18x18x18 ECT-32 (la tarima completa de 300)", 1, "PLT"),
         L("STR-PP-12-9000", "rollos de fleje de polipropileno 1/2\" x 9000 pies", 10, "RL"),
         L("STR-BKL-12", "grapas/hebillas de alambre 1/2\"", 2, "BX"),
         L("PAL-4840-B", "tarimas de madera 48x40 grado B", 20, "EA"),
     ]), note="Spanish, 'una tarima de' (a pallet of), relative date only (no requested_date), 'tarima' used for both the pallet quantity and wood pallets")

# ---------------------------------------------------------------- e20 UNKNOWN sender brewery Houston
mail("e20_gulfcoast_unknown", "Tony Reyes <tony@gulfcoastgrowlers.com>", US_ORDERS,
     "Tue, 01 Dec 2026 13:00:00 -0600", "new customer - first order",
     """Hi there,

We're a small brewery in Houston and found you online. We'd like to place a first order, happy to pay
by card:

(2) bundles 12 x 12 x 12 in double wall boxes
(1) case 3" clear packing tape, 110 yd
(3) 18" stretch film 80ga 1500ft cases
(1) tape gun for 3" tape

Ship to:
Gulf Coast Growlers
5120 Navigation Blvd
Houston, TX 77011

Tony Reyes, Owner
Gulf Coast Growlers | 713-555-0134
""",
     order("Gulf Coast Growlers", None, None, None, None,
           ship("Gulf Coast Growlers", "5120 Navigation Blvd", "Houston", "TX", "77011", "US"), [
         L("BX-121212-DW", "bundles 12 x 12 x 12 in double wall boxes", 2, "BDL"),
         L("TP-72110Y-CL-HM", "case 3\" clear packing tape, 110 yd", 1, "CS"),
         L("SF-18-80-1500", "18\" stretch film 80ga 1500ft cases", 3, "CS"),
         L("TD-3IN-PG", "tape gun for 3\" tape", 1, "EA"),
     ]), note="unknown sender (not in customers.csv), quantities in parentheses", unknown=True)

# ---------------------------------------------------------------- e21 3PL terse SKU only
mail("e21_lakeshore_skus", "Marcus Oyelaran <purchasing@lakeshore3pl.com>", US_ORDERS,
     "Thu, 03 Dec 2026 15:45:00 -0600", "PO LF-88240",
     """PO LF-88240, ship to DC1 (Joliet) asap

BX-121212-32 x 30
BX-141414-32 x 10
TP-48100-CL-HM x 20
MLR-PM-1924 x 6
VF-AIR-88-1150 x 12

Marcus
""",
     order("Lakeshore Fulfillment LLC", "LF-88240", None, None, None, None, [
         L("BX-121212-32", "BX-121212-32", 30, "BDL"),
         L("BX-141414-32", "BX-141414-32", 10, "BDL"),
         L("TP-48100-CL-HM", "TP-48100-CL-HM", 20, "CS"),
         L("MLR-PM-1924", "MLR-PM-1924", 6, "CS"),
         L("VF-AIR-88-1150", "VF-AIR-88-1150", 12, "RL"),
     ]), note="SKU-only lines, 'SKU x qty', ship-to named only by nickname (label null)")

# ---------------------------------------------------------------- e22 print shop, prices with $ and mixed units
mail("e22_prairie_mixed", "Tom Kowalczyk <tom.k@prairieprintworks.com>", US_ORDERS,
     "Mon, 07 Dec 2026 16:30:00 -0600", "PO 5534 - rush for poster job",
     """Need these for a poster run going out 12/10:

PO 5534
- 24 rolls honeycomb wrap 15" x 500' ....... $34.00/roll
- Kraft paper 30" x 1200' 30# ............... qty 4 @ $58.00
- Tape 48mm x 100m clear acrylic, 3 cases ... $49.50/cs
- 1 tape gun 2"

Deliver to shop dock (alley entrance), 2235 S Halsted St, Chicago 60608.

Tom
""",
     order("Prairie Print Works", "5534", None, "2026-12-10", "USD",
           {"street": "2235 S Halsted St", "city": "Chicago", "postal_code": "60608", "country": "US"}, [
         L("VF-HONEY-15-500", "rolls honeycomb wrap 15\" x 500'", 24, "RL", 34.00),
         L("VF-KRAFT-30-1200", "Kraft paper 30\" x 1200' 30#", 4, "RL", 58.00),
         L("TP-48100-CL-AC", "Tape 48mm x 100m clear acrylic", 3, "CS", 49.50),
         L("TD-2IN-PG", "tape gun 2\"", 1, "EA"),
     ]), note="dot leaders, prices per unit with $, quantity in various positions")

# ---------------------------------------------------------------- e23 QC french second
mail("e23_fournil_fr_reply", "Sophie Tremblay <commandes@fournildore.ca>", CA_ORDERS,
     "Thu, 03 Dec 2026 07:02:11 -0500", "RE: Commande - boîtes et rubans",
     """Bonjour,

Petite correction pour la commande FD-2026-118 : au lieu des étiquettes 4x6 en rouleau, envoyez-nous
plutôt 1 caisse d'étiquettes 4x6 en paravent (10 paquets de 500). Le reste ne change pas.

Merci!
Sophie

> De : Sophie Tremblay <commandes@fournildore.ca>
> Envoyé : 2 décembre 2026 06:31
> Objet : Commande - boîtes et rubans
>
> Bonjour,
>
> J'aimerais passer la commande suivante, bon de commande FD-2026-118 :
>
> - 4 paquets de boîtes 30x30x30 cm, carton simple cannelure ECT-32 (paquets de 25)
> - 2 boîtes de papier frisé blanc, 10 lb
> - 6 rouleaux d'étiquettes thermiques 4x6 (250 par rouleau)
> - 1 caisse de ruban adhésif brun 48 mm x 100 m, acrylique
>
> Livraison souhaitée le 10 décembre 2026 à la boulangerie, avant 10 h si possible.
""",
     order("Boulangerie Le Fournil Doré", "FD-2026-118", None, "2026-12-10", None, None, [
         L("BX-121212-32", "boîtes 30x30x30 cm, carton simple cannelure ECT-32 (paquets de 25)", 4, "BDL"),
         L("VF-CRINK-10-WHT", "papier frisé blanc, 10 lb", 2, "BX"),
         L("LBL-46-500-FF-CS", "étiquettes 4x6 en paravent (10 paquets de 500)", 1, "CS"),
         L("TP-48100-TN-AC", "ruban adhésif brun 48 mm x 100 m, acrylique", 1, "CS"),
     ]), note="French reply replacing one line of the quoted order (roll labels -> fanfold case)")

# ---------------------------------------------------------------- e24 Portuguese Miami
mail("e24_lojaipe_pt", "Juliana Costa <juliana@lojaipe.com>", US_ORDERS,
     "Wed, 02 Dec 2026 14:14:14 -0500", "pedido dezembro - PC 0457",
     """Boa tarde!

Pedido de compra PC 0457, data 02/12/2026.

Qtd   Unid   Produto                                        Preço
 3    cx     Envelope plástico (poly mailer) 14,5x19, cx 250   US$ 41,00
 6    cx     Envelope plástico 7,5x10,5, cx 1000               US$ 46,00
 2    pct    Caixa 12x9x4 branca (fardo 25)                    US$ 15,20
 4    rl     Plástico bolha 1/2" x 24" x 125'                  US$ 38,00

Endereço de entrega: Loja Ipê Importados, 3401 NW 72nd Ave Bay 7, Miami FL 33122.

Abraços,
Juliana Costa
Loja Ipê Importados LLC
""",
     order("Loja Ipê Importados LLC", "PC 0457", "2026-12-02", None, "USD",
           ship("Loja Ipê Importados", "3401 NW 72nd Ave Bay 7", "Miami", "FL", "33122", "US"), [
         L("MLR-PM-14519", "Envelope plástico (poly mailer) 14,5x19, cx 250", 3, "CS", 41.00),
         L("MLR-PM-75105", "Envelope plástico 7,5x10,5, cx 1000", 6, "CS", 46.00),
         L("BX-120904-32W", "Caixa 12x9x4 branca (fardo 25)", 2, "BDL", 15.20),
         L("BW-12-24-125", "Plástico bolha 1/2\" x 24\" x 125'", 4, "RL", 38.00),
     ]), note="Portuguese, decimal commas in sizes and prices, DD/MM date, unit column")

# ---------------------------------------------------------------- e25 UNKNOWN NZ bakery
mail("e25_tui_unknown_nz", "Aroha Ngata <aroha@tuibakery.co.nz>", US_ORDERS,
     "Fri, 04 Dec 2026 10:00:00 +1300", "Order for boxes and mailers",
     """Hi,

Wellington bakery here - a friend at Kiwi Parcel recommended you. Could we order:

* 30x30x30 cm boxes, 200# test, 6 bundles
* 25x25x25 cm boxes, ECT-32, 4 bundles
* poly bubble mailers #000, 1 case

Our PO is TB-118. Delivery to 14 Cuba St, Te Aro, Wellington 6011, New Zealand.
Please invoice in NZD if you can, otherwise USD is fine.

Thanks heaps,
Aroha Ngata
Tui Bakery Ltd
""",
     order("Tui Bakery Ltd", "TB-118", None, None, None,
           ship("Tui Bakery Ltd", "14 Cuba St", "Wellington", None, "6011", "NZ"), [
         L("BX-121212-200", "30x30x30 cm boxes, 200# test", 6, "BDL"),
         L("BX-101010-32", "25x25x25 cm boxes, ECT-32", 4, "BDL"),
         L("MLR-PB-000", "poly bubble mailers #000", 1, "CS"),
     ]), note="unknown sender, metric sizes -> nearest inch boxes (30 cm -> 12 in, 25 cm -> 10 in)",
     unknown=True)

# ---------------------------------------------------------------- e26 Spanish unknown print shop
mail("e26_tallergrafico_unknown_es", "Diego Márquez <diego@tallergraficooax.mx>", US_ORDERS,
     "Mon, 07 Dec 2026 11:11:00 -0600", "Cotización aceptada - pedido",
     """Buen día,

Aceptamos su cotización Q-26-3402. Favor de surtir el siguiente pedido (OC 0091):

1. Cajas troqueladas (mailer) 9x6x2 kraft - 10 paquetes de 50 - $14.60 c/u
2. Cajas troqueladas (mailer) 10x8x4 blancas - 4 paquetes - $24.57 c/u
3. Esquineros 3x3x36" - 1 paquete - $31.00
4. Marcadores permanentes negros - 2 cajas - $9.60

Entregar en: Taller Gráfico Oaxaca, Calle Colima 145, Col. Roma Norte, Cuauhtémoc, CDMX 06700.
Fecha de entrega: 18/12/2026.

Atentamente,
Diego Márquez
Taller Gráfico Oaxaca
""",
     order("Taller Gráfico Oaxaca", "0091", None, "2026-12-18", None,
           {"name": "Taller Gráfico Oaxaca", "street": "Calle Colima 145", "region": "CDMX", "postal_code": "06700", "country": "MX"}, [
         L("MB-090602-K", "Cajas troqueladas (mailer) 9x6x2 kraft", 10, "BDL", 14.60),
         L("MB-100804-W", "Cajas troqueladas (mailer) 10x8x4 blancas", 4, "BDL", 24.57),
         L("PAL-CB-3-36", "Esquineros 3x3x36\"", 1, "BDL", 31.00),
         L("MISC-MARKER-BK", "Marcadores permanentes negros", 2, "BX", 9.60),
     ]), note="unknown sender, Spanish, quote reference vs PO number, '$' ambiguous (currency null)", unknown=True)

# ---------------------------------------------------------------- e27 3PL Mississauga reply-with-change
mail("e27_mapleleaf_change_qty", "Priya Sharma <priya.sharma@mapleleaf3pl.ca>", CA_ORDERS,
     "Wed, 02 Dec 2026 10:20:00 -0500", "RE: Purchase Order 4500019927",
     """Hi,

Please amend PO 4500019927: line 030 (48mm clear tape) qty goes from 25 to 40 cases. Line 040 labels
cancelled - we'll order those separately. All other lines unchanged.

Thanks,
Priya Sharma | Inventory Planner | Maple Leaf Fulfilment Inc

> Purchase Order 4500019927      Date 2026-12-01      Currency CAD
> Itm  Material     Description                         Qty      UoM   Net Price
> 010  PKG-0044     BOX 16X12X8 ECT44 SW                   20    BDL      43.10
> 020  PKG-0101     TAPE 72MM X 100M CLR HM                15    CS       79.90
> 030  PKG-0102     TAPE 48MM X 100M CLR HM                25    CS       75.50
> 040  PKG-0210     LABEL 4X6 DT 250/RL 1"CORE             48    RL        5.60
> 050  PKG-0300     FILM STRETCH 18" 80G 1500FT            10    CS      112.00
> Delivery date: 2026-12-08
""",
     order("Maple Leaf Fulfilment Inc", "4500019927", "2026-12-01", "2026-12-08", "CAD", None, [
         L("BX-161208-44", "BOX 16X12X8 ECT44 SW", 20, "BDL", 43.10, "PKG-0044"),
         L("TP-72100-CL-HM", "TAPE 72MM X 100M CLR HM", 15, "CS", 79.90, "PKG-0101"),
         L("TP-48100-CL-HM", "TAPE 48MM X 100M CLR HM", 40, "CS", 75.50, "PKG-0102"),
         L("SF-18-80-1500", "FILM STRETCH 18\" 80G 1500FT", 10, "CS", 112.00, "PKG-0300"),
     ]), note="amendment: quantity change + cancelled line against quoted ERP PO")

# ---------------------------------------------------------------- e28 chatty bakery, descriptions only
mail("e28_blueheron_chatty", "Gus Lindqvist <gus@blueheronbakehouse.com>", US_ORDERS,
     "Tue, 01 Dec 2026 06:05:00 -0600", "holiday order!!",
     """Hi friends!!

Holiday cookie tin season is upon us :) Here's what I think we need, PO BH-0931:

Twelve bundles of the 12 x 12 x 12 in boxes, the cheaper 200# ones are fine
Three bags of white peanuts, the big 20 cubic foot bags
A case of the 2" tan tape (the 100m hot melt kind, not the yard one)
Two rolls of the wide bubble - 1/2" bubble, 48" x 250'

Could it come by 12/09? Our back lot is on Few St.

Gus
Blue Heron Bakehouse
618 Williamson St, Madison WI 53703 | 608-555-0112
""",
     order("Blue Heron Bakehouse", "BH-0931", None, "2026-12-09", None, None, [
         L("BX-121212-200", "the 12 x 12 x 12 in boxes, the cheaper 200# ones are fine", 12, "BDL"),
         L("VF-PNUT-20-W", "white peanuts, the big 20 cubic foot bags", 3, "BG"),
         L("TP-48100-TN-HM", "2\" tan tape (the 100m hot melt kind, not the yard one)", 1, "CS"),
         L("BW-12-48-250", "1/2\" bubble, 48\" x 250'", 2, "RL"),
     ]), note="word quantities everywhere, disambiguating prose (100m vs 110 yd)")

# ---------------------------------------------------------------- e29 ecommerce, HTML-ish table pasted as fixed cols
mail("e29_windycity_shopify", "Lena Fischer <lena@windycitycandle.com>", US_ORDERS,
     "Sat, 05 Dec 2026 20:40:00 -0600", "restock + question",
     """Hi Lakeside,

Restock please (PO WCC-1205):

Item                               Qty    Notes
Mailer box 9x6x2 white             8      bundles of 50
Mailer box 10x8x4 white            4
Crinkle paper white 10lb           3
LBL-2312-1000                      5      for the jar labels

Also - do you carry recyclable paper mailers? Not ordering, just curious.

Ship to the studio like always.

Lena Fischer
Windy City Candle Co
""",
     order("Windy City Candle Co", "WCC-1205", None, None, None, None, [
         L("MB-090602-W", "Mailer box 9x6x2 white", 8, "BDL"),
         L("MB-100804-W", "Mailer box 10x8x4 white", 4, "BDL"),
         L("VF-CRINK-10-WHT", "Crinkle paper white 10lb", 3, "BX"),
         L("LBL-2312-1000", "LBL-2312-1000", 5, "RL"),
     ]), note="space-aligned table, notes column, question in same mail, 'ship to like always' (no address)")

# ---------------------------------------------------------------- e30 AU print shop
mail("e30_southerncross_au", "Liam O'Connell <purchasing@southerncrossprint.com.au>", US_ORDERS,
     "Mon, 07 Dec 2026 08:00:00 +1000", "PO SCP-40112",
     """Hi,

PO SCP-40112 (order date 7/12/2026)

Corrugated 24 x 18 x 18 single wall ..... 6 bdl
Corrugated 20 x 20 x 20 double wall ..... 3 bdl
Pallet top sheets 48x40 ..................... 1 bdl
Stretch film hand dispenser ................... 2

All up in USD per quote 3417. Deliver to our Chicago consolidator:
OzLink Freight, 900 Nicholas Blvd, Elk Grove Village IL 60007.

Regards,
Liam O'Connell
Southern Cross Print Pty Ltd
42 Ipswich Rd, Woolloongabba QLD 4102
""",
     order("Southern Cross Print Pty Ltd", "SCP-40112", "2026-12-07", None, "USD",
           ship("OzLink Freight", "900 Nicholas Blvd", "Elk Grove Village", "IL", "60007", "US"), [
         L("BX-241818-32", "Corrugated 24 x 18 x 18 single wall", 6, "BDL"),
         L("BX-202020-DW", "Corrugated 20 x 20 x 20 double wall", 3, "BDL"),
         L("PAL-TOP-4840", "Pallet top sheets 48x40", 1, "BDL"),
         L("SF-DISP-18", "Stretch film hand dispenser", 2, "EA"),
     ]), note="Australia D/MM/YYYY date, dot leaders, qty after description, currency stated without prices")

# ---------------------------------------------------------------- e31 Portuguese second Ironbound
mail("e31_ironbound_pt_tabs", "Rafael Menezes <compras@ironboundfulfillment.com>", US_ORDERS,
     "Fri, 04 Dec 2026 09:09:00 -0500", "PO IF-3325 reposição",
     """Bom dia,

Reposição semanal, pedido IF-3325. Colei da nossa planilha:

Código\tDescrição\tQtd\tUn\tPreço
IF-EMB-07\tCaixa 14x14x14 ECT-44\t15\tfardo\t41,18
IF-EMB-11\tMailer kraft bolha #5 10,5x16\t6\tcx\t24,86
IF-EMB-12\tMailer kraft bolha #7\t4\tcx\t14,41
IF-EMB-20\tBobina papel kraft 24" 50 lb\t5\trl\t61,00

Valores em dólar (USD). Entrega no galpão de sempre, até 11/12.

Rafael
""",
     order("Ironbound Fulfillment LLC", "IF-3325", None, "2026-12-11", "USD", None, [
         L("BX-141414-44", "Caixa 14x14x14 ECT-44", 15, "BDL", 41.18, "IF-EMB-07"),
         L("MLR-KB-5", "Mailer kraft bolha #5 10,5x16", 6, "CS", 24.86, "IF-EMB-11"),
         L("MLR-KB-7", "Mailer kraft bolha #7", 4, "CS", 14.41, "IF-EMB-12"),
         L("VF-KRAFT-24-1000-50", "Bobina papel kraft 24\" 50 lb", 5, "RL", 61.00, "IF-EMB-20"),
     ]), note="Portuguese, tab table with buyer codes, decimal commas, DD/MM date without year (11/12 = Dec 11)")

# ---------------------------------------------------------------- e32 3PL Mexico English-Spanish mix short
mail("e32_colibri_es_short", "Andrea Salcedo <compras@tiendacolibri.mx>", US_ORDERS,
     "Fri, 04 Dec 2026 18:30:00 -0600", "Re: Pedido OC-7734",
     """Hola de nuevo,

Agreguen por favor a la OC-7734 lo siguiente:
- 2 cajas de cinta transparente 72 mm x 100 m, acrílica
- 1 rollo de película para paletizar de máquina 20" x 5000'

Mismo envío. Gracias.

Andrea

El mar, 1 dic 2026 a las 12:14, Andrea Salcedo <compras@tiendacolibri.mx> escribió:
> Buenas tardes,
> Les envío nuestra orden de compra OC-7734 con fecha 01/12/2026:
> Cant.  Descripción                                   Precio unit. (USD)
>   8    Sobres de burbuja kraft #0 (6x10), caja 250          37.40
""",
     order("Tienda Colibrí S.A. de C.V.", "OC-7734", None, None, None, None, [
         L("TP-72100-CL-AC", "cinta transparente 72 mm x 100 m, acrílica", 2, "CS"),
         L("SF-20-80-5000M", "película para paletizar de máquina 20\" x 5000'", 1, "RL"),
     ]), note="Spanish add-on to an earlier PO; quoted original must not be re-ordered")

# ---------------------------------------------------------------- e33 French unknown Sherbrooke e-comm
mail("e33_boreal_unknown_fr", "Camille Bouchard <camille@atelierpapierboreal.ca>", CA_ORDERS,
     "Sat, 05 Dec 2026 14:00:00 -0500", "Première commande",
     """Bonjour,

Nous sommes une petite boutique en ligne de papeterie à Sherbrooke. J'aimerais commander :

- Enveloppes matelassées kraft #1 (7,25 x 12 po), 3 caisses
- Enveloppes matelassées kraft #3, 2 caisses
- Boîtes 12 x 9 x 4 po brunes, 5 paquets
- Ruban adhésif transparent 48 mm x 50 m, 1 caisse

Adresse de livraison : Atelier Papier Boréal, 220, rue King Ouest, local 3, Sherbrooke (Québec) J1H 1P8.
Notre numéro de commande : APB-001. Paiement par carte de crédit.

Merci beaucoup,
Camille Bouchard
""",
     order("Atelier Papier Boréal", "APB-001", None, None, None,
           ship("Atelier Papier Boréal", "220, rue King Ouest, local 3", "Sherbrooke", "QC", "J1H 1P8", "CA"), [
         L("MLR-KB-1", "Enveloppes matelassées kraft #1 (7,25 x 12 po)", 3, "CS"),
         L("MLR-KB-3", "Enveloppes matelassées kraft #3", 2, "CS"),
         L("BX-120904-32", "Boîtes 12 x 9 x 4 po brunes", 5, "BDL"),
         L("TP-48050-CL-HM", "Ruban adhésif transparent 48 mm x 50 m", 1, "CS"),
     ]), note="unknown sender, French, quantity after description", unknown=True)

# ---------------------------------------------------------------- e34 museum small reorder
mail("e34_museum_short", "Eleanor Vance <procurement@lakefrontmuseum.org>", US_ORDERS,
     "Mon, 07 Dec 2026 13:13:00 -0600", "PO LMNH-27-00431",
     """Hello,

PO LMNH-27-00431, please deliver to Lakefront Museum - Receiving Dock B by 12/22/2026:

Qty 3 - Foam roll 1/16" x 24" x 550' @ 31.00
Qty 2 - Plastic pallet 48x40 nestable @ 48.00
Qty 1 - Strapping cart @ 139.00
Qty 1 - Poly strap tensioner @ 64.00
Qty 1 - Poly strap sealer 1/2" @ 58.00

Thank you,
Eleanor Vance | Procurement Officer | Lakefront Museum of Natural History
1400 S Lake Shore Dr, Chicago, IL 60605
""",
     order("Lakefront Museum of Natural History", "LMNH-27-00431", None, "2026-12-22", None,
           ship("Lakefront Museum - Receiving Dock B", "1400 S Lake Shore Dr", "Chicago", "IL", "60605", "US"), [
         L("FOAM-116-24-550", "Foam roll 1/16\" x 24\" x 550'", 3, "RL", 31.00),
         L("PAL-4840-PL", "Plastic pallet 48x40 nestable", 2, "EA", 48.00),
         L("STR-CART", "Strapping cart", 1, "EA", 139.00),
         L("STR-TOOL-TEN", "Poly strap tensioner", 1, "EA", 64.00),
         L("STR-TOOL-SEAL", "Poly strap sealer 1/2\"", 1, "EA", 58.00),
     ]), note="'Qty N - description @ price' lines; dock named, street in signature")

# ---------------------------------------------------------------- e35 Toronto brewery correction of size
mail("e35_junction_correction", "Owen Park <owen@junctionhopworks.ca>", CA_ORDERS,
     "Mon, 07 Dec 2026 09:50:00 -0500", "Re: box order - correction",
     """Scratch the 12x12x8 - should have been 12 x 12 x 10. Same 50 pcs. Rest of JH-0412 stands.

Owen

On Fri, Dec 4, 2026 at 1:33 PM Owen Park <owen@junctionhopworks.ca> wrote:
> Hi Toronto branch,
>
> Need 150 pcs of the 16 x 12 x 12 boxes and 50 pcs 12x12x8 ECT-32. I know they come in bundles of 25
> so that should work out even. Also 2 rolls of 5/8" poly strap (6000') and a box of 5/8 buckles.
>
> PO JH-0412. Pickup Thursday.
""",
     order("Junction Hopworks", "JH-0412", None, None, None, None, [
         L("BX-161212-32", "16 x 12 x 12 boxes", 150, "EA"),
         L("BX-121210-32", "12 x 12 x 10", 50, "EA"),
         L("STR-PP-58-6000", "5/8\" poly strap (6000')", 2, "RL"),
         L("STR-BKL-58", "5/8 buckles", 1, "BX"),
     ]), note="correction reply swapping a box size in quoted order; pieces of bundled item")

# ---------------------------------------------------------------- e36 Portuguese unknown bakery
mail("e36_paodequeijo_unknown_pt", "Fernanda Lima <fernanda@paodequeijodavila.com>", US_ORDERS,
     "Thu, 03 Dec 2026 08:20:00 -0500", "Orçamento virou pedido :)",
     """Oi pessoal,

Pode fechar o pedido conforme conversamos por telefone:

dez (10) fardos de caixas 8x8x8
cinco (5) caixas de etiquetas 4x6 em rolo, 24 rolos por caixa
um (1) rolo de papel kraft 15"
duas (2) caixas de saco zip 6x9 4 mil

Número do pedido: PQV-77. Entregar na padaria: 512 Waverly St, Framingham MA 01702.

Beijos,
Fernanda Lima
Pão de Queijo da Vila
(508) 555-0183
""",
     order("Pão de Queijo da Vila", "PQV-77", None, None, None,
           ship("Pão de Queijo da Vila", "512 Waverly St", "Framingham", "MA", "01702", "US"), [
         L("BX-080808-32", "fardos de caixas 8x8x8", 10, "BDL"),
         L("LBL-46-250-CS", "caixas de etiquetas 4x6 em rolo, 24 rolos por caixa", 5, "CS"),
         L("VF-KRAFT-15-1200", "rolo de papel kraft 15\"", 1, "RL"),
         L("PB-0609-4", "caixas de saco zip 6x9 4 mil", 2, "CS"),
     ]), note="unknown sender, Portuguese, number words with digits in parentheses", unknown=True)

# ---------------------------------------------------------------- e37 ecommerce gloves + misc, price list
mail("e37_northwind_bulleted", "Dana Whitfield <dana@northwindgoods.com>", US_ORDERS,
     "Wed, 02 Dec 2026 11:11:11 -0600", "NW-4466",
     """PO NW-4466 - order date 12/02/2026 - need by 12/08/2026

* 6 cs - #6 kraft bubble mailers - $13.42
* 2 cs - poly bags 9x10 2 mil - $37.00
* 12 - box cutters - $2.75
* 1 pk - gloves L - $22.00
* 4 rl - pink anti-static bubble 12" - $27.50

Dana Whitfield | Northwind Goods Co | 4120 Bluebonnet Dr Suite 200, Austin TX 78745 | 512-555-0161
""",
     order("Northwind Goods Co", "NW-4466", "2026-12-02", "2026-12-08", "USD", None, [
         L("MLR-KB-6", "#6 kraft bubble mailers", 6, "CS", 13.42),
         L("PB-0910-2", "poly bags 9x10 2 mil", 2, "CS", 37.00),
         L("MISC-CUTTER", "box cutters", 12, "EA", 2.75),
         L("MISC-GLOVES-L", "gloves L", 1, "PK", 22.00),
         L("BW-316-12-175-AS", "pink anti-static bubble 12\"", 4, "RL", 27.50),
     ]), note="bulleted 'qty uom - desc - price', both MM/DD dates")

# ---------------------------------------------------------------- e38 Laval print shop French short, 110 vs 100
mail("e38_laurentienne_fr", "Julie Roy <achats@imprimerielaurentienne.com>", CA_ORDERS,
     "Fri, 04 Dec 2026 15:15:00 -0500", "Commande IL-24417",
     """Bonjour,

Commande IL-24417 SVP :

3 x ruban 3 po (72 mm) x 110 verges, transparent
2 x ruban 72 mm x 100 m transparent, hot melt
10 x paquets de papier journal vierge 24x36 (50 lb)
1 x ruban gommé kraft 72 mm

Livraison à l'usine, 2900 boul. Industriel, Laval H7L 4R9. Date requise : 2026-12-11.

Julie Roy
Acheteuse, Imprimerie Laurentienne inc.
""",
     order("Imprimerie Laurentienne inc.", "IL-24417", None, "2026-12-11", None,
           ship("Imprimerie Laurentienne inc.", "2900 boul. Industriel", "Laval", "QC", "H7L 4R9", "CA"), [
         L("TP-72110Y-CL-HM", "ruban 3 po (72 mm) x 110 verges, transparent", 3, "CS"),
         L("TP-72100-CL-HM", "ruban 72 mm x 100 m transparent, hot melt", 2, "CS"),
         L("VF-NEWS-24-50", "papier journal vierge 24x36 (50 lb)", 10, "BDL"),
         L("WAT-72-GUM", "ruban gommé kraft 72 mm", 1, "CS"),
     ]), note="French, 'N x desc', near-duplicate tapes 110 yd vs 100 m (metric vs yards), gummed tape")

# ---------------------------------------------------------------- e39 Kiwi Parcel typo fix in same mail
mail("e39_kiwiparcel_strapping", "Hemi Walker <hemi.walker@kiwiparcel.co.nz>", US_ORDERS,
     "Mon, 07 Dec 2026 12:30:00 +1300", "PO 20944 strapping",
     """Kia ora,

PO 20944:
- PET strapping 5/8" x 4000' x 6 rolls
- 5/8" wire buckles x 2 boxes
- Edge boards 2x2x48 x 4 bundles

Same address as PO 20931 (Mangere). Not urgent - anytime in January is fine.

Cheers
Hemi
""",
     order("Kiwi Parcel Logistics Ltd", "20944", None, None, None, None, [
         L("STR-PET-58-4000", "PET strapping 5/8\" x 4000'", 6, "RL"),
         L("STR-BKL-58", "5/8\" wire buckles", 2, "BX"),
         L("PAL-CB-2-48", "Edge boards 2x2x48", 4, "BDL"),
     ]), note="period instead of a date (requested_date null), 'x qty' after description with x inside dimensions")

# ---------------------------------------------------------------- e40 bakery evanston with carry-over
mail("e40_crumb_mixed_units", "Priya Nand <priya@crumbandco.com>", US_ORDERS,
     "Mon, 07 Dec 2026 17:45:00 -0600", "order for Thursday",
     """Hi again! PO# CC-1214

- 50 boxes 12x12x8 ECT-32 (so 2 bundles)
- 8x8x8 - one bundle
- 3 stacks of the 4x6 fanfold labels
- 2 rolls 8x8 air pillows

Thursday delivery pls!
Priya
""",
     order("Crumb & Co Bakery", "CC-1214", None, None, None, None, [
         L("BX-121208-32", "boxes 12x12x8 ECT-32 (so 2 bundles)", 2, "BDL"),
         L("BX-080808-32", "8x8x8", 1, "BDL"),
         L("LBL-46-500-FF", "4x6 fanfold labels", 3, "PK"),
         L("VF-AIR-88-1150", "8x8 air pillows", 2, "RL"),
     ]), note="pieces restated as bundles by the buyer (clerk keys 2 BDL), weekday-only date")

# ---------------------------------------------------------------- e41 Monterrey 3PL email (Spanish), pieces
mail("e41_bajio_es", "Karla Hernández <khernandez@logisticabajio.com.mx>", US_ORDERS,
     "Thu, 03 Dec 2026 09:00:00 -0600", "Requisición REQ-5520",
     """Estimados,

Les solicito lo siguiente para el CEDIS (Requisición REQ-5520, fecha 03/12/2026):

Cajas 12" x 12" x 12" de doble corrugado ........ 100 piezas
Cajas 16" x 16" x 16" de doble corrugado ........ 50 piezas
Película estirable negra 18" x 1500' 80 ga ...... 5 cajas
Etiquetas transferencia térmica 4x6.25 .......... 20 rollos
Cinta de transferencia (ribbon) 110 mm x 74 m ... 2 cajas

Entrega: Logística Bajío - CEDIS, Carretera 57 Km 12.5, Querétaro, Qro. 76220.

Saludos,
Karla Hernández
Compras - Logística Bajío S.A. de C.V.
""",
     order("Logística Bajío S.A. de C.V.", "REQ-5520", "2026-12-03", None, None,
           ship("Logística Bajío - CEDIS", "Carretera 57 Km 12.5", "Querétaro", "QRO", "76220", "MX"), [
         L("BX-121212-DW", "Cajas 12\" x 12\" x 12\" de doble corrugado", 100, "EA"),
         L("BX-161616-DW", "Cajas 16\" x 16\" x 16\" de doble corrugado", 50, "EA"),
         L("SF-18-80-1500-BK", "Película estirable negra 18\" x 1500' 80 ga", 5, "CS"),
         L("LBL-4625-TT", "Etiquetas transferencia térmica 4x6.25", 20, "RL"),
         L("RIB-110-74", "Cinta de transferencia (ribbon) 110 mm x 74 m", 2, "BX"),
     ]), note="Spanish, pieces of bundled boxes, dot leaders with qty after, requisition number as PO")

# ---------------------------------------------------------------- e42 Quebec brewery sans prix, 'a pallet of' pallets
mail("e42_rustyanchor_pallets", "Jake Brandt <jake@rustyanchorbrew.com>", US_ORDERS,
     "Tue, 08 Dec 2026 07:30:00 -0600", "pallets",
     """Yo - can you throw 25 of the grade A 48x40s on our next delivery? And a pallet of 16x12x8 single
wall (the 750 one). PO RAB-2212 for both. Dock's open 6-2.

Jake
Sent from my iPhone
""",
     order("Rusty Anchor Brewing Co", "RAB-2212", None, None, None, None, [
         L("PAL-4840-A", "grade A 48x40s", 25, "EA"),
         L("BX-161208-32-PLT", "16x12x8 single wall (the 750 one)", 1, "PLT"),
     ]), note="wood pallets as goods vs 'a pallet of' boxes in the same mail")

# ================================================================ NOT ORDERS
mail("n01_rfq_museum", "Eleanor Vance <procurement@lakefrontmuseum.org>", US_ORDERS,
     "Fri, 04 Dec 2026 10:00:00 -0600", "RFQ 2027-006 - crate packing materials",
     """Hello,

The Museum is requesting quotations (RFQ 2027-006) for the following, for delivery in February 2027.
This is NOT a purchase order; please do not ship.

- 24 x 24 x 24 double wall boxes, approx. 40 pcs
- Anti-static bubble 3/16" x 12", 10 rolls
- Heat treated pallets 48x40, 12 each

Please reply with unit pricing and lead time by 12/15/2026.

Eleanor Vance
Procurement Officer, Lakefront Museum of Natural History
""",
     notorder("not_an_order", "Lakefront Museum of Natural History"),
     note="request for quote with quantities - must not become an order")

mail("n02_complaint", "Owen Park <owen@junctionhopworks.ca>", CA_ORDERS,
     "Tue, 08 Dec 2026 11:00:00 -0500", "damaged boxes on JH-0398",
     """Hi,

Two of the bundles of 16x12x12 from PO JH-0398 came in crushed (photos attached in the next mail).
Can you send replacements for 2 bundles at no charge or credit us? Not a new order - just want this fixed.

Owen Park
Junction Hopworks
""",
     notorder("not_an_order", "Junction Hopworks"),
     note="complaint / replacement request referencing a PO and quantities")

mail("n03_carrier_asn", "XPO Tracking <noreply@tracking.freightcarrier.example>", US_ORDERS,
     "Mon, 07 Dec 2026 19:00:00 -0600", "Shipment notice PRO 448-1120931 - delivered",
     """SHIPMENT NOTIFICATION

PRO: 448-1120931        Ref/PO: LF-88213
Shipper: LAKESIDE PACK & SHIP SUPPLY, CHICAGO IL
Consignee: LAKESHORE FULFILLMENT - DC2, ELWOOD IL
Pieces: 4 PLT    Weight: 2,310 LB
Status: DELIVERED 12/07/2026 14:22  Signed: M. ORTEGA

This is an automated message. Do not reply.
""",
     notorder("not_an_order"),
     note="carrier delivery notice quoting a PO number")
