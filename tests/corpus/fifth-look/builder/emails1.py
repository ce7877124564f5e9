"""Order e-mails, part 1: slang, trailing quantities, corrections, French, German, UK."""
from common import L, ship, expected, eml

TO = "Fennimore Orders <orders@fennimore-supply.com>"
DOCS = []


def doc(name, frm, subject, date, body, exp, **kw):
    DOCS.append((name, eml(frm, kw.pop("to", TO), subject, date, body, **kw), exp))


doc("e01_brightline_slang", "Gary Whitcomb <gwhitcomb@brightline-elec.com>", "order - Maple Grove job",
    "Tue, 1 Dec 2026 07:12:44 -0500", """Hi Dana,

Please send the following out to the Maple Grove job:

12-2 romex 250' x 6
14-2 romex 250 ft x 4
3/4 emt connectors compression - 50
3/4 emt couplings compression - 50
20 amp single pole breakers x 12
box of wire nuts yellow

Ship to: 4410 Maple Grove Rd, Hilliard OH 43026 (call Gary when you're 10 min out)

Thanks,
Gary
""", expected("C1001", None, [
        L("NM12-2-250", 6, "RL", "12-2 romex 250'"),
        L("NM14-2-250", 4, "RL", "14-2 romex 250 ft"),
        L("EC-CP-075", 50, "EA", "3/4 emt connectors compression"),
        L("EK-CP-075", 50, "EA", "3/4 emt couplings compression"),
        L("HQ120", 12, "EA", "20 amp single pole breakers"),
        L("WN-Y-100", 1, "BX", "box of wire nuts yellow")],
        ship_to=ship(None, "4410 Maple Grove Rd", "Hilliard", "OH", "43026", "US")))

doc("e02_kessler_po_in_subject", "Rhonda Pruitt <rpruitt@kesslernunn.com>", "PO 24-1187 Kessler Nunn / Westlake clinic",
    "Wed, 2 Dec 2026 10:03:10 -0600", """Need these delivered Tuesday Dec 8 to the Westlake clinic site, 2290 Ridgeback Pkwy, Westlake TX 76262.

#12 THHN black 500 ft spools qty 4
#12 thhn white 500' qty 4
#12 THHN green qty 2 spools
#10 thhn red - 1 spool
1/2" EMT 10' sticks qty 40
1/2 EMT set screw connectors qty 100
1/2 SS couplings qty 100
1 hole straps 1/2 qty 100

Rhonda
""", expected("C1002", "24-1187", [
        L("THN12BK-500", 4, "RL", "#12 THHN black 500 ft spools"),
        L("THN12WH-500", 4, "RL", "#12 thhn white 500'"),
        L("THN12GN-500", 2, "RL", "#12 THHN green"),
        L("THN10RD-500", 1, "RL", "#10 thhn red"),
        L("EMT-050", 40, "EA", "1/2\" EMT 10' sticks"),
        L("EC-SS-050", 100, "EA", "1/2 EMT set screw connectors"),
        L("EK-SS-050", 100, "EA", "1/2 SS couplings"),
        L("ST1-050", 100, "EA", "1 hole straps 1/2")],
        req="2026-12-08", ship_to=ship("Westlake clinic site", "2290 Ridgeback Pkwy", "Westlake", "TX", "76262", "US")))

