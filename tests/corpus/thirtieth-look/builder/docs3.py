from common import *

D("e31_tammergolf_fi", "Ville Mäkinen <kentta@tammergolf.fi>", "Tilaus - kentänhoito", "Mon, 16 Mar 2026 09:12:00 +0200",
"""Hyvä vastaanottaja,

Tammer Golf ry tilaa seuraavat:

Nurmikon siemen, greenisekoitus (röllit/nadat) 20 kg - 3 säkkiä
Nurmikon siemen, varjoisa sekoitus 20 kg - 2 säkkiä
Syyslannoite nurmikolle 4-0-12, 25 kg - 8 säkkiä
Hiekoitus-/puutarhasora 2-6 mm 25 kg - 20 säkkiä

Tilausnumeromme: TG-116
Toimitus viimeistään 3.4.2026 osoitteeseen:
Tammer Golf, kentänhoitohalli
Niihamankatu 2
33580 Tampere

Laskutus: verkkolasku, OVT 003712345678

Terveisin
Ville Mäkinen
Kenttämestari, Tammer Golf ry
""", lab("Tammer Golf ry", "TG-116", None, "2026-04-03", None,
    ST("Tammer Golf, kentänhoitohalli", "Niihamankatu 2", "Tampere", None, "33580", "FI"), [
    L("GL-GS-FINE-20", 3, "BG", desc="Nurmikon siemen, greenisekoitus 20 kg"),
    L("GL-GS-SHADE-20", 2, "BG", desc="Nurmikon siemen, varjoisa sekoitus 20 kg"),
    L("GL-LAWN-AUT-25", 8, "BG", desc="Syyslannoite nurmikolle 4-0-12, 25 kg"),
    L("GL-GRIT-25KG", 20, "BG", desc="Hiekoitus-/puutarhasora 2-6 mm 25 kg")]), note="Finnish golf club not in customers.csv")

D("e32_bergen_no_endring", "Kari Nilsen <innkjop@hagesenteret-bergen.no>", "SV: Bestilling 88-2026-019", "Thu, 05 Mar 2026 13:00:00 +0100",
"""Hei igjen,

Beklager, vi trenger 70 L og ikke 50 L på den torvfrie jorda - altså 40 sekker torvfri universaljord 70 L. Resten som før.

Hilsen Kari

-----Opprinnelig melding-----
Fra: Kari Nilsen
Sendt: 5. mars 2026 11:32
Emne: Bestilling 88-2026-019

Hei,
Bestilling 88-2026-019:
40 sekker torvfri universaljord 50 L
20 sekker barkflis grov 70 L
10 stk vannkanne 10 L
Levering til butikken (Fjøsangerveien 150, 5073 Bergen) innen 16.03.2026.
Mvh Kari
""", lab("Hagesenteret Bergen AS", "88-2026-019", None, "2026-03-16", None,
    ST(None, "Fjøsangerveien 150", "Bergen", None, "5073", "NO"), [
    L("GL-MPC-PF-70", 40, "BG", desc="torvfri universaljord 70 L"),
    L("GL-BARK-CHIP-70", 20, "BG", desc="barkflis grov 70 L"),
    L("GL-CAN-10", 10, "EA", desc="vannkanne 10 L")]), note="Norwegian correction: 50L -> 70L variant swap")

D("e33_krakow_pl", "Tomasz Nowak <t.nowak@zzm.krakow.example.pl>", "Zamówienie ZZM/ZP/112/2026", "Wed, 11 Mar 2026 10:40:00 +0100",
"""Szanowni Państwo,

Zarząd Zieleni Miejskiej w Krakowie zamawia:

Lp. | Nazwa | Ilość
1 | Kora ozdobna, big bag 1 m3 | 12 szt.
2 | Kora do placów zabaw (certyfikat), big bag 1 m3 | 6 szt.
3 | Mieszanka traw parkowa 20 kg | 10 worków
4 | Nawóz Growmore 7-7-7, 25 kg | 8 worków

Nr zamówienia: ZZM/ZP/112/2026 z dnia 11.03.2026 r.
Termin realizacji: 25.03.2026 r.
Miejsce dostawy: Park Jordana, ul. Reymonta 1, 30-059 Kraków (wjazd od ul. Reymonta)

Z poważaniem
Tomasz Nowak
Dział Zaopatrzenia
""", lab("Zarząd Zieleni Miejskiej w Krakowie", "ZZM/ZP/112/2026", "2026-03-11", "2026-03-25", None,
    ST("Park Jordana", "ul. Reymonta 1", "Kraków", None, "30-059", "PL"), [
    L("GL-BARK-ORN-BULK", 12, "BG", desc="Kora ozdobna, big bag 1 m3"),
    L("GL-BARK-PLAY-BULK", 6, "BG", desc="Kora do placów zabaw (certyfikat), big bag 1 m3"),
    L("GL-GS-AMEN-20", 10, "BG", desc="Mieszanka traw parkowa 20 kg"),
    L("GL-GMORE-25", 8, "BG", desc="Nawóz Growmore 7-7-7, 25 kg")]), note="Polish city parks department, not in customers.csv, pipe table")

