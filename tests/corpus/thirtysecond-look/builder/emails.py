# -*- coding: utf-8 -*-
"""42 plain order e-mails. Each entry: name, from, subject, date header, body, label, note."""
from common import L, ST

DOCS = []


def E(name, frm, subj, date, body, label, note, html=False, to="orders@kilbridesteel.ie", cc=None):
    DOCS.append(dict(name=name, frm=frm, to=to, cc=cc, subj=subj, date=date, body=body, label=label,
                     note=note, html=html, kind="email"))


def PO(customer, po=None, od=None, rd=None, cur=None, ship=None, lines=()):
    return {"kind": "purchase_order", "customer": customer, "po_number": po, "order_date": od,
            "requested_date": rd, "currency": cur, "ship_to": ship, "lines": list(lines)}


E("e01_murphy_terse", "Pat Murphy <pat@murphyfab.ie>", "order", "Mon, 23 Nov 2026 07:12:40 +0000",
  """10 lengths 40x5 flat
6 lengths 50x50x5 angle

Pat
""", PO("Murphy Fabrication & Welding Ltd", lines=[L("FB040X05", 10, "LEN"), L("EA-50-5", 6, "LEN")]),
  "terse one-liner, no PO, no address")

E("e02_northfield_site", "Gary Whitaker <g.whitaker@northfieldfab.co.uk>", "PO NF-24117 - Harrogate job",
  "Tue, 24 Nov 2026 09:41:02 +0000",
  """Morning all,

Hope you're well. Could you get the following on the wagon for next week please - it's for the
Harrogate mezzanine job so needs to go straight to site, NOT to our yard.

Our PO: NF-24117

 - 8 no. 100x50x5 RHS (6m)
 - 4 no. 150x100x5 RHS
 - 12 no. 75x75x8 angle
 - 3 sheets 8mm plate 2500x1250

Deliver to:
Cairn Construction site compound
Plot 4, Hornbeam Park Avenue
Harrogate HG2 8QT

Needs to be there by Thursday 3rd December at the latest, site closes at 3.30pm. Crane on site for offloading.

Cheers
Gary

Gary Whitaker
Buyer
Northfield Steel Fabrications Ltd
14 Sandbeck Way, Wetherby, West Yorkshire LS22 7DN
T: 01937 580 411
""", PO("Northfield Steel Fabrications Ltd", "NF-24117", None, "2026-12-03", None,
        ST("Cairn Construction site compound", "Plot 4, Hornbeam Park Avenue", "Harrogate", "HG2 8QT", "GB"),
        [L("RHS-100-50-5", 8, "EA"), L("RHS-150-100-5", 4, "EA"), L("EA-75-8", 12, "EA"), L("PL275-8-2512", 3, "SH")]),
  "delivery to site different from signature; 'no.' quantities")

E("e03_lebrun_fr", "Sophie Lebrun <s.lebrun@lebrun-metal.fr>", "Commande BC-2026-0412",
  "Wed, 25 Nov 2026 10:03:11 +0100",
  """Bonjour,

Veuillez trouver ci-dessous notre commande n° BC-2026-0412 du 25/11/2026 :

1. Tube carré 40x40x3 S355 - 20 barres de 6 m - 21,40 € HT la barre
2. Plat 50x8 noir - 15 barres - 18,65 € HT
3. Cornière 50x50x5 - 10 barres - 14,90 € HT
4. Tôle galvanisée 1,5 mm 2500x1250 - 6 feuilles - 57,20 € HT

Livraison souhaitée le 10/12/2026 à notre atelier.

Cordialement,

Sophie Lebrun
Service Achats
Ateliers Métalliques Lebrun SARL
12 rue de la Motte Brûlon
35700 Rennes
France
Tél. 02 99 38 14 70
""", PO("Ateliers Métalliques Lebrun SARL", "BC-2026-0412", "2026-11-25", "2026-12-10", "EUR",
        ST("Ateliers Métalliques Lebrun SARL", "12 rue de la Motte Brûlon", "Rennes", "35700", "FR"),
        [L("SHS-40-3", 20, "LEN", 21.40), L("FB050X08", 15, "LEN", 18.65), L("EA-50-5", 10, "LEN", 14.90),
         L("SHT-GZ-1.5-2512", 6, "SH", 57.20)]),
  "French, numbered list, prices with decimal commas, ship_to = signature (à notre atelier)")

E("e04_kraemer_de_tabs", "Einkauf Krämer <einkauf@kraemer-metallbau.de>", "Bestellung 4500-8812",
  "Thu, 26 Nov 2026 08:15:55 +0100",
  "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir zur Lieferung in KW 51:\n\n"
  "Pos\tMenge\tEinheit\tBezeichnung\tPreis/Einh.\n"
  "1\t30\tStk\tQuadratrohr 50x50x4 S355 6m\t31,90\n"
  "2\t30\tStk\tQuadratrohr 30x30x2 S355 6m\t9,85\n"
  "3\t12\tStk\tFlachstahl 60x10 S275 6m\t37,30\n"
  "4\t5\tTafeln\tBlech DC01 2,0mm 2500x1250\t66,80\n\n"
  "Bestellnummer: 4500-8812\nBestelldatum: 26.11.2026\n\n"
  "Bitte Auftragsbestätigung an einkauf@kraemer-metallbau.de.\n\nMit freundlichen Grüßen\n\nJana Vogt\nEinkauf\n"
  "Schlosserei Krämer GmbH\nSandershäuser Straße 34\n34123 Kassel\nDeutschland\n",
  PO("Schlosserei Krämer GmbH", "4500-8812", "2026-11-26", None, None,
     ST("Schlosserei Krämer GmbH", "Sandershäuser Straße 34", "Kassel", "34123", "DE"),
     [L("SHS-50-4", 30, "PC", 31.90), L("SHS-30-2", 30, "PC", 9.85), L("FB060X10", 12, "PC", 37.30),
      L("SHT-CR-2.0-2512", 5, "SH", 66.80)]),
  "German, tab-pasted table, delivery given only as a week (KW 51) so requested_date null; prices without a currency sign -> currency null")

