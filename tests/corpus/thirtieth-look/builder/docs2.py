from common import *

D("e16_cedarhollow_us", "Rick Alvarez <purchasing@cedarhollownursery.com>", "PO# 23318", "Mon, 09 Feb 2026 18:22:00 -0500",
"""Hi Greenline,

Please enter PO# 23318 dated 2/9/2026. Ship by 3/2/2026.

Qty  Item                                   Unit $
20   3 liter black container pots (box/150)  $47.00
15   5 liter black container pots (box/100)  $49.00
10   10 liter black containers (box/60)      $58.50
12   CRF 15-9-12 8-9 month, 25 kg            $131.00

SHIP TO:
Cedar Hollow Nursery - Farm 2
1890 Strasburg Pike
Lancaster, PA 17602

Bill to our main office as usual (4410 Old Mill Road).

Thanks,
Rick Alvarez
Purchasing, Cedar Hollow Nursery
""", lab("Cedar Hollow Nursery", "23318", "2026-02-09", "2026-03-02", "USD",
    ST("Cedar Hollow Nursery - Farm 2", "1890 Strasburg Pike", "Lancaster", "PA", "17602", "US"), [
    L("GL-CT3L-BLK", 20, "BX", 47.00, desc="3 liter black container pots (box/150)"),
    L("GL-CT5L-BLK", 15, "BX", 49.00, desc="5 liter black container pots (box/100)"),
    L("GL-CT10L-BLK", 10, "BX", 58.50, desc="10 liter black containers (box/60)"),
    L("GL-CRF-9M-25", 12, None, 131.00, desc="CRF 15-9-12 8-9 month, 25 kg")]), note="US month-first dates, USD prices, ship-to second farm")

D("e17_mapleridge_fwd", "Lisa Chen <lisa.chen@mapleridgels.ca>", "Fwd: hose order for spring", "Mon, 16 Feb 2026 11:02:00 -0800",
"""Hi Greenline - forwarding Dan's list below, please process as PO MRLS-5570. Ship to our yard at 22150 Lougheed Hwy, Maple Ridge, BC V2X 2S1. Pricing per your CAD list.

Lisa Chen | Office Manager | Maple Ridge Landscape Supply

---------- Forwarded message ---------
From: Dan Fortier <dan.f@mapleridgels.ca>
Date: Mon, Feb 16, 2026 at 9:14 AM
Subject: hose order for spring
To: Lisa Chen <lisa.chen@mapleridgels.ca>

Lisa can you order from Greenline:
12 - 3/4" hose 30m
24 - 1/2" hose 30m
36 trigger spray guns
6 wall hose reels
48 tap connectors 3/4

thx
Dan
""", lab("Maple Ridge Landscape Supply", "MRLS-5570", None, None, "CAD",
    ST("Maple Ridge Landscape Supply", "22150 Lougheed Hwy", "Maple Ridge", "BC", "V2X 2S1", "CA"), [
    L("GL-HOSE19-30", 12, None, desc='3/4" hose 30m'),
    L("GL-HOSE13-30", 24, None, desc='1/2" hose 30m'),
    L("GL-SPRAY-GUN", 36, None, desc="trigger spray guns"),
    L("GL-HOSE-REEL", 6, None, desc="wall hose reels"),
    L("GL-TAP-34", 48, None, desc="tap connectors 3/4")]), note="forwarded internal list, hose sizes in inches")

