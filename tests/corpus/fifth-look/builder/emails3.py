"""Order e-mails, part 3: corrections on top, quoted quote, prices, Spanish, DD/MM dates, gmail buyer."""
from common import L, ship, expected, eml

TO = "Fennimore Orders <orders@fennimore-supply.com>"
DOCS = []


def doc(name, frm, subject, date, body, exp, **kw):
    DOCS.append((name, eml(frm, kw.pop("to", TO), subject, date, body, **kw), exp))


doc("e21_brightline_correction_on_top", "Gary Whitcomb <gwhitcomb@brightline-elec.com>", "RE: PO BL-8850 warehouse lighting",
    "Fri, 4 Dec 2026 07:58:20 -0500", """Correction to my email from yesterday - the shop lights should be 5000K not 4000K, and make it 30 of them instead of 24. Rest is fine.

Gary

On Thu, Dec 3, 2026 at 4:12 PM Gary Whitcomb <gwhitcomb@brightline-elec.com> wrote:
> PO BL-8850 for the Kinnear Rd warehouse job:
>
> 24 x 4ft LED shop lights 4000K
> 10 x 150W UFO high bays
> 6 x fish tapes 50'
>
> Ship to 1650 Kinnear Rd, Columbus OH 43212.
> Thanks, Gary
""", expected("C1001", "BL-8850", [
        L("SL4-50K", 30, "EA", "4ft LED shop lights 5000K"),
        L("HB150-50K", 10, "EA", "150W UFO high bays"),
        L("TL-FT50", 6, "EA", "fish tapes 50'")],
        ship_to=ship(None, "1650 Kinnear Rd", "Columbus", "OH", "43212", "US")))

doc("e22_kessler_quote_prices", "Doyle Kessler <dkessler@kesslernunn.com>", "Order per quote Q-44817",
    "Tue, 1 Dec 2026 11:49:00 -0600", """Dana,

Go ahead per your quote Q-44817. Our PO is 24-1179.

12/2 MC 250' coils - 20 @ $142.00
14/2 romex 1000' reels - 5 @ $238.00
2-pole 40A breakers - 8 @ $15.60
1" EMT compression connectors - 200 @ $2.20

Deliver to the Alta Vista apartments job, 9100 Alta Vista Rd, Fort Worth TX 76244.

Doyle Kessler
Kessler & Nunn Electrical Contractors
817-555-0108
""", expected("C1002", "24-1179", [
        L("MC12-2-250", 20, "RL", "12/2 MC 250' coils", 142.00),
        L("NM14-2-1000", 5, "RL", "14/2 romex 1000' reels", 238.00),
        L("HQ240", 8, "EA", "2-pole 40A breakers", 15.60),
        L("EC-CP-100", 200, "EA", "1\" EMT compression connectors", 2.20)],
        currency="USD",
        ship_to=ship("Alta Vista apartments job", "9100 Alta Vista Rd", "Fort Worth", "TX", "76244", "US")))

doc("e23_pemberton_gbp_ddmm", "Alistair Greaves <a.greaves@pembertonfab.co.uk>", "Purchase order PFS/PO/10467",
    "Fri, 4 Dec 2026 14:40:00 +0000", """Hello,

Order no.: PFS/PO/10467
Order date: 03/12/2026
Required: 11/12/2026

Qty   Description                                   Unit price
20    cable ties 11in black, packs of 100           £4.10
6     lineman's pliers 9in                          £21.50
4     cable cutters                                 £27.00
12    rolls PVC insulating tape, green              £1.25

Prices as agreed, GBP, delivered to our Leeds works (Unit 7 Canal Wharf Industrial Park, Whitehall Road, Leeds LS12 1BD).

Regards,
Alistair Greaves
Pemberton Fabrication Services Ltd
""", expected("C1010", "PFS/PO/10467", [
        L("CT-11BK", 20, "PK", "cable ties 11in black, packs of 100", 4.10),
        L("TL-LP9", 6, "EA", "lineman's pliers 9in", 21.50),
        L("TL-CC9", 4, "EA", "cable cutters", 27.00),
        L("TP-GN", 12, "RL", "rolls PVC insulating tape, green", 1.25)],
        order_date="2026-12-03", req="2026-12-11", currency="GBP",
        ship_to=ship(None, "Unit 7 Canal Wharf Industrial Park", "Leeds", None, "LS12 1BD", "GB")))

