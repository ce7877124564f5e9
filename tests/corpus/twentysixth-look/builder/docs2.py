from base import *
S="Boxline Packaging Orders <orders@boxlinepack.com>"

eml("13_southerncross_au.eml","Brooke Tanner <b.tanner@scwarehousing.com.au>",S,"SCW PO 77120 - film and pallets","Wed, 09 Dec 2026 08:15:27 +1000",
"""G'day,

Please supply against PO 77120:

500mm 23mu stretch x 20 ctns
500mm 23mu extended core x 10 ctns
machine film 500mm 23mu 1500m - 24 rolls
AUS pallets 1165x1165 - 50 (if you can't do these let me know, don't sub)
Edge board 50x50 1200 long - 4 bundles

Deliver to 45 Pritchard Rd, Virginia QLD 4014 by 16/12/2026. Dock 3, bookings essential.

Cheers,
Brooke Tanner
Inventory Controller
Southern Cross Warehousing Pty Ltd
""",
label(cust="C1013",po="77120",rd="2026-12-16",
 shipto=ship("omit","45 Pritchard Rd","Virginia","QLD","4014","AU"),
 lines=[("SFH-500-23",None,"500mm 23mu stretch",20,"CS"),("SFH-500-23-EXT",None,"500mm 23mu extended core",10,"CS"),
 ("SFM-500-23-1500",None,"machine film 500mm 23mu 1500m",24,"RL"),(None,None,"AUS pallets 1165x1165",50,"EA"),
 ("EP-50-1200",None,"Edge board 50x50 1200 long",4,"BDL")]))

eml("14_bluegum_au.eml","Nell Hawthorne <nell@bluegumceramics.com.au>",S,"Re: Re: quote 4471 - go ahead","Thu, 10 Dec 2026 12:40:03 +1100",
"""Hi Josh,

Yep happy with that, please go ahead with the quote as revised - but only 3 rolls of the big bubble not 5, I found two out the back. Use PO BG-2612.

Nell

> On 9 Dec 2026, at 4:12 pm, Josh Kemp <josh@boxlinepack.com> wrote:
>
> Hi Nell, revised quote 4471 below (AUD ex GST):
> 10 bdl  DW carton 254x254x254      $14.20/bdl
> 5 rl    Bubble large 1000mm x 50m  $26.00/rl
> 4 bags  Shredded paper 10kg         $18.00/bag
> 2 cs    Kraft paper tape 50mm       $42.00/cs
> Cheers, Josh
""",
label(cust="C1014",po="BG-2612",cur="AUD",
 lines=[("DWB-254-254-254",None,"DW carton 254x254x254",10,"BDL",14.20),("BUB-L-1000-50",None,"Bubble large 1000mm x 50m",3,"RL",26.00),
 ("VF-SHRED-10",None,"Shredded paper 10kg",4,"BAG",18.00),("TAP-PAP-50-50-BRN",None,"Kraft paper tape 50mm",2,"CS",42.00)]))

eml("15_kiwiparcel_nz.eml","Rangi Parata <rangi.p@kiwiparcel.co.nz>",S,"Order KPC-4410","Thu, 10 Dec 2026 09:05:55 +1300",
"""Kia ora,

Order KPC-4410 please, for delivery Mon 14/12:

* Courier bags grey 250 x 350 - 40 boxes
* Courier bags grey 165 x 230 - 20 boxes
* Courier bags black 400x525 - 10 boxes
* 100x150 labels 25mm core 1000/roll - 120 rolls
* Clear tape 48mm x 132m - 10 cases

31 Ormiston Road, East Tamaki, Auckland 2013

Nga mihi,
Rangi Parata
Dispatch Team Lead, Kiwi Parcel Co
""",
label(cust="C1015",po="KPC-4410",rd="2026-12-14",
 shipto=ship("omit","31 Ormiston Road","Auckland",None,"2013","NZ"),
 lines=[("MB-GRY-250350",None,"Courier bags grey 250 x 350",40,"BX"),("MB-GRY-165230",None,"Courier bags grey 165 x 230",20,"BX"),
 ("MB-BLK-400525",None,"Courier bags black 400x525",10,"BX"),("LBL-DT-100150-1000",None,"100x150 labels 25mm core 1000/roll",120,"RL"),
 ("TAP-AC-48-132-CLR",None,"Clear tape 48mm x 132m",10,"CS")]))

