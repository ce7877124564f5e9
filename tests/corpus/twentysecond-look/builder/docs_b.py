# -*- coding: utf-8 -*-
"""UK, Ireland, France, Germany."""
from helpers import L, order, notorder, S, ABSENT

DOCS = []


def D(**kw):
    DOCS.append(kw)


D(name="uk01_wren_ref_dayfirst_date",
  frm="Harriet Moss <harriet@wrenandlantern.co.uk>",
  subject="Order - Wren & Lantern",
  date="2026-04-03T09:31:00+01:00",
  body="""Morning all,

Our ref: WL/0326
Date: 03/04/2026

Could we have the following delivered by 14 April please, to the inn as normal:

Shampoo 50ml lavender - 2 cases @ £58.00
Body wash 50ml lavender - 2 cases @ £58.00
Soap 40g lavender - 1 case @ £45.00
Sewing kits - 1 case
Bath towels ivory - 24 @ £6.40
Hand towels ivory - 24 @ £2.60

Many thanks,
Harriet Moss
Owner, The Wren & Lantern Inn
12 Micklegate, York YO1 6JH
""",
  label=order("The Wren & Lantern Inn", "WL/0326", [
      L("AM-SH-50-LV", 2, "CS", 58.00), L("AM-BW-50-LV", 2, "CS", 58.00), L("AM-SOAP-40-LV", 1, "CS", 45.00),
      L("AM-SEWING-KIT", 1, "CS"), L("LN-TWL-BATH-IV", 24, "EA", 6.40), L("LN-TWL-HAND-IV", 24, "EA", 2.60)],
      od="2026-04-03", rd="2026-04-14", cur="GBP"))


D(name="uk02_thornbury_pdf_cheltenham",
  frm="Oliver Pryce <procurement@thornburyhotels.co.uk>",
  subject="P.O. No: TH-55812",
  date="2026-03-09T14:02:00+00:00",
  body="""Dear Saltmarsh,

Please find attached P.O. No: TH-55812 for The Thornbury Cheltenham. Delivery address is on the PO - Cheltenham, not Bath.

Kind regards,
Oliver Pryce
Group Procurement
Thornbury Hotels Ltd, 4 Queen Square, Bath BA1 2HA
""",
  att=[("pdf", "TH-55812.pdf", {
      "title": "THORNBURY HOTELS LTD - PURCHASE ORDER",
      "head": ["P.O. No: TH-55812", "Order date: 9 March 2026", "Required: 17/03/2026",
               "Deliver to: The Thornbury Cheltenham, 61 Montpellier Terrace, Cheltenham, Gloucestershire GL50 1UX",
               "Invoice to: Thornbury Hotels Ltd, 4 Queen Square, Bath BA1 2HA", "All prices GBP excl. VAT"],
      "cols": ["Our code", "Description", "Qty", "Unit", "Price", "Total"],
      "xs": [40, 110, 340, 380, 430, 490],
      "rows": [["TH-L-118", "Duvet cover double white 200TC", "30", "each", "22.80", "684.00"],
               ["TH-L-119", "Flat sheet double white 200TC", "60", "each", "12.00", "720.00"],
               ["TH-L-130", "Pillowcase standard white", "120", "each", "3.20", "384.00"],
               ["TH-B-201", "Bath sheet white", "40", "each", "9.20", "368.00"],
               ["TH-B-205", "Bathrobe waffle L", "12", "each", "21.00", "252.00"]],
      "foot": ["Net total GBP 2,408.00", "Please quote our P.O. number on all delivery notes and invoices."]})],
  label=order("Thornbury Hotels Ltd", "TH-55812", [
      L("LN-DC-DB-WH-200", 30, "EA", 22.80, part="TH-L-118"), L("LN-FS-DB-WH-200", 60, "EA", 12.00, part="TH-L-119"),
      L("LN-PC-STD-WH", 120, "EA", 3.20, part="TH-L-130"), L("LN-TWL-SHEET-WH", 40, "EA", 9.20, part="TH-B-201"),
      L("LN-BATHROBE-L-WH", 12, "EA", 21.00, part="TH-B-205")],
      od="2026-03-09", rd="2026-03-17", cur="GBP",
      ship=S("The Thornbury Cheltenham", "61 Montpellier Terrace", "Cheltenham", "Gloucestershire", "GL50 1UX", "GB")))