D("e18_bayside_au", "Shane O'Connell <buying@baysidegardenworld.com.au>", "Tools order - BGW-PO-11902", "Wed, 04 Mar 2026 08:05:00 +1100",
"""G'day team,

Can you sort us out with the following for the autumn tool bay:

a dozen hedge shears
2 dozen 42L trugs
three dozen pairs of gloves in Large
half a dozen bypass loppers
20 x dutch hoes

PO number BGW-PO-11902. Need it here by 16/03/2026 - 88 Nepean Highway, Mentone VIC 3194.

Cheers
Shane
Bayside Garden World
""", lab("Bayside Garden World", "BGW-PO-11902", None, "2026-03-16", None,
    ST("Bayside Garden World", "88 Nepean Highway", "Mentone", "VIC", "3194", "AU"), [
    L("GL-SHEARS-HEDGE", 12, None, desc="hedge shears"),
    L("GL-TRUG-42", 24, None, desc="42L trugs"),
    L("GL-GLOVE-L", 36, "PR", desc="pairs of gloves in Large"),
    L("GL-LOPPER-BYP", 6, None, desc="bypass loppers"),
    L("GL-HOE-DUT", 20, None, desc="dutch hoes")]), note="Australian, word quantities (dozen); labelled as counted units")

D("e19_kowhai_nz", "Aroha Parata <orders@kowhainurseries.co.nz>", "Order 7781", "Thu, 19 Feb 2026 14:30:00 +1300",
"""Kia ora,

Order 7781 below - need these landed by 6/3/26 please.

Seed trays full size w/ holes - 30 pks
Gravel trays - 10 pks
Propagator lids full size - 150
15cm white labels - 6 pks
Label pens - 2 doz

Deliver to Kowhai Nurseries, 310 Great South Road, Papakura, Auckland 2110.

Ngā mihi
Aroha
""", lab("Kowhai Nurseries Ltd", "7781", None, "2026-03-06", None,
    ST("Kowhai Nurseries", "310 Great South Road", "Papakura", "Auckland", "2110", "NZ"), [
    L("GL-ST-FULL-H", 30, "PK", desc="Seed trays full size w/ holes"),
    L("GL-GTR-FULL", 10, "PK", desc="Gravel trays"),
    L("GL-PLID-FULL", 150, None, desc="Propagator lids full size"),
    L("GL-LAB15-WH", 6, "PK", desc="15cm white labels"),
    L("GL-LAB-PEN", 24, None, desc="Label pens")]), note="NZ, day-first short date, 'doz'")

D("e20_ballymore_site", "Sean Doyle <sean@ballymorelandscaping.ie>", "bark", "Thu, 26 Feb 2026 17:48:00 +0000",
"""hi lads can u send out 10 bulk bags chiped bark and 6 of the topsoil bulk to the job at Ashford - Rathnew Rd, Ashford, Co Wicklow, eircode A67 X2P9. tmrw if poss. ring me when leavin

sean
""", lab("Ballymore Landscaping", None, None, None, None,
    ST(None, "Rathnew Rd", "Ashford", "Co Wicklow", "A67 X2P9", "IE"), [
    L("GL-BARK-CHIP-BULK", 10, "BG", desc="bulk bags chiped bark"),
    L("GL-TOP-BULK", 6, "BG", desc="topsoil bulk")], omit=("requested_date",)),
  note="site foreman, lowercase with typos, relative date 'tmrw' (requested_date not scored)")

D("e21_hamptonfields_irrigation", "Phil Greaves <course@hamptonfieldsgolf.co.uk>", "Irrigation bits - order HF/GK/0419", "Fri, 27 Feb 2026 07:15:00 +0000",
"""Morning,

Please supply against our order number HF/GK/0419:

3 x heavy duty 25mm hose 50m
20 x 16mm drip line 100m coils (the 2 l/h one)
5 x 16mm LDPE pipe 100m
10 packs 16mm elbows
10 packs 16mm tees
6 packs end plugs
4 x 1" tap connectors

Delivery to: Hampton Fields Golf & Country Club, Greenkeepers Compound, Hampton Lane, Marlow, Bucks SL7 2QD
Wanted by Friday 13 March 2026.

Regards
Phil Greaves
Course Manager
""", lab("Hampton Fields Golf & Country Club", "HF/GK/0419", None, "2026-03-13", None,
    ST("Hampton Fields Golf & Country Club", "Hampton Lane", "Marlow", "Bucks", "SL7 2QD", "GB"), [
    L("GL-HOSE25-50", 3, None, desc="heavy duty 25mm hose 50m"),
    L("GL-DRIP16-100", 20, None, desc="16mm drip line 100m coils"),
    L("GL-LDPE16-100", 5, None, desc="16mm LDPE pipe 100m"),
    L("GL-F16-ELB-10", 10, "PK", desc="16mm elbows"),
    L("GL-F16-TEE-10", 10, "PK", desc="16mm tees"),
    L("GL-F16-END-10", 6, "PK", desc="end plugs"),
    L("GL-TAP-1", 4, None, desc='1" tap connectors')]), note="golf club irrigation order; ship_to street = 'Hampton Lane' (compound line precedes it)")

