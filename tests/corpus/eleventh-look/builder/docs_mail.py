"""Plain e-mail documents: orders typed by mechanics, fleet managers and parts people,
reply threads, forwards, and the non-orders that land in the same mailbox."""
from build import OMIT, dt, eml, ln, non_order, order, ship

DOCS = []
TO = "orders@kestrelfleet.com"
TO_N = "Kestrel Orders <orders@kestrelfleet.com>"


def doc(fn):
    DOCS.append(fn)
    return fn


@doc
def d01():
    body = """Hi,

need the following for the central garage, PO 26-04418

6 - oil filters PH3614
2 cs 15W40 gallons
1 cs brake clean (non chlor)
4 - 9006 bulbs

Deliver to Central Garage, 200 Depot St, Marlow Falls OH 45390

thanks
Dale Purcell
Fleet Maintenance - City of Marlow Falls
937-555-0190
"""
    data = eml("Dale Purcell <dpurcell@marlowfalls.gov>", TO, "parts order", dt(2026, 11, 16, 7, 42),
               text=body, msgid="20261116074210.dp@marlowfalls.gov")
    exp = order("City of Marlow Falls", "26-04418", None, None, None,
                ship("Central Garage", "200 Depot St", "Marlow Falls", "OH", "45390"),
                [ln("KP11001", 6, "EA", "oil filters PH3614"),
                 ln("KP21010", 2, "CS", "15W40 gallons"),
                 ln("KP23012", 1, "CS", "brake clean (non chlor)"),
                 # 9006 comes as a single bulb and as a 2-pack; "4 bulbs" does not say which
                 ln(None, 4, "EA", "9006 bulbs")])
    return "01-mechanic-short-list.eml", data, exp


@doc
def d02():
    body = """Morning Kestrel,

Can you send these out to the North Bus Depot

- 2 air filters CA10755 (bus 17 and 23)
- same oil filter as last time for unit 42, need 3
- 1 case DOT 3 brake fluid, the 12oz
- 10 boxes of 1157
- 3 cases 15w-40 gal jugs

No PO on this one, bill the usual account. Need it by Thursday 11/19 if you can.

Rick Tolliver
Shop Foreman, Tri-County School Transportation
"""
    data = eml("Rick Tolliver <rtolliver@tricountyschools.org>", TO, "Order for North depot",
               dt(2026, 11, 16, 6, 58), text=body, msgid="CAK4r1ck.0042@tricountyschools.org")
    exp = order("Tri-County School Transportation", None, None, "2026-11-19", None,
                ship("North Bus Depot"),
                [ln("KP12002", 2, "EA", "air filters CA10755"),
                 ln(None, 3, "EA", "same oil filter as last time for unit 42"),
                 ln("KP16301", 1, "CS", "DOT 3 brake fluid 12oz"),
                 ln("KP18008", 10, "BX", "boxes of 1157"),
                 ln("KP21010", 3, "CS", "15w-40 gal jugs")])
    return "02-bus-depot-unit42.eml", data, exp


@doc
def d03():
    body = """Please enter PO 7781-HF for the Dayton shop.

Ship to:
Harlan Freight Lines - Dayton Terminal
5520 Webster St
Dayton, OH 45414

 24 ea   Baldwin B7322 / Fleetguard LF3349 oil
 12 ea   Donaldson P551670 = Fleetguard FS1000 fuel/water sep
  6 ea   Donaldson P181052 air
  6 ea   Donaldson P535396 safety element
 10 ea   Baldwin PA2815 breather
  4 dr   15W-40 CK-4
  2 dr   DEF

Need on the dock by Friday 11/20. Call me with any subs.

Marcus Webb
Maintenance Manager | Harlan Freight Lines, Inc.
o 937-555-0123  c 937-555-0177
"""
    data = eml("Marcus Webb <mwebb@harlanfreight.com>", TO, "PO 7781-HF filters for Dayton shop",
               dt(2026, 11, 17, 14, 5), text=body, msgid="7781HF.mwebb@harlanfreight.com")
    exp = order("Harlan Freight Lines, Inc.", "7781-HF", None, "2026-11-20", None,
                ship("Harlan Freight Lines - Dayton Terminal", "5520 Webster St", "Dayton", "OH", "45414"),
                [ln("KP11013", 24, "EA", "Baldwin B7322 / Fleetguard LF3349 oil"),
                 ln("KP13002", 12, "EA", "Donaldson P551670 = Fleetguard FS1000 fuel/water sep"),
                 ln("KP12005", 6, "EA", "Donaldson P181052 air"),
                 ln("KP12008", 6, "EA", "Donaldson P535396 safety element"),
                 ln(None, 10, "EA", "Baldwin PA2815 breather"),
                 ln("KP21012", 4, "DR", "15W-40 CK-4"),
                 ln("KP23006", 2, "DR", "DEF")])
    return "03-trucking-cross-refs.eml", data, exp


