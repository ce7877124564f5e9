from common import *

# e11 Flemish overalls + embroidery
mail("e11_desmet_overalls_vl", "Lien Vandamme <lien.vandamme@desmet-bouw.be>", NL_ORDERS,
 "bestelling werkkledij + borduren logo", "2026-12-09 10:12",
"""Dag Peter,

Zoals gisteren telefonisch besproken, mag ge het volgende klaarzetten (bestelbon 26/0815):

- overall marine maat M : 6 stuks
- overall marine maat L : 10 stuks
- overall marine maat XL : 8 stuks
- overall marine maat XXL : 4 stuks
- logo borduren op de rug, op alle 28 overalls
- logo borduren op de borst links, ook 28

Levering op onze stelplaats te Harelbeke, Kortrijksesteenweg 212. Liefst tegen 22/12 want dan sluiten we voor het bouwverlof.

Alvast bedankt en een fijne dag nog!

Lien Vandamme
Aankoop & administratie
Bouwgroep Desmet NV
Kortrijksesteenweg 212 - 8530 Harelbeke
tel. 056 71 23 90
BTW BE 0445.118.262
""",
E("Bouwgroep Desmet NV", "26/0815", [
  L("OV-NV-M", "overall marine maat M", 6),
  L("OV-NV-L", "overall marine maat L", 10),
  L("OV-NV-XL", "overall marine maat XL", 8),
  L("OV-NV-XXL", "overall marine maat XXL", 4),
  L("EMB-BACK", "logo borduren op de rug, op alle 28 overalls", 28),
  L("EMB-CHEST", "logo borduren op de borst links, ook 28", 28),
 ], requested_date="2026-12-22",
 ship_to=ST("Bouwgroep Desmet NV", "Kortrijksesteenweg 212", "Harelbeke", "8530", "BE")),
 "Flemish, embroidery quantities derived from garment count stated in text", "nl-BE")

# e12 reply thread, newest changes sizes
mail("e12_liffey_thread_size_change", "Orla Brennan <orla@liffeyclean.ie>", UK_ORDERS,
 "RE: RE: Order LCS-3302 scrubs + gloves", "2026-12-10 09:02",
"""Hi Tom,

Sorry, one more change before you pick it - the girls tried the samples and they come up small.
So for the navy tunics make it 4 x M, 6 x L and 4 x XL (no smalls at all).
Trousers stay as they were. Gloves as before.

Orla

On Wed 9 Dec 2026 at 15:20, Tom Verbeek <orders@maasdelta-workwear.co.uk> wrote:
> Hi Orla, thanks - noted with the gloves in medium. Will ship Friday.
> Tom
>
> On Wed 9 Dec 2026 at 11:47, Orla Brennan <orla@liffeyclean.ie> wrote:
>> Hi Tom, small tweak - make the disposable gloves medium not large please, same 30 boxes.
>>
>> On Tue 8 Dec 2026 at 16:05, Orla Brennan <orla@liffeyclean.ie> wrote:
>>> Hello,
>>> Please book in order LCS-3302:
>>> Scrub tunic navy: S x 4, M x 6, L x 4
>>> Scrub trousers navy: S x 4, M x 6, L x 4
>>> Disposable nitrile gloves box 100, size L - 30 boxes
>>> Thanks,
>>> Orla Brennan
>>> Operations Manager, Liffey Clean Services
>>> Unit 12, Parkwest Enterprise Centre, Dublin 12, D12 YK84
>>> +353 1 620 4418
""",
E("Liffey Clean Services", "LCS-3302", [
  L("SC-TUN-NV-M", "Scrub tunic navy", 4),
  L("SC-TUN-NV-L", "Scrub tunic navy", 6),
  L("SC-TUN-NV-XL", "Scrub tunic navy", 4),
  L("SC-TRS-NV-S", "Scrub trousers navy", 4),
  L("SC-TRS-NV-M", "Scrub trousers navy", 6),
  L("SC-TRS-NV-L", "Scrub trousers navy", 4),
  L("GL-DSP-M", "Disposable nitrile gloves box 100, size L", 30, "BX"),
 ]),
 "Reply thread: newest message changes tunic sizes, middle message changes glove size; older lines still apply")

