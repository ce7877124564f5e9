from common import mail, L, ship, save, SELLER_UK, SELLER_FR
from mails1 import po, E

def build():
    E("m22_bantry_unknown_terse", "Declan Harrington <declan@bantrybayfish.ie>", "order",
      "Mon, 02 Mar 2026 07:15:02 +0000",
"""Lads,

Order no. BB-3391 for Bantry Bay Fishermen's Co-op:

100m 10mm G30 chain
20 x 10mm galv D shackles
4 x Bruce 10kg
6 x F5 fenders black

Invoice to the co-op, delivery to The Pier, Bantry, Co. Cork P75 W971.

Declan Harrington
Bantry Bay Fishermen's Co-operative
087 661 2093
""",
      po("Bantry Bay Fishermen's Co-operative", "BB-3391", None, None, None, [
          L("CHN-G30-10", "10mm G30 chain", 100, "M"),
          L("SHK-DGV-10", "10mm galv D shackles", 20, "EA"),
          L("ANC-BRC-10", "Bruce 10kg", 4, "EA"),
          L("FND-F5-BLK", "F5 fenders black", 6, "EA")],
         ship_to=ship("Bantry Bay Fishermen's Co-operative", "The Pier", "Bantry", "P75 W971", "IE")))

    E("m23_waddenwind_nl_unknown", "Zeilschool De Waddenwind <info@waddenwind.nl>", "Bestelling zwemvesten + blokken",
      "Tue, 03 Mar 2026 10:22:48 +0100",
"""Beste mensen van Solent & Biscay,

Wij zijn een zeilschool op Terschelling en willen graag voor het eerst bij u bestellen:

Aantal | Omschrijving | Prijs
---|---|---
30 | Reddingsvest 150N automatisch volwassene | € 89,00
12 | Reddingsvest 100N schuim kind 15-30 kg | € 34,00
10 | Enkel blok 57 mm kogellager | € 34,00

Ons ordernummer: WW-2026-04. Afleveren: Havenstraat 9, 8881 BR West-Terschelling, vóór 1 april 2026.

Hartelijke groet,
Femke Hoekstra
Zeilschool De Waddenwind
06 21 88 40 17
""",
      po("Zeilschool De Waddenwind", "WW-2026-04", None, "2026-04-01", "EUR", [
          L("LJK-150A-AD", "Reddingsvest 150N automatisch volwassene", 30, "EA", 89.00),
          L("LJK-100F-CH", "Reddingsvest 100N schuim kind 15-30 kg", 12, "EA", 34.00),
          L("BLK-S57", "Enkel blok 57 mm kogellager", 10, "EA", 34.00)],
         ship_to=ship("Zeilschool De Waddenwind", "Havenstraat 9", "West-Terschelling", "8881 BR", "NL")))

    E("m24_hellenic_unknown_en", "Nikos Vlachos <ops@hellenicsail.gr>", "Order HSC/26/112 - Athens base",
      "Wed, 04 Mar 2026 12:01:30 +0200",
"""Dear Sirs,

Kindly supply the following for our Alimos base, order HSC/26/112 dated 04.03.2026:

a) Service kit Volvo Penta D2-40 ................. 10 sets
b) Impeller Volvo D1-30 (21951346) ............... 10 pcs
c) Fuel filter Volvo D1/D2 3817510 ................ 20 pcs
d) Antifouling Hard Racing blue 2.5L .............. 14 tins

Delivery: Hellenic Sail Charters, Alimos Marina Gate 3, 174 55 Alimos, Greece.
Required by 15 April 2026.

Best regards,
Nikos Vlachos, Operations
Hellenic Sail Charters
+30 210 98 11 220
""",
      po("Hellenic Sail Charters", "HSC/26/112", "2026-03-04", "2026-04-15", None, [
          L("SVK-VP-D240", "Service kit Volvo Penta D2-40", 10, "EA", q="10 sets"),
          L("IMP-VP-21951346", "Impeller Volvo D1-30 (21951346)", 10, "EA", q="10 pcs"),
          L("FLT-FUE-VP3817510", "Fuel filter Volvo D1/D2 3817510", 20, "EA", q="20 pcs"),
          L("AFP-HR-BLU-250", "Antifouling Hard Racing blue 2.5L", 14, "EA", q="14 tins")],
         ship_to=ship("Hellenic Sail Charters", "Alimos Marina Gate 3", "Alimos", "174 55", "GR")))

    E("m25_newport_unknown_us", "Bill Hatch <bill@newportrigging.com>", "PO 7718",
      "Thu, 05 Mar 2026 15:45:12 -0500",
"""Hello,

Newport Rigging Co. PO 7718, 3/5/2026

- 600 ft of 1/2" dyneema gray -> we'd take your 12mm, 2 reels of 100m
- 150 ft of 3/8" polyester double braid white (10mm, cut per metre is fine = 46 m)
- 12 x 1/2" pin A4 bow shackles (12mm)

Prices per your quote SB-Q-2231 (USD). Ship to 1 Thames St, Newport, RI 02840.

Bill Hatch
Newport Rigging Co.
401-555-0192
""",
      po("Newport Rigging Co.", "7718", "2026-03-05", None, "USD", [
          L("ROP-DY12-GRY-R100", "600 ft of 1/2\" dyneema gray -> we'd take your 12mm, 2 reels of 100m", 2, "RL", q="2 reels"),
          L("ROP-PB10-WHT-M", "150 ft of 3/8\" polyester double braid white (10mm, cut per metre is fine = 46 m)", 46, "M", q="46 m"),
          L("SHK-BA4-12", "1/2\" pin A4 bow shackles (12mm)", 12, "EA")],
         ship_to=ship("Newport Rigging Co.", "1 Thames St", "Newport", "02840", "US", "RI")))

    E("m26_calablava_es_unknown", "Club Náutico Cala Blava <secretaria@cncalablava.es>", "Pedido material escuela de vela",
      "Fri, 06 Mar 2026 09:09:09 +0100",
"""Hola,

Somos el Club Náutico Cala Blava (Mallorca). Queremos hacer el siguiente pedido, ref. CNCB-26-07:

* Chalecos salvavidas 150N manuales adulto: 20 unidades
* Chalecos salvavidas 275N automáticos con arnés: 2 unidades
* Bengalas de mano rojas: 6
* Humo naranja flotante: 2

Entrega antes del 1 de mayo de 2026 en Carrer del Port 2, 07609 Llucmajor, Illes Balears.

Saludos,
Marta Vidal
Secretaría - Club Náutico Cala Blava
""",
      po("Club Náutico Cala Blava", "CNCB-26-07", None, "2026-05-01", None, [
          L("LJK-150M-AD", "Chalecos salvavidas 150N manuales adulto", 20, "EA"),
          L("LJK-275A-AD", "Chalecos salvavidas 275N automáticos con arnés", 2, "EA"),
          L("FLR-HRD", "Bengalas de mano rojas", 6, "EA"),
          L("FLR-BOS", "Humo naranja flotante", 2, "EA")],
         ship_to=ship("Club Náutico Cala Blava", "Carrer del Port 2", "Llucmajor", "07609", "ES")), to=SELLER_FR)

    E("m27_pornic_fr_unknown", "Voile Atlantique Pornic <contact@voile-pornic.fr>", "commande",
      "Mon, 09 Mar 2026 14:14:14 +0100",
"""Bonjour,

Nous souhaitons commander pour notre école de voile (commande VAP-2603) :

Gilet 150N automatique adulte x 15
Gilet 150N automatique junior 20-40 kg x 15
Poulie simple 40 mm x 20
Manille droite inox A4 5 mm x 40
Bout polyester tressé 8 mm blanc, bobine de 100 m x 2

Livraison : Voile Atlantique Pornic, Port de la Noëveillard, 44210 Pornic.

Bien cordialement,
Hélène Guérin
""",
      po("Voile Atlantique Pornic", "VAP-2603", None, None, None, [
          L("LJK-150A-AD", "Gilet 150N automatique adulte", 15, "EA"),
          L("LJK-150A-JR", "Gilet 150N automatique junior 20-40 kg", 15, "EA"),
          L("BLK-S40", "Poulie simple 40 mm", 20, "EA"),
          L("SHK-DA4-05", "Manille droite inox A4 5 mm", 40, "EA"),
          L("ROP-PB08-WHT-R100", "Bout polyester tressé 8 mm blanc, bobine de 100 m", 2, "RL")],
         ship_to=ship("Voile Atlantique Pornic", "Port de la Noëveillard", "Pornic", "44210", "FR")), to=SELLER_FR)

    E("m28_hamble_qty_after", "Dan Whitfield <dan.whitfield@hamblepointmarine.co.uk>", "PO HPM-24160 - pontoon refurb",
      "Tue, 10 Mar 2026 08:40:00 +0000",
"""Hi,

PO HPM-24160 - pontoon refurb, delivery w/c 23rd March please (Monday 23/03/2026 ideally).

Fender F6 white ........ x8
Fender F6 navy ......... x8
Chain grade 30 10mm .... 75 metres
Bow shackle A4 10mm .... x24
3 strand 16mm white .... 120 metres

Prices as agreed on the framework. Cheers

Dan
--
Dan Whitfield, Workshop Supervisor
Hamble Point Marina Services Ltd | 023 8045 2210
""",
      po("Hamble Point Marina Services Ltd", "HPM-24160", None, "2026-03-23", None, [
          L("FND-F6-WHT", "Fender F6 white", 8, "EA"),
          L("FND-F6-NVY", "Fender F6 navy", 8, "EA"),
          L("CHN-G30-10", "Chain grade 30 10mm", 75, "M"),
          L("SHK-BA4-10", "Bow shackle A4 10mm", 24, "EA"),
          L("ROP-3S16-WHT-M", "3 strand 16mm white", 120, "M")]))

    E("m29_solent_fwd_workshop", "purchasing@solentboatworks.co.uk", "FW: engine spares for the Moody refit",
      "Wed, 11 Mar 2026 12:20:00 +0000",
"""Please supply the below on PO 4500031942. Required by 18/03/2026.

Regards
Purchasing, Solent Boatworks Ltd

From: Gary Mills <gary.mills@solentboatworks.co.uk>
Sent: 11 March 2026 11:02
To: Purchasing <purchasing@solentboatworks.co.uk>
Subject: engine spares for the Moody refit

Can you get these from Solent & Biscay:
  Beta 25 (engine no. BD1005-2231) - impeller 211-01012 x 2, oil filter 211-60390 x 3, fuel filter 211-60210 x 3
  Volvo MD2030 (s/n 5104228713) - impeller 3586496 x 2
Ta, Gary
""",
      po("Solent Boatworks Ltd", "4500031942", None, "2026-03-18", None, [
          L("IMP-BE-211012", "impeller 211-01012", 2, "EA", q="x 2"),
          L("FLT-OIL-BE21160390", "oil filter 211-60390", 3, "EA", q="x 3"),
          L("FLT-FUE-BE21160210", "fuel filter 211-60210", 3, "EA", q="x 3"),
          L("IMP-VP-3586496", "impeller 3586496", 2, "EA", q="x 2")]))

    E("m30_crosshaven_electrical", "Aoife Kiely <accounts@crosshavenboatyard.ie>", "PO CBY-1204",
      "Thu, 12 Mar 2026 16:16:16 +0000",
"""Hi,

Please see PO CBY-1204 below.

Qty\tUnit\tDescription\tUnit Price
25\tm\tTinned cable twin 2x1.5mm²\t1.10
2\treel\tTinned twin 2x2.5mm² 30m reel\t42.00
10\tpk\tATO blade fuse assortment (10)\t4.90
6\tea\tMIDI fuse 60A\t4.20
2\tea\tLeisure battery 110Ah deep cycle\t129.00

Thanks,
Aoife Kiely
Accounts, Crosshaven Boatyard Ltd
""",
      po("Crosshaven Boatyard Ltd", "CBY-1204", None, None, None, [
          L("CBL-TW15-M", "Tinned cable twin 2x1.5mm²", 25, "M", 1.10),
          L("CBL-TW25-R30", "Tinned twin 2x2.5mm² 30m reel", 2, "RL", 42.00),
          L("FUS-ATO-AST10", "ATO blade fuse assortment (10)", 10, "PK", 4.90),
          L("FUS-MIDI-060", "MIDI fuse 60A", 6, "EA", 4.20),
          L("BAT-DC-110", "Leisure battery 110Ah deep cycle", 2, "EA", 129.00)]))

    E("m31_schelde_nl_supplement", "Pieter de Vries <inkoop@jachthavendeschelde.nl>", "RE: Orderbevestiging SO-260211 / onze bestelling 2026-0112",
      "Fri, 13 Mar 2026 09:44:20 +0100",
"""Goedemorgen,

Bedankt voor de bevestiging. De bestelling hieronder is akkoord en mag zo blijven. Wij willen nog iets extra bestellen, als aparte order met ons nummer 2026-0131:

- 4 stuks anker Delta 6 kg
- 40 m ketting 6 mm DIN 766

Mag met dezelfde zending mee als dat lukt.

Groet,
Pieter de Vries
Jachthaven De Schelde BV

-----Oorspronkelijk bericht-----
Van: Solent & Biscay Chandlery <orders@solentbiscay.co.uk>
Verzonden: donderdag 12 maart 2026 17:02
Onderwerp: Orderbevestiging SO-260211 / onze bestelling 2026-0112

Dear Pieter, we confirm your order 2026-0112:
20 x FND-F2-WHT, 8 x FND-F4-NVY, 2 x ROP-PB10-WHT-R100, 15 x SHK-DA4-08, 6 x SHK-BA4-06.
""",
      po("Jachthaven De Schelde BV", "2026-0131", None, None, None, [
          L("ANC-DLT-06", "anker Delta 6 kg", 4, "EA"),
          L("CHN-G30-06", "ketting 6 mm DIN 766", 40, "M")]))

    E("m32_nordfjord_en_same_plus", "Kjetil Solberg <kjetil@nordfjordbat.no>", "PO NB-4502",
      "Mon, 16 Mar 2026 08:03:00 +0100",
"""Hi,

PO NB-4502 please. Engine parts for customer boats:

Yanmar 3YM30AE   128990-42200   impeller        x5
Yanmar 4JH45     119305-35151   oil filter      x8
Yanmar 4JH45     104500-55710   fuel filter     x8
Yanmar 3YM30     service kit                    x4
Nanni N4.38      970310         impeller        x2

Regards
Kjetil
Nordfjord Båtservice AS
""",
      po("Nordfjord Båtservice AS", "NB-4502", None, None, None, [
          L("IMP-YM-128990", "impeller", 5, "EA", q="x5"),
          L("FLT-OIL-YM119305", "oil filter", 8, "EA", q="x8"),
          L("FLT-FUE-YM104500", "fuel filter", 8, "EA", q="x8"),
          L("SVK-YM-3YM30", "service kit", 4, "EA", q="x4"),
          L("IMP-NA-970310", "impeller", 2, "EA", q="x2")]))

    E("m33_marstrand_flares_en", "Anna Lindqvist <anna.lindqvist@marstrandsegel.se>", "Order MSS-26-014 flares & re-arm",
      "Tue, 17 Mar 2026 13:00:00 +0100",
"""Hi,

Order MSS-26-014:

2 offshore flare packs
3 coastal flare packs
4 x re-arm kit 60g (for the 275N jackets)
25 x re-arm kit 33g

Dangerous goods - we know flares need separate transport, that's fine.

Kind regards / Med vänliga hälsningar
Anna Lindqvist
Marstrand Segelskola AB
""",
      po("Marstrand Segelskola AB", "MSS-26-014", None, None, None, [
          L("FLR-PK-OFF", "offshore flare packs", 2, "PK"),
          L("FLR-PK-COAST", "coastal flare packs", 3, "PK"),
          L("RAK-60", "re-arm kit 60g (for the 275N jackets)", 4, "EA"),
          L("RAK-33", "re-arm kit 33g", 25, "EA")]))

    E("m34_cornwall_correction", "Tom Trevaskis <tom@cornwallfishcoop.co.uk>", "Re: order for the quay CFC 7731",
      "Wed, 18 Mar 2026 06:40:00 +0000",
"""Hi,

Change to CFC 7731 please - not gone out yet I hope:
- scrap the starter batteries, skipper's sorted them
- fenders: make it 14 not 10
rest as below.

Tom

> From: Tom Trevaskis <tom@cornwallfishcoop.co.uk>
> Subject: order for the quay
>
> Order for the co-op please, ref CFC 7731
>
> 40 galv D shackles 12mm
> 40 galv D shackles 10mm
> 10 x Fender F6 black
> 90m 12mm grade 70 chain
> 6 starter batteries 90Ah
>
> Tom Trevaskis
> Cornwall Fishermen's Co-operative Ltd
> The Fish Quay, Newlyn, Penzance TR18 5HW
""",
      po("Cornwall Fishermen's Co-operative Ltd", "CFC 7731", None, None, None, [
          L("SHK-DGV-12", "galv D shackles 12mm", 40, "EA"),
          L("SHK-DGV-10", "galv D shackles 10mm", 40, "EA"),
          L("FND-F6-BLK", "Fender F6 black", 14, "EA", q="make it 14 not 10", far=True),
          L("CHN-G70-12", "12mm grade 70 chain", 90, "M")]))

    E("m35_plymouth_excel_tabs", "Sarah Penrose <sarah@plymouthsailingacademy.org.uk>", "Order PSA/2026/057",
      "Thu, 19 Mar 2026 10:10:10 +0000",
"""Hi, pasted from our spreadsheet - order PSA/2026/057, needed by 02/04/2026:

Qty\tItem code\tDescription\tPrice
4\tROP-PB10-RED-M\tmainsheet 10mm red (per m)\t1.95
40\tROP-PB10-RED-M\tsee above - total 40m\t
2\tBLK-S57\tsingle 57 ball\t34.00
2\tBLK-S57B\tsingle 57 becket\t38.00
1\tANC-DAN-075\tDanforth 7.5kg for the RIB\t59.00

Sorry the first line is wrong - ignore the "4", it's 40 m total, one line.

Sarah
""",
      po("Plymouth Sailing Academy", "PSA/2026/057", None, "2026-04-02", None, [
          L("ROP-PB10-RED-M", "mainsheet 10mm red (per m)", 40, "M", 1.95, q="40"),
          L("BLK-S57", "single 57 ball", 2, "EA", 34.00),
          L("BLK-S57B", "single 57 becket", 2, "EA", 38.00),
          L("ANC-DAN-075", "Danforth 7.5kg for the RIB", 1, "EA", 59.00)]))

    E("m36_jadran_en_fleet", "Marko Perić <nabava@jadrancharter.hr>", "Fleet order JC-2026-22",
      "Fri, 20 Mar 2026 11:11:00 +0100",
"""Dear colleagues,

Fleet order JC-2026-22 (22 boats), prices EUR as per your 2026 offer:

#  Qty  Description                               EUR/unit
1  22   Fender F4 white                              42.00
2  22   Fender F4 navy                               45.00
3  44   D shackle A4 8mm pin                          6.10
4  11   Lifejacket 150N auto harness adult          109.00
5  6    Flare pack coastal                           99.00
6  2    Polyester braid 12mm navy reel 100m         225.00

Deliver to Marina Dalmacija, Bibinje, pier D by 10 April.

Best regards,
Marko Perić, Jadran Charter d.o.o.
""",
      po("Jadran Charter d.o.o.", "JC-2026-22", None, "2026-04-10", "EUR", [
          L("FND-F4-WHT", "Fender F4 white", 22, "EA", 42.00),
          L("FND-F4-NVY", "Fender F4 navy", 22, "EA", 45.00),
          L("SHK-DA4-08", "D shackle A4 8mm pin", 44, "EA", 6.10),
          L("LJK-150AH-AD", "Lifejacket 150N auto harness adult", 11, "EA", 109.00),
          L("FLR-PK-COAST", "Flare pack coastal", 6, "PK", 99.00),
          L("ROP-PB12-NVY-R100", "Polyester braid 12mm navy reel 100m", 2, "RL", 225.00)]))

    E("m37_aarhus_shortlist", "Mads Kjær <mk@aarhusbaadevaerft.dk>", "small order AB-2026-044",
      "Mon, 23 Mar 2026 14:00:00 +0100",
"""Hi,

Small one: AB-2026-044

one Spade anchor 15 kg
two Snatch blocks 75mm
three Single block 75mm

Thanks, Mads
""",
      po("Aarhus Bådeværft ApS", "AB-2026-044", None, None, None, [
          L("ANC-SPD-15", "Spade anchor 15 kg", 1, "EA", q="one"),
          L("BLK-SN75", "Snatch blocks 75mm", 2, "EA", q="two"),
          L("BLK-S75", "Single block 75mm", 3, "EA", q="three")]))

    E("m38_chesapeake_correction", "Rick Alvarez <rick@chesapeakeyachtcharters.com>", "RE: PO CYC-2307",
      "Tue, 24 Mar 2026 10:02:00 -0400",
"""Sorry, my mistake below - the halyard line should be 1/2 inch (12 mm), not 3/8. Same qty, same PO. And add 10 A4 D shackles 5/16" pin (8mm).

Rick

-----Original Message-----
From: Rick Alvarez
Sent: Monday, March 23, 2026 5:40 PM
Subject: PO CYC-2307

PO CYC-2307
- 1 reel 3/8" dyneema black (100 m)
- 2 x 22 lb (10 kg) Delta anchors

Rick Alvarez, Chesapeake Yacht Charters LLC
""",
      po("Chesapeake Yacht Charters LLC", "CYC-2307", None, None, None, [
          L("ROP-DY12-BLK-R100", "reel 3/8\" dyneema black (100 m)", 1, "RL"),
          L("ANC-DLT-10", "22 lb (10 kg) Delta anchors", 2, "EA"),
          L("SHK-DA4-08", "A4 D shackles 5/16\" pin (8mm)", 10, "EA")]))

    E("m39_bretagne_fr_skus", "Yann Le Goff <yann@bretagne-voiliers.fr>", "complément flotte - cde BLV-0326-01",
      "Wed, 25 Mar 2026 08:30:00 +0100",
"""Bonjour,

Cde BLV-0326-01 :
SVK-VP-D240 x 8
RAK-33 x 30
FND-F3-NVY x 6

Merci,
Yann
""",
      po("Bretagne Location Voiliers SARL", "BLV-0326-01", None, None, None, [
          L("SVK-VP-D240", "SVK-VP-D240", 8, "EA"),
          L("RAK-33", "RAK-33", 30, "EA"),
          L("FND-F3-NVY", "FND-F3-NVY", 6, "EA")]), to=SELLER_FR)

    E("m40_ligure_it_erp", "Francesca Bruzzone <acquisti@cantiereligure.it>", "ORDINE FORNITORE 2026/0263",
      "Thu, 26 Mar 2026 09:00:00 +0100",
"""ORDINE FORNITORE N. 2026/0263 DEL 26/03/2026
FORNITORE: SOLENT & BISCAY SHIPCHANDLER SAS - LA ROCHELLE
CONSEGNA: 08/04/2026   PAGAMENTO: BONIFICO 60 GG D.F.

COD.ART.   DESCRIZIONE                              UM   QUANTITA'   PREZZO EUR
CNL-0451   ANTIVEGETATIVA HARD RACING NERA 2,5L     PZ      12         169,00
CNL-0452   ANTIVEGETATIVA HARD RACING NERA 0,75L    PZ       6          62,00
CNL-0610   ANCORA DELTA 25 KG ZINCATA               PZ       1         259,00
CNL-0733   CATENA ZINC. GR.70 10MM                  MT      60          16,50

Cantiere Navale Ligure Srl - Via del Molo 18 - 19126 La Spezia - P.IVA 01234560117
""",
      po("Cantiere Navale Ligure Srl", "2026/0263", "2026-03-26", "2026-04-08", "EUR", [
          L("AFP-HR-BLK-250", "ANTIVEGETATIVA HARD RACING NERA 2,5L", 12, "EA", 169.00, "CNL-0451"),
          L("AFP-HR-BLK-075", "ANTIVEGETATIVA HARD RACING NERA 0,75L", 6, "EA", 62.00, "CNL-0452"),
          L("ANC-DLT-25", "ANCORA DELTA 25 KG ZINCATA", 1, "EA", 259.00, "CNL-0610"),
          L("CHN-G70-10", "CATENA ZINC. GR.70 10MM", 60, "M", 16.50, "CNL-0733")]), to=SELLER_FR)

    E("m41_mystic_blocks_usd", "Karen Doyle <kdoyle@mystichboatyard.com>", "PO MHB-10511",
      "Fri, 27 Mar 2026 11:30:00 -0400",
"""Hello,

PO MHB-10511 - ship by April 10, 2026

(4) Double block 57mm ball bearing @ $66.00
(4) Single block 57mm w/ becket @ $48.00
(16) Bow shackle A4 3/8" pin (10mm) @ $13.30
(6) F3 fenders white @ $36.50

Thank you,
Karen Doyle | Office Manager | Mystic Harbor Boatyard Inc.
74 Greenmanville Ave, Mystic, CT 06355
""",
      po("Mystic Harbor Boatyard Inc.", "MHB-10511", None, "2026-04-10", "USD", [
          L("BLK-D57", "Double block 57mm ball bearing", 4, "EA", 66.00, q="(4)"),
          L("BLK-S57B", "Single block 57mm w/ becket", 4, "EA", 48.00, q="(4)"),
          L("SHK-BA4-10", "Bow shackle A4 3/8\" pin (10mm)", 16, "EA", 13.30, q="(16)"),
          L("FND-F3-WHT", "F3 fenders white", 6, "EA", 36.50, q="(6)")]))

    E("m42_solent_desc_only_ukdate", "purchasing@solentboatworks.co.uk", "PO 4500032010",
      "Mon, 30 Mar 2026 15:00:00 +0100",
"""PO 4500032010 dated 30/03/26, delivery 03/04/26.

SBW-60112  Eroding antifoul white 750ml          x 4
SBW-60113  Eroding antifoul white 2.5 litre      x 2
           Primer grey small tin (0.75)          x 2
SBW-44135  Galv D shackle 8mm                    x 50

Solent Boatworks Ltd - Purchasing
Unit 7, Saxon Wharf, Lower York Street, Southampton SO14 5QF
""",
      po("Solent Boatworks Ltd", "4500032010", "2026-03-30", "2026-04-03", None, [
          L("AFP-ER-WHT-075", "Eroding antifoul white 750ml", 4, "EA", cp="SBW-60112", q="x 4"),
          L("AFP-ER-WHT-250", "Eroding antifoul white 2.5 litre", 2, "EA", cp="SBW-60113", q="x 2"),
          L("AFP-PR-GRY-075", "Primer grey small tin (0.75)", 2, "EA", q="x 2"),
          L("SHK-DGV-08", "Galv D shackle 8mm", 50, "EA", cp="SBW-44135", q="x 50")]))