eml("16_tuiridge_nz.eml","Sam Whitcombe <sam@tuiridge.co.nz>",S,"boxes for bottles","Fri, 11 Dec 2026 15:22:40 +1300",
"""Hi, could you send us 15 bundles of 305x229x229 single wall and 1 case of the brown hotmelt tape (48 x 66). also 2 tape guns. PO is TR 1187. Cheers Sam - Tui Ridge Brewery, 9 Quarantine Rd, Stoke, Nelson 7011""",
label(cust="C1016",po="TR 1187",
 shipto=ship("Tui Ridge Brewery","9 Quarantine Rd","Nelson",None,"7011","NZ"),
 lines=[("SWB-305-229-229",None,"305x229x229 single wall",15,"BDL"),("TAP-HM-48-66-BRN",None,"brown hotmelt tape (48 x 66)",1,"CS"),
 ("TGD-48",None,"tape guns",2,"EA")]))

eml("17_karoo_za.eml","Thandi Mokoena <thandi.m@karootrading.co.za>",S,"PURCHASE ORDER KT004512","Fri, 11 Dec 2026 10:11:09 +0200",
"""Good day

Kindly supply the following as per PO KT004512 dated 11/12/2026:

1. Pallet wrap 500mm x 20mic - 12 boxes (6 rolls/box) @ R 37,00
2. PP strapping 15mm black - 4 rolls @ R 22,00
3. Metal seals 16mm - 2 boxes @ R 24,00
4. Cable ties 300 x 4.8 black - 30 packs @ R 4,20

Delivery address: Karoo Trading, 17 Marine Drive, Paarden Eiland, Cape Town, 7405.
Required by 18 December 2026.

Kind regards
Thandi Mokoena
Buyer | Karoo Trading (Pty) Ltd
Tel: 021 511 2290

Disclaimer: This email and any attachments are confidential and intended solely for the addressee.
""",
label(cust="C1017",po="KT004512",od="2026-12-11",rd="2026-12-18",cur="ZAR",
 shipto=ship("Karoo Trading","17 Marine Drive","Cape Town",None,"7405","ZA"),
 lines=[("SFH-500-20",None,"Pallet wrap 500mm x 20mic",12,"BX",37.00),("STR-PP-15-2000-BLK",None,"PP strapping 15mm black",4,"RL",22.00),
 ("SEAL-16-1000",None,"Metal seals 16mm",2,"BX",24.00),("CT-300-48-BLK",None,"Cable ties 300 x 4.8 black",30,"PK",4.20)]))

eml("18_highveld_za.eml","Pieter van der Merwe <pieter@highveld-dist.co.za>",S,"Order: Highveld HVD-PO-2291","Mon, 14 Dec 2026 07:30:00 +0200",
"""Morning

Order number HVD-PO-2291. Please deliver to 56 Electron Avenue, Isando, Kempton Park 1600.

Pallets 1200 x 1000 new - eighty (80)
Stretch film machine 17 mic 1500 m - sixteen rolls
Fragile tape - five cases
Edge protectors 35 mm - ten bundles

Regards
Pieter
""",
label(cust="C1018",po="HVD-PO-2291",
 shipto=ship("omit","56 Electron Avenue","Kempton Park",None,"1600","ZA"),
 lines=[("PAL-UK-1210-NEW",None,"Pallets 1200 x 1000 new",80,"EA"),("SFM-500-17-1500",None,"Stretch film machine 17 mic 1500 m",16,"RL"),
 ("omit",None,"Fragile tape",5,"CS"),("EP-35-1000",None,"Edge protectors 35 mm",10,"BDL")]))