D(name="uk03_thornbury_marylebone_chef_usual",
  frm="Chef Ravi Anand <kitchen.marylebone@thornburyhotels.co.uk>",
  subject="crockery for Marylebone",
  date="2026-03-12T22:15:00+00:00",
  body="""Hi,

For The Thornbury Marylebone kitchen, usual delivery please. We've lost a lot to the new dishwasher.

pasta bowls 23cm x 4 doz
side plates x 6 doz
espresso cups x 3 doz + the saucers to go with them x 3 doz
cappuccino cups - 1 case of 36
teaspoons 5 doz

Cheers
Ravi
Head Chef
""",
  label=order("Thornbury Hotels Ltd", None, [
      L("TW-BWL-23-DZ", 4, "DZ"), L("TW-PLT-21-DZ", 6, "DZ"), L("TW-CUP-90-DZ", 3, "DZ"), L("TW-SAU-12-DZ", 3, "DZ"),
      L("TW-CUP-200-CS", 1, "CS"), L("TW-SPOON-TEA-DZ", 5, "DZ")],
      cur=None,
      ship=S("The Thornbury Marylebone", None, None, None, None, None)))


D(name="uk04_thornbury_status_question",
  frm="Oliver Pryce <procurement@thornburyhotels.co.uk>",
  subject="PO TH-55790 - delivery status?",
  date="2026-03-10T10:20:00+00:00",
  body="""Hi,

Could you let me know where PO TH-55790 (ordered 2 March, for Bath) has got to? It was due yesterday and the hotel hasn't received anything. If it's been split please send me the tracking for each part.

Thanks,
Oliver Pryce
Group Procurement, Thornbury Hotels Ltd
""",
  label=notorder(customer="Thornbury Hotels Ltd"))


D(name="uk05_gallowgate_order_no_both",
  frm="Fiona McLeish <fiona@gallowgatekitchen.co.uk>",
  subject="Order No. GK-2026-031",
  date="2026-03-06T16:48:00+00:00",
  body="""Hiya,

Order No. GK-2026-031 - needed Tues 10/3 for the food market weekend prep.

* kraft bowls 750ml - 4 cases
* lids for the 750s - 4 cases
* kraft bowls 500ml - 2 cases
* lids for the 500s - 2 cases
* wooden forks x3 cases, wooden spoons x1 case
* kraft bags large 2 cases

Deliver to the kitchen, 190 Gallowgate, Glasgow G4 0TW.

Ta,
Fiona
Gallowgate Kitchen
""",
  label=order("Gallowgate Kitchen", "GK-2026-031", [
      L("TA-KBOWL-750", 4, "CS"), L("TA-KLID-7510", 4, "CS"), L("TA-KBOWL-500", 2, "CS"), L("TA-KLID-500", 2, "CS"),
      L("TA-WD-FORK", 3, "CS"), L("TA-WD-SPOON", 1, "CS"), L("TA-BAG-KR-L", 2, "CS")],
      rd="2026-03-10", cur=None,
      ship=S("Gallowgate Kitchen", "190 Gallowgate", "Glasgow", None, "G4 0TW", "GB")))


D(name="uk06_gallowgate_reply_change",
  frm="Fiona McLeish <fiona@gallowgatekitchen.co.uk>",
  subject="Re: Order No. GK-2026-034",
  date="2026-03-20T08:12:00+00:00",
  body="""Sorry, change of plan on this one - swap the 750ml bowls for the 1000ml ones (same qty) and drop the clamshells altogether. Rest is fine.

F

On Thu, 19 Mar 2026 at 17:30, Fiona McLeish <fiona@gallowgatekitchen.co.uk> wrote:
> Order No. GK-2026-034, date 19/03/2026
> Needed by 24/03/2026
>
> 3 cs kraft bowl 750ml
> 3 cs lids for 750/1000 bowl
> 2 cs burger boxes 6 inch
> 2 cs napkins white 2ply
> 1 cs cup carriers
>
> Fiona, Gallowgate Kitchen
""",
  label=order("Gallowgate Kitchen", "GK-2026-034", [
      L("TA-KBOWL-1000", 3, "CS"), L("TA-KLID-7510", 3, "CS"), L("TA-NAP-2P-WH", 2, "CS"), L("TA-CARRIER-4", 1, "CS")],
      od="2026-03-19", rd="2026-03-24", cur=None))


