"""Order emails, second batch (e16-e28)."""
from common import L, ST, X, doc, eml
from mails_a import (BITTER, CEDAR, DANA, GARY, HARLAN, HELEN, KEY, LYLE, MARCUS, MILL, NORTH, OAK, PENN,
                     RAY, SAND, SOPHIE, TERESA, TRI)


def build():
    doc("e16_keystone_electrical.eml", eml(GARY, "shop order", "Mon, 16 Nov 2026 15:20:08 -0500", """Need:
run capacitor 45/5 440v x2
run cap 35/5 x 1
30 amp time delay fuses - 250V - 1 box
grease NLGI 2 tubes x 30 (red stuff)
penetrant spray 1 case

PO 118902
Gary
"""), X("purchase_order", KEY, "118902", None, None, None, None, [
        L("EL-RC455", 2, "EA", "run capacitor 45/5 440v"),
        L("EL-RC355", 1, "EA", "run cap 35/5"),
        L("EL-FTD30", 1, "BX", "30 amp time delay fuses - 250V"),
        L("LU-EP2-T", 30, "EA", "grease NLGI 2 tubes (red stuff)"),
        L("LU-PEN-12", 1, "CS", "penetrant spray")]))

    doc("e17_millbrook_quote_accept.eml", eml(TERESA, "RE: Quote Q-88190 - boiler room motor parts",
        "Tue, 17 Nov 2026 10:45:51 -0600", """Hi Alan,

Please go ahead with items 1 and 3 only, on PO 2027-00402. We'll hold off on the contactor for now.
Deliver to Millbrook High School, 1500 W Prairie Ave, Millbrook IL 60536, attention Head Custodian.

Teresa

From: Alan Rusk <arusk@ridgelineindustrial.com>
Sent: Monday, November 16, 2026 4:12 PM
To: Teresa Nguyen <tnguyen@millbrookusd.org>
Subject: Quote Q-88190 - boiler room motor parts

Teresa, pricing as requested:

1. Start capacitor 161-193 MFD 110/125V   qty 3   $11.40 ea
2. Contactor 3 pole 32A 120V coil          qty 1   $46.00 ea
3. Centrifugal switch 1725 rpm             qty 2   $18.50 ea

Alan Rusk
Inside Sales | Ridgeline Industrial Supply
"""), X("purchase_order", MILL, "2027-00402", None, None, "USD",
        ST("Millbrook High School", "1500 W Prairie Ave", "Millbrook", "IL", "60536"), [
        L("EL-SC161", 3, "EA", "Start capacitor 161-193 MFD 110/125V", 11.40),
        L("EL-CSW1725", 2, "EA", "Centrifugal switch 1725 rpm", 18.50)]))

    html = """<html><body>
<div>Hi, here is PO 6598. Need before harvest wrap-up, by 12/1 at latest.</div><br>
<table border="1" style="border-collapse:collapse;font-size:11pt">
<tr style="background:#ddd"><td><b>Part</b></td><td><b>Qty</b></td><td><b>Price</b></td></tr>
<tr><td>3VX500 belt</td><td>4</td><td>$11.80</td></tr>
<tr><td>#50 chain, 10' box</td><td>2</td><td>$54.50</td></tr>
<tr><td>#50 master links (5pk)</td><td>2</td><td>$8.40</td></tr>
<tr><td>50B15 sprocket 1 inch</td><td>1</td><td>$29.70</td></tr>
<tr><td>6305 2RS</td><td>4</td><td>$7.90</td></tr>
<tr><td colspan="2" align="right">Total</td><td>$234.30</td></tr>
</table>
<p>Thanks<br>Shelby Hadley<br>Office Manager, Tri-County Grain &amp; Feed</p>
</body></html>"""
    text = """Hi, here is PO 6598. Need before harvest wrap-up, by 12/1 at latest.

Part | Qty | Price
3VX500 belt | 4 | $11.80
#50 chain, 10' box | 2 | $54.50
#50 master links (5pk) | 2 | $8.40
50B15 sprocket 1 inch | 1 | $29.70
6305 2RS | 4 | $7.90
Total $234.30

Thanks
Shelby Hadley
Office Manager, Tri-County Grain & Feed
"""
    doc("e18_tricounty_html_prices.eml", eml("Shelby Hadley <shelby@tricountygrain.com>", "PO 6598",
        "Wed, 18 Nov 2026 07:30:00 -0600", body=text, html=html),
        X("purchase_order", TRI, "6598", None, "2026-12-01", "USD", None, [
            L("VB-3VX500", 4, "EA", "3VX500 belt", 11.80),
            L("RC50-10", 2, "BX", "#50 chain, 10' box", 54.50),
            L("CL50-5", 2, "PK", "#50 master links (5pk)", 8.40),
            L("SP50B15-1", 1, "EA", "50B15 sprocket 1 inch", 29.70),
            L("BB6305-2RS", 4, "EA", "6305 2RS", 7.90)]))

    doc("e19_sandoval_taps_drills.eml", eml("Luis Ortega <lortega@sandovalcastings.com>",
        "Machine shop - taps/drills, PO SC-30981", "Thu, 19 Nov 2026 09:40:12 -0700", """Hello,
Please send for the machine shop:

1/2-13 taps plug x 6
1/2-13 bottoming taps x 3
tap drills for those (27/64) - 2 pks
1/4 cobalt jobbers - 1 dozen
3/8-16 taps x 6
M8 taps, plug, qty 4
Also need a drill index, 1/16 to 1/2 by 64ths - one.

Luis Ortega
Machine Shop Lead
Sandoval Castings Inc.
3300 Foundry Ln, Pueblo CO 81001
"""), X("purchase_order", SAND, "SC-30981", None, None, None, None, [
        L("TP-5013P", 6, "EA", "1/2-13 taps plug"),
        L("TP-5013B", 3, "EA", "1/2-13 bottoming taps"),
        L("DR-J27-64", 2, "PK", "tap drills (27/64)"),
        L("DR-C1-4", 1, "DZ", "1/4 cobalt jobbers"),
        L("TP-3716P", 6, "EA", "3/8-16 taps"),
        L("TP-M8P", 4, "EA", "M8 taps, plug"),
        L("DR-IDX29", 1, "EA", "drill index, 1/16 to 1/2 by 64ths")]))

    doc("e20_oakmont_qty_shapes.eml", eml("Denise Park <dpark@oakmontpkg.com>", "Order - PO 45-20988",
        "Fri, 20 Nov 2026 13:15:45 -0500", """Ridgeline team,

Please enter the following on PO 45-20988:

Qty: ten (10) - 6204-ZZ bearings
1 dz pr cut resistant gloves size L (A4)
Safety glasses, smoke: qty 2 bx
x2 rolls 3/8 blue polyurethane air line
Four (4) pails ISO 68 hydraulic oil
Nitrile gloves med. - 5 boxes

Requested ship date: 11/30/2026.
Bill to and ship to main plant: 1200 Commerce Blvd, Oakmont PA 15139.

Regards,
Denise Park
Purchasing Agent
Oakmont Packaging Corp.
"""), X("purchase_order", OAK, "45-20988", None, "2026-11-30", None,
        ST("Oakmont Packaging Corp.", "1200 Commerce Blvd", "Oakmont", "PA", "15139"), [
        L("BB6204-ZZ", 10, "EA", "6204-ZZ bearings"),
        L("SF-CUT4-L", 1, "DZ", "cut resistant gloves size L (A4)"),
        L("SF-GL-SMK", 2, "BX", "Safety glasses, smoke"),
        L("PU-06-BL", 2, "RL", "3/8 blue polyurethane air line"),
        L("LU-AW68-5", 4, "PL", "ISO 68 hydraulic oil"),
        L("SF-NIT6-M", 5, "BX", "Nitrile gloves med.")]))

    doc("e21_harlan_timing_belts.eml", eml(DANA, "timing belts PO 77151", "Mon, 23 Nov 2026 11:00:00 -0500",
        """Hi -
Timing belts for the slicer and the bagger:
8M-1200-30 x 2
HTD 5M 500 15mm wide x 2
450L100 x1
also one 8M 1200 belt, not sure of width, whatever fits the old bagger (I'll check the tag and confirm)

Ship to Plant 2, Fremont.
Dana
"""), X("purchase_order", HARLAN, "77151", None, None, None, None, [
        L("TB-8M-1200-30", 2, "EA", "8M-1200-30"),
        L("TB-5M-500-15", 2, "EA", "HTD 5M 500 15mm wide"),
        L("TB-450L100", 1, "EA", "450L100"),
        L(None, 1, "EA", "8M 1200 belt, width unknown")], omit=("ship_to",)))

    doc("e22_northgate_correction.eml", eml(SOPHIE, "RE: PO NX-60402 - bearings", "Tue, 24 Nov 2026 14:25:10 -0500",
        """Sorry - correction: the 6207s should be ZZ (shielded), not 2RS. Quantity stays at 10. Rest of the order is fine.

Sophie

> On Nov 24, 2026, at 9:02 AM, Sophie Tremblay <stremblay@northgateextrusions.ca> wrote:
>
> Please supply on PO NX-60402:
> 10 x 6207-2RS
> 6 x 6206-ZZ
> 2 x UCP206-18 pillow blocks
> Delivery to Cambridge plant, normal address.
>
> Sophie Tremblay, Buyer
"""), X("purchase_order", NORTH, "NX-60402", None, None, None, None, [
        L("BB6207-ZZ", 10, "EA", "6207 ZZ (shielded)"),
        L("BB6206-ZZ", 6, "EA", "6206-ZZ"),
        L("PB-UCP206-18", 2, "EA", "UCP206-18 pillow blocks")], omit=("ship_to",)))

    doc("e23_keystone_harrisburg.eml", eml("Rick Dombrowski <rdombrowski@keystonefreightways.com>",
        "PO KF-118877 Harrisburg shop", "Wed, 25 Nov 2026 17:05:00 -0500",
        """Need these at the Harrisburg terminal shop by this coming Tuesday:

2 - 5 gal AW 46 hyd oil
1 - gear oil 80W-90 5 gal
6 - chain lube spray cans
hardened washers 1/2 SAE - 2 bx

Keystone Freightways - Harrisburg Terminal
4810 Paxton Industrial Rd
Harrisburg, PA 17111

Rick D.
"""), X("purchase_order", KEY, "KF-118877", None, "2026-12-01", None,
        ST("Keystone Freightways - Harrisburg Terminal", "4810 Paxton Industrial Rd", "Harrisburg", "PA", "17111"), [
        L("LU-AW46-5", 2, "PL", "5 gal AW 46 hyd oil"),
        L(None, 1, "PL", "gear oil 80W-90 5 gal"),
        L("LU-CHL-12", 6, "EA", "chain lube spray cans"),
        L("FW-50-SAEH", 2, "BX", "hardened washers 1/2 SAE")]))

    doc("e24_pennine_couplings.eml", eml(HELEN, "PF/PO/7745 - couplings", "Mon, 30 Nov 2026 15:40:00 +0000",
        """Hello again,

Further to my call with Alan, please supply:

L100 jaw coupling halves, 1" bore - 2 off
L100 spiders - 6 off
L110 spiders - 4 off
Flap discs 4.5" 80 grit - 3 boxes

Required by 11/12/2026 please (we close for Christmas shortly after).

Regards
Helen

Helen Ashworth
Purchasing | Pennine Fabrication Ltd
"""), X("purchase_order", PENN, "PF/PO/7745", None, "2026-12-11", None, None, [
        L("CPL-L100-1", 2, "EA", "L100 jaw coupling halves, 1\" bore"),
        L("CPL-L100-SP", 6, "EA", "L100 spiders"),
        L("CPL-L110-SP", 4, "EA", "L110 spiders"),
        L("AB-FD45-80", 3, "BX", "Flap discs 4.5\" 80 grit")]))

    doc("e25_cedarfork_iphone.eml", eml(LYLE, "need asap", "Tue, 01 Dec 2026 05:12:00 -0600",
        """need 4 B55 and 2 6205 ZZ asap, parlor vac pump went down. ill pick up

Sent from my iPhone
"""), X("purchase_order", CEDAR, None, None, None, None, None, [
        L("VB-B55", 4, "EA", "B55"), L("BB6205-ZZ", 2, "EA", "6205 ZZ")]))

    doc("e26_tricounty_gmail.eml", eml("Cody Hadley <codyhadley77@gmail.com>", "grain bin parts",
        "Wed, 02 Dec 2026 19:48:00 -0600", """Hey, this is Cody at Tri-County Grain. Dad said to email you this from my phone. Put it on the account.

-- 2 of the 1-7/16 pillow blocks (UCP207)
-- 6203 bearings sealed x 8
-- 1 box 3/8 x 1 grade 5 bolts
-- 2 bx 3/8 nylocks

Cody
Tri-County Grain & Feed
"""), X("purchase_order", TRI, None, None, None, None, None, [
        L("PB-UCP207-23", 2, "EA", "1-7/16 pillow blocks (UCP207)"),
        L("BB6203-2RS", 8, "EA", "6203 bearings sealed"),
        L("FH-37010-G5", 1, "BX", "3/8 x 1 grade 5 bolts"),
        L("FN-37-NL", 2, "BX", "3/8 nylocks")]))

    doc("e27_bitterroot_oils.eml", eml(RAY, "PO 31-5598 oils", "Thu, 03 Dec 2026 10:20:00 -0700",
        """Ray here. For the planer mill hydraulics and the gearboxes:

ISO 68 hyd oil 5 gal pails x 4
gear oil 220 x 1 pail
gear oil 320 x 1 pail
chain lube aerosol 1 case
EP2 grease 120 lb keg - 1

Requested delivery Monday the 14th.
Ray
"""), X("purchase_order", BITTER, "31-5598", None, "2026-12-14", None, None, [
        L("LU-AW68-5", 4, "PL", "ISO 68 hyd oil 5 gal pails"),
        L("LU-GO220-5", 1, "PL", "gear oil 220"),
        L("LU-GO320-5", 1, "PL", "gear oil 320"),
        L("LU-CHL-12", 1, "CS", "chain lube aerosol"),
        L("LU-EP2-K120", 1, "EA", "EP2 grease 120 lb keg")]))

    html = """<html><body style="font-family:Arial">
<p>Good afternoon,</p>
<p>Please process <b>PO 2027-00455</b> for the Transportation Dept. shop.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>Item</th><th>Qty</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Hex bolts 3/8-16 x 1, grade 8</td><td>1 box</td><td></td></tr>
<tr><td>Stainless bolts 1/4-20 x 1</td><td>2 boxes</td><td>for bus mirror brackets</td></tr>
<tr><td>Cutoff wheels 6 inch</td><td>1 box</td><td></td></tr>
<tr><td>H&amp;L sanding discs 5&quot; 120 grit</td><td>2 packs</td><td></td></tr>
<tr><td>Hard hats, white</td><td>6</td><td>new hires</td></tr>
</tbody></table>
<p>Required date: January 4, 2027 (after winter break - nobody to receive before then).</p>
<p>Ship to:<br>Millbrook USD Transportation Center<br>45 Depot St<br>Millbrook, IL 60536</p>
<p>Teresa Nguyen<br>Purchasing Technician<br>Millbrook Unified School District</p>
</body></html>"""
    doc("e28_millbrook_html_transport.eml", eml(TERESA, "PO 2027-00455 - transportation dept shop",
        "Fri, 04 Dec 2026 12:00:00 -0600", html=html),
        X("purchase_order", MILL, "2027-00455", None, "2027-01-04", None,
          ST("Millbrook USD Transportation Center", "45 Depot St", "Millbrook", "IL", "60536"), [
            L("FH-37010-G8", 1, "BX", "Hex bolts 3/8-16 x 1, grade 8"),
            L("FS-25010", 2, "BX", "Stainless bolts 1/4-20 x 1"),
            L("AB-CO60", 1, "BX", "Cutoff wheels 6 inch"),
            L("AB-HL5-120", 2, "PK", "H&L sanding discs 5\" 120 grit"),
            L("SF-HH-WH", 6, "EA", "Hard hats, white")]))

    doc("e29_oakmont_prose.eml", eml(MARCUS, "Plant 3 - bearings and air line (PO 45-21063)",
        "Fri, 04 Dec 2026 10:02:00 -0500", """Hi folks,

Wrapping up the case packer rebuild at Plant 3. We need a dozen of the 6203 ZZ bearings and half a
dozen 6203 2RS, plus a 100 ft roll of the black 1/4" air line and twenty-five of the straight
fittings for 1/4" tube into 1/8" pipe. Please have it on the truck Thursday the 10th, dock 2 this time.

Oakmont Packaging - Plant 3
88 Riverfront Industrial Park
Monessen, PA 15062

Thanks,
Marcus Bell
Maintenance Planner
"""), X("purchase_order", OAK, "45-21063", None, "2026-12-10", None,
        ST("Oakmont Packaging - Plant 3", "88 Riverfront Industrial Park", "Monessen", "PA", "15062"), [
        L("BB6203-ZZ", 12, "EA", "6203 ZZ bearings"),
        L("BB6203-2RS", 6, "EA", "6203 2RS"),
        L("PU-04-BK", 1, "RL", "100 ft roll of the black 1/4\" air line"),
        L("PT-S0402", 25, "EA", "straight fittings for 1/4\" tube into 1/8\" pipe")]))

    doc("e30_sandoval_units.eml", eml("Abel Vigil <avigil@sandovalcastings.com>", "pour floor PPE - PO SC-31090",
        "Thu, 03 Dec 2026 14:18:00 -0700", """Please ship on PO SC-31090:

Face shields w/ headgear ........ 4 pcs
Cut gloves A4, XL ............... 6 prs
Nitrile gloves 6 mil, large ..... 3 bxs
Hard hats white ................. 5 ea.
Hi-vis vests size L ............. 8 ea
Earplugs (box of 200 pair) ...... 1

Abel Vigil
Purchasing, Sandoval Castings Inc.
"""), X("purchase_order", SAND, "SC-31090", None, None, None, None, [
        L("SF-FS8", 4, "EA", "Face shields w/ headgear"),
        L("SF-CUT4-XL", 6, "PR", "Cut gloves A4, XL"),
        L("SF-NIT6-L", 3, "BX", "Nitrile gloves 6 mil, large"),
        L("SF-HH-WH", 5, "EA", "Hard hats white"),
        L("SF-VST2-L", 8, "EA", "Hi-vis vests size L"),
        L("SF-EP32", 1, "BX", "Earplugs (box of 200 pair)")]))