@doc
def d04():
    body = """hey guys its Tony from GreenAcre. getting the mowers ready for leaf season, can you put this together for pickup thurs

4 of the little lawn tractor batteries (U1)
2 cases SAE 30 quarts
1 case 2 stroke mix, the 2.6 oz bottles
6 hyd filters HF6553 - the 10 micron ones
2 pails AW46
3 mower blades 21"
10 Kohler air filters 12 083 05

will pay on acct
Tony Greco
GreenAcre Landscape Co.

Sent from my iPhone
"""
    data = eml("Tony Greco <tonygreco.greenacre@gmail.com>", TO, "order for pickup",
               dt(2026, 11, 10, 18, 21), text=body, msgid="B7E1A0C2-5F.tg@gmail.com")
    exp = order("GreenAcre Landscape Co.", None, None, None, None, None,
                [ln("KP20011", 4, "EA", "lawn tractor batteries (U1)"),
                 ln("KP21017", 2, "CS", "SAE 30 quarts"),
                 ln("KP21018", 1, "CS", "2 stroke mix 2.6 oz bottles"),
                 ln("KP15001", 6, "EA", "hyd filters HF6553 10 micron"),
                 ln("KP22005", 2, "PL", "AW46"),
                 ln(None, 3, "EA", "mower blades 21\""),
                 ln("KP12009", 10, "EA", "Kohler air filters 12 083 05")])
    return "04-landscaper-phone.eml", data, exp


@doc
def d05():
    body = """Good morning,

Please process stock order RF-11-0392 for the service department:

2 sets  ceramic front pads D1414
2 sets  ceramic rear pads D1602
4       front rotors 13.78 6 lug
6 pk    H11 bulbs (2-pack)
10      carbon cabin filters CF10285
48      Motorcraft FL-820S
24      Motorcraft FL-500S

Thank you,
Jennifer Alvarez
Parts Manager
Riverside Ford | 900 River Rd, Hamilton OH 45011
"""
    data = eml("Jennifer Alvarez <jalvarez@riversideford.com>", TO, "Stock order RF-11-0392",
               dt(2026, 11, 12, 8, 15), text=body, msgid="RF110392.ja@riversideford.com")
    exp = order("Riverside Ford Service Department", "RF-11-0392", None, None, None, None,
                [ln("KP16001", 2, "SET", "ceramic front pads D1414"),
                 ln("KP16003", 2, "SET", "ceramic rear pads D1602"),
                 ln("KP16101", 4, "EA", "front rotors 13.78 6 lug"),
                 ln("KP18005", 6, "PK", "H11 bulbs (2-pack)"),
                 ln("KP14004", 10, "EA", "carbon cabin filters CF10285"),
                 ln("KP11008", 48, "EA", "Motorcraft FL-820S"),
                 ln("KP11009", 24, "EA", "Motorcraft FL-500S")])
    return "05-dealer-stock-order.eml", data, exp