D(name="uk07_wren_bar_html_only",
  frm="Callum Reid <bar@wrenandlantern.co.uk>",
  subject="Bar glass order PO 2291",
  date="2026-03-17T18:05:00+00:00",
  html="""<html><body>
<p>Hi Saltmarsh,</p>
<p>Bar order below, PO 2291. Please send with the next York run.</p>
<ul>
<li>Nonic pints (20oz) &ndash; 3 cases of 24</li>
<li>Nonic halves &ndash; 2 dozen</li>
<li>Wine glass 470ml &ndash; 2 dozen</li>
<li>Wine glass 350ml &ndash; 1 dozen</li>
<li>Flutes &ndash; 1 dozen</li>
</ul>
<p>Callum<br/>Bar Manager<br/>The Wren &amp; Lantern Inn</p>
</body></html>""",
  label=order("The Wren & Lantern Inn", "2291", [
      L("GL-PINT-570-CS", 3, "CS"), L("GL-HALF-285-DZ", 2, "DZ"), L("GL-WINE-470-DZ", 2, "DZ"), L("GL-WINE-350-DZ", 1, "DZ"),
      L("GL-FLUTE-170-DZ", 1, "DZ")], cur=None))


D(name="uk08_newsletter_buyers_forum",
  frm="Hospitality Buyers Forum <news@hbforum-uk.org>",
  subject="HBF Monthly: spring trade show, linen price index, new members",
  date="2026-03-02T07:00:00+00:00",
  html="""<html><body>
<h2>Hospitality Buyers Forum - March 2026</h2>
<p>Dear member,</p>
<p>Our spring trade show takes place on 22-23 April 2026. Exhibitor places are nearly gone - book by 15 March.</p>
<p><b>Linen price index:</b> cotton percale prices rose 3.1% quarter on quarter; 300 TC king flat sheets now average &pound;21.40.</p>
<p><b>Packaging:</b> new extended producer responsibility fees apply to single-use cups from 1 October 2026.</p>
<p>To unsubscribe, reply with UNSUBSCRIBE.</p>
</body></html>""",
  label=notorder())


D(name="ie01_kilbrannan_po_euro",
  frm="Siobhán Keane <purchasing@kilbrannanhouse.ie>",
  subject="Purchase Order KH-0457",
  date="2026-03-02T12:14:00+00:00",
  body="""Hello,

Purchase Order No. KH-0457
Date: 02/03/2026
Delivery: 09/03/2026

Deliver to:
Kilbrannan House Hotel
Salthill Road Upper
Galway
H91 X2C4

Qty  Description                               Unit price
8    Case shampoo 30ml citrus verbena          €63.00
8    Case body wash 30ml citrus verbena        €63.00
4    Case body lotion 30ml citrus verbena      €72.00
6    Case soap 20g citrus verbena              €55.00
2    Case slippers closed toe                  €134.00

Prices in € ex VAT.

Regards,
Siobhán Keane
Kilbrannan House Hotel
""",
  label=order("Kilbrannan House Hotel", "KH-0457", [
      L("AM-SH-30-CV", 8, "CS", 63.00), L("AM-BW-30-CV", 8, "CS", 63.00), L("AM-BL-30-CV", 4, "CS", 72.00),
      L("AM-SOAP-20-CV", 6, "CS", 55.00), L("AM-SLIPPER-CT", 2, "CS", 134.00)],
      od="2026-03-02", rd="2026-03-09", cur="EUR",
      ship=S("Kilbrannan House Hotel", "Salthill Road Upper", "Galway", None, "H91 X2C4", "IE")))