D("e34_willamette_us", "Jenna Brooks <jenna@willamettelandscapes.com>", "New order - PO WVL-0456", "Thu, 12 Mar 2026 15:05:00 -0800",
"""Hello,

We'd like to place our first order with you. PO WVL-0456, order date 03/12/2026, needed on site by 04/01/2026.

- Woven landscape fabric 2m x 100m (approx 6.5ft x 328ft): 4 rolls
- Metal landscape staples, 500 count: 4 boxes
- Shredded/chipped bark bulk bags: 10
- Tree stakes 1.8 m: 40
- 45 cm rubber tree ties: 40

Ship to: Willamette Valley Landscapes, 2250 Commercial St SE, Salem, OR 97302

Please send a proforma in USD so we can pay ahead.

Jenna Brooks
Willamette Valley Landscapes
""", lab("Willamette Valley Landscapes", "WVL-0456", "2026-03-12", "2026-04-01", "USD",
    ST("Willamette Valley Landscapes", "2250 Commercial St SE", "Salem", "OR", "97302", "US"), [
    L("GL-WM100-2X100", 4, "RL", desc="Woven landscape fabric 2m x 100m"),
    L("GL-PEG-MET-500", 4, "BX", desc="Metal landscape staples, 500 count"),
    L("GL-BARK-CHIP-BULK", 10, "BG", desc="Shredded/chipped bark bulk bags"),
    L("GL-STAKE-180", 40, None, desc="Tree stakes 1.8 m"),
    L("GL-TREE-TIE-45", 40, None, desc="45 cm rubber tree ties")]), note="US landscaper not in customers.csv, month-first dates, qty after description")

D("e35_kowhai_fwd", "Aroha Parata <orders@kowhainurseries.co.nz>", "Fwd: potting up - order 7796", "Tue, 10 Mar 2026 10:20:00 +1300",
"""Please process - order 7796. Thanks, Aroha

-------- Forwarded Message --------
Subject: potting up
Date: Tue, 10 Mar 2026 08:02:11 +1300
From: Wiremu Tane <wiremu@kowhainurseries.co.nz>
To: Aroha Parata <orders@kowhainurseries.co.nz>

Aroha, for the potting up next fortnight we need from Greenline:
  2L pots black  x 12 boxes
  3L             x 8 boxes
  CRF 5-6 month 25kg x 6
  JI No.1 x 30 bags
cheers W
""", lab("Kowhai Nurseries Ltd", "7796", None, None, None, None, [
    L("GL-CT2L-BLK", 12, "BX", desc="2L pots black"),
    L("GL-CT3L-BLK", 8, "BX", desc="3L"),
    L("GL-CRF-6M-25", 6, None, desc="CRF 5-6 month 25kg"),
    L("GL-JI1-25", 30, "BG", desc="JI No.1")]), note="NZ forwarded internal note, ditto-style lines")