@doc
def d06():
    body = """Hi there,

Airport branch needs a few things before the holiday rush:

Wiper blades for the 2019 F-150s - 10 trucks so 20 blades
5 cs 5W-20 quarts
8 cases washer fluid
Headlight bulbs for the Malibus x 4
1 box TR413 valve stems

Ship to Bayline Airport Branch, 3801 Terminal Dr, Vandalia OH 45377.

Thanks!
Kayla Moss
Fleet Coordinator
Bayline Car & Truck Rental
"""
    data = eml("Kayla Moss <kmoss@baylinerental.com>", TO, "Airport branch order",
               dt(2026, 11, 18, 10, 2), text=body, msgid="km.airport.1118@baylinerental.com")
    exp = order("Bayline Car & Truck Rental", None, None, None, None,
                ship("Bayline Airport Branch", "3801 Terminal Dr", "Vandalia", "OH", "45377"),
                [ln(None, 20, "EA", "Wiper blades for the 2019 F-150s"),
                 ln("KP21004", 5, "CS", "5W-20 quarts"),
                 ln("KP23008", 8, "CS", "washer fluid"),
                 ln(None, 4, "EA", "Headlight bulbs for the Malibus"),
                 ln("KP27001", 1, "BX", "TR413 valve stems")])
    return "06-rental-vehicle-asks.eml", data, exp


@doc
def d07():
    body = """Kestrel -

Co-op PO PG-2026-1187. Need by Tue Nov 24, deliver to the shop (6 Co-op Rd, Wilmington).

40 cs   DEF 2.5 gal
 3 dr   15W40
10 pails UTTO tractor hyd
 4 cs   EP2 lithium grease tubes
 2 cs   moly grease
 6      batteries group 31 stud 950 CCA

Lyle Brandt
Shop Mgr, Prairie Gold Farmers Co-op
"""
    data = eml("Lyle Brandt <lbrandt@prairiegold.coop>", TO, "PO PG-2026-1187",
               dt(2026, 11, 13, 16, 40), text=body, msgid="pg20261187.lb@prairiegold.coop")
    exp = order("Prairie Gold Farmers Co-op", "PG-2026-1187", None, "2026-11-24", None,
                ship(street="6 Co-op Rd", city="Wilmington"),
                [ln("KP23005", 40, "CS", "DEF 2.5 gal"),
                 ln("KP21012", 3, "DR", "15W40"),
                 ln("KP22007", 10, "PL", "UTTO tractor hyd"),
                 ln("KP23010", 4, "CS", "EP2 lithium grease tubes"),
                 ln("KP23011", 2, "CS", "moly grease"),
                 ln("KP20005", 6, "EA", "batteries group 31 stud 950 CCA")])
    return "07-farm-coop.eml", data, exp


@doc
def d08():
    body = """Ostrander County Road Commission
Purchase Order No. 2026-000731
PO Date: 11/12/2026
Vendor: Kestrel Fleet & Auto Supply

Ship To: County Garage
         2050 County Garage Rd
         Ostrander, OH 43061

Contract pricing per bid 26-14.

Qty  UOM  Item     Description                      Unit Price
8    EA   KP20005  Battery grp 31 950CCA stud        $168.00
4    EA   KP20006  Battery grp 31 AGM 1000CCA        $239.00
12   EA   KP12007  Primary air filter P527682        $58.40
12   EA   KP12008  Safety air filter P535396         $27.30
2    DR   KP22006  Hydraulic oil AW46 drum           $598.00
20   EA   KP26007  Amber strobe 4in                  $41.50

Please reference the PO number on all invoices.

Brenda Kulp
Purchasing, Ostrander County Road Commission
"""
    data = eml("Brenda Kulp <bkulp@ostrandercounty.gov>", TO, "PO 2026-000731 Kestrel",
               dt(2026, 11, 12, 11, 30), text=body, msgid="po2026000731@ostrandercounty.gov")
    exp = order("Ostrander County Road Commission", "2026-000731", "2026-11-12", None, "USD",
                ship("County Garage", "2050 County Garage Rd", "Ostrander", "OH", "43061"),
                [ln("KP20005", 8, "EA", "Battery grp 31 950CCA stud", 168.00),
                 ln("KP20006", 4, "EA", "Battery grp 31 AGM 1000CCA", 239.00),
                 ln("KP12007", 12, "EA", "Primary air filter P527682", 58.40),
                 ln("KP12008", 12, "EA", "Safety air filter P535396", 27.30),
                 ln("KP22006", 2, "DR", "Hydraulic oil AW46 drum", 598.00),
                 ln("KP26007", 20, "EA", "Amber strobe 4in", 41.50)])
    return "08-county-email-po.eml", data, exp