E("e05_vdberg_nl", "Martijn de Vries <inkoop@vdberg-metaal.nl>", "Bestelling VDB/26/1187",
  "Fri, 27 Nov 2026 13:22:08 +0100",
  """Goedemiddag,

Graag de volgende materialen leveren:

• 6 lengtes koker 80x80x5
• 10 lengtes hoekstaal 40x40x4
• 4 platen aluminium 5083 3 mm 2500x1250
• 2 platen traanplaat 4,5/6

Ordernummer: VDB/26/1187
Afleveradres (bouwplaats, niet ons kantoor!):
Van der Berg Metaaltechniek - project Stadshagen
Werkeiland 3
8043 LT Zwolle

Levering graag vóór vrijdag 11 december.

Met vriendelijke groet,
Martijn de Vries
Inkoop
Van der Berg Metaaltechniek BV
Marsweg 40, 8013 PE Zwolle
""", PO("Van der Berg Metaaltechniek BV", "VDB/26/1187", None, "2026-12-11", None,
        ST("Van der Berg Metaaltechniek - project Stadshagen", "Werkeiland 3", "Zwolle", "8043 LT", "NL"),
        [L("SHS-80-5", 6, "LEN"), L("EA-40-4", 10, "LEN"), L("AL5083-3.0-2512", 4, "SH"), L("CHQ-4.5-6-2512", 2, "SH")]),
  "Dutch, bullets, site address differs from signature")

E("e06_zupan_si", "Matej Zupan <nabava@zupan-kovine.si>", "Naročilo št. 2026-311",
  "Mon, 30 Nov 2026 07:48:30 +0100",
  """Pozdravljeni,

naročamo naslednji material:

- pravokotna cev 100x50x4, 16 kosov (6 m)
- pravokotna cev 60x40x3, 20 kosov
- ploščati profil 40x8, 8 kosov
- pločevina vroče valjana 3 mm 2500x1250, 10 tabel

Naročilo št.: 2026-311, datum: 30.11.2026
Dobava: do 18.12.2026 na naš naslov.

Lep pozdrav,
Matej Zupan
Kovinarstvo Zupan d.o.o.
Mariborska cesta 88
3000 Celje
Slovenija
""", PO("Kovinarstvo Zupan d.o.o.", "2026-311", "2026-11-30", "2026-12-18", None,
        ST("Kovinarstvo Zupan d.o.o.", "Mariborska cesta 88", "Celje", "3000", "SI"),
        [L("RHS-100-50-4", 16, "PC"), L("RHS-60-40-3", 20, "PC"), L("FB040X08", 8, "PC"), L("SHT-HR-3.0-2512", 10, "SH")]),
  "Slovenian, quantities after descriptions")

E("e07_horvat_hr", "Ivana Horvat <ivana@bravarija-horvat.hr>", "Narudžbenica br. 87/2026",
  "Tue, 1 Dec 2026 11:30:00 +0100",
  """Poštovani,

molimo isporuku prema narudžbenici br. 87/2026 od 1.12.2026.:

Kutijasti profil 40x40x2 — 25 kom
Kutijasti profil 20x20x2 — 40 kom
Lim pocinčani 1,0 mm 2500x1250 — 12 tabli
Kutni profil 30x30x3 — 15 kom

Adresa isporuke: naše skladište, Koprivnička ulica 15, 42000 Varaždin.
Rok isporuke: 21.12.2026.

Srdačan pozdrav,
Ivana Horvat
Bravarija Horvat d.o.o.
""", PO("Bravarija Horvat d.o.o.", "87/2026", "2026-12-01", "2026-12-21", None,
        ST("Bravarija Horvat d.o.o.", "Koprivnička ulica 15", "Varaždin", "42000", "HR"),
        [L("SHS-40-2", 25, "PC"), L("SHS-20-2", 40, "PC"), L("SHT-GZ-1.0-2512", 12, "SH"), L("EA-30-3", 15, "PC")]),
  "Croatian; 40x40x2 box = black SHS not the pre-galv near-duplicate")

E("e08_papadopoulos_gr", "Νίκος Παπαδόπουλος <purchasing@papadopoulos-metal.gr>", "Παραγγελία ΠΑ-5531",
  "Tue, 1 Dec 2026 14:05:17 +0200",
  """Καλησπέρα σας,

Παρακαλώ καταχωρήστε την παραγγελία μας ΠΑ-5531 (ημερομηνία 01/12/2026):

1) Σωλήνας κυκλικός 48,3x3,2 - 40 τεμάχια (μήκος 6,4 m)
2) Λαμάρα S275 10 mm 2500x1250 - 6 φύλλα
3) Γωνία ισοσκελής 65x65x6 - 18 τεμάχια
4) Λάμα 100x10 - 10 τεμάχια

Παράδοση: Βιομηχανική Περιοχή Σίνδου, Οδός 29, 57022 Σίνδος Θεσσαλονίκης.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Papadopoulos Metal Constructions S.A.
Odos Monastiriou 210, 54628 Thessaloniki
""", PO("Papadopoulos Metal Constructions S.A.", "ΠΑ-5531", "2026-12-01", None, None,
        ST("Papadopoulos Metal Constructions S.A.", "Οδός 29", "Σίνδος Θεσσαλονίκης", "57022", "GR"),
        [L("CHS-48.3-3.2", 40, "PC"), L("PL275-10-2512", 6, "SH"), L("EA-65-6", 18, "PC"), L("FB100X10", 10, "PC")]),
  "Greek; delivery to industrial area Sindos; street labelled 'Οδός 29'")

E("e09_yilmaz_tr", "Emre Yılmaz <satinalma@yilmazcelik.com.tr>", "Sipariş No: YC-2026-0988",
  "Wed, 2 Dec 2026 09:12:44 +0300",
  """Merhaba,

Aşağıdaki malzemeleri sipariş etmek istiyoruz:

50 adet  - Kutu profil 100x100x5 S355, 6 m
30 adet  - Kutu profil 60x60x4
20 adet  - Köşebent 100x100x10
8 adet   - Sac levha S355 20 mm 2500x1250

Sipariş No: YC-2026-0988
Sipariş tarihi: 02.12.2026
Fiyatlar: teklifinizdeki gibi (EUR).

Teslimat adresi:
Yılmaz Çelik Konstrüksiyon - Gemlik şantiyesi
Gemlik Serbest Bölge, 5. Sokak No:3
16600 Gemlik / Bursa

Saygılarımızla,
Emre Yılmaz
Yılmaz Çelik Konstrüksiyon Ltd. Şti.
""", PO("Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "YC-2026-0988", "2026-12-02", None, "EUR",
        ST("Yılmaz Çelik Konstrüksiyon - Gemlik şantiyesi", "Gemlik Serbest Bölge, 5. Sokak No:3", "Gemlik", "16600", "TR", "Bursa"),
        [L("SHS-100-5", 50, "PC"), L("SHS-60-4", 30, "PC"), L("EA-100-10", 20, "PC"), L("PL355-20-2512", 8, "SH")]),
  "Turkish, qty first, currency stated in words (EUR) without prices")