D(name="ie02_kilbrannan_laundry_unit",
  frm="Máire Ní Fhlatharta <housekeeping@kilbrannanhouse.ie>",
  subject="laundry chemicals",
  date="2026-03-11T08:40:00+00:00",
  body="""Hi there,

Could you send the following to our staff laundry unit (NOT the hotel):

Kilbrannan House - Laundry
Unit 6, Ballybrit Business Park
Galway H91 P2E7

laundry liquid 20 litre x 4
softener 20 litre x 2
oxygen bleach 10 kg x 2
hand soap refill 5L x 3

Go raibh maith agat,
Máire
Head Housekeeper, Kilbrannan House Hotel
Salthill Road Upper, Galway H91 X2C4
""",
  label=order("Kilbrannan House Hotel", None, [
      L("CH-LAUN-20L", 4, "EA"), L("CH-SOFT-20L", 2, "EA"), L("CH-OXY-10KG", 2, "EA"), L("AM-REFILL-5L-HS-CV", 3, "EA")],
      cur=None,
      ship=S("Kilbrannan House - Laundry", "Unit 6, Ballybrit Business Park", "Galway", None, "H91 P2E7", "IE")))


D(name="ie03_liffeyquay_subject_only_table",
  frm="Declan Furlong <declan@liffeyquay.ie>",
  subject="Order #LQ-118",
  date="2026-03-09T15:26:00+00:00",
  body="""Lads,

Need this for Friday 13 March, Paddy's week is coming.

| Item                     | Qty  |
|--------------------------|------|
| Pint glasses nonic 20oz  | 6 cs |
| Half pint nonic          | 4 doz|
| Rocks glasses            | 2 cs |
| Highball 300ml           | 2 cs |
| Bar napkins white 2ply   | 3 cs |

Cheers,
Declan
Liffey Quay Bar & Grill
""",
  label=order("Liffey Quay Bar & Grill", "LQ-118", [
      L("GL-PINT-570-CS", 6, "CS"), L("GL-HALF-285-DZ", 4, "DZ"), L("GL-ROCKS-260-CS", 2, "CS"), L("GL-HIBALL-300-CS", 2, "CS"),
      L("TA-NAP-2P-WH", 3, "CS")],
      rd="2026-03-13", cur=None))


D(name="ie04_liffeyquay_forward_from_gmail",
  frm="Niamh Furlong <niamh@liffeyquay.ie>",
  subject="FW: kitchen order",
  date="2026-03-18T10:03:00+00:00",
  body="""Hi, forwarding our chef's list - he sent it from his own email. Please deliver to the restaurant, 27 Ormond Quay Lower, Dublin 1, D01 K7P6. No PO needed.

Niamh Furlong
Owner, Liffey Quay Bar & Grill

-----Original Message-----
From: Kev Doyle <kevdoyle.chef@gmail.com>
Sent: 17 March 2026 23:48
To: Niamh Furlong
Subject: kitchen order

niamh can u get these from saltmarsh
- oven degreaser x 3 (5L)
- sanitiser 5L x 4
- dish machine detergent 20L x 2
- rinse aid 5L x 2
- 2 doz dinner plates (the 27cm)
thanks kev
""",
  label=order("Liffey Quay Bar & Grill", None, [
      L("CH-DEGR-5L", 3, "EA"), L("CH-SANI-5L", 4, "EA"), L("CH-DISH-20L", 2, "EA"), L("CH-RINSE-5L", 2, "EA"),
      L("TW-PLT-27-DZ", 2, "DZ")],
      cur=None,
      ship=S("Liffey Quay Bar & Grill", "27 Ormond Quay Lower", "Dublin 1", None, "D01 K7P6", "IE")))


D(name="ie05_liffeyquay_quote_request",
  frm="Declan Furlong <declan@liffeyquay.ie>",
  subject="quote please - cocktail glassware",
  date="2026-03-24T13:10:00+00:00",
  body="""Hi,

We're redoing the cocktail menu in May. Before I order anything could you quote me for roughly:

- 10 dozen coupes 220ml
- 6 cases rocks 260ml
- 4 cases highball 350ml

Also do you do engraving/logo on glass? Not ordering yet - just need prices and lead times.

Declan
Liffey Quay Bar & Grill
""",
  label=notorder(customer="Liffey Quay Bar & Grill"))