@doc
def d09():
    body = """PO LAT-55120

KP16105 x 6
KP16201 x 4
KP19022 x 24
KP18014 x 10
KP26001 x 12
KP26008 x 12
KP26009 x 12

ship: Lakeshore Area Transit maintenance, 1 Transit Way, Sandusky OH 44870

-- 
Dan Ostrowski | Parts Clerk | Lakeshore Area Transit
"""
    data = eml("Dan Ostrowski <dostrowski@lakeshoretransit.org>", TO, "LAT-55120",
               dt(2026, 11, 19, 13, 12), text=body, msgid="lat55120.do@lakeshoretransit.org")
    exp = order("Lakeshore Area Transit", "LAT-55120", None, None, None,
                ship("Lakeshore Area Transit maintenance", "1 Transit Way", "Sandusky", "OH", "44870"),
                [ln("KP16105", 6, "EA", "KP16105"),
                 ln("KP16201", 4, "EA", "KP16201"),
                 ln("KP19022", 24, "EA", "KP19022"),
                 ln("KP18014", 10, "EA", "KP18014"),
                 ln("KP26001", 12, "EA", "KP26001"),
                 ln("KP26008", 12, "EA", "KP26008"),
                 ln("KP26009", 12, "EA", "KP26009")])
    return "09-transit-sku-only.eml", data, exp


@doc
def d10():
    body = """Hey it's Sal at Keystone.

Can I get two dozen of the 26 inch truck wiper blades, 6 group 24F batteries (the 750 cca ones not the 650), 5 drums of 10W-30, a case of the blue shop towels, 3 boxes XL nitrile gloves and 20 bags of oil dry (40 lb).

Drop it at the yard whenever this week works. Thx

Sal Ferraro
Keystone Waste Haulers
"""
    data = eml("Sal Ferraro <sferraro@keystonewaste.com>", TO, "order",
               dt(2026, 11, 16, 15, 47), text=body, msgid="sf1116@keystonewaste.com")
    exp = order("Keystone Waste Haulers LLC", None, None, None, None, OMIT,
                [ln("KP19022", 2, "DZ", "26 inch truck wiper blades"),
                 ln("KP20002", 6, "EA", "group 24F batteries 750 cca"),
                 ln("KP21015", 5, "DR", "10W-30"),
                 ln("KP24007", 1, "CS", "blue shop towels"),
                 ln("KP24003", 3, "BX", "XL nitrile gloves"),
                 ln("KP24004", 20, "BG", "oil dry (40 lb)")])
    return "10-hauler-prose.eml", data, exp


@doc
def d11():
    body = """need for next week
0w20 5qt jugs - 6 cs
0w20 drum - 1
cabin cf10134 reg not carbon x12
7443 2pk x 10
wiper beam 26 x 6
wiper beam 16 x6

mike
pinecrest toyota svc
"""
    data = eml("mike t <mtran@pinecresttoyota.com>", TO, "stock", dt(2026, 11, 20, 17, 3),
               text=body, msgid="mt.stock.1120@pinecresttoyota.com")
    exp = order("Pinecrest Toyota", None, None, None, None, None,
                [ln("KP21008", 6, "CS", "0w20 5qt jugs"),
                 ln("KP21009", 1, "DR", "0w20 drum"),
                 ln("KP14001", 12, "EA", "cabin cf10134 reg not carbon"),
                 ln("KP18013", 10, "PK", "7443 2pk"),
                 ln("KP19015", 6, "EA", "wiper beam 26"),
                 ln(None, 6, "EA", "wiper beam 16")])
    return "11-dealer-terse.eml", data, exp