D("e36_cedarhollow_chatty", "Rick Alvarez <purchasing@cedarhollownursery.com>", "Seeds and labels for spring", "Fri, 13 Feb 2026 11:11:00 -0500",
"""Hi folks,

Hope the snow's kinder over there than it is here in PA - we've had 14 inches this week and the greenhouses are the only warm place on the farm. Anyway, onto business. We're restocking seeds and labels for the retail benches and I'd like to get this on PO 23341.

We'll need Tomato 'Moneymaker' in the 100-seed packs, 40 of them, and the same again of Gardener's Delight (100 seed). Sweet pea Spencer Mixed, 30 packs. Carrot Nantes 2, 20 packs. For labels, 10 packs of the 4" white stick-in labels (the 10 cm ones) and 50 packs of the tie-on labels, plus 3 dozen marker pens.

No rush - anytime before March 15, 2026 is fine. Ship to the main office at 4410 Old Mill Road, Lancaster, PA 17601.

Prices per your February list in USD.

Talk soon,
Rick
""", lab("Cedar Hollow Nursery", "23341", None, "2026-03-15", "USD",
    ST("Cedar Hollow Nursery", "4410 Old Mill Road", "Lancaster", "PA", "17601", "US"), [
    L("GL-SD-TOM-MM-100", 40, "PK", desc="Tomato 'Moneymaker' 100-seed packs"),
    L("GL-SD-TOM-GD-100", 40, "PK", desc="Gardener's Delight (100 seed)"),
    L("GL-SD-SWP-SPM-100", 30, "PK", desc="Sweet pea Spencer Mixed"),
    L("GL-SD-CAR-NAN-5K", 20, "PK", desc="Carrot Nantes 2"),
    L("GL-LAB10-WH", 10, "PK", desc='4" white stick-in labels (10 cm)'),
    L("GL-LAB-TIE-100", 50, "PK", desc="tie-on labels"),
    L("GL-LAB-PEN", 36, None, desc="marker pens")]), note="long chatty prose order, items inside sentences, 'same again'")

D("e37_bayside_short", "Shane O'Connell <buying@baysidegardenworld.com.au>", "PO 11950", "Mon, 09 Mar 2026 07:01:00 +1100",
"""Pls send 40 x 70L peat free and 40 x 70L standard multi. PO 11950. Cheers, Shane
""", lab("Bayside Garden World", "11950", None, None, None, None, [
    L("GL-MPC-PF-70", 40, None, desc="70L peat free"),
    L("GL-MPC-ST-70", 40, None, desc="70L standard multi")]), note="one-liner")

D("e38_valdeloire_rectif", "Sophie Martin <achats@jardinerie-valdeloire.fr>", "RE: Commande JVL-26-131", "Wed, 04 Mar 2026 09:50:00 +0100",
"""Bonjour,

Petite rectification : finalement 10 rouleaux de tuyau d'arrosage 19 mm 25... pardon, 19 mm 50 m, et non 6. Le reste est inchangé.

Merci,
Sophie

-----Message d'origine-----
De : Sophie Martin
Envoyé : mardi 3 mars 2026 17:05
À : orders@greenline-hort.com
Objet : Commande JVL-26-131

Bonjour,
Commande JVL-26-131 du 03/03/2026 :
- 6 tuyaux d'arrosage 19 mm, 50 m
- 12 tuyaux d'arrosage 13 mm, 30 m
- 50 raccords rapides 13 mm
- 20 pistolets d'arrosage
Livraison à la jardinerie avant le 13/03/2026.
Cordialement, Sophie Martin
""", lab("Jardinerie du Val de Loire", "JVL-26-131", "2026-03-03", "2026-03-13", None, None, [
    L("GL-HOSE19-50", 10, None, desc="tuyau d'arrosage 19 mm, 50 m"),
    L("GL-HOSE13-30", 12, None, desc="tuyaux d'arrosage 13 mm, 30 m"),
    L("GL-HC13-CONN", 50, None, desc="raccords rapides 13 mm"),
    L("GL-SPRAY-GUN", 20, None, desc="pistolets d'arrosage")], omit=("ship_to",)),
  note="French correction 6 -> 10 with self-corrected size; ship_to 'à la jardinerie' (not scored)")

D("e39_lehtinen_short", "Jukka Lehtinen <tilaukset@puutarhalehtinen.fi>", "lisätilaus", "Thu, 05 Mar 2026 14:14:00 +0200",
"""Hei, lisätilaus TL-2026-044:
gl-ctr15 x 10
GL CTR24 x 10
GL-NPK202020-25 x 2
Kiitos! Jukka
""", lab("Puutarha Lehtinen Oy", "TL-2026-044", None, None, None, None, [
    L("GL-CTR15", 10, None, desc="gl-ctr15"),
    L("GL-CTR24", 10, None, desc="GL CTR24"),
    L("GL-NPK202020-25", 2, None, desc="GL-NPK202020-25")]), note="Finnish terse, SKU-only lines written loosely")