D(name="fr01_tilleuls_commande_virgule",
  frm="Camille Roussel <achats@hotel-lestilleuls.fr>",
  subject="N° de commande LT-2026-117",
  date="2026-03-05T10:50:00+01:00",
  body="""Bonjour,

Merci de bien vouloir enregistrer la commande suivante.

N° de commande : LT-2026-117
Date de commande : 5 mars 2026
Livraison le 12/03

Adresse de livraison :
Hôtel Les Tilleuls
14 rue des Remparts d'Ainay
69002 Lyon

- Drap plat 1 place blanc 200 fils : 20 pièces à 9,50 €
- Drap housse 1 place blanc 200 fils : 20 pièces à 10,90 €
- Housse de couette King ivoire 300 fils : 12 pièces à 39,80 €
- Taie d'oreiller king ivoire : 24 pièces à 3,90 €

Prix HT en €.

Cordialement,
Camille Roussel
Hôtel Les Tilleuls
""",
  label=order("Hôtel Les Tilleuls", "LT-2026-117", [
      L("LN-FS-SG-WH-200", 20, "EA", 9.50, desc="Drap plat 1 place blanc 200 fils"),
      L("LN-FT-SG-WH-200", 20, "EA", 10.90, desc="Drap housse 1 place blanc 200 fils"),
      L("LN-DC-KG-IV-300", 12, "EA", 39.80, desc="Housse de couette King ivoire 300 fils"),
      L("LN-PC-KG-IV", 24, "EA", 3.90, desc="Taie d'oreiller king ivoire")],
      od="2026-03-05", rd="2026-03-12", cur="EUR",
      ship=S("Hôtel Les Tilleuls", "14 rue des Remparts d'Ainay", "Lyon", None, "69002", "FR")))


D(name="fr02_brasserie_chef_prose_jeudi",
  frm="Julien Marchetti <cuisine@brasseriemarchecouvert.fr>",
  subject="commande vaisselle",
  date="2026-03-10T23:05:00+01:00",
  body="""Salut,

Il me faudrait pour jeudi si possible : trois douzaines d'assiettes plates 27 cm, deux douzaines de bols 15 cm, et quatre douzaines de couteaux de table. Et aussi 2 douzaines de tasses à espresso avec les soucoupes (2 douz.).

Merci,
Julien
Chef de cuisine - Brasserie du Marché Couvert
""",
  label=order("Brasserie du Marché Couvert", None, [
      L("TW-PLT-27-DZ", 3, "DZ", desc="assiettes plates 27 cm"), L("TW-BWL-15-DZ", 2, "DZ", desc="bols 15 cm"),
      L("TW-KNIFE-TBL-DZ", 4, "DZ", desc="couteaux de table"), L("TW-CUP-90-DZ", 2, "DZ", desc="tasses à espresso"),
      L("TW-SAU-12-DZ", 2, "DZ", desc="soucoupes espresso")],
      rd=ABSENT, cur=None))


D(name="fr03_brasserie_pdf_cuisine_centrale",
  frm="Sophie Lacaze <gestion@brasseriemarchecouvert.fr>",
  subject="Bon de commande BMC-0042",
  date="2026-03-18T11:30:00+01:00",
  body="""Bonjour,

Veuillez trouver ci-joint notre bon de commande BMC-0042. Attention : livraison à la cuisine centrale de Bègles, pas à la brasserie.

Bien cordialement,
Sophie Lacaze
Gestion - Brasserie du Marché Couvert
3 place des Capucins, 33800 Bordeaux
""",
  att=[("pdf", "BMC-0042.pdf", {
      "title": "BON DE COMMANDE",
      "head": ["Brasserie du Marché Couvert - 3 place des Capucins, 33800 Bordeaux",
               "Bon de commande n° BMC-0042        Date : 18/03/2026        A livrer le : 25/03/2026",
               "Adresse de livraison : Cuisine centrale BMC, 12 rue Léon Blum, 33130 Bègles",
               "Devise : EUR"],
      "cols": ["Réf.", "Désignation", "Qté", "Unité", "P.U. HT", "Total HT"],
      "xs": [40, 90, 330, 370, 420, 490],
      "rows": [["1", "Bidon détergent lave-vaisselle 20 L", "3", "bidon", "68,40", "205,20"],
               ["2", "Bidon produit de rinçage 20 L", "2", "bidon", "75,60", "151,20"],
               ["3", "Dégraissant four 5 L", "4", "bidon", "24,00", "96,00"],
               ["4", "Désinfectant alimentaire 5 L", "6", "bidon", "17,00", "102,00"],
               ["5", "Nettoyant sols neutre 5 L", "4", "bidon", "15,00", "60,00"]],
      "foot": ["Total HT : 614,40 EUR"]})],
  label=order("Brasserie du Marché Couvert", "BMC-0042", [
      L("CH-DISH-20L", 3, "EA", 68.40), L("CH-RINSE-20L", 2, "EA", 75.60), L("CH-DEGR-5L", 4, "EA", 24.00),
      L("CH-SANI-5L", 6, "EA", 17.00), L("CH-FLOOR-5L", 4, "EA", 15.00)],
      od="2026-03-18", rd="2026-03-25", cur="EUR",
      ship=S("Cuisine centrale BMC", "12 rue Léon Blum", "Bègles", None, "33130", "FR")))