HTML3 = """<html><body style="font-family:Calibri">
<p>Good morning,</p>
<p>Please process the following for the district. <b>PO# RB-2026-4471</b>. Deliver Dec 14 to the
Maintenance Warehouse, 1800 Orchard Ln, Lodi CA 95240.</p>
<table border="1" cellpadding="4">
<tr><th>Qty</th><th>Item</th></tr>
<tr><td>24</td><td>4' LED shop lights 4000K</td></tr>
<tr><td>18</td><td>2x4 LED flat panel (troffer)</td></tr>
<tr><td>30</td><td>6 inch wafer lights, warm white 3000K</td></tr>
<tr><td>10 pk</td><td>A19 LED bulbs daylight 5000K (4 per pack)</td></tr>
</table>
<p>Thank you,<br>Marisol Ventura<br>Purchasing Technician, Facilities &amp; Operations<br>
Riverbend Unified School District<br>(209) 555-0174</p>
</body></html>"""
doc("e03_riverbend_html_table", "Marisol Ventura <mventura@rbusd.org>", "Lighting order - PO RB-2026-4471",
    "Mon, 30 Nov 2026 08:41:00 -0800", None, expected("C1003", "RB-2026-4471", [
        L("SL4-40K", 24, "EA", "4' LED shop lights 4000K"),
        L("TR24-40K", 18, "EA", "2x4 LED flat panel (troffer)"),
        L("WF6-30K", 30, "EA", "6 inch wafer lights, warm white 3000K"),
        L("A19-50K-4", 10, "PK", "A19 LED bulbs daylight 5000K (4 per pack)")],
        req="2026-12-14", ship_to=ship("Maintenance Warehouse", "1800 Orchard Ln", "Lodi", "CA", "95240", "US")),
    html=HTML3)

doc("e04_tamarack_own_partnos", "Ken Albrecht <kalbrecht@tamarackcontrols.com>", "Order for shop stock",
    "Thu, 3 Dec 2026 13:22:51 -0600", """Hello,

Please enter PO TC-50921 for the following. Our internal p/n in brackets.

[300-118] ring terminals 12-10ga #10 stud - 5 pks
[300-140] butt splices yellow x 3 pk
[310-008] zip ties 8" black, 10 bags of 100
[420-035] DIN rail 35mm x 1m - 20
[500-016] strut channel 1-5/8 10' x 6
[300-171] ferrules 16awg - 4 boxes

If you don't carry the DIN rail or ferrules just let me know, don't substitute.

Ken Albrecht | Buyer
Tamarack Controls Inc.
N57 W2210 Quarry Ct, Pewaukee WI 53072
o: 262-555-0139  m: 414-555-0102
""", expected("C1004", "TC-50921", [
        L("RT-1210", 5, "PK", "ring terminals 12-10ga #10 stud", cp="300-118"),
        L("BS-1210", 3, "PK", "butt splices yellow", cp="300-140"),
        L("CT-8BK", 10, "PK", "zip ties 8\" black, bags of 100", cp="310-008"),
        L(None, 20, "EA", "DIN rail 35mm x 1m", cp="420-035"),
        L("FS-STR", 6, "EA", "strut channel 1-5/8 10'", cp="500-016"),
        L(None, 4, "BX", "ferrules 16awg", cp="300-171")]))

doc("e05_halcyon_reply_correction", "Terrence Oduya <toduya@halcyonmed.org>", "RE: devices for 4 West renovation - PO HMC-PO-60902",
    "Wed, 2 Dec 2026 15:47:02 -0500", """Sorry, one change before you ship: make the 20A GFCIs 15 instead of 10, and drop the ivory receptacles completely. Everything else as below.

Terrence

-----Original Message-----
From: Terrence Oduya
Sent: Wednesday, December 2, 2026 9:15 AM
To: orders@fennimore-supply.com
Subject: devices for 4 West renovation - PO HMC-PO-60902

Please ship to Halcyon Medical Center receiving dock, 3300 Cedar Bluff Pkwy, Marietta GA 30067.

- 10  GFCI receptacle 20A white
- 20  duplex receptacle 20A ivory
- 40  duplex receptacle 20A white
- 50  decora wall plates single gang white
- 12  3-way switches

Terrence Oduya
Facilities Engineering, Halcyon Medical Center
""", expected("C1005", "HMC-PO-60902", [
        L("GF20-W", 15, "EA", "GFCI receptacle 20A white"),
        L("RD20-W", 40, "EA", "duplex receptacle 20A white"),
        L("PL1-DKW", 50, "EA", "decora wall plates single gang white"),
        L("SW3-15W", 12, "EA", "3-way switches")],
        ship_to=ship("Halcyon Medical Center receiving dock", "3300 Cedar Bluff Pkwy", "Marietta", "GA", "30067", "US")))