D("e22_tomreeve_gmail", "Tom Reeve <tomreevegardens@gmail.com>", "order please", "Sat, 07 Mar 2026 20:11:00 +0000",
"""Hello,

I'm a small garden design business, found you via a friend at Hillside GC. Could I order the following and pay by card? Happy to be called on 07911 123456.

2 x stainless digging spade
2 x border spade
1 x digging fork
3 x soil rake
1 x galvanised wheelbarrow 85L
4 x bypass secateurs (your pro ones)
10 x pairs gloves size 9

Delivery to: Tom Reeve Garden Design, 7 Orchard Cottages, Little Hadham, Herts SG11 2DY

Thanks very much
Tom Reeve
""", lab("Tom Reeve Garden Design", None, None, None, None,
    ST("Tom Reeve Garden Design", "7 Orchard Cottages", "Little Hadham", "Herts", "SG11 2DY", "GB"), [
    L("GL-SPADE-DIG", 2, None, desc="stainless digging spade"),
    L("GL-SPADE-BOR", 2, None, desc="border spade"),
    L("GL-FORK-DIG", 1, None, desc="digging fork"),
    L("GL-RAKE-SOIL", 3, None, desc="soil rake"),
    L("GL-BARROW-85", 1, None, desc="galvanised wheelbarrow 85L"),
    L("GL-SEC-BYP", 4, None, desc="bypass secateurs (your pro ones)"),
    L("GL-GLOVE-L", 10, "PR", desc="pairs gloves size 9")]), note="new customer (not in customers.csv), gmail")

D("e23_tradgardshuset_se", "Erik Lindqvist <inkop@tradgardshuset.se>", "Beställning 2026-117", "Fri, 20 Feb 2026 10:00:00 +0100",
"""Hej!

Här kommer vår beställning nr 2026-117, daterad 2026-02-20.

Art.nr\tBenämning\tAntal
GL-MPC-PF-50\tSåjord/planteringsjord torvfri 50 L\t120 säckar
GL-BARK-ORN-70\tBarkmull dekor 70 L\t60 säckar
GL-FBB-10\tBlod-, fisk- och benmjöl 10 kg\t15 säckar
GL-SEAW-5L\tFlytande alggödsel 5 L\t12 st

Önskat leveransdatum: 2026-03-09
Leveransadress: Trädgårdshuset Ek AB, Ekvägen 3, 223 63 Lund

Vänliga hälsningar
Erik Lindqvist
""", lab("Trädgårdshuset Ek AB", "2026-117", "2026-02-20", "2026-03-09", None,
    ST("Trädgårdshuset Ek AB", "Ekvägen 3", "Lund", None, "223 63", "SE"), [
    L("GL-MPC-PF-50", 60*2, "BG", desc="Såjord/planteringsjord torvfri 50 L"),
    L("GL-BARK-ORN-70", 60, "BG", desc="Barkmull dekor 70 L"),
    L("GL-FBB-10", 15, "BG", desc="Blod-, fisk- och benmjöl 10 kg"),
    L("GL-SEAW-5L", 12, "EA", desc="Flytande alggödsel 5 L")]), note="Swedish, tab table with catalog SKUs, ISO dates")