E("e10_huber_de", "Thomas Huber <t.huber@huber-landtechnik.de>", "Materialbestellung",
  "Wed, 2 Dec 2026 16:40:09 +0100",
  """Hallo zusammen,

für unsere Anhängerfertigung bräuchten wir bis 16.12.:

U-Winkel? nein - ungleichschenkliger Winkel 100x75x8, 6 Stk.
Rechteckrohr 120x60x4 - 10 Stk.
Rundrohr 60,3x4,0 - 12 Stk.
Riffelblech 3/4,5 mm - 4 Tafeln

Unsere Bestell-Nr. LH-26-0457.

Gruß
Thomas Huber
Landtechnik Huber KG · Ergoldinger Straße 6 · 84030 Landshut
""", PO("Landtechnik Huber KG", "LH-26-0457", None, "2026-12-16", None,
        ST("Landtechnik Huber KG", "Ergoldinger Straße 6", "Landshut", "84030", "DE"),
        [L("UA-100-75-8", 6, "PC"), L("RHS-120-60-4", 10, "PC"), L("CHS-60.3-4.0", 12, "PC"), L("CHQ-3-4.5-2512", 4, "SH")]),
  "German, quantities after description, requested date without year (16.12.)")

E("e11_lambert_be_fr", "Luc Lambert <luc@lambert-ferronnerie.be>", "commande fers pour la semaine prochaine",
  "Thu, 3 Dec 2026 08:02:51 +0100",
  """Bonjour Aoife,

Comme convenu au téléphone, pouvez-vous me préparer :

- une douzaine de barres de plat 30x6
- une demi-douzaine de cornières 25x25x3
- deux barres de rond étiré 16 mm
- trois tôles inox 304 2B 1,5 mm

Référence de commande : LAMB-1203.
Je passerai enlever le matériel moi-même jeudi prochain (10/12).

Merci et bonne journée,
Luc

Ferronnerie Lambert SPRL
Rue de l'Industrie 7 – 5000 Namur – Belgique
""", PO("Ferronnerie Lambert SPRL", "LAMB-1203", None, "2026-12-10", None, None,
        [L("FB030X06", 12, "LEN"), L("EA-25-3", 6, "LEN"), L("RB-BR-16", 2, "LEN"), L("SS304-1.5-2512", 3, "SH")]),
  "Belgian French, word quantities (douzaine, demi-douzaine, deux, trois), customer collects -> ship_to null")

E("e12_peeters_nl", "Werkplaats Peeters <aankoop@peeters-staal.be>", "bestelling 26-1144",
  "Thu, 3 Dec 2026 10:27:36 +0100",
  """Dag,

Bestelling 26-1144 voor levering dinsdag 15/12/2026:

15 st. IPE? neen sorry — 15 st. buis 76,1x3,2
22 st. rechthoekige koker 80x40x3
9 st. plat 75x8
1 plaat S355 12mm 2500x1250

Adres zoals altijd.

mvg
Jef Peeters
Constructiewerkplaats Peeters BV
Industrieweg 21, 2440 Geel
""", PO("Constructiewerkplaats Peeters BV", "26-1144", None, "2026-12-15", None,
        ST("Constructiewerkplaats Peeters BV", "Industrieweg 21", "Geel", "2440", "BE"),
        [L("CHS-76.1-3.2", 15, "PC"), L("RHS-80-40-3", 22, "PC"), L("FB075X08", 9, "PC"), L("PL355-12-2512", 1, "SH")]),
  "Flemish, self-correction inside a line, 'address as always' = signature address")

E("e13_doyle_correction", "Sean Doyle <sean@doyleagri.ie>", "RE: Order DA-7716", "Fri, 4 Dec 2026 12:18:03 +0000",
  """Hi Aoife,

Sorry, one change - make the 60x60x6 angle 8 lengths not 6. And drop the 2mm galv sheets altogether, we found some in the yard.
Everything else as below.

Thanks
Sean

-----Original Message-----
From: Sean Doyle <sean@doyleagri.ie>
Sent: 04 December 2026 09:02
To: orders@kilbridesteel.ie
Subject: Order DA-7716

Hi,

Please send the following on our PO DA-7716, delivery Wednesday 9/12/26:

6 x 60x60x6 angle 6m
10 x 100x50x3 RHS
4 x 10mm plate 2500x1250
5 x 2mm galv sheet 2500x1250
20 x 50x6 flat

Thanks
Sean Doyle
Doyle Agri Engineering Ltd
Ballycanew Road, Gorey, Co. Wexford Y25 K2F9
""", PO("Doyle Agri Engineering Ltd", "DA-7716", None, "2026-12-09", None,
        ST("Doyle Agri Engineering Ltd", "Ballycanew Road", "Gorey", "Y25 K2F9", "IE", "Co. Wexford"),
        [L("EA-60-6", 8, "LEN"), L("RHS-100-50-3", 10, "LEN"), L("PL275-10-2512", 4, "SH"), L("FB050X06", 20, "LEN")]),
  "reply with correction over quoted original: final state labelled (8 not 6, galv sheet line dropped)")

E("e14_shannon_fwd", "Niamh Collins <accounts@shannonshopfit.ie>", "FW: steel for Dooradoyle unit",
  "Fri, 4 Dec 2026 15:55:40 +0000",
  """Hi,

Please see below from Ciaran on site - can you supply and deliver to the site address he gives. Our PO is SSL-3390.

Niamh Collins
Shannon Shopfitting Ltd
Raheen Business Park, Limerick V94 R2X7

---------- Forwarded message ---------
From: Ciaran Walsh <ciaran.walsh@shannonshopfit.ie>
Date: Fri, 4 Dec 2026 at 14:31
Subject: steel for Dooradoyle unit
To: Niamh Collins <accounts@shannonshopfit.ie>

Niamh can you order these for Monday week

25x25x2 box x 30
40x20x2 box x 24
1.5mm CR sheet x 8 (2500x1250)
alu 2mm sheet 1050 x 4

deliver to: Unit 12, Crescent Shopping Centre, Dooradoyle, Limerick V94 DK66 - ring me on arrival 087 221 4409

Ciaran
""", PO("Shannon Shopfitting Ltd", "SSL-3390", None, "2026-12-14", None,
        ST("Shannon Shopfitting Ltd", "Unit 12, Crescent Shopping Centre", "Limerick", "V94 DK66", "IE"),
        [L("SHS-25-2", 30, "LEN"), L("RHS-40-20-2", 24, "LEN"), L("SHT-CR-1.5-2512", 8, "SH"), L("AL1050-2.0-2512", 4, "SH")]),
  "forwarded internal request; 'Monday week' from Fri 4 Dec = Mon 14 Dec (clerk's reading)")