doc("e06_delgado_forward_misspell", "Lupe Delgado <lupe@delgadopower.com>", "FW: stuff for casa grande",
    "Tue, 1 Dec 2026 06:55:19 -0700", """Dana - see below from Ray, please put together. Need it by this Friday. Job address is 1187 W Cottonwood Ln, Casa Grande AZ 85122.
Lupe

---------- Forwarded message ---------
From: Ray Ochoa <rochoa.dpl@gmail.com>
Date: Mon, Nov 30, 2026 at 5:41 PM
Subject: stuff for casa grande

romex 10/3 - 2 rolls
200 amp panel w/ main breaker - 1
2 pole 30 amp x 4
2 pole 50 x 2
grownd rod 8 ft x2
accorn clamps x2
#6 bare solid 1 roll

Sent from my iPhone
""", expected("C1006", None, [
        L("NM10-3-250", 2, "RL", "romex 10/3"),
        L("HQL200MB", 1, "EA", "200 amp panel w/ main breaker"),
        L("HQ230", 4, "EA", "2 pole 30 amp"),
        L("HQ250", 2, "EA", "2 pole 50"),
        L("GR-58X8", 2, "EA", "grownd rod 8 ft"),
        L("GR-AC58", 2, "EA", "accorn clamps"),
        L("GR-B6-315", 1, "RL", "#6 bare solid")],
        req="2026-12-04", ship_to=ship(None, "1187 W Cottonwood Ln", "Casa Grande", "AZ", "85122", "US")))

doc("e07_ostrander_word_quantities", "Beth Kaminski <bkaminski@ostranderpm.com>", "supplies for Carroll St building",
    "Thu, 3 Dec 2026 11:30:00 -0500", """Hi there,

Could you send over:
a dozen 15 amp duplex outlets, white
two boxes of red wire nuts
six GFCI outlets 15A white
3 rolls black electrical tape
one 8" zip tie pack, the natural/clear ones

Please deliver to our building at 212 Carroll St, Brooklyn NY 11231 - the super (Luis) will sign.

Thanks!
Beth Kaminski
Ostrander Property Management
61 Wyckham Pl, Brooklyn NY 11215 | 718-555-0126
""", expected("C1007", None, [
        L("RD15-W", 1, "DZ", "a dozen 15 amp duplex outlets, white"),
        L("WN-R-100", 2, "BX", "two boxes of red wire nuts"),
        L("GF15-W", 6, "EA", "six GFCI outlets 15A white"),
        L("TP-BK", 3, "RL", "rolls black electrical tape"),
        L("CT-8NT", 1, "PK", "8\" zip tie pack, natural/clear")],
        ship_to=ship(None, "212 Carroll St", "Brooklyn", "NY", "11231", "US")))

doc("e08_bouchard_french", "Sylvie Lévesque <s.levesque@bouchardlevesque.ca>", "Commande - chantier Saint-Jérôme",
    "Wed, 2 Dec 2026 09:18:33 -0500", """Bonjour,

Voici notre commande pour le chantier Saint-Jérôme, bon de commande BL-3318 :

- 10 bobines fil THHN #12 noir 500 pi
- 6 rouleaux Romex 14/2 (250 pi)
- 25 boîtes 4 po carrées, profondeur 2-1/8
- 25 anneaux de plâtre 1 gang
- 2 boîtes de marettes jaunes (boîte de 100)
- 4 paquets de ruban électrique noir (paquet de 10)

Livraison souhaitée le 10 décembre au 455, rue Labelle, Saint-Jérôme (Québec) J7Z 5L9.

Merci et bonne journée,
Sylvie Lévesque
Approvisionnement - Électricité Bouchard-Lévesque inc.
2290, boul. Industriel, Laval (Québec) H7S 2G4
Tél. : 450-555-0117
""", expected("C1008", "BL-3318", [
        L("THN12BK-500", 10, "RL", "bobines fil THHN #12 noir 500 pi"),
        L("NM14-2-250", 6, "RL", "rouleaux Romex 14/2 (250 pi)"),
        L("BX-4S21", 25, "EA", "boîtes 4 po carrées, profondeur 2-1/8"),
        L("MR-1G", 25, "EA", "anneaux de plâtre 1 gang"),
        L("WN-Y-100", 2, "BX", "boîtes de marettes jaunes (boîte de 100)"),
        L("TP-BK-10", 4, "PK", "paquets de ruban électrique noir (paquet de 10)")],
        req="2026-12-10", ship_to=ship(None, "455, rue Labelle", "Saint-Jérôme", "QC", "J7Z 5L9", "CA")))