@doc
def d12():
    body = """Hello,

Per your quote Q-88213 from last week please enter our PO SCB-44817:

10 x Battery group 48/H6 AGM @ $198.00
 6 x Battery group 94R/H7 AGM @ $214.00
 4 cs 5W-30 quarts @ $52.80/cs
 2 cs Dexron/Merc ATF quarts @ $49.20/cs
 1 drum washer fluid (not on the quote, just add it)

Ship to Summit GM Service, 3150 Dixie Hwy, Fairfield OH 45014. Requested delivery 11/23/2026.

Regards,
Paul Henning
Fixed Ops Director
Summit Chevrolet Buick GMC
"""
    data = eml("Paul Henning <phenning@summitgm.com>", TO, "PO SCB-44817 (quote Q-88213)",
               dt(2026, 11, 17, 9, 26), text=body, msgid="scb44817.ph@summitgm.com")
    exp = order("Summit Chevrolet Buick GMC", "SCB-44817", None, "2026-11-23", "USD",
                ship("Summit GM Service", "3150 Dixie Hwy", "Fairfield", "OH", "45014"),
                [ln("KP20009", 10, "EA", "Battery group 48/H6 AGM", 198.00),
                 ln("KP20010", 6, "EA", "Battery group 94R/H7 AGM", 214.00),
                 ln("KP21001", 4, "CS", "5W-30 quarts", 52.80),
                 ln("KP22001", 2, "CS", "Dexron/Merc ATF quarts", 49.20),
                 ln("KP23009", 1, "DR", "washer fluid drum")])
    return "12-dealer-quoted-prices.eml", data, exp


@doc
def d13():
    body = """Approved - please process as PO LAT-55161. Change the 1157s to 4 boxes and drop the marker lamps, we got those from the bus OEM.

Dan

-----Original Message-----
From: Kestrel Orders <orders@kestrelfleet.com>
Sent: Monday, November 23, 2026 10:14 AM
To: Dan Ostrowski <dostrowski@lakeshoretransit.org>
Subject: Quote KQ-30877 - Lakeshore Area Transit

Dan, pricing as requested:

KP18008  BULB 1157 MINI 10/BX             2 BX   13.80
KP26003  LAMP LED MARKER 2IN RND AMB     20 EA    4.10
KP26004  LAMP LED MARKER 2IN RND RED     20 EA    4.10
KP19021  BLADE WIPER HD TRUCK 22IN       12 EA    9.80
KP23001  COOLANT ELC 50/50 PREMIX 1GAL    6 CS   71.70

Quote good for 30 days. Freight prepaid over $500.

Kestrel Fleet & Auto Supply | 4410 Commerce Park Dr, Dayton OH 45404
"""
    data = eml("Dan Ostrowski <dostrowski@lakeshoretransit.org>", TO_N,
               "RE: Quote KQ-30877 - Lakeshore Area Transit", dt(2026, 11, 24, 8, 51),
               text=body, msgid="re.kq30877.do@lakeshoretransit.org",
               in_reply_to="kq30877@kestrelfleet.com")
    exp = order("Lakeshore Area Transit", "LAT-55161", None, None, "USD", None,
                [ln("KP18008", 4, "BX", "BULB 1157 MINI 10/BX", 13.80),
                 ln("KP19021", 12, "EA", "BLADE WIPER HD TRUCK 22IN", 9.80),
                 ln("KP23001", 6, "CS", "COOLANT ELC 50/50 PREMIX 1GAL", 71.70)])
    return "13-quote-reply-changes.eml", data, exp


@doc
def d14():
    body = """Orders - pls fill the list below on PO 26-04502. Ship to Police Fleet Shop, 18 Court Ave, Marlow Falls OH 45390.

Thanks,
Gail Simmons
Fleet Manager, City of Marlow Falls

---------- Forwarded message ---------
From: Ray Dukes <rdukes@marlowfalls.gov>
Date: Wed, Nov 18, 2026 at 3:02 PM
Subject: police shop
To: Gail Simmons <gsimmons@marlowfalls.gov>

Gail need these for the Explorers

12 FL-820S
8 sets semi met pads D1680
4 front rotors 12.8 5 lug
2 cs 5w20 5qt
10 pk 3157

Ray
"""
    data = eml("Gail Simmons <gsimmons@marlowfallsoh.gov>", TO, "Fwd: police shop",
               dt(2026, 11, 19, 8, 5), text=body, msgid="fwd.police.gs@marlowfallsoh.gov")
    exp = order("City of Marlow Falls", "26-04502", None, None, None,
                ship("Police Fleet Shop", "18 Court Ave", "Marlow Falls", "OH", "45390"),
                [ln("KP11008", 12, "EA", "FL-820S"),
                 ln("KP16006", 8, "SET", "semi met pads D1680"),
                 ln("KP16103", 4, "EA", "front rotors 12.8 5 lug"),
                 ln("KP21005", 2, "CS", "5w20 5qt"),
                 ln("KP18012", 10, "PK", "3157")])
    return "14-forward-mechanic-list.eml", data, exp