E("e15_tayvalley_table", "Fiona Grant <fiona@tayvalleyag.co.uk>", "Order TVA/4471",
  "Mon, 7 Dec 2026 08:30:12 +0000",
  "Hi there,\n\nOrder below (pasted from our system). Delivery to Perth works as usual.\n\n"
  "Our Ref\tDescription\tQty\tUnit\tPrice £\n"
  "TV-ST-0112\tRHS 100x50x4 S355 6m\t12\tlength\t54.20\n"
  "TV-ST-0140\tSHS 80x80x4 S355 6m\t6\tlength\t58.10\n"
  "TV-ST-0021\tFlat 75x10 6m\t10\tlength\t31.70\n"
  "TV-PL-0008\tPlate 12mm S275 2500x1250\t2\tsheet\t312.00\n\n"
  "PO No: TVA/4471   Date: 07/12/2026   Required: 17/12/2026\n\n"
  "Kind regards,\nFiona Grant\nPurchasing\nTay Valley Agricultural Engineers\nInveralmond Industrial Estate, Perth PH1 3TS\n",
  PO("Tay Valley Agricultural Engineers", "TVA/4471", "2026-12-07", "2026-12-17", "GBP",
     ST("Tay Valley Agricultural Engineers", "Inveralmond Industrial Estate", "Perth", "PH1 3TS", "GB"),
     [L("RHS-100-50-4", 12, "LEN", 54.20, "TV-ST-0112"), L("SHS-80-4", 6, "LEN", 58.10, "TV-ST-0140"),
      L("FB075X10", 10, "LEN", 31.70, "TV-ST-0021"), L("PL275-12-2512", 2, "SH", 312.00, "TV-PL-0008")]),
  "tab-pasted table with buyer part numbers, UK dates, GBP")

E("e16_declan_gmail", "Declan O'Sullivan <declan.osullivan.welding@gmail.com>", "few bits",
  "Mon, 7 Dec 2026 19:02:27 +0000",
  """hi lads need half a dozen lengths of 25x25x3 box and a sheet of 3mm chequer plate (the 3/4.5) and a couple of lengths of 40x40x5 angle. will collect friday morning. cash on collection
declan
086 441 2290
Sent from my iPhone
""", PO("Declan O'Sullivan", None, None, "2026-12-11", None, None,
        [L("SHS-25-3", 6, "LEN"), L("CHQ-3-4.5-2512", 1, "SH"), L("EA-40-5", 2, "LEN")]),
  "unknown sender (gmail), word quantities: half a dozen=6, a sheet=1, a couple=2; collect Friday = 11 Dec")

E("e17_hartley_gbp", "Rob Hartley <rob@hartleyironworks.co.uk>", "Purchase order HI-00982",
  "Tue, 1 Dec 2026 10:10:10 +0000",
  """Hello,

New customer here - we spoke to Brian at the Birmingham show. Please process the order below at the prices quoted:

HI-00982    dated 1st December 2026

Qty  Item                              Price each
14   SHS 60x60x3 6m                    £19.80
14   SHS 40x40x3 6m                    £12.60
6    Flat bar 100x8 6m                 £28.40
2    Plate 6mm 2500x1250 S275          £139.00

Deliver to our works: Hartley Ironworks Ltd, Unit 2 Foundry Lane, Stourbridge, DY8 1LR.
Wanted w/c 14 December.

Rob Hartley
Director
""", PO("Hartley Ironworks Ltd", "HI-00982", "2026-12-01", None, "GBP",
        ST("Hartley Ironworks Ltd", "Unit 2 Foundry Lane", "Stourbridge", "DY8 1LR", "GB"),
        [L("SHS-60-3", 14, "LEN", 19.80), L("SHS-40-3", 14, "LEN", 12.60), L("FB100X08", 6, "LEN", 28.40),
         L("PL275-6-2512", 2, "SH", 139.00)]),
  "unknown sender, GBP prices, 'w/c 14 December' is a week -> requested_date null")

E("e18_kelleher_words", "Tom Kelleher <tom@kellehergates.com>", "gates job - materials",
  "Wed, 2 Dec 2026 07:55:00 +0000",
  """Hi Aoife

Could you send down a dozen lengths of the 40x40x3 box, two lengths of 30x5 flat, twenty of the 20x20x2 box and one 25mm bright round bar.
Also five galvanised 50x6 flat, the hot dipped ones not black.

PO 5521 if you need one.
Usual address.

Tom
Kelleher Gates & Railings
Castleisland Road, Tralee, Co. Kerry V92 H6T3
""", PO("Kelleher Gates & Railings", "5521", None, None, None,
        ST("Kelleher Gates & Railings", "Castleisland Road", "Tralee", "V92 H6T3", "IE", "Co. Kerry"),
        [L("SHS-40-3", 12, "LEN"), L("FB030X05", 2, "LEN"), L("SHS-20-2", 20, "LEN"), L("RB-BR-25", 1, "LEN"),
         L("FBG050X06", 5, "LEN")]),
  "word quantities in running text; galvanised vs black near duplicate")

E("e19_pennine_cut", "Dave Holroyd <dave@penninewelding.co.uk>", "cut lengths - PO PWS 3310",
  "Thu, 3 Dec 2026 13:47:22 +0000",
  """Afternoon,

Can you cut and deliver please, PO PWS 3310:

8 pcs 100x50x4 RHS cut to 2350mm
16 pcs 50x50x3 SHS cut to 1200mm
4 pcs 10mm plate cut to 300 x 300 (base plates) - approx 28 kg total, put it on per kg

Delivery Tues 8th Dec if poss.

Thanks
Dave
Pennine Welding Services, Unit 9 Colne Bridge Road, Huddersfield HD5 0RH
""", PO("Pennine Welding Services", "PWS 3310", None, "2026-12-08", None,
        ST("Pennine Welding Services", "Unit 9 Colne Bridge Road", "Huddersfield", "HD5 0RH", "GB"),
        [L("RHS-100-50-4", 8, "PC"), L("SHS-50-3", 16, "PC"), L("PLC275-10", 4, "PC")]),
  "cut-to-size pieces: quantity = pieces as ordered (kg figure is an estimate, not the quantity)")