# e13 unknown UK sender, iPhone
mail("e13_unknown_davecollins_iphone", "Dave Collins <davecollinsbuilding@btinternet.com>", UK_ORDERS,
 "boots", "2026-12-10 06:58",
"""Hi mate can you send 2 pair of the S3 steelies size 44 and 1 pair size 45, and a box of ear plugs (200). Same card as before, I'll pay when you ring.

Deliver 14 Moorside Close, Huddersfield HD3 3QT

Cheers Dave
Dave Collins Building & Roofing
07811 402 917

Sent from my iPhone
""",
E("Dave Collins Building & Roofing", None, [
  L("BT-S3S-44", "S3 steelies size 44", 2, "PR"),
  L("BT-S3S-45", "size 45", 1, "PR"),
  L("EP-200", "box of ear plugs (200)", 1, "BX"),
 ], ship_to=ST(None, "14 Moorside Close", "Huddersfield", "HD3 3QT", "GB")),
 "Sender not in customers.csv; slang, no PO number, 'Sent from my iPhone'")

# e14 FR hospital scrubs
mail("e14_hse_namur_scrubs_fr", "Service Achats <achats@hse-namur.be>", NL_ORDERS,
 "Bon de commande 2026/BC/1873 - tenues de soins", "2026-12-10 14:22",
"""Madame, Monsieur,

Veuillez trouver ci-dessous notre bon de commande n° 2026/BC/1873 du 10/12/2026.

Réf. HSE     Désignation                              Qté
TEN-0041     Tunique unisexe bleu marine T. S          20
TEN-0042     Tunique unisexe bleu marine T. M          35
TEN-0043     Tunique unisexe bleu marine T. L          25
TEN-0051     Tunique unisexe bleu ciel T. M            15
TEN-0061     Pantalon unisexe bleu marine T. M         30
TEN-0062     Pantalon unisexe bleu marine T. L         20

Livraison : Magasin central, Place Louise Godin 15, 5000 Namur – quai n° 3.
Date de livraison souhaitée : 04/01/2027.

Merci de mentionner le numéro de bon de commande sur la facture.

Cordialement,
Nathalie Dupont
Service Achats – Hôpital Sainte-Élisabeth
Tél. 081 72 04 11
""",
E("Hôpital Sainte-Élisabeth Namur", "2026/BC/1873", [
  L("SC-TUN-NV-S", "Tunique unisexe bleu marine T. S", 20, cp="TEN-0041"),
  L("SC-TUN-NV-M", "Tunique unisexe bleu marine T. M", 35, cp="TEN-0042"),
  L("SC-TUN-NV-L", "Tunique unisexe bleu marine T. L", 25, cp="TEN-0043"),
  L("SC-TUN-CB-M", "Tunique unisexe bleu ciel T. M", 15, cp="TEN-0051"),
  L("SC-TRS-NV-M", "Pantalon unisexe bleu marine T. M", 30, cp="TEN-0061"),
  L("SC-TRS-NV-L", "Pantalon unisexe bleu marine T. L", 20, cp="TEN-0062"),
 ], order_date="2026-12-10", requested_date="2027-01-04",
 ship_to=ST("Magasin central", "Place Louise Godin 15", "Namur", "5000", "BE")),
 "French (Belgium), buyer references column, navy vs ceil blue near-duplicates", "fr")