D("e24_vejle_kommune_dk", "Lars Holm <laho@vejle.example.dk>", "Indkøbsordre 2026-004412 - Park og Vej", "Mon, 23 Feb 2026 08:20:00 +0100",
"""Til Greenline Horticultural Supply

Vejle Kommune, Park og Vej, bestiller hermed iht. tilbud af 12.02.2026:

Indkøbsordre nr.: 2026-004412
Dato: 23.02.2026

1) Ukrudtsdug vævet 100 g, 2 m x 100 m - 6 ruller
2) Ukrudtsdug vævet 100 g, 1 m x 100 m - 4 ruller
3) Pløkke til ukrudtsdug, metal, 500 stk./pk. - 5 pk.
4) Træpæle 1,8 m - 80 stk.
5) Træbindere gummi 60 cm - 80 stk.

Leveres senest 09.03.2026 til:
Vejle Kommune, Materielgården
Vestre Engvej 20
7100 Vejle

Faktura sendes elektronisk via EAN 5798005771234 med angivelse af ordrenr.

Venlig hilsen
Lars Holm
Park og Vej, Vejle Kommune
""", lab("Vejle Kommune", "2026-004412", "2026-02-23", "2026-03-09", None,
    ST("Vejle Kommune, Materielgården", "Vestre Engvej 20", "Vejle", None, "7100", "DK"), [
    L("GL-WM100-2X100", 6, "RL", desc="Ukrudtsdug vævet 100 g, 2 m x 100 m"),
    L("GL-WM100-1X100", 4, "RL", desc="Ukrudtsdug vævet 100 g, 1 m x 100 m"),
    L("GL-PEG-MET-500", 5, "PK", desc="Pløkke til ukrudtsdug, metal, 500 stk./pk."),
    L("GL-STAKE-180", 80, "EA", desc="Træpæle 1,8 m"),
    L("GL-TREE-TIE-60", 80, "EA", desc="Træbindere gummi 60 cm")]), note="Danish municipality not in customers.csv; quote date is not order date")

D("e25_delvaux_be_fr", "Marc Delvaux <commandes@delvaux-pepinieres.be>", "Commande 2026/031", "Tue, 24 Feb 2026 16:45:00 +0100",
"""Bonjour Madame, Monsieur,

Merci de nous livrer pour le 10/03/2026 :

- 4 rouleaux de toile de paillage tissée 1 m x 25 m
- 2 rouleaux de toile de paillage tissée 2 m x 25 m
- 3 rouleaux de toile non tissée 1 m x 25 m
- 4 boîtes de 100 agrafes métalliques
- 30 tuteurs 1,5 m
- 30 colliers de fixation pour arbres 45 cm

Notre référence : commande 2026/031.
Adresse de livraison : Pépinières Delvaux, Rue des Champs 7, 5030 Gembloux.

Bien à vous,
Marc Delvaux
""", lab("Pépinières Delvaux SPRL", "2026/031", None, "2026-03-10", None,
    ST("Pépinières Delvaux", "Rue des Champs 7", "Gembloux", None, "5030", "BE"), [
    L("GL-WM100-1X25", 4, "RL", desc="toile de paillage tissée 1 m x 25 m"),
    L("GL-WM100-2X25", 2, "RL", desc="toile de paillage tissée 2 m x 25 m"),
    L("GL-WMNW-1X25", 3, "RL", desc="toile non tissée 1 m x 25 m"),
    L("GL-PEG-MET-100", 4, "BX", desc="boîtes de 100 agrafes métalliques"),
    L("GL-STAKE-150", 30, None, desc="tuteurs 1,5 m"),
    L("GL-TREE-TIE-45", 30, None, desc="colliers de fixation pour arbres 45 cm")]), note="Belgian French, membrane widths/lengths")