doc("e24_halcyon_order_in_quote", "Terrence Oduya <toduya@halcyonmed.org>", "RE: Quote FQ-20931 - ballasts/lamps",
    "Fri, 4 Dec 2026 09:37:00 -0500", """Dana, yes please process the below as our order, PO HMC-PO-60977. Same receiving dock.

Terrence

From: Dana Whitlow <dwhitlow@fennimore-supply.com>
Sent: Thursday, December 3, 2026 3:02 PM
To: Terrence Oduya <toduya@halcyonmed.org>
Subject: Quote FQ-20931 - ballasts/lamps

Hi Terrence, here is the pricing you asked for:

 T8-40K-25   LAMP LED T8 4FT 15W 4000K BYP CS/25   4 CS   $108.00/CS
 BR30-30K    LAMP LED BR30 11W 3000K DIM          48 EA   $4.35
 WF4-30K     LED WAFER 4IN 9W 3000K               36 EA   $9.10

Quote valid 30 days.
Dana Whitlow | Inside Sales | Fennimore Electric Supply | 614-555-0100
""", expected("C1005", "HMC-PO-60977", [
        L("T8-40K-25", 4, "CS", "LAMP LED T8 4FT 15W 4000K BYP CS/25", 108.00),
        L("BR30-30K", 48, "EA", "LAMP LED BR30 11W 3000K DIM", 4.35),
        L("WF4-30K", 36, "EA", "LED WAFER 4IN 9W 3000K", 9.10)], currency="USD"))

doc("e25_delgado_spanish", "Ramón Delgado <ramon@delgadopower.com>", "Pedido - obra Chandler",
    "Wed, 2 Dec 2026 12:14:09 -0700", """Buenas tardes,

Favor de enviar lo siguiente a la obra en 4820 S Arizona Ave, Chandler AZ 85248:

- 10 cajas de conectores de rosca amarillos (caja de 100)
- 2 bolsas de conectores rojos de 500
- 40 tubos EMT de 1 pulgada (10 pies)
- 60 conectores EMT de 1" tipo tornillo
- 12 breakers de 2 polos 20 amperes
- 5 cintas de aislar azules

Lo necesitamos para el jueves 10 de diciembre.

Gracias,
Ramón Delgado
Delgado Power & Light Contractors
Cel. 480-555-0198
""", expected("C1006", None, [
        L("WN-Y-100", 10, "BX", "cajas de conectores de rosca amarillos (caja de 100)"),
        L("WN-R-500", 2, "BG", "bolsas de conectores rojos de 500"),
        L("EMT-100", 40, "EA", "tubos EMT de 1 pulgada (10 pies)"),
        L("EC-SS-100", 60, "EA", "conectores EMT de 1\" tipo tornillo"),
        L("HQ220", 12, "EA", "breakers de 2 polos 20 amperes"),
        L("TP-BL", 5, "RL", "cintas de aislar azules")],
        req="2026-12-10", ship_to=ship(None, "4820 S Arizona Ave", "Chandler", "AZ", "85248", "US")))

doc("e26_northshore_words", "Priya Sandhu <psandhu@northshoreme.ca>", "Harbourview top-up, PO NS-7790",
    "Thu, 3 Dec 2026 15:02:44 -0800", """Hi,

Top-up for Harbourview (same site address as NS-7781: 388 Esplanade Ave E, North Vancouver BC V7L 1A6):

two spools 12 AWG THHN blue
three boxes orange wire nuts
ten 2-pole 20A breakers
twenty 1-gang new work boxes
a couple of 11-in-1 screwdrivers

Priya Sandhu | Project Coordinator | Northshore Mechanical & Electrical Ltd
T 604-555-0188 | C 604-555-0143
""", expected("C1009", "NS-7790", [
        L("THN12BL-500", 2, "RL", "spools 12 AWG THHN blue"),
        L("WN-O-100", 3, "BX", "boxes orange wire nuts"),
        L("HQ220", 10, "EA", "2-pole 20A breakers"),
        L("BX-P1N", 20, "EA", "1-gang new work boxes"),
        L("TL-SD11", 2, "EA", "a couple of 11-in-1 screwdrivers")],
        ship_to=ship(None, "388 Esplanade Ave E", "North Vancouver", "BC", "V7L 1A6", "CA")))