# e15 UK fixed-width boot size grid
mail("e15_harrowpike_boot_grid", "Sophie Turnbull <s.turnbull@harrowpike.co.uk>", UK_ORDERS,
 "PO HP-40229 boots for new starters", "2026-12-10 11:34",
"""Hi,

Boots for the January intake please, PO HP-40229. Sizes as below:

Style                     | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46
--------------------------+----+----+----+----+----+----+----+----
S3 boot steel toe         |  - |  1 |  3 |  6 |  6 |  4 |  2 |  1
S3 boot composite (metal- |    |    |    |    |    |    |    |
free, for the rail lads)  |  - |  - |  2 |  2 |  3 |  2 |  - |  -

Agreed price £46.00 steel / £53.00 composite per pair.
Wanted w/c 4 Jan 2027 at Stourton Link (main yard).

Thanks,
Sophie Turnbull
Procurement Coordinator | Harrow & Pike Construction Ltd
0113 496 0712
""",
E("Harrow & Pike Construction Ltd", "HP-40229", [
  L("BT-S3S-40", "S3 boot steel toe", 1, "PR", 46.00),
  L("BT-S3S-41", "S3 boot steel toe", 3, "PR", 46.00),
  L("BT-S3S-42", "S3 boot steel toe", 6, "PR", 46.00),
  L("BT-S3S-43", "S3 boot steel toe", 6, "PR", 46.00),
  L("BT-S3S-44", "S3 boot steel toe", 4, "PR", 46.00),
  L("BT-S3S-45", "S3 boot steel toe", 2, "PR", 46.00),
  L("BT-S3S-46", "S3 boot steel toe", 1, "PR", 46.00),
  L("BT-S3C-41", "S3 boot composite (metal-", 2, "PR", 53.00),
  L("BT-S3C-42", "S3 boot composite (metal-", 2, "PR", 53.00),
  L("BT-S3C-43", "S3 boot composite (metal-", 3, "PR", 53.00),
  L("BT-S3C-44", "S3 boot composite (metal-", 2, "PR", 53.00),
 ], currency="GBP",
 ship_to={"street": "Stourton Link"}),
 "Fixed-width size grid for boots with a wrapped row label; price stated once per style; week-only date")

# e16 NL hospital word quantities
mail("e16_zrz_gloves_words_nl", "Magazijn ZRZ <magazijn@zrz.nl>", NL_ORDERS,
 "Bestelling handschoenen", "2026-12-10 13:15",
"""Beste leverancier,

Voor het centraal magazijn graag:
- vijftig dozen nitril handschoenen poedervrij maat M (doos à 100)
- dertig dozen idem maat S
- twintig dozen idem maat L

Ons bestelnummer: 4500381927
Leveren aan: Ziekenhuis Rijnmond-Zuid, Centraal Magazijn, Groene Hilledijk 315, 3075 EA Rotterdam, dock B.

Met vriendelijke groet,
Ellen Bos
Centraal Magazijn
Ziekenhuis Rijnmond-Zuid
010 - 291 1911

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""",
E("Ziekenhuis Rijnmond-Zuid", "4500381927", [
  L("GL-DSP-M", "nitril handschoenen poedervrij maat M (doos à 100)", 50, "BX"),
  L("GL-DSP-S", "idem maat S", 30, "BX"),
  L("GL-DSP-L", "idem maat L", 20, "BX"),
 ], ship_to=ST("Ziekenhuis Rijnmond-Zuid, Centraal Magazijn", "Groene Hilledijk 315", "Rotterdam", "3075 EA", "NL")),
 "Dutch word quantities (vijftig, dertig, twintig) and 'idem' lines", "nl")