D("e40_greenscape_office", "Claire Wood <accounts@greenscape-landscapes.co.uk>", "Purchase order GSL-PO-3391 - Didsbury scheme", "Mon, 16 Mar 2026 11:45:00 +0000",
"""Good morning,

Please find our purchase order below.

PO number: GSL-PO-3391
Date: 16.03.26
Site: Didsbury Retirement Village, 201 Wilmslow Road, Didsbury, Manchester M20 6RF (contact Gary Holt 07700 900123)
Delivery: Monday 23rd March

Qty | Description | Unit price
150 | Ornamental bark 70L bags | £5.50
40 | Peat free multipurpose 70L | £6.90
6 | Weed membrane 2m x 25m | £27.00
2 | U-pin pegs x100 | £9.00
10 | Tree stake 1.8m | £3.30
10 | Tree tie 45cm | £1.30

Please quote our PO on all paperwork.

Kind regards,
Claire Wood
Accounts / Purchasing
Greenscape Landscapes Ltd, Unit 4 Mill Industrial Estate, Stockport SK4 2LW
""", lab("Greenscape Landscapes Ltd", "GSL-PO-3391", "2026-03-16", "2026-03-23", "GBP",
    ST("Didsbury Retirement Village", "201 Wilmslow Road", "Manchester", None, "M20 6RF", "GB"), [
    L("GL-BARK-ORN-70", 150, "BG", 5.50, desc="Ornamental bark 70L bags"),
    L("GL-MPC-PF-70", 40, None, 6.90, desc="Peat free multipurpose 70L"),
    L("GL-WM100-2X25", 6, None, 27.00, desc="Weed membrane 2m x 25m"),
    L("GL-PEG-MET-100", 2, None, 9.00, desc="U-pin pegs x100"),
    L("GL-STAKE-180", 10, None, 3.30, desc="Tree stake 1.8m"),
    L("GL-TREE-TIE-45", 10, None, 1.30, desc="Tree tie 45cm")]),
  note="landscaper office PO, site delivery vs yard signature, 2-digit year date; city given as Manchester (Didsbury is the district)")

D("e41_kilbride_fert", "Niamh Byrne <niamh@kilbridegardens.ie>", "Order KGC-0340 feeds", "Tue, 03 Mar 2026 08:30:00 +0000",
"""Hi,

Order KGC-0340 please, delivery to the garden centre:

Growmore 25kg x 10
Fish blood and bone 10kg x 15
Sulphate of potash x 6
Seaweed 20 litre x 4
Soluble 20-20-20 2kg tubs x 24

Prices as per your euro list: €33.50, €20.10, €24.20, €71.30, €13.20.

Thanks
Niamh
Kilbride Garden Centre, Kilbride Road, Bray, Co. Wicklow A98 K2X4
""", lab("Kilbride Garden Centre", "KGC-0340", None, None, "EUR",
    ST("Kilbride Garden Centre", "Kilbride Road", "Bray", "Co. Wicklow", "A98 K2X4", "IE"), [
    L("GL-GMORE-25", 10, None, 33.50, desc="Growmore 25kg"),
    L("GL-FBB-10", 15, None, 20.10, desc="Fish blood and bone 10kg"),
    L("GL-SOP-10", 6, None, 24.20, desc="Sulphate of potash"),
    L("GL-SEAW-20L", 4, None, 71.30, desc="Seaweed 20 litre"),
    L("GL-NPK202020-2", 24, None, 13.20, desc="Soluble 20-20-20 2kg tubs")]),
  note="Irish GC; prices given as a separate ordered list; 'delivery to the garden centre' + signature address")

D("e42_devlinder_prices", "Pieter de Graaf <inkoop@devlinder.nl>", "Bestelling 2026-0502", "Mon, 02 Mar 2026 08:10:00 +0100",
"""Goedemorgen,

Bestelling 2026-0502 d.d. 02-03-2026, levering uiterlijk 10 maart a.s.:

15 x Tray 15-cels à € 36,80
15 x Tray 24-cels à € 36,80
6 x Zaaibak vol formaat zonder gaten à € 31,60
4 x Potgrond zaai- en stek, standaard 50L à € 5,85

Afleveren Zuidweg 14, Boskoop.

Met vriendelijke groet,
Pieter de Graaf
""", lab("Kwekerij De Vlinder B.V.", "2026-0502", "2026-03-02", "2026-03-10", "EUR",
    ST(None, "Zuidweg 14", "Boskoop", None, None, "NL"), [
    L("GL-CTR15", 15, None, 36.80, desc="Tray 15-cels"),
    L("GL-CTR24", 15, None, 36.80, desc="Tray 24-cels"),
    L("GL-ST-FULL-N", 6, None, 31.60, desc="Zaaibak vol formaat zonder gaten"),
    L("GL-SCC-ST-50", 4, None, 5.85, desc="Potgrond zaai- en stek, standaard 50L")]),
  note="Dutch with EUR prices, 'a.s.' date")