eml("19_sharma_in.eml","Rajesh Sharma <purchase@sharmaexports.in>",S,"PO No. SHE/PUR/2026-27/318","Mon, 14 Dec 2026 11:45:20 +0530",
"""Dear Sir/Madam,

Greetings from Sharma Handicraft Exports.

Please find our purchase order details below and arrange dispatch at the earliest.

PO No.: SHE/PUR/2026-27/318
PO Date: 14-12-2026

Sr.  Item                                              Qty        Rate (INR)
1    5 ply (double wall) carton 457x457x457 mm         40 bundles  1450.00
2    5 ply carton 406x305x305 mm                       30 bundles  1120.00
3    Air bubble roll 1000 mm x 100 m                   25 rolls    1850.00
4    BOPP tape 48 mm x 66 m transparent                10 cases    1540.00

Delivery at: E-114, RIICO Industrial Area, Sitapura, Jaipur - 302022, Rajasthan.

Thanking you,
Rajesh Sharma
Purchase Department
Sharma Handicraft Exports Pvt Ltd
""",
label(cust="C1019",po="SHE/PUR/2026-27/318",od="2026-12-14",cur="INR",
 shipto=ship("omit","E-114, RIICO Industrial Area","Jaipur","Rajasthan","302022","IN"),
 lines=[("DWB-457-457-457",None,"5 ply (double wall) carton 457x457x457 mm",40,"BDL",1450.00),
 ("DWB-406-305-305",None,"5 ply carton 406x305x305 mm",30,"BDL",1120.00),
 ("BUB-S-1000-100",None,"Air bubble roll 1000 mm x 100 m",25,"RL",1850.00),
 ("TAP-AC-48-66-CLR",None,"BOPP tape 48 mm x 66 m transparent",10,"CS",1540.00)]))

eml("20_deccan_in.eml","Ananya Kulkarni <ananya.k@deccaneretail.in>",S,"Re: Urgent - FC-1 mailers","Tue, 15 Dec 2026 09:12:44 +0530",
"""Hi Team,

Following up our call - please book PO DER-FC1-5530 for 250 boxes of 250x350 grey mailers and 100 boxes of 305x405 grey. Correction to what I said on the phone: the 305x405 should be white, not grey. Also add 60 rolls of 100x150 labels (the 500 per roll, 76 core ones).

Ship to Deccan eRetail FC-1, Survey No. 42, Chakan MIDC Phase II, Pune 410501.
Required date 21/12/2026.

Regards,
Ananya Kulkarni
SCM - Packaging Procurement
""",
label(cust="C1020",po="DER-FC1-5530",rd="2026-12-21",
 shipto=ship("Deccan eRetail FC-1","Survey No. 42","Pune",None,"410501","IN"),
 lines=[("MB-GRY-250350",None,"250x350 grey mailers",250,"BX"),("MB-WHT-305405",None,"305x405 white mailers",100,"BX"),
 ("LBL-DT-100150-500-76",None,"100x150 labels 500 per roll 76 core",60,"RL")]))