D(name="fr04_tilleuls_html_reference_iso",
  frm="Camille Roussel <achats@hotel-lestilleuls.fr>",
  subject="Commande produits d'accueil",
  date="2026-03-20T09:12:00+01:00",
  html="""<html><body>
<p>Bonjour,</p>
<p>Notre référence : <b>CMD 3381</b><br/>Date : 2026-03-20</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Article</th><th>Quantité</th></tr>
<tr><td>Shampooing 30 ml sans parfum</td><td>5 cartons</td></tr>
<tr><td>Gel douche 30 ml sans parfum</td><td>5 cartons</td></tr>
<tr><td>Savon 20 g sans parfum</td><td>3 cartons</td></tr>
<tr><td>Kit dentaire</td><td>1 carton</td></tr>
<tr><td>Pantoufles bout ouvert</td><td>2 cartons</td></tr>
</table>
<p>Cordialement,<br/>Camille Roussel<br/>Hôtel Les Tilleuls</p>
</body></html>""",
  label=order("Hôtel Les Tilleuls", "CMD 3381", [
      L("AM-SH-30-UN", 5, "CS", desc="Shampooing 30 ml sans parfum"), L("AM-BW-30-UN", 5, "CS", desc="Gel douche 30 ml sans parfum"),
      L("AM-SOAP-20-UN", 3, "CS", desc="Savon 20 g sans parfum"), L("AM-DENTAL-KIT", 1, "CS", desc="Kit dentaire"),
      L("AM-SLIPPER-OT", 2, "CS", desc="Pantoufles bout ouvert")],
      od="2026-03-20", cur=None))


D(name="fr05_brasserie_bar_verres_cl",
  frm="Inès Berthelot <bar@brasseriemarchecouvert.fr>",
  subject="Verrerie bar",
  date="2026-03-30T17:20:00+02:00",
  body="""Bonjour,

Pour le bar, merci de nous livrer le mardi 7 avril 2026 :

10 douzaines de verres à vin 47 cl
2 cartons de 24 flûtes à champagne
3 douzaines de verres à eau 23 cl
1 carton de 24 coupes à cocktail

Inès Berthelot
Responsable bar, Brasserie du Marché Couvert
""",
  label=order("Brasserie du Marché Couvert", None, [
      L("GL-WINE-470-DZ", 10, "DZ", desc="verres à vin 47 cl"), L("GL-FLUTE-170-CS", 2, "CS", desc="cartons de 24 flûtes à champagne"),
      L("GL-TUMBLER-230-DZ", 3, "DZ", desc="verres à eau 23 cl"), L("GL-COUPE-220-CS", 1, "CS", desc="coupes à cocktail carton de 24")],
      rd="2026-04-07", cur=None))