E("e20_moreau_fr", "Claire Moreau <achats@agencement-moreau.fr>", "Commande CM-8841 - chantier Galeries Lafayette Nantes",
  "Fri, 27 Nov 2026 16:20:00 +0100",
  """Bonjour,

Merci d'enregistrer notre commande CM-8841 :

4 tôles alu 5083 H111 ép. 2 mm (2500x1250)
8 tôles inox 304 2B ép. 1,0 mm
30 m de tube inox 304 poli Ø38,1x1,5
24 m de cornière alu 25x25x3

Livraison impérative le lundi 14 décembre 2026 avant 10h sur le chantier :
Galeries Lafayette – accès livraison
2 rue de la Marne
44000 Nantes

Bien à vous,
Claire Moreau – Acheteuse
Agencement Moreau SAS – 5 rue de l'Aéronautique – 44340 Bouguenais
""", PO("Agencement Moreau SAS", "CM-8841", None, "2026-12-14", None,
        ST("Galeries Lafayette – accès livraison", "2 rue de la Marne", "Nantes", "44000", "FR"),
        [L("AL5083-2.0-2512", 4, "SH"), L("SS304-1.0-2512", 8, "SH"), L("SST304-38.1-1.5", 30, "M"), L("ALEA-25-3", 24, "M")]),
  "French shopfitter, metres for per-metre items, site delivery")

E("e21_dubois_fr", "Serrurerie Dubois <contact@serrurerie-dubois.fr>", "commande urgente",
  "Mon, 7 Dec 2026 07:31:09 +0100",
  """Bonjour,

Pour mardi 8 décembre svp (urgent) :
plat 25x5 : 20 barres
carré tube 30x30x3 x 12
tôle larmée 3/4,5 x 2

Bon de commande SD/1207. Livraison à l'atelier, 48 avenue de Dunkerque, 59000 Lille.

Merci
Bruno Dubois
""", PO("Serrurerie Dubois & Fils", "SD/1207", None, "2026-12-08", None,
        ST("Serrurerie Dubois & Fils", "48 avenue de Dunkerque", "Lille", "59000", "FR"),
        [L("FB025X05", 20, "LEN"), L("SHS-30-3", 12, "LEN"), L("CHQ-3-4.5-2512", 2, "SH")]),
  "French, mixed 'desc : qty' and 'desc x qty'")

E("e22_hoekstra_nl", "Sjoerd Hoekstra <sjoerd@hoekstra-agro.nl>", "order",
  "Tue, 24 Nov 2026 11:11:11 +0100",
  """Hoi,

Wil je het volgende klaarzetten voor levering volgende week woensdag (2 december):

Strip 50x10 – 12 lengtes à € 35,60
Hoekprofiel 75x75x6 – 8 lengtes à € 30,95
Koker 100x100x6 – 4 lengtes à € 88,10
Plaat 15 mm S275 – 1 plaat à € 452,00

Onze referentie: H-2611-07
Leveradres: ons bedrijf (Celsiusweg 9, 8912 AM Leeuwarden)

Groeten,
Sjoerd
Agrotechniek Hoekstra
""", PO("Agrotechniek Hoekstra", "H-2611-07", None, "2026-12-02", "EUR",
        ST("Agrotechniek Hoekstra", "Celsiusweg 9", "Leeuwarden", "8912 AM", "NL"),
        [L("FB050X10", 12, "LEN", 35.60), L("EA-75-6", 8, "LEN", 30.95), L("SHS-100-6", 4, "LEN", 88.10),
         L("PL275-15-2512", 1, "SH", 452.00)]),
  "Dutch, prices with € and decimal commas")

E("e23_hegarty", "Ciara Hegarty <ciara@hegartyeng.ie>", "PO 22871",
  "Tue, 24 Nov 2026 14:00:41 +0000",
  """Hi,

PO 22871 attached below - required 14th Dec.

1) 48.3 x 3.2 CHS - 25 lengths
2) 42.4 x 3.2 CHS - 25 lengths
3) 33.7 x 3.2 CHS - 10 lengths
4) 100x100x4 SHS - 6 lengths

Please deliver to Mullingar.

Ciara Hegarty
Hegarty Engineering Services
Mullingar Business Park, Mullingar, Co. Westmeath N91 T2W4
""", PO("Hegarty Engineering Services", "22871", None, "2026-12-14", None,
        ST("Hegarty Engineering Services", "Mullingar Business Park", "Mullingar", "N91 T2W4", "IE", "Co. Westmeath"),
        [L("CHS-48.3-3.2", 25, "LEN"), L("CHS-42.4-3.2", 25, "LEN"), L("CHS-33.7-3.2", 10, "LEN"), L("SHS-100-4", 6, "LEN")]),
  "says 'attached below' but the order is in the body")

E("e24_schneider_de", "Metallbau Schneider <bestellung@schneider-metallbau.de>", "Auftrag 2026/1419",
  "Wed, 25 Nov 2026 09:09:09 +0100",
  """Guten Tag,

wir bestellen wie folgt (Preise lt. Angebot AN-55012):

Pos. 1: 40 St. Winkel 50x50x6, 6 m – 17,40 EUR/St.
Pos. 2: 25 St. Flachstahl 40x10, 6 m – 21,95 EUR/St.
Pos. 3: 6 Tafeln Alu-Riffelblech 4,5 mm – 152,80 EUR/Tafel

Auftragsnummer: 2026/1419 vom 25.11.2026
Liefertermin: 09.12.2026

Lieferanschrift:
Metallbau Schneider GmbH, Halle 2
Gewerbepark Nord 11
97076 Würzburg

Mit freundlichen Grüßen
Anna Schneider
""", PO("Metallbau Schneider GmbH", "2026/1419", "2026-11-25", "2026-12-09", "EUR",
        ST("Metallbau Schneider GmbH, Halle 2", "Gewerbepark Nord 11", "Würzburg", "97076", "DE"),
        [L("EA-50-6", 40, "PC", 17.40), L("FB040X10", 25, "PC", 21.95), L("ALTP-4.5-2512", 6, "SH", 152.80)]),
  "unknown sender (DE); quote reference AN-55012 is not the PO number")

E("e25_novak_si_en", "Jure Novak <jure@kovina-novak.si>", "order for aluminium",
  "Thu, 26 Nov 2026 15:15:00 +0100",
  """Hello,

We would like to order:
aluminium flat bar 40x5 - 36 m
aluminium box 40x40x3 - 48 m
aluminium round tube 50x3 - 18 m
aluminium sheet 5083 5mm - 2 sheets

Our order number: N-112/26.
Delivery address: Kovina Novak s.p., Ljubljanska cesta 45, 1236 Trzin, Slovenia.

Best regards,
Jure Novak
""", PO("Kovina Novak s.p.", "N-112/26", None, None, None,
        ST("Kovina Novak s.p.", "Ljubljanska cesta 45", "Trzin", "1236", "SI"),
        [L("ALFB-40X5", 36, "M"), L("ALSHS-40-3", 48, "M"), L("ALCHS-50-3", 18, "M"), L("AL5083-5.0-2512", 2, "SH")]),
  "unknown sender, aluminium in metres")