doc("e27_riverbend_devices_deliver", "Owen Fairbairn <ofairbairn@rbusd.k12.ca.us>", "Devices + plates for Lincoln MS",
    "Mon, 30 Nov 2026 13:13:13 -0800", """Hi,

PO RB-2026-4468. Please deliver Dec 9 to Lincoln Middle School, 45 Cherokee Ln, Lodi CA 95240, attn: Owen.

Qty 60 - 20A duplex receptacles, ivory
Qty 60 - single gang duplex plates, white nylon
Qty 24 - toggle switch 20 amp white
Qty 10 - 2 gang decora plates white
Qty 4  - octagon boxes 4"
Qty 12 - blank 4" square covers

Owen Fairbairn
Electrician II, RUSD Maintenance
""", expected("C1003", "RB-2026-4468", [
        L("RD20-I", 60, "EA", "20A duplex receptacles, ivory"),
        L("PL1-DW", 60, "EA", "single gang duplex plates, white nylon"),
        L("SW1-20W", 24, "EA", "toggle switch 20 amp white"),
        L("PL2-DKW", 10, "EA", "2 gang decora plates white"),
        L("BX-OCT", 4, "EA", "octagon boxes 4\""),
        L("CV-4SB", 12, "EA", "blank 4\" square covers")],
        req="2026-12-09", ship_to=ship("Lincoln Middle School", "45 Cherokee Ln", "Lodi", "CA", "95240", "US")))

doc("e28_cobalt_gmail_super", "Walt Brennan <waltbrennan.builds@gmail.com>", "order",
    "Tue, 1 Dec 2026 05:50:00 -0700", """need for the Pine Hollow model home, 3 Pine Hollow Dr, Evergreen CO 80439

12/3 romex 250 x 3
14/3 romex x 2
20a gfci x 8
decora switches x 25
handy boxes x 10
ivory 15a outlets x 40

Walt Brennan
Site Superintendent, Cobalt Ridge Builders
303-555-0131
""", expected("C1012", None, [
        L("NM12-3-250", 3, "RL", "12/3 romex 250"),
        L("NM14-3-250", 2, "EA", "14/3 romex"),
        L("GF20-W", 8, "EA", "20a gfci"),
        L("SWD-15W", 25, "EA", "decora switches"),
        L("BX-HDY", 10, "EA", "handy boxes"),
        L("RD15-I", 40, "EA", "ivory 15a outlets")],
        ship_to=ship("Pine Hollow model home", "3 Pine Hollow Dr", "Evergreen", "CO", "80439", "US")))

doc("e29_weidenbach_english_mixed", "Jörg Hellmann <j.hellmann@weidenbach-sa.de>", "PO 4500-88240 / additional items",
    "Fri, 4 Dec 2026 10:20:00 +0100", """Dear Sirs,

please add a new order, our PO 4500-88240 dated 04.12.2026, prices in USD as per quote Q-5521:

1) 15 pcs  breaker HQ 2 pole 20 amp             USD 14.20/pc
2) 40 pcs  circuit breaker 1P 15A arc fault     USD 44.50/pc
3) 8 rolls rubber splicing tape                 USD 9.90/roll
4) 25 pcs  1/4" threaded rod, 10 ft             USD 6.90/pc

Delivery address as before (Industriestraße 14, 73230 Kirchheim unter Teck, Germany).

Best regards
Jörg Hellmann, Purchasing
Weidenbach Schaltanlagen GmbH
""", expected("C1011", "4500-88240", [
        L("HQ220", 15, "EA", "breaker HQ 2 pole 20 amp", 14.20),
        L("HQ115AF", 40, "EA", "circuit breaker 1P 15A arc fault", 44.50),
        L("TP-RS", 8, "RL", "rubber splicing tape", 9.90),
        L("FS-TR14", 25, "EA", "1/4\" threaded rod, 10 ft", 6.90)],
        order_date="2026-12-04", currency="USD",
        ship_to=ship(None, "Industriestraße 14", "Kirchheim unter Teck", None, "73230", "DE")))