@doc
def d15():
    body = """Perfect, that's the one. Send 4 more of those filters for 42 and 2 of the belts, plus 1 case of the ELC premix. South depot again.

Rick

On Tue, Nov 10, 2026 at 2:17 PM Kestrel Orders <orders@kestrelfleet.com> wrote:
> Rick - for unit 42 (the 2016 IC with the Cummins) we shipped KP11011,
> the LF3000 equivalent, on your October order, and the belt was KP17004
> (K080975). Let us know if you want more.
>
> Kestrel Fleet & Auto Supply
>
> On Tue, Nov 10, 2026 at 11:03 AM Rick Tolliver <rtolliver@tcsd.k12.oh.us> wrote:
>> What filter did you guys send for unit 42 last time? Need to order more.
"""
    data = eml("Rick Tolliver <rtolliver@tcsd.k12.oh.us>", TO_N, "Re: unit 42 filter",
               dt(2026, 11, 10, 15, 30), text=body, msgid="re2.unit42.rt@tcsd.k12.oh.us",
               in_reply_to="unit42.reply@kestrelfleet.com")
    exp = order("Tri-County School Transportation", None, None, None, None, OMIT,
                [ln("KP11011", 4, "EA", "filters for 42 (LF3000 equivalent)"),
                 ln("KP17004", 2, "EA", "belts for 42 (K080975)"),
                 ln("KP23001", 1, "CS", "ELC premix")])
    return "15-thread-unit42-resolved.eml", data, exp


@doc
def d16():
    body = """Go ahead with this but scratch the rotors, we found 4 in the back. PO 7790-HF. Columbus terminal.

Marcus

-------- Forwarded Message --------
Subject: Columbus parts
Date: Fri, 20 Nov 2026 16:40:11 -0500
From: Tom Kessler <tkessler@hfl-trucking.com>
To: Marcus Webb <mwebb@harlanfreight.com>

Marcus, Columbus needs:
10 LF9009
10 FS1212
4 front rotors 14.29 8 lug
8 drums 16.5 x 7
2 ea DEF totes 275 gal

Ship to Columbus Terminal, 2300 Alum Creek Dr, Columbus OH 43207
Tom
"""
    data = eml("Marcus Webb <mwebb@harlanfreight.com>", TO, "Fwd: Columbus parts",
               dt(2026, 11, 23, 7, 12), text=body, msgid="fwd.columbus.mw@harlanfreight.com")
    exp = order("Harlan Freight Lines, Inc.", "7790-HF", None, None, None,
                ship("Columbus Terminal", "2300 Alum Creek Dr", "Columbus", "OH", "43207"),
                [ln("KP11012", 10, "EA", "LF9009"),
                 ln("KP13003", 10, "EA", "FS1212"),
                 ln("KP16201", 8, "EA", "drums 16.5 x 7"),
                 ln("KP23007", 2, "EA", "DEF totes 275 gal")])
    return "16-forward-with-correction.eml", data, exp


@doc
def d17():
    body = """Same as last order please, new PO KWH-3321.

Sal

From: Sal Ferraro
Sent: Thursday, October 15, 2026 9:12 AM
To: orders@kestrelfleet.com
Subject: PO KWH-3207

PO KWH-3207

12 x Fleetguard LF9009
12 x Fleetguard FS1000
4 x drums 15W40
2 x brake drums 16.5 x 8-5/8
4 x 4707Q shoe kits

Sal Ferraro
Keystone Waste Haulers
"""
    data = eml("Sal Ferraro <sferraro@keystonewaste.com>", TO, "RE: PO KWH-3207",
               dt(2026, 11, 24, 9, 40), text=body, msgid="re.kwh3321@keystonewaste.com")
    exp = order("Keystone Waste Haulers LLC", "KWH-3321", None, None, None, None,
                [ln("KP11012", 12, "EA", "Fleetguard LF9009"),
                 ln("KP13002", 12, "EA", "Fleetguard FS1000"),
                 ln("KP21012", 4, "DR", "drums 15W40"),
                 ln("KP16202", 2, "EA", "brake drums 16.5 x 8-5/8"),
                 ln("KP16204", 4, "EA", "4707Q shoe kits")])
    return "17-repeat-last-order.eml", data, exp