E("e26_demir_tr", "Demir Tarım Satınalma <satinalma@demirtarim.com.tr>", "sipariş",
  "Fri, 27 Nov 2026 08:44:00 +0300",
  """İyi günler,

Firmamız için aşağıdaki ürünleri sipariş ediyoruz:

- Lama 60x8 : 24 boy
- Köşebent 40x40x4 : 30 boy
- Kutu profil 50x50x5 : 16 boy

Sipariş numarası: DT/26/377
İstenen teslim tarihi: 15 Aralık 2026

Adres: Demir Tarım Makineleri, Organize Sanayi Bölgesi 7. Cadde No:18, 45030 Manisa

Saygılarımızla
Hakan Demir
""", PO("Demir Tarım Makineleri", "DT/26/377", None, "2026-12-15", None,
        ST("Demir Tarım Makineleri", "Organize Sanayi Bölgesi 7. Cadde No:18", "Manisa", "45030", "TR"),
        [L("FB060X08", 24, "LEN"), L("EA-40-4", 30, "LEN"), L("SHS-50-5", 16, "LEN")]),
  "unknown sender, Turkish, date with month name")

E("e27_bakker_nl", "Bakker Hekwerk <info@bakkerhekwerk.nl>", "Bestelling hekwerk project Almere",
  "Mon, 30 Nov 2026 12:00:00 +0100",
  """Beste,

Hierbij bestellen wij (inkoopordernr. BH-2026-204, orderdatum 30-11-2026):

a) 60 stuks verzinkte koker 40x40x2
b) 60 stuks verzinkte koker 50x50x2
c) 40 stuks verzinkt strip 30x5

Afleveren op: Project De Vaart, Kemphaanweg 2, 1341 AA Almere. Graag 18-12-2026.

Met vriendelijke groet,
Kees Bakker
Bakker Hekwerk & Staalbouw
Havenweg 6, 3841 BS Harderwijk
""", PO("Bakker Hekwerk & Staalbouw", "BH-2026-204", "2026-11-30", "2026-12-18", None,
        ST("Project De Vaart", "Kemphaanweg 2", "Almere", "1341 AA", "NL"),
        [L("SHSG-40-2", 60, "PC"), L("SHSG-50-2", 60, "PC"), L("FBG030X05", 40, "PC")]),
  "unknown sender, galvanised near-duplicates")

E("e28_ferforme_fr", "Atelier Fer & Forme <atelier@ferforme.fr>", "Commande",
  "Tue, 1 Dec 2026 17:35:00 +0100",
  """Bonsoir,

Je voudrais commander :

deux barres de plat 20x3
cinq barres de cornière 20x20x3
une tôle acier laminée à froid 1 mm 2500x1250

C'est pour de la ferronnerie d'art, rien d'urgent. Envoi par transporteur à :
Atelier Fer & Forme
7 impasse des Forges
84000 Avignon

Merci,
Julien Marchal
""", PO("Atelier Fer & Forme", None, None, None, None,
        ST("Atelier Fer & Forme", "7 impasse des Forges", "Avignon", "84000", "FR"),
        [L("FB020X03", 2, "LEN"), L("EA-20-3", 5, "LEN"), L("SHT-CR-1.0-2512", 1, "SH")]),
  "unknown sender, all quantities in French words")

E("e29_northfield_correction", "Gary Whitaker <g.whitaker@northfieldfab.co.uk>", "RE: PO NF-24150",
  "Fri, 4 Dec 2026 11:20:33 +0000",
  """Hi again,

Amendment to NF-24150 please:
 - line 1 now 12 off, not 10
 - cancel line 3 completely
 - add 4 x 12mm S355 plate
Delivery date unchanged.

Gary

> From: Gary Whitaker
> Sent: 03 December 2026 16:02
> Subject: PO NF-24150
>
> Please supply on PO NF-24150, delivery to our Wetherby works on 15/12/2026:
>
> 1. 10 off 60x60x4 SHS 6m
> 2. 20 off 50x25x3 RHS 6m
> 3. 6 off 114.3x3.6 CHS
>
> Thanks
> Gary Whitaker
> Northfield Steel Fabrications Ltd
> 14 Sandbeck Way, Wetherby, West Yorkshire LS22 7DN
""", PO("Northfield Steel Fabrications Ltd", "NF-24150", None, "2026-12-15", None,
        ST("Northfield Steel Fabrications Ltd", "14 Sandbeck Way", "Wetherby", "LS22 7DN", "GB"),
        [L("SHS-60-4", 12, "EA"), L("RHS-50-25-3", 20, "EA"), L("PL355-12-2512", 4, "SH")]),
  "amendment over quoted original: final state")

E("e30_doyle_kg", "Sean Doyle <sean@doyleagri.ie>", "plate profiles",
  "Mon, 30 Nov 2026 08:05:00 +0000",
  """Aoife,

Can you quote & supply the profiles on the drawing I gave Brian last week - 10mm S275, approx 350 kg, plus 120 kg of 15mm.
Our PO DA-7702. No rush, before Christmas is fine.

Sean
Doyle Agri Engineering Ltd
""", PO("Doyle Agri Engineering Ltd", "DA-7702", None, None, None, None,
        [L("PLC275-10", 350, "KG"), L("PLC275-15", 120, "KG")]),
  "per kg cut plate; 'before Christmas' not a date; no address in mail -> ship_to null")

E("e31_murphy_metres", "Pat Murphy <pat@murphyfab.ie>", "Re: box",
  "Tue, 1 Dec 2026 07:40:12 +0000",
  """24m of 50x50x3 box and 18m of 25x5 flat. Same as last time. PO 1187

Pat
""", PO("Murphy Fabrication & Welding Ltd", "1187", None, None, None, None,
        [L("SHS-50-3", 24, "M"), L("FB025X05", 18, "M")]),
  "ordered in metres for items sold per 6 m length: labelled as written (24 M), see README")