# e17 DE hospital Kasacks
mail("e17_klinikum_kasacks_de", "Sabine Hoffmann <s.hoffmann@klinikum-niederrhein.de>", NL_ORDERS,
 "Bestellung Bereichskleidung OP / Bestell-Nr. 7700-26-3318", "2026-12-11 08:45",
"""Guten Morgen,

bitte liefern Sie zu Bestellung 7700-26-3318 (Datum 11.12.2026):

Kasack unisex marine, Gr. S        15 Stk
Kasack unisex marine, Gr. M        25 Stk
Kasack unisex hellblau, Gr. M      10 Stk
Kasack unisex hellblau, Gr. L      10 Stk
Hose unisex marine, Gr. M          25 Stk
Hose unisex marine, Gr. L          15 Stk

Anlieferung Zentrallager, Albersallee 5, 47533 Kleve, Mo-Fr 7-14 Uhr.
Gewünschter Liefertermin: 08.01.2027

Freundliche Grüße
Sabine Hoffmann
Materialwirtschaft
Klinikum Niederrhein gGmbH
Tel. 02821 490-2231
""",
E("Klinikum Niederrhein gGmbH", "7700-26-3318", [
  L("SC-TUN-NV-S", "Kasack unisex marine, Gr. S", 15),
  L("SC-TUN-NV-M", "Kasack unisex marine, Gr. M", 25),
  L("SC-TUN-CB-M", "Kasack unisex hellblau, Gr. M", 10),
  L("SC-TUN-CB-L", "Kasack unisex hellblau, Gr. L", 10),
  L("SC-TRS-NV-M", "Hose unisex marine, Gr. M", 25),
  L("SC-TRS-NV-L", "Hose unisex marine, Gr. L", 15),
 ], order_date="2026-12-11", requested_date="2027-01-08",
 ship_to=ST("Klinikum Niederrhein, Zentrallager", "Albersallee 5", "Kleve", "47533", "DE")),
 "German, quantity after description with 'Stk', scrubs colours", "de")

# e18 PL unknown cleaning company
mail("e18_unknown_mazur_pl", "Mazur Sprzątanie <mazur.sprzatanie@gmail.com>", NL_ORDERS,
 "zamówienie", "2026-12-11 19:30",
"""Dzień dobry,

chciałabym zamówić:
rękawiczki nitrylowe jednorazowe niebieskie rozm. M - 10 opakowań
rękawiczki nitrylowe jednorazowe niebieskie rozm. L - 6 opakowań
kamizelka odblaskowa żółta XL - 8 szt

Faktura na firmę: Mazur Sprzątanie Katarzyna Mazur, ul. Ogrodowa 7/3, 61-820 Poznań, NIP 7831655402.
Dostawa na ten sam adres.

Pozdrawiam
Katarzyna Mazur
tel. 601 223 874
""",
E("Mazur Sprzątanie Katarzyna Mazur", None, [
  L("GL-DSP-M", "rękawiczki nitrylowe jednorazowe niebieskie rozm. M", 10, "BX"),
  L("GL-DSP-L", "rękawiczki nitrylowe jednorazowe niebieskie rozm. L", 6, "BX"),
  L("HV2-VST-YE-XL", "kamizelka odblaskowa żółta XL", 8),
 ], ship_to=ST("Mazur Sprzątanie Katarzyna Mazur", "ul. Ogrodowa 7/3", "Poznań", "61-820", "PL")),
 "Sender not in customers.csv (gmail), Polish, no PO number", "pl")

# e19 FR colour / size separate
mail("e19_lefevre_gilets_couleur_fr", "Julien Caron <j.caron@lefevre-btp.fr>", NL_ORDERS,
 "Cde 26-1190 gilets + casques chantier Euralille", "2026-12-11 10:03",
"""Bonjour,

Merci de nous livrer pour le chantier Euralille (commande 26-1190) :

Gilets haute visibilité classe 2
  orange : L x5, XL x3
  jaune : XL x10, XXL x4

Casques de chantier
  blanc x8 / bleu x4

Lunettes de protection teintées : 12

Adresse : Chantier Euralille 3000, 1 avenue Le Corbusier, 59000 Lille – contact M. Caron 06 12 44 87 19
Pour le mardi 22/12 au plus tard.

Bien à vous,
Julien Caron
Conducteur de travaux – Bâtiments Lefèvre SAS
12 rue du Molinel, 59800 Lille
""",
E("Bâtiments Lefèvre SAS", "26-1190", [
  L("HV2-VST-OR-L", "Gilets haute visibilité classe 2", 5),
  L("HV2-VST-OR-XL", "Gilets haute visibilité classe 2", 3),
  L("HV2-VST-YE-XL", "Gilets haute visibilité classe 2", 10),
  L("HV2-VST-YE-XXL", "Gilets haute visibilité classe 2", 4),
  L("HH-WH", "Casques de chantier", 8),
  L("HH-BL", "Casques de chantier", 4),
  L("SG-TNT", "Lunettes de protection teintées", 12),
 ], requested_date="2026-12-22",
 ship_to=ST("Chantier Euralille 3000", "1 avenue Le Corbusier", "Lille", "59000", "FR")),
 "French, colour and size separate from product ('orange : L x5, XL x3'), hat colours on one line", "fr")

