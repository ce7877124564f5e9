from lib import eml, L, S, label

def build():
    # ---------------------------------------------------------------- e01
    eml("e01_hotel_towels_terse", "Maria Kowalski <housekeeping@harrowgategrand.co.uk>",
        "towels", "Tue, 01 Dec 2026 07:52:10 +0000",
        """Hi, can we get 120 x bath towels 500g and 200 hand towels (the 500gsm ones not the cheap ones) please. Usual delivery.

Thanks
Maria

Maria Kowalski | Head Housekeeper
Harrowgate Grand Hotel
14 Ripon Road, Harrogate HG1 2RF
T 01423 500 611
""",
        label("Harrowgate Grand Hotel", None,
              [L("TWB-500-WHT", 120, desc="bath towels 500g"), L("TWH-500-WHT", 200, desc="hand towels (the 500gsm ones)")],
              ship_to=S("Harrowgate Grand Hotel", "14 Ripon Road", "Harrogate", "HG1 2RF", "GB")),
        "terse; grade chosen by '500gsm not the cheap ones'; ship_to from signature")

    # ---------------------------------------------------------------- e02
    eml("e02_restaurant_new_site_chatty", "Tom Greaves <tom.greaves@bramleyfinch.co.uk>",
        "Shoreditch opening - kit order (PO BF-2026-1187)", "Wed, 02 Dec 2026 16:20:44 +0000",
        """Hi both,

Hope you're well and surviving the December madness! We're finally opening the Shoreditch site on the 14th (fingers crossed the extraction fans get signed off) so I need to get the new brigade kitted out.

Could you send the following - PO is BF-2026-1187:

Black chef jackets, long sleeve - 2 small, 3 medium, 3 large
Check chef trousers x 8 in M
10 of the black waist aprons (bistro style, same as Clerkenwell has)
and a dozen white skull caps

IMPORTANT: this needs to go to the new site, not head office:
Bramley & Finch Shoreditch
22 Rivington Street
London EC2A 3DU
(ask for Priya, kitchen entrance is round the back on Charlotte Road)

Latest Friday 11th December please, otherwise we're cooking in t-shirts.

Cheers,
Tom

--
Tom Greaves
Group Operations Manager
Bramley & Finch Restaurants Ltd
5 Clerkenwell Close, London EC1R 0AA
""",
        label("Bramley & Finch Restaurants Ltd", "BF-2026-1187",
              [L("CJ-BLK-LS-S", 2, desc="Black chef jackets long sleeve small"), L("CJ-BLK-LS-M", 3, desc="Black chef jackets long sleeve medium"),
               L("CJ-BLK-LS-L", 3, desc="Black chef jackets long sleeve large"), L("CT-CHK-M", 8, desc="Check chef trousers M"),
               L("APW-BLK", 10, desc="black waist aprons (bistro style)"), L("CSC-WHT", 12, desc="white skull caps")],
              requested_date="2026-12-11",
              ship_to=S("Bramley & Finch Shoreditch", "22 Rivington Street", "London", "EC2A 3DU", "GB")),
        "chatty; sizes as words; 'a dozen'; ship-to differs from signature; the 14th is the opening, not the delivery date")

    # ---------------------------------------------------------------- e03
    eml("e03_school_numbered_list", "Bursar <bursar@staidans.sch.uk>",
        "Uniform order SA/UNI/0412", "Thu, 03 Dec 2026 10:05:00 +0000",
        """Good morning,

Further to your quote Q-26-3310, please accept this as our official order SA/UNI/0412.

1. Crew neck sweatshirt navy, size XS - 25 @ £8.10
2. Crew neck sweatshirt navy, size S - 40 @ £8.10
3. Crew neck sweatshirt navy, size M - 30 @ £8.10
4. Crew neck sweatshirt navy, size L - 15 @ £8.10
5. PE t-shirt white, S - 50 @ £2.60
6. PE t-shirt white, M - 50 @ £2.60
7. School crest embroidered left breast on all sweatshirts (110) @ £2.20 - logo is already on file from last year so no set-up please.

Please deliver to the school main reception (not the Trust office) before the end of term on 18/12/2026:
St Aidan's Academy, Gilesgate, Durham DH1 1QA

Invoices to the Trust office as usual.

Kind regards

Helen Marsh
Business Manager
St Aidan's Academy Trust
Trust Office, 3 Old Elvet, Durham DH1 3HL
""",
        label("St Aidan's Academy Trust", "SA/UNI/0412",
              [L("SWC-NAV-XS", 25, price=8.10), L("SWC-NAV-S", 40, price=8.10), L("SWC-NAV-M", 30, price=8.10), L("SWC-NAV-L", 15, price=8.10),
               L("TS-WHT-S", 50, price=2.60), L("TS-WHT-M", 50, price=2.60),
               L("EMB-LOGO-S", 110, price=2.20, desc="School crest embroidered left breast")],
              requested_date="2026-12-18", currency="GBP",
              ship_to=S("St Aidan's Academy", "Gilesgate", "Durham", "DH1 1QA", "GB")),
        "numbered list with prices; quote number is not the PO; embroidery qty written in brackets")

    # ---------------------------------------------------------------- e04
    eml("e04_factory_tab_table", "Goods Inwards Purchasing <purchasing@penninecastings.co.uk>",
        "Purchase Order 4500078213", "Tue, 01 Dec 2026 13:41:00 +0000",
        """Please supply the following against PO 4500078213 dated 01/12/2026.

Material\tDescription\tQty\tUoM\tReq. date
HV-110\tVest hi-vis yellow L\t40\tEA\t09/12/2026
HV-111\tVest hi-vis yellow XL\t60\tEA\t09/12/2026
HV-112\tVest hi-vis yellow XXL\t25\tEA\t09/12/2026
HJ-300\tJacket hi-vis class 3 yellow XL\t12\tEA\t09/12/2026

Delivery: Goods In (Gate 2), Pennine Castings Ltd, Brookfoot Works, Elland Road, Brighouse HD6 2RW.
Deliveries accepted Mon-Fri 07:00-14:30 only.

Order acknowledgement to this address please, quoting our PO number.

Pennine Castings Ltd | Registered office: Shaw Lane, Halifax HX3 5AX | VAT GB 214 5567 80
""",
        label("Pennine Castings Ltd", "4500078213",
              [L("HVV2-YEL-L", 40, cpart="HV-110", desc="Vest hi-vis yellow L"), L("HVV2-YEL-XL", 60, cpart="HV-111", desc="Vest hi-vis yellow XL"),
               L("HVV2-YEL-2XL", 25, cpart="HV-112", desc="Vest hi-vis yellow XXL"), L("HVJ3-YEL-XL", 12, cpart="HJ-300", desc="Jacket hi-vis class 3 yellow XL")],
              order_date="2026-12-01", requested_date="2026-12-09",
              ship_to=S("Pennine Castings Ltd", "Elland Road", "Brighouse", "HD6 2RW", "GB")),
        "tab-pasted table with buyer material codes; XXL = 2XL; registered office is not the ship-to")

    # ---------------------------------------------------------------- e05
    eml("e05_carehome_reply_correction", "Janet Oduya <j.oduya@willowmeadcare.co.uk>",
        "RE: Tunic order WM-PO 3391", "Fri, 04 Dec 2026 09:12:33 +0000",
        """Morning Steve,

Sorry - two changes before you pick this. Scrap the lilac in size S, it should be 12 lilac in size M. And make the navy L 18 not 15. Navy M stays at 20.

Same address as always.

Thanks, Janet

Janet Oduya
Deputy Manager, Willowmead House
Willowmead Care Homes Ltd
40 Hoole Road, Chester CH2 3NH

-----Original Message-----
From: Janet Oduya
Sent: 03 December 2026 17:02
To: orders@kestrelworkwear.co.uk
Subject: Tunic order WM-PO 3391

Hi Steve,
Please send 20 navy tunics M and 15 L, and 10 lilac tunics size S.
PO is WM-PO 3391.
Janet
""",
        label("Willowmead Care Homes Ltd", "WM-PO 3391",
              [L("HT-NAV-M", 20, desc="navy tunics M"), L("HT-NAV-L", 18, desc="navy tunics L"), L("HT-LIL-M", 12, desc="lilac tunics M")],
              ship_to=S("Willowmead House", "40 Hoole Road", "Chester", "CH2 3NH", "GB")),
        "reply correcting the quoted order; labels are the corrected quantities")

    # ---------------------------------------------------------------- e06
    eml("e06_fr_hotel_linen", "Gouvernante Générale <gouvernante@grandcerf-hotel.fr>",
        "Commande linge n° GC-26-118", "Mon, 30 Nov 2026 15:03:00 +0100",
        """Bonjour Madame, Monsieur,

Veuillez trouver ci-dessous notre commande n° GC-26-118 du 30/11/2026 :

- 60 draps plats percale 200 fils, taille double (lits 140) : 9,10 € HT pièce
- 120 taies d'oreiller percale 50x75 forme portefeuille : 2,45 € HT pièce
- 40 housses de couette polycoton blanches, taille double : 11,40 € HT pièce

Livraison souhaitée semaine 50, à l'adresse habituelle :
Hôtel Le Grand Cerf – Service Lingerie
12 avenue d'Albigny
74000 Annecy

Merci de nous confirmer la bonne réception de cette commande.

Cordialement,

Sophie Bertin
Gouvernante Générale
Hôtel Le Grand Cerf ****
Tél. +33 4 50 51 22 10
""",
        label("Hôtel Le Grand Cerf", "GC-26-118",
              [L("FS-PER-DBL", 60, price=9.10, desc="draps plats percale 200 fils, taille double"),
               L("PC-PER-HW", 120, price=2.45, desc="taies d'oreiller percale 50x75 forme portefeuille"),
               L("DC-PC-DBL", 40, price=11.40, desc="housses de couette polycoton blanches, taille double")],
              order_date="2026-11-30", currency="EUR",
              ship_to=S("Hôtel Le Grand Cerf", "12 avenue d'Albigny", "Annecy", "74000", "FR")),
        "French; EUR prices with decimal commas; 'semaine 50' is a period so requested_date null")

    # ---------------------------------------------------------------- e07
    eml("e07_de_at_gasthof", "Anton Hofer <kueche@seewirt.at>",
        "Bestellung Küchenwäsche", "Tue, 01 Dec 2026 11:30:00 +0100",
        """Grüß Gott,

wir bräuchten bis 18.12. folgendes:

4 Kochjacken weiß langarm Gr. M
4 Stk. dto. Gr. L
2 Stk. dto. Gr. XL
1 x 10er-Pack Latzschürzen weiß
2 Dutzend Servietten weiß 50x50

Unsere Bestellnr.: 2611-07

Danke und liebe Grüße
Anton Hofer
Küchenchef

Gasthof Seewirt GmbH
Seeuferstraße 9
5700 Zell am See
Österreich
""",
        label("Gasthof Seewirt GmbH", "2611-07",
              [L("CJ-WHT-LS-M", 4, desc="Kochjacken weiß langarm Gr. M"), L("CJ-WHT-LS-L", 4, desc="Kochjacken weiß langarm Gr. L"),
               L("CJ-WHT-LS-XL", 2, desc="Kochjacken weiß langarm Gr. XL"), L("APB-WHT-PK10", 1, "PK", desc="10er-Pack Latzschürzen weiß"),
               L("NAP-WHT-50", 24, desc="Servietten weiß 50x50")],
              requested_date="2026-12-18",
              ship_to=S("Gasthof Seewirt GmbH", "Seeuferstraße 9", "Zell am See", "5700", "AT")),
        "German (AT); 'dto.' lines; '2 Dutzend' = 24 EA; date without year")

    # ---------------------------------------------------------------- e08
    eml("e08_de_ch_hotel_formal", "Einkauf Hotel Alpenblick <einkauf@alpenblick-zermatt.ch>",
        "Bestellung Nr. ALP-4471", "Wed, 02 Dec 2026 08:45:00 +0100",
        """Sehr geehrte Damen und Herren

Gerne bestellen wir gemäss Ihrer Offerte vom 20. November 2026:

Bestellung Nr. ALP-4471, Datum 2. Dezember 2026

  80 Stk.  Leintuch Perkal 200 Fäden, King, weiss        à CHF 11.20
 150 Stk.  Frottier-Badetuch 70x140, 500 g/m2, weiss     à CHF 7.80
  50 Stk.  Badvorleger 50x80, weiss                      à CHF 4.90

Liefertermin: KW 51
Lieferadresse:
Hotel Alpenblick AG
Wäscherei / Anlieferung
Riedweg 12
3920 Zermatt

Bitte die Lieferung vorgängig telefonisch avisieren (+41 27 966 33 00).

Freundliche Grüsse

Reto Imboden
Einkauf
Hotel Alpenblick AG
""",
        label("Hotel Alpenblick AG", "ALP-4471",
              [L("FS-PER-KNG", 80, price=11.20, desc="Leintuch Perkal 200 Fäden, King, weiss"),
               L("TWB-500-WHT", 150, price=7.80, desc="Frottier-Badetuch 70x140, 500 g/m2, weiss"),
               L("TWM-700-WHT", 50, price=4.90, desc="Badvorleger 50x80, weiss")],
              order_date="2026-12-02", currency="CHF",
              ship_to=S("Hotel Alpenblick AG", "Riedweg 12", "Zermatt", "3920", "CH")),
        "Swiss German; CHF; offer date is not order date; KW 51 = period so requested null")

    # ---------------------------------------------------------------- e09
    eml("e09_lt_hotel_towels", "Rasa Petrauskienė <pirkimai@balviesbuciai.lt>",
        "Užsakymas BV-1204", "Thu, 03 Dec 2026 09:00:00 +0200",
        """Laba diena,

prašome pristatyti pagal užsakymą Nr. BV-1204:

Rankšluosčiai 50x90 balti, 400 g/m2 – 300 vnt.
Vonios rankšluosčiai 70x140 balti, 400 g/m2 – 200 vnt.
Pagalvių užvalkalai 50x75, polikotonas – 250 vnt.

Pristatymo data: 2026-12-15
Pristatymo adresas: Viešbutis Neris, Gedimino pr. 44, LT-01110 Vilnius

Pagarbiai
Rasa Petrauskienė
Pirkimų vadovė
UAB Baltijos Viešbučiai
Konstitucijos pr. 7, LT-09308 Vilnius
""",
        label("UAB Baltijos Viešbučiai", "BV-1204",
              [L("TWH-400-WHT", 300, desc="Rankšluosčiai 50x90 balti, 400 g/m2"), L("TWB-400-WHT", 200, desc="Vonios rankšluosčiai 70x140 balti, 400 g/m2"),
               L("PC-PC-HW", 250, desc="Pagalvių užvalkalai 50x75, polikotonas")],
              requested_date="2026-12-15",
              ship_to=S("Viešbutis Neris", "Gedimino pr. 44", "Vilnius", "LT-01110", "LT")),
        "Lithuanian; ship-to hotel differs from group office")

    # ---------------------------------------------------------------- e10
    eml("e10_lv_catering", "Ilze Bērziņa <iepirkumi@res-catering.lv>",
        "Pasūtījums Nr. 88/2026", "Fri, 04 Dec 2026 14:10:00 +0200",
        """Labdien!

Lūdzam piegādāt (pasūtījums Nr. 88/2026):

Pavāru jakas baltas, garās piedurknes:
  S – 6 gab.
  M – 10 gab.
  L – 8 gab.
Pavāru bikses rūtainas, M – 10 gab., L – 10 gab.
Priekšauti melni (vidukļa) – 30 gab.

Piegāde līdz 10.12.2026 uz ražotni: Kalnciema iela 33, Rīga, LV-1046.

Ar cieņu,
Ilze Bērziņa
SIA Rīgas Ēdināšanas Serviss
Brīvības iela 100, Rīga, LV-1050
""",
        label("SIA Rīgas Ēdināšanas Serviss", "88/2026",
              [L("CJ-WHT-LS-S", 6, desc="Pavāru jakas baltas, garās piedurknes S"), L("CJ-WHT-LS-M", 10, desc="Pavāru jakas baltas, garās piedurknes M"),
               L("CJ-WHT-LS-L", 8, desc="Pavāru jakas baltas, garās piedurknes L"), L("CT-CHK-M", 10, desc="Pavāru bikses rūtainas M"),
               L("CT-CHK-L", 10, desc="Pavāru bikses rūtainas L"), L("APW-BLK", 30, desc="Priekšauti melni (vidukļa)")],
              requested_date="2026-12-10",
              ship_to=S("SIA Rīgas Ēdināšanas Serviss", "Kalnciema iela 33", "Rīga", "LV-1046", "LV")),
        "Latvian; two sizes on one line; ship-to production kitchen")

    # ---------------------------------------------------------------- e11
    eml("e11_et_spa_hotel", "Kadri Tamm <ost@tallinnaspa.ee>",
        "Tellimus TSH-2026-77", "Thu, 03 Dec 2026 12:25:00 +0200",
        """Tere!

Tellimuse nr TSH-2026-77, kuupäev 03.12.2026

1) Vannilinad 100x150, 500 g, valged – 200 tk
2) Basseinirätikud 90x180 sinise-valge triibuga – 80 tk
3) Näolapid 30x30 – 30 pakki (10 tk pakis)

Hinnad vastavalt lepingule (EUR).
Tarne: Tallinna Spaa Hotell, kaubavastuvõtt, Sadama 11a, 10111 Tallinn.

Parimate soovidega
Kadri Tamm
Ostujuht, OÜ Tallinna Spaa Hotell
""",
        label("OÜ Tallinna Spaa Hotell", "TSH-2026-77",
              [L("TWS-500-WHT", 200, desc="Vannilinad 100x150, 500 g, valged"), L("TWP-POOL-BLU", 80, desc="Basseinirätikud 90x180 sinise-valge triibuga"),
               L("TWF-500-WHT-PK10", 30, "PK", desc="Näolapid 30x30 (10 tk pakis)")],
              order_date="2026-12-03", currency="EUR",
              ship_to=S("Tallinna Spaa Hotell", "Sadama 11a", "Tallinn", "10111", "EE")),
        "Estonian; face cloths ordered in packs; currency stated without prices")

    # ---------------------------------------------------------------- e12
    eml("e12_sv_hotel_bedlinen", "Linnea Holm <linnea.holm@skargardshotellet.se>",
        "Beställning SKH-1029", "Mon, 30 Nov 2026 10:40:00 +0100",
        """Hej!

Vi vill beställa följande till hotellet, ordernummer SKH-1029:

* 40 st påslakan dubbel, polycotton vit
* 80 st örngott 50x75 percale (vanliga, inte Oxford)
* 2 rullar lakansväv satin 280 cm

Leverans till:
Skärgårdshotellet
Hamngatan 20
185 32 Vaxholm

Tack på förhand!
Linnea Holm
Husfru, Skärgårdshotellet AB
""",
        label("Skärgårdshotellet AB", "SKH-1029",
              [L("DC-PC-DBL", 40, desc="påslakan dubbel, polycotton vit"), L("PC-PER-HW", 80, desc="örngott 50x75 percale (vanliga, inte Oxford)"),
               L("FAB-SAT-WHT-280-R30", 2, "RL", desc="rullar lakansväv satin 280 cm")],
              ship_to=S("Skärgårdshotellet", "Hamngatan 20", "Vaxholm", "185 32", "SE")),
        "Swedish; housewife vs Oxford near-duplicate; fabric by the roll")

    # ---------------------------------------------------------------- e13
    eml("e13_sv_club_polos_dozen", "Mikael Lindqvist <kansli@gbgif.se>",
        "Pikéer till ledare och tränare", "Tue, 01 Dec 2026 19:55:00 +0100",
        """Hej Kestrel,

Styrelsen har godkänt offerten, så vi kör! Marinblå pikétröjor, den tjockare kvaliteten (240 g), 98 kr/st:

ett dussin i S
20 st M
20 st L
10 st XL
4 st XXL

Broderi av klubbmärket på vänster bröst på alla 66 tröjor, 24 kr/st. Loggan har ni redan sedan förra året.

Skicka till kansliet:
Göteborgs IF
Kungsportsavenyn 31
411 36 Göteborg

Vänliga hälsningar
Mikael Lindqvist
Kanslichef, Göteborgs Idrottsförening
""",
        label("Göteborgs Idrottsförening", None,
              [L("PP240-NAV-S", 12, price=98, desc="Marinblå pikétröja 240 g S"), L("PP240-NAV-M", 20, price=98, desc="Marinblå pikétröja 240 g M"),
               L("PP240-NAV-L", 20, price=98, desc="Marinblå pikétröja 240 g L"), L("PP240-NAV-XL", 10, price=98, desc="Marinblå pikétröja 240 g XL"),
               L("PP240-NAV-2XL", 4, price=98, desc="Marinblå pikétröja 240 g XXL"), L("EMB-LOGO-S", 66, price=24, desc="Broderi klubbmärket vänster bröst")],
              currency="SEK",
              ship_to=S("Göteborgs IF", "Kungsportsavenyn 31", "Göteborg", "411 36", "SE")),
        "Swedish; 'ett dussin'; premium vs classic polo decided by '240 g'; SEK prices; no PO")

    # ---------------------------------------------------------------- e14
    eml("e14_fr_lu_clinic_tunics", "Service Achats <achats@belair-services.lu>",
        "Commande BA-0923 - tuniques", "Wed, 02 Dec 2026 11:11:00 +0100",
        """Madame, Monsieur,

Nous vous prions de bien vouloir nous livrer la commande BA-0923 :

Tuniques unisexes blanches
  taille S : 15
  taille M : 25
  taille L : 20
  taille XL : 10
Broderie du prénom (une ligne) sur toutes les tuniques : 70

Livraison au service lingerie :
Clinique Bel-Air
31 route d'Arlon
L-8009 Strassen

Date de livraison souhaitée : 21 décembre 2026.

Avec nos salutations distinguées,
Marc Weber
Service Achats
Clinique Bel-Air Services SA
12 rue Goethe, L-1637 Luxembourg
""",
        label("Clinique Bel-Air Services SA", "BA-0923",
              [L("HT-WHT-S", 15, desc="Tuniques unisexes blanches S"), L("HT-WHT-M", 25, desc="Tuniques unisexes blanches M"),
               L("HT-WHT-L", 20, desc="Tuniques unisexes blanches L"), L("HT-WHT-XL", 10, desc="Tuniques unisexes blanches XL"),
               L("EMB-NAME", 70, desc="Broderie du prénom (une ligne)")],
              requested_date="2026-12-21",
              ship_to=S("Clinique Bel-Air", "31 route d'Arlon", "Strassen", "L-8009", "LU")),
        "French (LU); quantities after sizes; ship-to differs from signature")

    # ---------------------------------------------------------------- e15
    eml("e15_za_lodge_zar", "Thandi Mokoena <procurement@capevineyardlodge.co.za>",
        "PO CVL0419", "Fri, 04 Dec 2026 08:02:00 +0200",
        """Good morning

Please find our order below.

PO: CVL0419
Order date: 4 Dec 2026
Required by: 15 January 2027

30 x Bath towel 70x140 500g white  R129.00 each
30 x Hand towel 50x90 500g white  R69.00 each
12 x Tablecloth 178 x 178 white  R189.00 each
2 x Napkins white 50x50, pack of 50  R899.00 per pack

Deliver to: Cape Vineyard Lodge, Annandale Road, Stellenbosch, 7600 (receiving bay behind the cellar)

Regards
Thandi Mokoena
Procurement, Cape Vineyard Lodge (Pty) Ltd
""",
        label("Cape Vineyard Lodge (Pty) Ltd", "CVL0419",
              [L("TWB-500-WHT", 30, price=129.00), L("TWH-500-WHT", 30, price=69.00), L("TC-WHT-178", 12, price=189.00),
               L("NAP-WHT-50-PK50", 2, "PK", price=899.00, desc="Napkins white 50x50, pack of 50")],
              order_date="2026-12-04", requested_date="2027-01-15", currency="ZAR",
              ship_to=S("Cape Vineyard Lodge", "Annandale Road", "Stellenbosch", "7600", "ZA")),
        "South Africa; Rand prices; packs of 50 napkins")

    # ---------------------------------------------------------------- e16
    eml("e16_za_factory_cases", "Stores <stores@dbnpack.co.za>",
        "Order DPW/PO/55721 - PPE", "Mon, 30 Nov 2026 06:48:00 +0200",
        """Hi

Order no. DPW/PO/55721

Reflective vests orange, M x 50, L x 80, XL x 40
plus two cases of the yellow XL vests (50/case)

Deliver to the factory, 17 Jacobs Road, Clairwood, Durban 4052. Gate closes 15:00.

Sipho Ndlovu
Stores Controller
Durban Packaging Works (Pty) Ltd
PO Box 4411, Durban 4001
""",
        label("Durban Packaging Works (Pty) Ltd", "DPW/PO/55721",
              [L("HVV2-ORA-M", 50, desc="Reflective vests orange M"), L("HVV2-ORA-L", 80, desc="Reflective vests orange L"),
               L("HVV2-ORA-XL", 40, desc="Reflective vests orange XL"), L("HVV2-YEL-XL-CS50", 2, "CS", desc="yellow XL vests (50/case)")],
              ship_to=S("Durban Packaging Works (Pty) Ltd", "17 Jacobs Road", "Durban", "4052", "ZA")),
        "quantities after sizes ('M x 50'); 'two cases' = 2 CS of the case SKU; PO box is not the ship-to")

    # ---------------------------------------------------------------- e17
    eml("e17_club_forwarded_override", "Karen Doyle <secretary@ashbyrfc.org.uk>",
        "Fwd: juniors coaches kit", "Wed, 02 Dec 2026 21:14:00 +0000",
        """Hi Kestrel team,

Can you process the below for us please. Committee said go with the PREMIUM black polos, not the classic ones Dave mentions (same sizes/quantities). New crest this season so you'll need to set it up - file attached to Dave's email last week. Our order ref is ARFC-26-31.

Deliver to the clubhouse please: Ashby RFC, Lower Packington Road, Ashby-de-la-Zouch LE65 1TS.

Thanks
Karen Doyle, Hon. Secretary

---------- Forwarded message ---------
From: Dave Pritchard <dave.pritchard1972@gmail.com>
Date: Mon, 30 Nov 2026 at 18:40
Subject: juniors coaches kit
To: Karen Doyle <secretary@ashbyrfc.org.uk>

Karen - for the coaches we need classic black polos with the crest:
10 x M
14 x L
6 x XL
= 30 in total. Crest left chest. Can you get Kestrel to do it?
Dave
""",
        label("Ashby Rugby Football Club", "ARFC-26-31",
              [L("PP240-BLK-M", 10, desc="premium black polo M"), L("PP240-BLK-L", 14, desc="premium black polo L"),
               L("PP240-BLK-XL", 6, desc="premium black polo XL"), L("EMB-LOGO-S", 30, desc="Crest left chest"),
               L("EMB-SETUP", 1, desc="crest set-up")],
              ship_to=S("Ashby RFC", "Lower Packington Road", "Ashby-de-la-Zouch", "LE65 1TS", "GB")),
        "forwarded request where the forwarder overrides the product (premium not classic); set-up fee implied by 'set it up' - labelled as 1 EMB-SETUP")

    # ---------------------------------------------------------------- e18
    eml("e18_unknown_bowling_club", "Jim Laidlaw <jim.laidlaw58@gmail.com>",
        "polos for the club", "Thu, 03 Dec 2026 20:31:00 +0000",
        """hiya,

could I order 2 dozen white polos ladies fit, 6 of each XS S M L.
and 12 mens white polos 4 M 4 L 4 XL

logo on all of them (the one you did for us last year, Kelso BC crossed bowls)

send to 7 Croft Road, Kelso TD5 7EP

cheers
Jim Laidlaw (club sec, Kelso Bowling Club)
""",
        label("Kelso Bowling Club", None,
              [L("PL200-WHT-XS", 6, desc="white polos ladies fit XS"), L("PL200-WHT-S", 6, desc="white polos ladies fit S"),
               L("PL200-WHT-M", 6, desc="white polos ladies fit M"), L("PL200-WHT-L", 6, desc="white polos ladies fit L"),
               L("PC200-WHT-M", 4, desc="mens white polos M"), L("PC200-WHT-L", 4, desc="mens white polos L"),
               L("PC200-WHT-XL", 4, desc="mens white polos XL"), L("EMB-LOGO-S", 36, desc="logo on all of them")],
              ship_to=S("Kelso Bowling Club", "7 Croft Road", "Kelso", "TD5 7EP", "GB")),
        "unknown sender (gmail); '2 dozen ... 6 of each' split by size; embroidery count derived (24+12)")

    # ---------------------------------------------------------------- e19
    eml("e19_unknown_deli_words", "Ailsa <hello@thistlestreetdeli.co.uk>",
        "order", "Fri, 04 Dec 2026 08:15:00 +0000",
        """Morning!

Please send: ten black bib aprons, half a dozen white skull caps, and a roll of the white polycotton (the 150 cm one) for our curtains project.

Thanks, Ailsa
Thistle Street Deli
39 Thistle Street, Edinburgh EH2 1DY
""",
        label("Thistle Street Deli", None,
              [L("APB-BLK", 10, desc="black bib aprons"), L("CSC-WHT", 6, desc="white skull caps"),
               L("FAB-PC6535-WHT-150-R50", 1, "RL", desc="a roll of the white polycotton (150 cm)")],
              ship_to=S("Thistle Street Deli", "39 Thistle Street", "Edinburgh", "EH2 1DY", "GB")),
        "unknown sender; all quantities as words ('ten', 'half a dozen', 'a roll')")

    # ---------------------------------------------------------------- e20
    eml("e20_fr_unknown_boutique_hotel", "Claire Vauclair <contact@maison-vauclair.fr>",
        "Bon de commande 2026-041", "Tue, 01 Dec 2026 17:45:00 +0100",
        """Bonsoir,

Suite à notre échange téléphonique, voici notre bon de commande 2026-041 :

- nappes blanches 178x178 : 20
- serviettes de table blanches 50x50 : 3 paquets de 50
- tabliers bistrot noirs (taille) : 15

Merci de nous facturer en euros.

Adresse de livraison (restaurant) :
Maison Vauclair
5 place du Marché
21200 Beaune

Facturation : SARL Vauclair, 2 rue Paradis, 21200 Beaune

Bien à vous,
Claire Vauclair
""",
        label("Maison Vauclair", "2026-041",
              [L("TC-WHT-178", 20, desc="nappes blanches 178x178"), L("NAP-WHT-50-PK50", 3, "PK", desc="serviettes de table blanches 50x50, paquets de 50"),
               L("APW-BLK", 15, desc="tabliers bistrot noirs (taille)")],
              currency="EUR",
              ship_to=S("Maison Vauclair", "5 place du Marché", "Beaune", "21200", "FR")),
        "French; unknown sender; billing vs delivery address; currency stated in words")

    # ---------------------------------------------------------------- e21
    eml("e21_fr_ch_unknown_cafe", "Café du Molard <info@cafedumolard.ch>",
        "Commande vêtements cuisine", "Thu, 03 Dec 2026 15:22:00 +0100",
        """Bonjour,

Nous souhaiterions commander :
6 vestes de cuisine noires M
4 vestes de cuisine noires L
12 tabliers à bavette noirs
6 pantalons de cuisine noirs L

Prix selon votre liste en CHF. Livraison dès que possible.

Café du Molard
Place du Molard 3
1204 Genève

Meilleures salutations
Luca Bianchi, gérant
""",
        label("Café du Molard", None,
              [L("CJ-BLK-LS-M", 6, desc="vestes de cuisine noires M"), L("CJ-BLK-LS-L", 4, desc="vestes de cuisine noires L"),
               L("APB-BLK", 12, desc="tabliers à bavette noirs"), L("CT-BLK-L", 6, desc="pantalons de cuisine noirs L")],
              currency="CHF",
              ship_to=S("Café du Molard", "Place du Molard 3", "Genève", "1204", "CH")),
        "Swiss French; unknown sender; 'dès que possible' is not a date")

    # ---------------------------------------------------------------- e22
    eml("e22_za_fabric_rolls_metres", "Stores <stores@dbnpack.co.za>",
        "PO DPW/PO/55802 fabric", "Fri, 04 Dec 2026 07:30:00 +0200",
        """Hi

Please supply on PO DPW/PO/55802:
3 rolls navy drill (280g)
35 metres black drill - cut length please, not a full roll

Same delivery address as last order.

Sipho Ndlovu
Stores Controller
Durban Packaging Works (Pty) Ltd
""",
        label("Durban Packaging Works (Pty) Ltd", "DPW/PO/55802",
              [L("FAB-DRL-NAV-R50", 3, "RL", desc="rolls navy drill (280g)"), L("FAB-DRL-BLK-M", 35, "M", desc="metres black drill")],
              ship_to=None),
        "rolls vs metres near-duplicates; 'same delivery address as last order' -> ship_to null (no address in document)")

    # ---------------------------------------------------------------- e23
    eml("e23_restaurant_repeat_terse", "Tom Greaves <tom.greaves@bramleyfinch.co.uk>",
        "napkins", "Mon, 07 Dec 2026 07:05:00 +0000",
        """Repeat of last week's napkin order pls - 400 white napkins + 30 tablecloths 137 sq. PO BF-2026-1203

T

Sent from my iPhone
""",
        label("Bramley & Finch Restaurants Ltd", "BF-2026-1203",
              [L("NAP-WHT-50", 400, desc="white napkins"), L("TC-WHT-137", 30, desc="tablecloths 137 sq")],
              ship_to=None),
        "terse from phone; napkins as singles (as written, not packs); no address -> ship_to null")

    # ---------------------------------------------------------------- e24
    eml("e24_school_hivis_words", "Helen Marsh <bursar@staidans.sch.uk>",
        "Hi-vis for school trips", "Fri, 04 Dec 2026 13:00:00 +0000",
        """Hello again,

Our trips coordinator has asked for some hi-vis for the Year 7 outings next term. Could we have thirty of the yellow vests in medium and a pack of 10 in large for the staff? Week commencing 4th January is fine for delivery - school reception as before.

Order number SA/TRIP/0107.

Many thanks
Helen

Helen Marsh
Business Manager
St Aidan's Academy Trust
""",
        label("St Aidan's Academy Trust", "SA/TRIP/0107",
              [L("HVV2-YEL-M", 30, desc="yellow vests medium"), L("HVV2-YEL-L-PK10", 1, "PK", desc="pack of 10 in large")],
              ship_to=None),
        "word quantities; 'w/c 4th January' is a period -> requested null; 'school reception as before' has no address -> ship_to null")

    # ---------------------------------------------------------------- e25
    eml("e25_carehome_bedding_prices", "Janet Oduya <j.oduya@willowmeadcare.co.uk>",
        "Order no. WM-PO 3402 - bedding for Willowmead Lodge", "Mon, 30 Nov 2026 10:15:00 +0000",
        """Hi Steve,

Order no. WM-PO 3402 dated 27/11/26 - agreed prices as per our contract:

40 single flat sheets, polycotton  - £4.20
40 single duvet covers, polycotton - £7.50
80 pillowcases (housewife, polycotton) - £1.45

This one is for our other home, please deliver to:
Willowmead Lodge
2 Mill Lane, Upton
Chester CH2 1BS

Thanks
Janet

Janet Oduya
Deputy Manager, Willowmead House
Willowmead Care Homes Ltd
40 Hoole Road, Chester CH2 3NH
""",
        label("Willowmead Care Homes Ltd", "WM-PO 3402",
              [L("FS-PC-SGL", 40, price=4.20), L("DC-PC-SGL", 40, price=7.50), L("PC-PC-HW", 80, price=1.45)],
              order_date="2026-11-27", currency="GBP",
              ship_to=S("Willowmead Lodge", "2 Mill Lane", "Chester", "CH2 1BS", "GB")),
        "two-digit year date; ship-to second care home")

    # ---------------------------------------------------------------- e26
    eml("e26_de_at_factory_table", "Einkauf VWM <einkauf@vwm-metall.at>",
        "Bestellung 4700012256", "Tue, 01 Dec 2026 09:20:00 +0100",
        """Sehr geehrte Damen und Herren,

anbei unsere Bestellung.

Bestellnummer: 4700012256
Bestelldatum: 01.12.2026
Liefertermin: 14.12.2026

Pos.\tMaterial\tBezeichnung\tMenge\tME\tPreis EUR
10\t100234\tWarnschutzjacke Kl. 3 gelb Gr. L\t20\tST\t28,90
20\t100235\tWarnschutzjacke Kl. 3 gelb Gr. XL\t30\tST\t28,90
30\t100236\tWarnschutzjacke Kl. 3 gelb Gr. XXL\t10\tST\t30,60
40\t100410\tSoftshelljacke schwarz Gr. L\t15\tST\t24,50
50\t100411\tSoftshelljacke schwarz Gr. XL\t15\tST\t24,50

Lieferanschrift:
Voestwerk Metalltechnik GmbH
Werk 2 – Wareneingang Tor 3
Industriezeile 47
4020 Linz

Mit freundlichen Grüßen
Sabine Gruber
Einkauf
Voestwerk Metalltechnik GmbH | Hafenstraße 2 | 4020 Linz | FN 123456a
""",
        label("Voestwerk Metalltechnik GmbH", "4700012256",
              [L("HVJ3-YEL-L", 20, price=28.90, cpart="100234", desc="Warnschutzjacke Kl. 3 gelb Gr. L"),
               L("HVJ3-YEL-XL", 30, price=28.90, cpart="100235", desc="Warnschutzjacke Kl. 3 gelb Gr. XL"),
               L("HVJ3-YEL-2XL", 10, price=30.60, cpart="100236", desc="Warnschutzjacke Kl. 3 gelb Gr. XXL"),
               L("SSJ-BLK-L", 15, price=24.50, cpart="100410", desc="Softshelljacke schwarz Gr. L"),
               L("SSJ-BLK-XL", 15, price=24.50, cpart="100411", desc="Softshelljacke schwarz Gr. XL")],
              order_date="2026-12-01", requested_date="2026-12-14", currency="EUR",
              ship_to=S("Voestwerk Metalltechnik GmbH", "Industriezeile 47", "Linz", "4020", "AT")),
        "German; tab table with position numbers and buyer material numbers; ST = EA; Werk 2 line is not the street")

    # ---------------------------------------------------------------- e27
    eml("e27_fr_forwarded_chef", "Julien Morel <gerance@brasseriedeshalles.fr>",
        "TR: commande cuisine", "Wed, 02 Dec 2026 10:02:00 +0100",
        """Bonjour,

Peux-tu traiter la commande du chef ci-dessous ? Réf. commande BDH-1125. Livraison à la brasserie comme d'habitude (7 rue de la Martinière, 69001 Lyon).

Merci,
Julien Morel
Gérant – Brasserie des Halles SARL

-------- Message transféré --------
De : Chef Antoine <cuisine@brasseriedeshalles.fr>
Date : 01/12/2026 23:48
À : Julien Morel <gerance@brasseriedeshalles.fr>
Objet : commande cuisine

Julien, il nous faut :
- 8 vestes blanches manches courtes (4 en M, 4 en L)
- 10 pantalons pied-de-poule taille M
- 2 douzaines de torchons de cuisine
Merci. Antoine
""",
        label("Brasserie des Halles SARL", "BDH-1125",
              [L("CJ-WHT-SS-M", 4, desc="vestes blanches manches courtes M"), L("CJ-WHT-SS-L", 4, desc="vestes blanches manches courtes L"),
               L("CT-CHK-M", 10, desc="pantalons pied-de-poule taille M"), L(None, 24, "EA", desc="torchons de cuisine")],
              ship_to=S("Brasserie des Halles", "7 rue de la Martinière", "Lyon", "69001", "FR")),
        "French forwarded chain; tea towels not in catalog (sku null); '2 douzaines' = 24; '8 ... (4 M, 4 L)' split")

    # ---------------------------------------------------------------- e28
    eml("e28_de_ch_correction", "Küche Goldener Ochsen <kueche@goldener-ochsen.ch>",
        "AW: Bestellung 1207/GO", "Tue, 08 Dec 2026 08:10:00 +0100",
        """Grüezi

Korrektur zu unserer Bestellung von gestern: bitte statt 20 nur 12 Kochhosen schwarz in L. Die anderen Positionen bleiben. Zusätzlich bitte noch 5 weisse Kochmützen (Käppi).

Danke und Gruss
Beat Keller
Restaurant Zum Goldenen Ochsen, Rennweg 18, 8001 Zürich

> Von: Beat Keller
> Gesendet: Montag, 7. Dezember 2026 17:30
> Betreff: Bestellung 1207/GO
>
> Hallo zusammen
> Wir bestellen:
> 8 Kochhosen schwarz M
> 20 Kochhosen schwarz L
> 6 Kochjacken schwarz Langarm M
> Lieferung ans Restaurant.
> Gruss Beat
""",
        label("Restaurant Zum Goldenen Ochsen", "1207/GO",
              [L("CT-BLK-M", 8, desc="Kochhosen schwarz M"), L("CT-BLK-L", 12, desc="Kochhosen schwarz L"),
               L("CJ-BLK-LS-M", 6, desc="Kochjacken schwarz Langarm M"), L("CSC-WHT", 5, desc="weisse Kochmützen (Käppi)")],
              ship_to=S("Restaurant Zum Goldenen Ochsen", "Rennweg 18", "Zürich", "8001", "CH")),
        "Swiss German correction over quoted order plus one added line")

    # ---------------------------------------------------------------- e29
    eml("e29_lt_unknown_school", "Direktoriaus pavaduotoja <ukis@jbgimnazija.lt>",
        "Užsakymas – džemperiai su logotipu", "Wed, 02 Dec 2026 12:40:00 +0200",
        """Sveiki,

norėtume užsakyti mokyklinius džemperius (mėlyni, royal blue):
XS – 30 vnt.
S – 45 vnt.
M – 25 vnt.
Ant visų džemperių išsiuvinėti gimnazijos logotipą (100 vnt.). Logotipo failą pridėsime atskiru laišku – prašome įtraukti paruošimo mokestį.

Pristatymas: Kauno Jono Basanavičiaus gimnazija, Kovo 11-osios g. 20, LT-49331 Kaunas.
Užsakymo Nr. JBG-12/26

Pagarbiai
Dalia Kazlauskienė
Direktoriaus pavaduotoja ūkio reikalams
""",
        label("Kauno Jono Basanavičiaus gimnazija", "JBG-12/26",
              [L("SWC-RYL-XS", 30, desc="džemperiai royal blue XS"), L("SWC-RYL-S", 45, desc="džemperiai royal blue S"),
               L("SWC-RYL-M", 25, desc="džemperiai royal blue M"), L("EMB-LOGO-S", 100, desc="išsiuvinėti gimnazijos logotipą"),
               L("EMB-SETUP", 1, desc="logotipo paruošimo mokestis")],
              ship_to=S("Kauno Jono Basanavičiaus gimnazija", "Kovo 11-osios g. 20", "Kaunas", "LT-49331", "LT")),
        "Lithuanian; unknown school; set-up fee explicitly requested (qty 1 implied)")

    # ---------------------------------------------------------------- e30
    eml("e30_unknown_ee_english", "Marko Kask <marko@parnurannahotell.ee>",
        "order 2026/114", "Thu, 03 Dec 2026 16:16:00 +0200",
        """Good day,

we would like order 150 pcs hand towel grey 50x90 and 150 pcs bath towel white 70x140 400g.
Delivery to Pärnu before 20.12. Order 2026/114.

Address: Pärnu Rannahotell, Ranna puiestee 5, 80010 Pärnu, Estonia

Best regards
Marko Kask
""",
        label("Pärnu Rannahotell", "2026/114",
              [L("TWH-500-GRY", 150, desc="hand towel grey 50x90"), L("TWB-400-WHT", 150, desc="bath towel white 70x140 400g")],
              requested_date="2026-12-20",
              ship_to=S("Pärnu Rannahotell", "Ranna puiestee 5", "Pärnu", "80010", "EE")),
        "non-native English; unknown sender; 'before 20.12.' labelled as requested date 2026-12-20")

    # ---------------------------------------------------------------- e31
    eml("e31_unknown_za_big_sizes", "Pieter van Wyk <buying@joburgsteelfab.co.za>",
        "Order JSF-8812", "Mon, 30 Nov 2026 11:00:00 +0200",
        """Morning

Order JSF-8812 (prices as quoted, ZAR excl. VAT):

100 x Hi-vis vest yellow XL @ R38.50
50 x Hi-vis jacket yellow 3XL @ R465.00
40 x Polo navy 3XL @ R119.00
20 x Polo navy 4XL @ R119.00
10 x Polo navy 5XL @ R129.00
70 x Company logo embroidered left chest @ R42.00

Deliver: Joburg Steel Fabricators, 14 Main Reef Road, Germiston 1401

Pieter van Wyk
Buyer
""",
        label("Joburg Steel Fabricators", "JSF-8812",
              [L("HVV2-YEL-XL", 100, price=38.50), L("HVJ3-YEL-3XL", 50, price=465.00), L("PC200-NAV-3XL", 40, price=119.00),
               L("PC200-NAV-4XL", 20, price=119.00), L("PC200-NAV-5XL", 10, price=129.00), L("EMB-LOGO-S", 70, price=42.00)],
              currency="ZAR",
              ship_to=S("Joburg Steel Fabricators", "14 Main Reef Road", "Germiston", "1401", "ZA")),
        "unknown sender; big sizes 3XL-5XL; ZAR prices")

    # ---------------------------------------------------------------- e32
    eml("e32_hotel_bullets_prices", "Daniel Price <f.b.manager@harrowgategrand.co.uk>",
        "Restaurant uniforms - PO HGH-88412", "Wed, 02 Dec 2026 15:30:00 +0000",
        """Hi there,

Order date: 2nd December 2026
PO: HGH-88412

Restaurant team uniforms:
  • Black classic polo S x 6 - £6.20
  • Black classic polo M x 10 - £6.20
  • Black classic polo L x 8 - £6.20
  • Black classic polo XL x 4 - £6.20
  • Black bib aprons x 20 - £3.40
  • Logo embroidery (left chest, on polos only) x 28 - £2.20

Delivery Tuesday 15/12 please, to the hotel.

Daniel Price
Food & Beverage Manager
Harrowgate Grand Hotel, 14 Ripon Road, Harrogate HG1 2RF
""",
        label("Harrowgate Grand Hotel", "HGH-88412",
              [L("PC200-BLK-S", 6, price=6.20), L("PC200-BLK-M", 10, price=6.20), L("PC200-BLK-L", 8, price=6.20), L("PC200-BLK-XL", 4, price=6.20),
               L("APB-BLK", 20, price=3.40), L("EMB-LOGO-S", 28, price=2.20)],
              order_date="2026-12-02", requested_date="2026-12-15", currency="GBP",
              ship_to=S("Harrowgate Grand Hotel", "14 Ripon Road", "Harrogate", "HG1 2RF", "GB")),
        "bullets; ordinal date; delivery date without year")

    # ---------------------------------------------------------------- e33
    eml("e33_sv_hotel_towels_prices", "Linnea Holm <linnea.holm@skargardshotellet.se>",
        "Beställning SKH-1041 handdukar", "Tue, 01 Dec 2026 14:05:00 +0100",
        """Hej igen,

Beställningsdatum: 2026-12-01
Ordernummer: SKH-1041
Leverans senast: 2026-12-20

Badrumsmattor 50x80 vit – 60 st à 52 kr
Poolhanddukar 90x180 blå/vit randig – 40 st à 105 kr
Badlakan 100x150 500 g – 50 st à 125 kr

Leverans till spa-avdelningen: Skärgårdshotellet Spa, Lägergatan 4, 185 31 Vaxholm.

Hälsningar
Linnea Holm
Husfru, Skärgårdshotellet AB
Hamngatan 20, 185 32 Vaxholm
""",
        label("Skärgårdshotellet AB", "SKH-1041",
              [L("TWM-700-WHT", 60, price=52, desc="Badrumsmattor 50x80 vit"), L("TWP-POOL-BLU", 40, price=105, desc="Poolhanddukar 90x180 blå/vit randig"),
               L("TWS-500-WHT", 50, price=125, desc="Badlakan 100x150 500 g")],
              order_date="2026-12-01", requested_date="2026-12-20", currency="SEK",
              ship_to=S("Skärgårdshotellet Spa", "Lägergatan 4", "Vaxholm", "185 31", "SE")),
        "Swedish; quantity after description; SEK; ship to spa building")

    # ---------------------------------------------------------------- e34
    eml("e34_lt_english_amend", "Rasa Petrauskiene <pirkimai@balviesbuciai.lt>",
        "RE: Order BV-1211", "Mon, 07 Dec 2026 10:30:00 +0200",
        """Hello,

Please amend: the 300 hand towels should be the 500 gsm quality, not 400. The bath towels stay as they are.

Thank you
Rasa

From: Rasa Petrauskiene
Sent: Friday, December 4, 2026 4:12 PM
Subject: Order BV-1211

Hello, please deliver to Hotel Amber, Taikos g. 3, LT-91222 Klaipėda:
300 pcs hand towel 50x90 white 400 g
200 pcs bath towel 70x140 white 400 g
Order no. BV-1211
--
UAB Baltijos Viešbučiai, Konstitucijos pr. 7, LT-09308 Vilnius
""",
        label("UAB Baltijos Viešbučiai", "BV-1211",
              [L("TWH-500-WHT", 300, desc="hand towel 50x90 white 500 gsm"), L("TWB-400-WHT", 200, desc="bath towel 70x140 white 400 g")],
              ship_to=S("Hotel Amber", "Taikos g. 3", "Klaipėda", "LT-91222", "LT")),
        "amendment changes grade (SKU) not quantity; ship-to only in quoted message")

    # ---------------------------------------------------------------- e35
    eml("e35_fr_lu_fabric", "Service Achats <achats@belair-services.lu>",
        "Commande BA-0931 tissus atelier couture", "Fri, 04 Dec 2026 09:40:00 +0100",
        """Bonjour,

Pour notre atelier de couture, merci de nous livrer (commande BA-0931 du 04.12.2026) :

4 rouleaux de polycoton blanc 65/35 en 150 cm
25 mètres de tissu éponge blanc

Livraison : Clinique Bel-Air, 31 route d'Arlon, L-8009 Strassen.

Cordialement,
Marc Weber
Clinique Bel-Air Services SA
""",
        label("Clinique Bel-Air Services SA", "BA-0931",
              [L("FAB-PC6535-WHT-150-R50", 4, "RL", desc="rouleaux de polycoton blanc 65/35 en 150 cm"), L("FAB-TERRY-WHT-M", 25, "M", desc="mètres de tissu éponge blanc")],
              order_date="2026-12-04",
              ship_to=S("Clinique Bel-Air", "31 route d'Arlon", "Strassen", "L-8009", "LU")),
        "French; fabric rolls and metres")

    # ---------------------------------------------------------------- e36
    eml("e36_de_at_terse", "Toni Seewirt <toni@seewirt.at>",
        "Tischwäsche", "Fri, 04 Dec 2026 22:05:00 +0100",
        """Servus,

bitte 3 Tischdecken 230 rund und 50 Servietten schwarz.

Danke, Toni

--
Gasthof Seewirt GmbH · Seeuferstraße 9 · 5700 Zell am See
""",
        label("Gasthof Seewirt GmbH", None,
              [L("TC-WHT-230R", 3, desc="Tischdecken 230 rund"), L("NAP-BLK-50", 50, desc="Servietten schwarz")],
              ship_to=S("Gasthof Seewirt GmbH", "Seeuferstraße 9", "Zell am See", "5700", "AT")),
        "German terse one-liner; address only in signature")

    # ---------------------------------------------------------------- e37
    eml("e37_fr_ehpad_prices", "Direction EHPAD Les Tilleuls <direction@ehpad-lestilleuls.fr>",
        "Bon de commande BC-2026-0331", "Tue, 01 Dec 2026 16:50:00 +0100",
        """Madame, Monsieur,

Tours, le 1er décembre 2026

Bon de commande BC-2026-0331

Désignation                                   Qté     P.U. HT
Tunique lilas taille S                         10     12,90 €
Tunique lilas taille M                         15     12,90 €
Tunique lilas taille L                         10     12,90 €
Drap plat polycoton 1 personne                 60      4,95 €

Livraison avant le 17/12/2026 à l'EHPAD Les Tilleuls, 18 rue des Tanneurs, 37000 Tours.

Veuillez agréer nos salutations distinguées.
Nathalie Roux, Directrice
""",
        label("EHPAD Les Tilleuls", "BC-2026-0331",
              [L("HT-LIL-S", 10, price=12.90, desc="Tunique lilas taille S"), L("HT-LIL-M", 15, price=12.90, desc="Tunique lilas taille M"),
               L("HT-LIL-L", 10, price=12.90, desc="Tunique lilas taille L"), L("FS-PC-SGL", 60, price=4.95, desc="Drap plat polycoton 1 personne")],
              order_date="2026-12-01", requested_date="2026-12-17", currency="EUR",
              ship_to=S("EHPAD Les Tilleuls", "18 rue des Tanneurs", "Tours", "37000", "FR")),
        "French letter; space-aligned table; '1 personne' = single")

    # ---------------------------------------------------------------- e38
    eml("e38_factory_inline_fix", "Goods Inwards Purchasing <purchasing@penninecastings.co.uk>",
        "PO 4500078290", "Thu, 03 Dec 2026 11:47:00 +0000",
        """Hi,

PO 4500078290 - for the foundry team please: orange vests in L, 30 of them - sorry, make that 35 - plus 12 hi-vis polo shirts yellow size L and 8 in XL.

Deliver to Goods In as usual (Brookfoot Works, Elland Road, Brighouse HD6 2RW).

Regards
Gary Holt
Purchasing, Pennine Castings Ltd
""",
        label("Pennine Castings Ltd", "4500078290",
              [L("HVV2-ORA-L", 35, desc="orange vests L"), L("HVP-YEL-L", 12, desc="hi-vis polo shirts yellow L"), L("HVP-YEL-XL", 8, desc="hi-vis polo shirts yellow XL")],
              ship_to=S("Pennine Castings Ltd", "Elland Road", "Brighouse", "HD6 2RW", "GB")),
        "inline self-correction 30 -> 35; quantity after description")

    # ---------------------------------------------------------------- e39
    eml("e39_ch_english_restaurant", "Restaurant Alpenblick <restaurant@alpenblick-zermatt.ch>",
        "Table linen order ALP-4490", "Fri, 04 Dec 2026 18:22:00 +0100",
        """Dear Kestrel team,

For our Stübli restaurant, order ALP-4490:

- 4 packs of 50 white napkins (CHF 49.50/pack)
- 25 square tablecloths 137 x 137 (CHF 6.90)
- 10 round tablecloths 230 cm (CHF 13.80)

Please deliver directly to the restaurant: Restaurant Alpenblick Stübli, Bahnhofstrasse 52, 3920 Zermatt - not to the hotel laundry.
We need it before Christmas Eve (24.12.2026).

Kind regards,
Corinne Perren
Restaurant Manager, Hotel Alpenblick AG
""",
        label("Hotel Alpenblick AG", "ALP-4490",
              [L("NAP-WHT-50-PK50", 4, "PK", price=49.50, desc="packs of 50 white napkins"), L("TC-WHT-137", 25, price=6.90, desc="square tablecloths 137 x 137"),
               L("TC-WHT-230R", 10, price=13.80, desc="round tablecloths 230 cm")],
              requested_date="2026-12-24", currency="CHF",
              ship_to=S("Restaurant Alpenblick Stübli", "Bahnhofstrasse 52", "Zermatt", "3920", "CH")),
        "English from Swiss customer; pack price; ship to restaurant not hotel")

    # ---------------------------------------------------------------- e40
    eml("e40_za_lodge_chef_whites", "Chef Ruan Botha <kitchen@capevineyardlodge.co.za>",
        "chef whites for new team", "Sun, 06 Dec 2026 21:40:00 +0200",
        """Hi guys

We need chef whites for the new kitchen team please:
long sleeve jackets - 3 x S, 5 x M, 2 x XL
chef trousers (the check ones) - 10 x L
plus 10 neckerchiefs

Thandi will send the PO number tomorrow but please get it moving. Deliver to the lodge as normal.

Ruan Botha
Executive Chef, Cape Vineyard Lodge
Annandale Road, Stellenbosch 7600
""",
        label("Cape Vineyard Lodge (Pty) Ltd", None,
              [L("CJ-WHT-LS-S", 3, desc="long sleeve jackets S"), L("CJ-WHT-LS-M", 5, desc="long sleeve jackets M"), L("CJ-WHT-LS-XL", 2, desc="long sleeve jackets XL"),
               L("CT-CHK-L", 10, desc="chef trousers check L"), L("CNK-WHT", 10, desc="neckerchiefs")],
              ship_to=S("Cape Vineyard Lodge", "Annandale Road", "Stellenbosch", "7600", "ZA")),
        "PO number promised later -> null; colour 'whites' implied")

    # ---------------------------------------------------------------- e41
    eml("e41_club_stewards_dozens", "Karen Doyle <secretary@ashbyrfc.org.uk>",
        "Steward vests", "Sat, 05 Dec 2026 09:09:00 +0000",
        """Morning,

Could we have a dozen orange vests in XL and a dozen in L for our match stewards, order ref ARFC-26-33. Nothing printed on them this time.

Clubhouse delivery please.

Karen Doyle, Hon. Secretary
Ashby Rugby Football Club
Lower Packington Road, Ashby-de-la-Zouch LE65 1TS
""",
        label("Ashby Rugby Football Club", "ARFC-26-33",
              [L("HVV2-ORA-XL", 12, desc="orange vests XL"), L("HVV2-ORA-L", 12, desc="orange vests L")],
              ship_to=S("Ashby Rugby Football Club", "Lower Packington Road", "Ashby-de-la-Zouch", "LE65 1TS", "GB")),
        "'a dozen' twice")

    # ---------------------------------------------------------------- e42
    eml("e42_restaurant_ambiguous_date", "Priya Shah <priya.shah@bramleyfinch.co.uk>",
        "PO#: BF-2026-1219", "Mon, 07 Dec 2026 12:00:00 +0000",
        """Hello,

PO#: BF-2026-1219 / 07-12-2026

Navy classic polos for front of house, £6.20 each as per Tom's price list:
S   4
M   9
L   7
XL  3
2XL 2

Please deliver to Bramley & Finch Marylebone, 41 Chiltern Street, London W1U 7PH.

Thanks!
Priya Shah
General Manager, B&F Marylebone
""",
        label("Bramley & Finch Restaurants Ltd", "BF-2026-1219",
              [L("PC200-NAV-S", 4, price=6.20), L("PC200-NAV-M", 9, price=6.20), L("PC200-NAV-L", 7, price=6.20), L("PC200-NAV-XL", 3, price=6.20),
               L("PC200-NAV-2XL", 2, price=6.20)],
              order_date="2026-12-07", currency="GBP",
              ship_to=S("Bramley & Finch Marylebone", "41 Chiltern Street", "London", "W1U 7PH", "GB")),
        "size/qty two-column list; date dd-mm-yyyy next to PO; '£6.20 each' stated once for all lines")