E("e32_kraemer_reply", "Einkauf Krämer <einkauf@kraemer-metallbau.de>", "AW: Bestellung 4500-8830",
  "Mon, 7 Dec 2026 14:12:00 +0100",
  """Hallo Frau Byrne,

Korrektur zu unserer Bestellung 4500-8830: Pos. 2 bitte 8 statt 4 Tafeln, Pos. 3 entfällt.
Der Rest bleibt.

Gruß
Jana Vogt

-----Ursprüngliche Nachricht-----
Von: Einkauf Krämer
Gesendet: Montag, 7. Dezember 2026 09:30
Betreff: Bestellung 4500-8830

Bestellung 4500-8830 vom 07.12.2026, Liefertermin 18.12.2026

Pos. 1  20 Stk  Winkel 40x40x5 S275, 6 m
Pos. 2   4 Tafeln Edelstahlblech 1.4301 2,0 mm 2500x1250 (304 2B)
Pos. 3  10 Stk  Rundrohr 26,9x2,6
Pos. 4  15 Stk  Rechteckrohr 100x50x3

Schlosserei Krämer GmbH, Sandershäuser Straße 34, 34123 Kassel
""", PO("Schlosserei Krämer GmbH", "4500-8830", "2026-12-07", "2026-12-18", None,
        ST("Schlosserei Krämer GmbH", "Sandershäuser Straße 34", "Kassel", "34123", "DE"),
        [L("EA-40-5", 20, "PC"), L("SS304-2.0-2512", 8, "SH"), L("RHS-100-50-3", 15, "PC")]),
  "German correction over quoted original")

E("e33_shannon_html", "Niamh Collins <accounts@shannonshopfit.ie>", "Purchase Order SSL-3401",
  "Mon, 7 Dec 2026 10:05:00 +0000",
  """<html><body><p>Hi,</p><p>Please supply the following against <b>PO SSL-3401</b>, order date 07-Dec-2026.</p>
<table border="1" cellpadding="3"><tr><th>Qty</th><th>Description</th><th>Unit price</th></tr>
<tr><td>10</td><td>Stainless sheet 316 2B 1.5mm 2500x1250</td><td>&euro;171.50</td></tr>
<tr><td>6</td><td>Aluminium sheet 1050 H14 1.5mm</td><td>&euro;56.10</td></tr>
<tr><td>40</td><td>Aluminium angle 40x40x3 (per metre)</td><td>&euro;6.40</td></tr>
</table>
<p>Deliver to our Raheen workshop. Needed by 16/12/2026.</p>
<p>Niamh Collins<br>Shannon Shopfitting Ltd<br>Raheen Business Park, Limerick V94 R2X7</p></body></html>
""", PO("Shannon Shopfitting Ltd", "SSL-3401", "2026-12-07", "2026-12-16", "EUR",
        ST("Shannon Shopfitting Ltd", "Raheen Business Park", "Limerick", "V94 R2X7", "IE"),
        [L("SS316-1.5-2512", 10, "SH", 171.50), L("AL1050-1.5-2512", 6, "SH", 56.10), L("ALEA-40-3", 40, "M", 6.40)]),
  "HTML-only e-mail with a table", html=True)

E("e34_lebrun_oneliner", "Sophie Lebrun <s.lebrun@lebrun-metal.fr>", "tôles alu",
  "Thu, 3 Dec 2026 15:01:00 +0100",
  """Bonjour, merci de nous livrer 3 tôles alu 5083 ép. 4 mm avec la prochaine livraison, réf. BC-2026-0431. Cordialement, Sophie Lebrun
""", PO("Ateliers Métalliques Lebrun SARL", "BC-2026-0431", None, None, None, None,
        [L("AL5083-4.0-2512", 3, "SH")]),
  "French one-liner; no address in mail -> ship_to null")

E("e35_tayvalley_long", "Fiona Grant <fiona@tayvalleyag.co.uk>", "TVA/4480 - trailer chassis steel",
  "Mon, 7 Dec 2026 15:30:00 +0000",
  """Hi,

Another one for the trailer line I'm afraid. TVA/4480, dated 07/12/26, wanted 12/01/2027 (after the holidays is fine).

   Qty   Size                    Grade     Length
   20    RHS 150x100x5           S355      6m
   16    RHS 120x60x4            S355      6m
   30    Angle 50x50x6           S275      6m
   10    Flat 100x12             S275      6m
   4     Plate 20mm 2500x1250    S275

Please deliver to our second yard: Tay Valley Ag - Unit B, Friarton Road, Perth PH2 8DF.

Fiona
Tay Valley Agricultural Engineers
Inveralmond Industrial Estate, Perth PH1 3TS
""", PO("Tay Valley Agricultural Engineers", "TVA/4480", "2026-12-07", "2027-01-12", None,
        ST("Tay Valley Ag - Unit B", "Friarton Road", "Perth", "PH2 8DF", "GB"),
        [L("RHS-150-100-5", 20, "LEN"), L("RHS-120-60-4", 16, "LEN"), L("EA-50-6", 30, "LEN"),
         L("FB100X12", 10, "LEN"), L("PL275-20-2512", 4, "SH")]),
  "space-aligned table, UK dd/mm dates, second yard delivery")

E("e36_pennine_words", "Dave Holroyd <dave@penninewelding.co.uk>", "Next week",
  "Fri, 27 Nov 2026 16:59:00 +0000",
  """Dave here from Pennine. Stick these on for Dec 2nd will you:

two dozen 25x25x2 box
a dozen 40x40x4 angle
three 3mm CR sheets 3000x1500
one 100x10 flat

No PO this time, just put it on the account.
""", PO("Pennine Welding Services", None, None, "2026-12-02", None, None,
        [L("SHS-25-2", 24, "LEN"), L("EA-40-4", 12, "LEN"), L("SHT-CR-3.0-3015", 3, "SH"), L("FB100X10", 1, "LEN")]),
  "word quantities (two dozen, a dozen, three, one); sheet size picks 3000x1500 near-duplicate")