D(name="de01_hirsch_bestellnummer",
  frm="Barbara Wendler <einkauf@goldener-hirsch-bamberg.de>",
  subject="Bestellung GH-2026-014",
  date="2026-03-04T08:55:00+01:00",
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir:

Bestellnummer: GH-2026-014
Bestelldatum: 04.03.2026
Liefertermin: 7.5.2026

Lieferadresse:
Gasthof zum Goldenen Hirsch
Obere Sandstraße 21
96049 Bamberg

Pos. 1: 24 Stück Spannbettlaken Doppelbett weiß 200 TC à 13,80 €
Pos. 2: 24 Stück Bettbezug Doppelbett weiß 200 TC à 22,80 €
Pos. 3: 48 Stück Kopfkissenbezug Standard weiß à 3,20 €
Pos. 4: 60 Stück Handtuch weiß 50x90 à 2,60 €

Mit freundlichen Grüßen
Barbara Wendler
Gasthof zum Goldenen Hirsch
""",
  label=order("Gasthof zum Goldenen Hirsch", "GH-2026-014", [
      L("LN-FT-DB-WH-200", 24, "EA", 13.80, desc="Spannbettlaken Doppelbett weiß 200 TC"),
      L("LN-DC-DB-WH-200", 24, "EA", 22.80, desc="Bettbezug Doppelbett weiß 200 TC"),
      L("LN-PC-STD-WH", 48, "EA", 3.20, desc="Kopfkissenbezug Standard weiß"),
      L("LN-TWL-HAND-WH", 60, "EA", 2.60, desc="Handtuch weiß 50x90")],
      od="2026-03-04", rd="2026-05-07", cur="EUR",
      ship=S("Gasthof zum Goldenen Hirsch", "Obere Sandstraße 21", "Bamberg", None, "96049", "DE")))


D(name="de02_elbblick_altona_kw",
  frm="Jörg Petersen <j.petersen@elbblick-hotel.de>",
  subject="Bestellung Nr. 88213 - Boardinghouse Altona",
  date="2026-03-12T13:40:00+01:00",
  body="""Guten Tag,

bitte liefern Sie folgende Artikel an unser Boardinghouse (nicht ans Hotel):

Bestellung Nr. 88213
Datum: 12. März 2026
Liefertermin: KW 13

Lieferadresse:
Elbblick Boardinghouse Altona
Max-Brauer-Allee 58
22765 Hamburg

- Kaffeebohnen Hausmischung 1 kg: 12 Stück
- Kaffeebohnen entkoffeiniert 1 kg: 4 Stück
- Zuckersticks weiß: 2 Kartons à 1000
- Süßstoff: 1 Karton
- Tee English Breakfast: 3 Packungen à 100
- Pfefferminztee: 2 Packungen à 100
- Kaffeesahne Portionen: 4 Packungen

Mit freundlichen Grüßen
Jörg Petersen
Einkauf, Stadthotel Elbblick GmbH
Große Elbstraße 133, 22767 Hamburg
""",
  label=order("Stadthotel Elbblick GmbH", "88213", [
      L("CF-BEAN-HOUSE-1KG", 12, "EA", desc="Kaffeebohnen Hausmischung 1 kg"), L("CF-BEAN-DECAF-1KG", 4, "EA", desc="Kaffeebohnen entkoffeiniert 1 kg"),
      L("CF-SUG-WH-STK", 2, "BX", desc="Zuckersticks weiß"), L("CF-SWEET-SACH", 1, "BX", desc="Süßstoff"),
      L("CF-TEA-EB", 3, "BX", desc="Tee English Breakfast"), L("CF-TEA-PM", 2, "BX", desc="Pfefferminztee"),
      L("CF-CREAM-PORT", 4, "BX", desc="Kaffeesahne Portionen")],
      od="2026-03-12", rd=ABSENT, cur=None,
      ship=S("Elbblick Boardinghouse Altona", "Max-Brauer-Allee 58", "Hamburg", None, "22765", "DE")))


D(name="de03_elbblick_angebotsanfrage",
  frm="Jörg Petersen <j.petersen@elbblick-hotel.de>",
  subject="Angebotsanfrage Frottierware",
  date="2026-03-19T09:15:00+01:00",
  body="""Guten Tag,

wir planen die Umstellung unserer Frottierware auf Elfenbein (ivory). Bitte senden Sie uns ein Angebot über:

- 200 Duschtücher 70x140 elfenbein
- 200 Handtücher 50x90 elfenbein
- 100 Badvorleger elfenbein

inkl. Staffelpreisen und Lieferzeit. Dies ist noch keine Bestellung.

Mit freundlichen Grüßen
Jörg Petersen
Stadthotel Elbblick GmbH
""",
  label=notorder(customer="Stadthotel Elbblick GmbH"))


D(name="de04_hirsch_xlsx_vom",
  frm="Barbara Wendler <einkauf@goldener-hirsch-bamberg.de>",
  subject="Unsere Bestellung 2026-019",
  date="2026-03-16T10:05:00+01:00",
  body="""Guten Morgen,

anbei unsere Bestellung 2026-019 vom 16.03.2026 als Excel-Datei. Lieferung bitte bis spätestens 27.03.2026 an die bekannte Adresse.

Freundliche Grüße
Barbara Wendler
""",
  att=[("xlsx", "Bestellung_2026-019.xlsx", [
      ["Gasthof zum Goldenen Hirsch - Bestellung"],
      ["Bestellnummer", "2026-019"], ["Datum", "16.03.2026"],
      [],
      ["Artikel", "Menge", "Einheit", "Preis EUR"],
      ["Weinglas 35 cl (12 Stück)", 4, "Karton à 12", 25.20],
      ["Weinglas 47 cl (12 Stück)", 4, "Karton à 12", 29.40],
      ["Sektflöte 17 cl (12 Stück)", 2, "Karton à 12", 27.60],
      ["Wasserglas 23 cl (24 Stück)", 2, "Karton à 24", 21.66],
      ["Kaffeetasse 200 ml", 3, "Dutzend", 25.20],
      ["Untertasse 14 cm", 3, "Dutzend", 15.60]])],
  label=order("Gasthof zum Goldenen Hirsch", "2026-019", [
      L("GL-WINE-350-DZ", 4, "DZ", 25.20, desc="Weinglas 35 cl (12 Stück)"), L("GL-WINE-470-DZ", 4, "DZ", 29.40, desc="Weinglas 47 cl (12 Stück)"),
      L("GL-FLUTE-170-DZ", 2, "DZ", 27.60, desc="Sektflöte 17 cl (12 Stück)"), L("GL-TUMBLER-230-CS", 2, "CS", 21.66, desc="Wasserglas 23 cl (24 Stück)"),
      L("TW-CUP-200-DZ", 3, "DZ", 25.20, desc="Kaffeetasse 200 ml"), L("TW-SAU-14-DZ", 3, "DZ", 15.60, desc="Untertasse 14 cm")],
      od="2026-03-16", rd="2026-03-27", cur="EUR"))


D(name="de05_elbblick_housekeeping_list",
  frm="Svetlana Brandt <hausdame@elbblick-hotel.de>",
  subject="Wäschebestellung",
  date="2026-03-23T07:45:00+01:00",
  body="""Hallo,

bitte für das Hotel (Große Elbstraße) liefern:

1) Spannbettlaken King weiß 300 TC - 40 Stück
2) Bettlaken King weiß 300 TC - 40 Stück
3) Bettbezug King weiß 300 TC - 20 Stück
4) Kopfkissenbezug King weiß - 60 Stück
5) Bademantel Gr. M - 6, Gr. L - 6

Danke!
Svetlana Brandt
Hausdame
""",
  label=order("Stadthotel Elbblick GmbH", None, [
      L("LN-FT-KG-WH-300", 40, "EA", desc="Spannbettlaken King weiß 300 TC"), L("LN-FS-KG-WH-300", 40, "EA", desc="Bettlaken King weiß 300 TC"),
      L("LN-DC-KG-WH-300", 20, "EA", desc="Bettbezug King weiß 300 TC"), L("LN-PC-KG-WH", 60, "EA", desc="Kopfkissenbezug King weiß"),
      L("LN-BATHROBE-M-WH", 6, "EA", desc="Bademantel Gr. M"), L("LN-BATHROBE-L-WH", 6, "EA", desc="Bademantel Gr. L")],
      cur=None,
      ship=S(None, "Große Elbstraße", None, None, None, None)))