D("e26_vandijk_nl_fwd", "Marloes van Dijk <administratie@vandijkhoveniers.nl>", "FW: materiaal project Wassenaar", "Wed, 25 Feb 2026 13:12:00 +0100",
"""Hallo Greenline,

Zie onderstaand bericht van onze voorman. Graag leveren op de projectlocatie. Ons ordernummer is VD-2026-0088.

Groet,
Marloes van Dijk
Hoveniersbedrijf Van Dijk

-----Oorspronkelijk bericht-----
Van: Bas Hoekstra <bas@vandijkhoveniers.nl>
Verzonden: woensdag 25 februari 2026 12:40
Aan: administratie@vandijkhoveniers.nl
Onderwerp: materiaal project Wassenaar

Marloes, kun je dit bestellen bij Greenline voor donderdag 5 maart:

2 rollen worteldoek 2 meter breed, 50 meter
1 rol worteldoek 1 m x 50 m
1 doos pennen (500)
4 bigbags boomschors (de sierschors)
2 bigbags bemeste tuinaarde... nee, gewone teelaarde bigbag

Adres project: Rijksstraatweg 301, 2242 AB Wassenaar

Bas
""", lab("Hoveniersbedrijf Van Dijk", "VD-2026-0088", None, "2026-03-05", None,
    ST(None, "Rijksstraatweg 301", "Wassenaar", None, "2242 AB", "NL"), [
    L("GL-WM100-2X50", 2, "RL", desc="worteldoek 2 meter breed, 50 meter"),
    L("GL-WM100-1X50", 1, "RL", desc="worteldoek 1 m x 50 m"),
    L("GL-PEG-MET-500", 1, "BX", desc="doos pennen (500)"),
    L("GL-BARK-ORN-BULK", 4, "BG", desc="bigbags boomschors (de sierschors)"),
    L("GL-TOP-BULK", 2, "BG", desc="gewone teelaarde bigbag")]), note="Dutch forwarded foreman message with in-line self-correction")

D("e27_hillside_excel", "Dave Pryor <dave@hillsidegc.co.uk>", "Order HGC-4502", "Mon, 23 Feb 2026 09:31:00 +0000",
"""Morning all, order below pasted from our sheet. Our codes in first column.

Our code\tYour code\tDescription\tQty
HS-0912\tGL-MPC-PF-50\tMP compost PF 50L\t80
HS-0913\tGL-MPC-ST-50\tMP compost std 50L\t40
HS-0930\tGL-JI3-25\tJohn Innes 3\t24
HS-1101\tGL GMORE-10\tGrowmore 10kg\t12
HS-1102\tgl-bone-10\tBone meal 10kg\t12
HS-1210\tGL-BARK-CHIP70\tChipped bark 70L\t50

PO: HGC-4502 / delivery Thu 5th March pls.

Dave
Hillside Garden Centre, Old Bath Road, Newbury RG14 7PQ
""", lab("Hillside Garden Centre", "HGC-4502", None, "2026-03-05", None, None, [
    L("GL-MPC-PF-50", 80, None, part="HS-0912", desc="MP compost PF 50L"),
    L("GL-MPC-ST-50", 40, None, part="HS-0913", desc="MP compost std 50L"),
    L("GL-JI3-25", 24, None, part="HS-0930", desc="John Innes 3"),
    L("GL-GMORE-10", 12, None, part="HS-1101", desc="Growmore 10kg"),
    L("GL-BONE-10", 12, None, part="HS-1102", desc="Bone meal 10kg"),
    L("GL-BARK-CHIP-70", 50, None, part="HS-1210", desc="Chipped bark 70L")], omit=("ship_to",)),
  note="Excel paste with buyer codes + our SKUs slightly wrong; ship_to only in signature (not scored)")