E("e37_yilmaz_en", "Emre Yılmaz <satinalma@yilmazcelik.com.tr>", "PO YC-2026-1004",
  "Fri, 4 Dec 2026 10:00:00 +0300",
  """Dear Sir/Madam,

Please find our order YC-2026-1004 dated 04.12.2026:

Item  Description                    Qty     Unit price (EUR)
1     HEA? no - SHS 80x80x5 S355J2H   40 pcs  52,75
2     CHS 88,9x3,2                   24 pcs  33,10
3     Flat bar 75x10                 30 pcs  25,20

Delivery: CIP Bursa, to our factory at Nilüfer OSB 3. Cadde No:12, 16140 Nilüfer/Bursa.
Requested shipment: 21.12.2026

Best regards,
Emre Yılmaz
Purchasing - Yılmaz Çelik Konstrüksiyon Ltd. Şti.
""", PO("Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "YC-2026-1004", "2026-12-04", "2026-12-21", "EUR",
        ST("Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "Nilüfer OSB 3. Cadde No:12", "Nilüfer/Bursa", "16140", "TR"),
        [L("SHS-80-5", 40, "PC", 52.75), L("CHS-88.9-3.2", 24, "PC", 33.10), L("FB075X10", 30, "PC", 25.20)]),
  "English from Turkey, decimal commas with EUR in header")

E("e38_papadopoulos_en", "Nikos Papadopoulos <purchasing@papadopoulos-metal.gr>", "Order PA-5540 / Katerini site",
  "Mon, 7 Dec 2026 09:20:00 +0200",
  """Good morning,

Order PA-5540 (7 December 2026). Prices as per your offer of last week, EUR, ex works Dublin:

- HEB? no, plate S355 12 mm 2500x1250 x 10 sheets @ 393.60
- angle 75x50x6 x 24 pcs @ 28.90
- RHS 100x50x5 x 18 pcs @ 57.40

Ship to site: Papadopoulos Metal - Katerini logistics centre, Ethniki Odos Thessalonikis-Larisas km 68, 60100 Katerini, Greece.

Regards,
Nikos
""", PO("Papadopoulos Metal Constructions S.A.", "PA-5540", "2026-12-07", None, "EUR",
        ST("Papadopoulos Metal - Katerini logistics centre", "Ethniki Odos Thessalonikis-Larisas km 68", "Katerini", "60100", "GR"),
        [L("PL355-12-2512", 10, "SH", 393.60), L("UA-75-50-6", 24, "PC", 28.90), L("RHS-100-50-5", 18, "PC", 57.40)]),
  "English from Greece, prices after @")

E("e39_peeters_en", "Jef Peeters <aankoop@peeters-staal.be>", "order 26-1150 + delivery to Antwerp site",
  "Tue, 8 Dec 2026 08:00:00 +0100",
  """Hello Aoife,

In English this time because my colleague Sarah will follow up.
Order 26-1150, date 08/12/2026:

  1 x 20 mm plate S355 2500x1250
  6 x 100x100x5 SHS
  12 x 60x60x6 angle
  8 x 48.3x4.0 CHS

Deliver to: Port of Antwerp, Quay 526, Peeters site container, Noorderlaan 147, 2030 Antwerpen.
By 17 Dec please.

Jef
""", PO("Constructiewerkplaats Peeters BV", "26-1150", "2026-12-08", "2026-12-17", None,
        ST("Port of Antwerp, Quay 526, Peeters site container", "Noorderlaan 147", "Antwerpen", "2030", "BE"),
        [L("PL355-20-2512", 1, "SH"), L("SHS-100-5", 6, "LEN"), L("EA-60-6", 12, "LEN"), L("CHS-48.3-4.0", 8, "LEN")]),
  "S355 20 mm plate vs S275 near-duplicate; 48.3x4.0 vs 48.3x3.2")

E("e40_huber_kg", "Thomas Huber <t.huber@huber-landtechnik.de>", "Zuschnitte Bestellung LH-26-0471",
  "Tue, 8 Dec 2026 07:10:00 +0100",
  """Servus,

Bestellung LH-26-0471 vom 08.12.2026, Liefertermin: 21.12.2026

- Blechzuschnitte S275, 8 mm, lt. Zeichnung 0471-01, ca. 500 kg à 1,70 €/kg
- Blechzuschnitte S275, 20 mm, lt. Zeichnung 0471-02, ca. 260 kg à 1,65 €/kg
- Flachstahl 50x5, 6 m: 40 Stk.

Lieferung an: Landtechnik Huber KG, Werk 2, Siemensstraße 14, 84051 Essenbach

Gruß
Thomas Huber
""", PO("Landtechnik Huber KG", "LH-26-0471", "2026-12-08", "2026-12-21", "EUR",
        ST("Landtechnik Huber KG, Werk 2", "Siemensstraße 14", "Essenbach", "84051", "DE"),
        [L("PLC275-8", 500, "KG", 1.70), L("PLC275-20", 260, "KG", 1.65), L("FB050X05", 40, "PC")]),
  "per-kg plate cut, approx quantities taken as the quantity; drawing numbers are not part numbers")

E("e41_kelleher_quote", "Tom Kelleher <tom@kellehergates.com>", "Re: Quote Q-3391",
  "Thu, 26 Nov 2026 18:22:00 +0000",
  """Hi Brian,

Thanks for that, go ahead with the quote below. PO number is 5507. Delivery to the house job rather than the yard:
Mrs. Fitzgerald, Ballyard House, Ballyard, Tralee, Co. Kerry V92 Y7K1.

Tom

> Quote Q-3391 for Kelleher Gates & Railings, valid 30 days
> 10 x SHS 60x60x3 @ €22.40
> 20 x Flat bar 40x8 @ €15.80
> 4 x Galv sheet 2.0mm 2500x1250 @ €76.10
> Total ex VAT €831.40
""", PO("Kelleher Gates & Railings", "5507", None, None, "EUR",
        ST("Mrs. Fitzgerald", "Ballyard House", "Tralee", "V92 Y7K1", "IE", "Co. Kerry"),
        [L("SHS-60-3", 10, "LEN", 22.40), L("FB040X08", 20, "LEN", 15.80), L("SHT-GZ-2.0-2512", 4, "SH", 76.10)]),
  "acceptance of a quoted quote: lines come from the quoted text; total not a line")

E("e42_vdberg_thread", "Martijn de Vries <inkoop@vandenberg-groep.nl>", "RE: RE: Bestelling VDB/26/1201",
  "Tue, 8 Dec 2026 12:45:00 +0100",
  """Hi Aoife,

OK, then we take the 6 mm aluminium instead of the 5 mm you don't have. So final:
- 3 sheets 5083 6 mm
- 14 lengths 30x30x5 angle
- 10 lengths 50x50x4 box
Same PO VDB/26/1201, same address (our Zwolle workshop).

Martijn

-----Original Message-----
From: Aoife Byrne <orders@kilbridesteel.ie>
Sent: 8 December 2026 11:02
Subject: RE: Bestelling VDB/26/1201

Hi Martijn, we have no 5 mm 5083 in stock until January. 6 mm is available. Rest OK.

-----Original Message-----
From: Martijn de Vries
Sent: 8 December 2026 09:15
Subject: Bestelling VDB/26/1201

Graag:
3 platen alu 5083 5 mm
14 lengtes hoekstaal 30x30x5
10 lengtes koker 50x50x4

Van der Berg Metaaltechniek BV, Marsweg 40, 8013 PE Zwolle
""", PO("Van der Berg Metaaltechniek BV", "VDB/26/1201", None, None, None,
        ST("Van der Berg Metaaltechniek BV", "Marsweg 40", "Zwolle", "8013 PE", "NL"),
        [L("AL5083-6.0-2512", 3, "SH"), L("EA-30-5", 14, "LEN"), L("SHS-50-4", 10, "LEN")]),
  "three-message thread, substitution agreed; second domain of the customer")