eml("21_brandt_de.eml","Jonas Brandt <einkauf@holz-brandt.de>",S,"Bestellung 2026-1147","Tue, 15 Dec 2026 08:55:10 +0100",
"""Guten Morgen,

hiermit bestellen wir wie folgt (Bestellnr. 2026-1147 vom 15.12.2026):

- 20 Bund Karton doppelwellig 610 x 457 x 457 mm
- 6 Rollen Polyester-Umreifungsband 19 mm x 500 m
- 3 Karton Klemmen/Bügel 19 mm
- 8 Rollen Luftpolsterfolie 1500 mm x 50 m (große Noppen)
- 40 Stück Europaletten neu

Lieferung bitte bis spätestens 22.12.2026 an:
Holzmanufaktur Brandt GmbH
Industriestraße 18
21614 Buxtehude

Mit freundlichen Grüßen
Jonas Brandt
Einkauf
""",
label(cust="C1021",po="2026-1147",od="2026-12-15",rd="2026-12-22",
 shipto=ship("Holzmanufaktur Brandt GmbH","Industriestraße 18","Buxtehude",None,"21614","DE"),
 lines=[("DWB-610-457-457",None,"Karton doppelwellig 610 x 457 x 457 mm",20,"BDL"),("STR-COR-19-500",None,"Polyester-Umreifungsband 19 mm x 500 m",6,"RL"),
 ("BKL-19",None,"Klemmen/Bügel 19 mm",3,"BX"),("BUB-L-1500-50",None,"Luftpolsterfolie 1500 mm x 50 m (große Noppen)",8,"RL"),
 ("PAL-EUR-1208-NEW",None,"Europaletten neu",40,"EA")]))

eml("22_lindner_de.eml","Sabine Krüger <s.krueger@lindner-versand.de>",S,"AW: Nachbestellung Versandmaterial","Wed, 16 Dec 2026 13:20:00 +0100",
"""Hallo Herr Wilson,

bitte noch zusätzlich 10 Rollen Packband braun leise (PVC) mit auf die Bestellung – also insgesamt:

Versandtaschen grau 305x405: 50 Kartons
Versandtaschen grau 400x525: 25 Kartons
Packband PP braun 48mm x 66m: 8 Kartons à 36 Rollen
Packband PVC braun leise: 10 Rollen
Füllmaterial Kraftpapier Rolle 380 mm: 12 Rollen

Unsere Bestellnummer: LV-45-88213. Lieferanschrift wie immer (Lager Am Güterbahnhof 5, 04129 Leipzig).

Viele Grüße
Sabine Krüger
Versandhaus Lindner KG – Einkauf

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger
Gesendet: Mittwoch, 16. Dezember 2026 09:02
Betreff: Nachbestellung Versandmaterial

Hallo Herr Wilson, anbei unsere Nachbestellung: Versandtaschen grau 305x405 50 Kartons, Versandtaschen grau 400x525 25 Kartons, Packband PP braun 8 Kartons, Kraftpapier 12 Rollen. Bestellnr. LV-45-88213.
""",
label(cust="C1022",po="LV-45-88213",
 shipto=ship("omit","Am Güterbahnhof 5","Leipzig",None,"04129","DE"),
 lines=[("MB-GRY-305405",None,"Versandtaschen grau 305x405",50,"BX"),("MB-GRY-400525",None,"Versandtaschen grau 400x525",25,"BX"),
 ("TAP-AC-48-66-BRN",None,"Packband PP braun 48mm x 66m",8,"CS"),("TAP-VN-48-66-BRN",None,"Packband PVC braun leise",10,"RL"),
 ("VF-KRAFT-380-450",None,"Füllmaterial Kraftpapier Rolle 380 mm",12,"RL")]))

eml("23_vandijk_nl.eml","Femke de Vries <inkoop@vandijklogistiek.nl>",S,"Bestelling VDL-26-0931","Wed, 16 Dec 2026 10:03:18 +0100",
"""Goedemorgen,

Graag de volgende bestelling, ons ordernummer VDL-26-0931:

- 30 dozen rekfolie 500 mm 23 mu (6 rollen per doos)
- 10 rollen machinefolie 500 mm 30 mu
- 60 stuks europallets gebruikt
- 15 zakken kabelbinders 200 x 4,8 zwart (100 st.)
- 15 zakken kabelbinders 200 x 4,8 naturel

Levering graag vóór 23-12-2026 op Kraaivenstraat 21, 5048 AB Tilburg.

Met vriendelijke groet,
Femke de Vries
Inkoop | Van Dijk Logistiek B.V.
""",
label(cust="C1023",po="VDL-26-0931",rd="2026-12-23",
 shipto=ship("omit","Kraaivenstraat 21","Tilburg",None,"5048 AB","NL"),
 lines=[("SFH-500-23",None,"rekfolie 500 mm 23 mu",30,"CS"),("SFM-500-30-1500",None,"machinefolie 500 mm 30 mu",10,"RL"),
 ("PAL-EUR-1208-USED",None,"europallets gebruikt",60,"EA"),("CT-200-48-BLK",None,"kabelbinders 200 x 4,8 zwart",15,"PK"),
 ("CT-200-48-NAT",None,"kabelbinders 200 x 4,8 naturel",15,"PK")]))