D("e28_marshlane_amend", "Helen Marsh <helen@marshlane-nurseries.co.uk>", "RE: PO ML/26/0201 - amendment", "Thu, 26 Feb 2026 10:02:00 +0000",
"""Hi Jo,

Thanks for confirming. One amendment please: line 3 should be the 15-5-15, not the 20-20-20 - sorry, my mistake. Also can you add 2 x 5L liquid seaweed. Everything else the same.

Helen

> From: Jo Atkins <orders@greenline-hort.com>
> Sent: 26 February 2026 09:40
> Subject: RE: PO ML/26/0201
>
> Hi Helen, thanks for the order, confirming below for delivery 4th March:
>
> 1. Cell tray 40 cell x 10 pk
> 2. Cell tray 15 cell x 4 pk
> 3. Soluble feed 20-20-20 10kg x 3
> 4. Vermiculite 100L x 2
>
> Jo
""", lab("Marsh Lane Nurseries Ltd", "ML/26/0201", None, "2026-03-04", None, None, [
    L("GL-CTR40", 10, "PK", desc="Cell tray 40 cell"),
    L("GL-CTR15", 4, "PK", desc="Cell tray 15 cell"),
    L("GL-NPK15515-10", 3, None, desc="Soluble feed 15-5-15 10kg"),
    L("GL-VERM-100", 2, None, desc="Vermiculite 100L"),
    L("GL-SEAW-5L", 2, None, desc="5L liquid seaweed")]), note="amendment reply over seller's confirmation; final order = corrected lines")

D("e29_oakridge_words", "Mark Dunn <headgreenkeeper@oakridgegolf.co.uk>", "bits for the course", "Tue, 17 Mar 2026 12:30:00 +0000",
"""Hi,

Could you add the following to the account please - order no. OGC 1201:

* two boxes of the 13cm black pots (for the clubhouse planters)
* a couple of bulk bags of the green waste mulch
* 5 tree stakes 2.4m and 5 of the 60cm rubber ties
* one 4m x 100m membrane roll for the new bunker surrounds

Same delivery point as before, the greenkeeping sheds.

Cheers,
Mark
""", lab("Oakridge Golf Club", "OGC 1201", None, None, None, None, [
    L("GL-RP13-BLK", 2, "BX", desc="13cm black pots"),
    L("GL-MULCH-GW-BULK", 2, "BG", desc="bulk bags of the green waste mulch"),
    L("GL-STAKE-240", 5, None, desc="tree stakes 2.4m"),
    L("GL-TREE-TIE-60", 5, None, desc="60cm rubber ties"),
    L("GL-WM100-4X100", 1, "RL", desc="4m x 100m membrane roll")], omit=("ship_to",)),
  note="word quantities ('two boxes', 'a couple'); ship_to 'same as before' (not scored)")

D("e30_baumann_korrektur", "Thomas Baumann <einkauf@gaertnerei-baumann.de>", "AW: Bestellung Nr. 4500-1957", "Fri, 27 Feb 2026 08:05:00 +0100",
"""Guten Morgen,

kleine Korrektur zu unserer Bestellung 4500-1957 von gestern: bitte 6 statt 4 Kartons Töpfe 10,5 cm schwarz. Die anderen Positionen bleiben unverändert.

Gruß
T. Baumann

-----Ursprüngliche Nachricht-----
Von: Thomas Baumann
Gesendet: Donnerstag, 26. Februar 2026 17:20
Betreff: Bestellung Nr. 4500-1957

Hallo,

bitte liefern Sie bis 06.03.2026:

4 Kartons Rundtöpfe 10,5 cm schwarz
3 Kartons Rundtöpfe 9 cm terracotta
2 Kartons Vierecktöpfe 7 cm schwarz
5 Säcke Perlite 100 l

Bestelldatum: 26.02.2026
Lieferung an: Gärtnerei Baumann, Lindenstraße 22, 47638 Straelen

Gruß T. Baumann
""", lab("Gärtnerei Baumann GmbH", "4500-1957", "2026-02-26", "2026-03-06", None,
    ST("Gärtnerei Baumann", "Lindenstraße 22", "Straelen", None, "47638", "DE"), [
    L("GL-RP105-BLK", 6, "BX", desc="Rundtöpfe 10,5 cm schwarz"),
    L("GL-RP09-TER", 3, "BX", desc="Rundtöpfe 9 cm terracotta"),
    L("GL-SQ07-BLK", 2, "BX", desc="Vierecktöpfe 7 cm schwarz"),
    L("GL-PERL-100", 5, "BG", desc="Perlite 100 l")]), note="German correction (6 statt 4) over quoted order")