# e20 EN hotel in NL with Dutch signature
mail("e20_newmaas_chef_black", "F&B Office <fb.office@hotelnewmaas.nl>", NL_ORDERS,
 "Order chef jackets black - PO 26-0388", "2026-12-11 16:18",
"""Dear Maasdelta team,

For our new restaurant team please deliver:

3 pcs  chef jacket black size S
5 pcs  chef jacket black size M
5 pcs  chef jacket black size L
2 pcs  chef jacket black size XL
15 pcs name embroidery (list of names follows from HR)

Unit prices as per your quote Q-26-412 (EUR 23.00 jacket, EUR 2.50 name).
Our PO: 26-0388. Please deliver to the staff entrance, Wilhelminakade 88, 3072 AR Rotterdam.

Kind regards / Met vriendelijke groet,

Mila Jansen
F&B Office Manager
Hotel New Maas Rotterdam
Wilhelminakade 88 | 3072 AR Rotterdam | +31 10 760 11 00
""",
E("Hotel New Maas Rotterdam", "26-0388", [
  L("CJ-BK-S", "chef jacket black size S", 3, "EA", 23.00),
  L("CJ-BK-M", "chef jacket black size M", 5, "EA", 23.00),
  L("CJ-BK-L", "chef jacket black size L", 5, "EA", 23.00),
  L("CJ-BK-XL", "chef jacket black size XL", 2, "EA", 23.00),
  L("EMB-NAME", "name embroidery (list of names follows from HR)", 15, "EA", 2.50),
 ], currency="EUR",
 ship_to=ST("Hotel New Maas Rotterdam", "Wilhelminakade 88", "Rotterdam", "3072 AR", "NL")),
 "English from NL hotel, prices given once in a sentence, quote number that is not the PO")

# e21 forward
mail("e21_northgate_forward", "Leanne Marsh <leanne.marsh@northgatehotels.co.uk>", UK_ORDERS,
 "FW: aprons and hats for Deansgate", "2026-12-14 09:27",
"""Hi Ruth - please process the below from our Deansgate head chef. PO NHG-PO-55234 raised for it.
Deliver to Deansgate Hotel, 140 Deansgate, Manchester M3 3HF.

Thanks, Leanne

---------- Forwarded message ---------
From: Carlos Ruiz <headchef.deansgate@northgatehotels.co.uk>
Date: Fri, 11 Dec 2026 at 22:41
Subject: aprons and hats for Deansgate
To: Leanne Marsh <leanne.marsh@northgatehotels.co.uk>

Leanne,
can you order for us:
two dozen white bib aprons
6 black chef jackets XL
6 black chef jackets XXL
thanks
Carlos
""",
E("Northgate Hospitality Group", "NHG-PO-55234", [
  L("CA-WH", "white bib aprons", 2, "DZ"),
  L("CJ-BK-XL", "black chef jackets XL", 6),
  L("CJ-BK-XXL", "black chef jackets XXL", 6),
 ], ship_to=ST("Deansgate Hotel", "140 Deansgate", "Manchester", "M3 3HF", "GB")),
 "Forwarded request; PO added by forwarder; 'two dozen' kept as 2 DZ")