eml("24_lefevre_fr.eml","Claire Lefèvre <claire@atelier-lefevre.fr>",S,"Commande emballages - décembre","Thu, 17 Dec 2026 17:48:29 +0100",
"""Bonjour,

Je souhaiterais commander pour l'atelier :
- 6 paquets de cartons simple cannelure 254 x 254 x 254 mm
- 4 paquets de cartons double cannelure 305 x 305 x 305
- 2 rouleaux de papier bulle 750 mm x 100 m
- 3 sacs de calage (chips blancs)
- 1 carton de ruban adhésif « fragile » rouge et blanc

Notre référence de commande : ACL-1712.
Livraison à l'atelier, 27 rue Paul Bert, 69003 Lyon, avant le 23/12/2026 si possible.

Merci d'avance et bonne journée,
Claire Lefèvre
Atelier Céramique Lefèvre
""",
label(cust="C1024",po="ACL-1712",rd="2026-12-23",
 shipto=ship("omit","27 rue Paul Bert","Lyon",None,"69003","FR"),
 lines=[("SWB-254-254-254",None,"cartons simple cannelure 254 x 254 x 254 mm",6,"BDL"),("DWB-305-305-305",None,"cartons double cannelure 305 x 305 x 305",4,"BDL"),
 ("BUB-S-750-100",None,"papier bulle 750 mm x 100 m",2,"RL"),("VF-CHIP-15",None,"sacs de calage (chips blancs)",3,"BAG"),
 ("TAP-FR-48-66-WHT",None,"ruban adhésif fragile rouge et blanc",1,"CS")]))

eml("25_moreau_fr.eml","Service Achats <achats@imprimerie-moreau.fr>",S,"Bon de commande n° BC-26-0644","Fri, 18 Dec 2026 09:30:00 +0100",
"""Madame, Monsieur,

Veuillez trouver ci-dessous notre commande n° BC-26-0644 du 18/12/2026.

Réf. fournisseur        Désignation                           Qté    PU HT
BBE-C4                  Enveloppes dos carton A4              15     24,00 €
BBE-C3                  Enveloppes dos carton A3              8      28,00 €
LBL-DT-10276-1000       Étiquettes thermiques 102x76          20     5,50 €
TAP-AC-48-66-CLR        Adhésif transparent 48 mm x 66 m      2      18,50 €

Adresse de livraison : Imprimerie Moreau, 4 boulevard de la Prairie au Duc, 44200 Nantes.
Délai souhaité : 05/01/2027.

Cordialement,
Service Achats – Imprimerie Moreau SARL
""",
label(cust="C1025",po="BC-26-0644",od="2026-12-18",rd="2027-01-05",cur="EUR",
 shipto=ship("Imprimerie Moreau","4 boulevard de la Prairie au Duc","Nantes",None,"44200","FR"),
 lines=[("BBE-C4",None,"Enveloppes dos carton A4",15,"BX",24.00),("BBE-C3",None,"Enveloppes dos carton A3",8,"BX",28.00),
 ("LBL-DT-10276-1000",None,"Étiquettes thermiques 102x76",20,"RL",5.50),("TAP-AC-48-66-CLR",None,"Adhésif transparent 48 mm x 66 m",2,"CS",18.50)]))