# ------------------------------------------------------------------ non-orders
@doc
def d39():
    body = """Hi,

We're putting together the 2027 budget. Could you quote us pricing on the following annual volumes? Not an order, just need numbers by 12/4.

200  LF3000 (or equiv)
150  FS1000
 80  P181052
 60  drums 15W-40 CK-4
 40  drums DEF

Also let me know if you do tiered pricing on the drums.

Marcus Webb
Harlan Freight Lines, Inc.
"""
    data = eml("Marcus Webb <mwebb@harlanfreight.com>", TO, "Quote request - 2027 filters & fluids",
               dt(2026, 11, 25, 10, 0), text=body, msgid="rfq2027.mw@harlanfreight.com")
    return "39-quote-request.eml", data, non_order("Harlan Freight Lines, Inc.")


@doc
def d41():
    body = """Hi Kestrel,

We have 14 battery cores and 3 brake shoe cores (4707Q) ready to go back. Can your driver grab them on the next delivery and credit our account? Cores are on a pallet by the parts window.

Thanks,
Paul Henning
Summit Chevrolet Buick GMC
"""
    data = eml("Paul Henning <phenning@summitgm.com>", TO, "Core returns for credit",
               dt(2026, 11, 26, 8, 20), text=body, msgid="cores.ph@summitgm.com")
    return "41-core-return.eml", data, non_order("Summit Chevrolet Buick GMC")


@doc
def d42():
    body = """Warranty claim

Customer: Bayline Car & Truck Rental - Downtown
Part: KP20004 BATT GRP 65 850CCA AGM
Invoice: KI-204417 (08/03/2026)
Date code: 26E
Failure: won't hold charge, tested 4.1 V after 24 h charge, load test fail (printout attached in person)
Vehicle: unit B-2211

Requesting replacement under the 36-month free replacement warranty. Battery is at the Downtown branch for pickup.

Kevin Park
Service Lead, Bayline Downtown
"""
    data = eml("Kevin Park <kpark@bayline.net>", TO, "Warranty claim - battery KP20004",
               dt(2026, 11, 20, 12, 44), text=body, msgid="warr.kp@bayline.net")
    return "42-warranty-claim.eml", data, non_order("Bayline Car & Truck Rental")


@doc
def d43():
    body = """I am out of the office until Monday, November 30 with limited access to email. For parts emergencies please call the maintenance desk at 419-555-0110. For purchase orders contact Dan Ostrowski.

Thank you,
Carla Ruiz
Maintenance Superintendent
Lakeshore Area Transit
"""
    data = eml("Carla Ruiz <cruiz@lakeshoretransit.org>", TO,
               "Automatic reply: Kestrel delivery schedule Thanksgiving week",
               dt(2026, 11, 24, 14, 2), text=body, msgid="ooo.cr@lakeshoretransit.org",
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    return "43-out-of-office.eml", data, non_order("Lakeshore Area Transit")


@doc
def d44():
    body = """Hi,

Checking on PO 26-04418 (oil filters, 15W40, brake clean, bulbs) - the garage says nothing has shown up yet. Can you send a tracking # or an ETA? If the bulbs are backordered go ahead and ship the rest.

Dale Purcell
City of Marlow Falls
"""
    data = eml("Dale Purcell <dpurcell@marlowfalls.gov>", TO, "Status PO 26-04418?",
               dt(2026, 11, 19, 9, 55), text=body, msgid="status.26-04418.dp@marlowfalls.gov")
    return "44-order-status.eml", data, non_order("City of Marlow Falls")