doc("e09_weidenbach_german", "Jörg Hellmann <j.hellmann@weidenbach-sa.de>", "Bestellung 4500-88213",
    "Wed, 2 Dec 2026 14:05:41 +0100", """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot Q-5521 (Preise in USD):

Bestellnummer: 4500-88213
Bestelldatum: 02.12.2026
Liefertermin: KW 51

Pos. 10  20 Beutel  Kabelbinder 8 Zoll schwarz, 100 Stk./Beutel   à 4,90
Pos. 20  30 Stk.    Leitungsschutzschalter HQ 1-polig 20 A          à 6,40
Pos. 30   5 Pack    Isolierband schwarz, 10er-Pack                  à 18,50
Pos. 40   2 Stk.    Digitalmultimeter CAT III 600 V                 à 69,00
Pos. 50   4 Stk.    Spannungsprüfer berührungslos                   à 24,00
Pos. 60  10 Pack    Aderendhülsen 1,5 mm², isoliert                 à 7,20

Lieferanschrift:
Weidenbach Schaltanlagen GmbH, Wareneingang Tor 3
Industriestraße 14
73230 Kirchheim unter Teck
Deutschland

Mit freundlichen Grüßen
Jörg Hellmann
Einkauf | Tel. +49 7021 555 0142
""", expected("C1011", "4500-88213", [
        L("CT-8BK", 20, "PK", "Kabelbinder 8 Zoll schwarz, 100 Stk./Beutel", 4.90),
        L("HQ120", 30, "EA", "Leitungsschutzschalter HQ 1-polig 20 A", 6.40),
        L("TP-BK-10", 5, "PK", "Isolierband schwarz, 10er-Pack", 18.50),
        L("TL-DMM", 2, "EA", "Digitalmultimeter CAT III 600 V", 69.00),
        L("TL-NCV", 4, "EA", "Spannungsprüfer berührungslos", 24.00),
        L(None, 10, "PK", "Aderendhülsen 1,5 mm², isoliert", 7.20)],
        order_date="2026-12-02", currency="USD",
        ship_to=ship("Weidenbach Schaltanlagen GmbH, Wareneingang Tor 3", "Industriestraße 14",
                     "Kirchheim unter Teck", None, "73230", "DE")))

doc("e10_pemberton_uk", "Alistair Greaves <a.greaves@pembertonfab.co.uk>", "Order PFS/PO/10442",
    "Fri, 4 Dec 2026 09:02:17 +0000", """Morning,

Please supply the following against our order PFS/PO/10442. Delivery w/c 14th December please.

4 x reels 12 AWG THHN red
50 no. 3/4" rigid conduit, 10ft lengths
100 off 3/4in PVC male adaptors
6 no. fish tape 100ft

Deliver to:
Pemberton Fabrication Services Ltd
Unit 7 Canal Wharf Industrial Park
Whitehall Road
Leeds LS12 1BD

Kind regards,
Alistair Greaves
Purchasing
Pemberton Fabrication Services Ltd
T: 0113 496 0511
""", expected("C1010", "PFS/PO/10442", [
        L("THN12RD-500", 4, "RL", "reels 12 AWG THHN red"),
        L("RMC-075", 50, "EA", "3/4\" rigid conduit, 10ft lengths"),
        L("PMA-075", 100, "EA", "3/4in PVC male adaptors"),
        L("TL-FT100", 6, "EA", "fish tape 100ft")],
        ship_to=ship("Pemberton Fabrication Services Ltd", "Unit 7 Canal Wharf Industrial Park", "Leeds", None, "LS12 1BD", "GB")))
