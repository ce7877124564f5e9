"""Order e-mails, part 2: signatures, ambiguity, leading quantities, misspellings, lamps, SKUs."""
from common import L, ship, expected, eml

TO = "Fennimore Orders <orders@fennimore-supply.com>"
DOCS = []


def doc(name, frm, subject, date, body, exp, **kw):
    DOCS.append((name, eml(frm, kw.pop("to", TO), subject, date, body, **kw), exp))


doc("e11_northshore_signature", "Priya Sandhu <psandhu@northshoreme.ca>", "PO NS-7781 Harbourview",
    "Tue, 1 Dec 2026 16:20:08 -0800", """Hi team,

Please ship to our Harbourview Residences site:
388 Esplanade Ave E, North Vancouver, BC V7L 1A6

MC cable 12/3 - 4 coils
12/2 MC x 6
4" square boxes 1-1/2 deep x 40
2 gang mud rings x 20
1/4-20 beam clamps x 50
1/4 threaded rod 10' x 20
spring nuts 1/4" x 50

Thanks,
Priya

--
Priya Sandhu | Project Coordinator
Northshore Mechanical & Electrical Ltd
12-2150 Dollarton Hwy, North Vancouver, BC V7H 1A8
T 604-555-0188 | C 604-555-0143 | F 604-555-0189
""", expected("C1009", "NS-7781", [
        L("MC12-3-250", 4, "RL", "MC cable 12/3"),
        L("MC12-2-250", 6, "RL", "12/2 MC"),
        L("BX-4S15", 40, "EA", "4\" square boxes 1-1/2 deep"),
        L("MR-2G", 20, "EA", "2 gang mud rings"),
        L("FS-BC14", 50, "EA", "1/4-20 beam clamps"),
        L("FS-TR14", 20, "EA", "1/4 threaded rod 10'"),
        L("FS-SN14", 50, "EA", "spring nuts 1/4\"")],
        ship_to=ship("Harbourview Residences site", "388 Esplanade Ave E", "North Vancouver", "BC", "V7L 1A6", "CA")))

doc("e12_cobalt_ambiguous", "Shane Marsh <smarsh@cobaltridge.build>", "Lot 14 rough-in",
    "Wed, 2 Dec 2026 07:45:30 -0700", """Need for lot 14 rough in, 17 Aster Ct, Golden CO 80401:

12-2 romex x 10
led wafer lights x 20
single pole switches white x 30
4 sq boxes deep x 20
ground rod x 1
1 gang old work boxes x 15

Shane
""", expected("C1012", None, [
        L(None, 10, "EA", "12-2 romex"),
        L(None, 20, "EA", "led wafer lights"),
        L(None, 30, "EA", "single pole switches white"),
        L("BX-4S21", 20, "EA", "4 sq boxes deep"),
        L("GR-58X8", 1, "EA", "ground rod"),
        L("BX-P1O", 15, "EA", "1 gang old work boxes")],
        ship_to=ship(None, "17 Aster Ct", "Golden", "CO", "80401", "US")))

doc("e13_brightline_paren_qty", "Gary Whitcomb <gwhitcomb@brightline-elec.com>", "Stanton Library - PO BL-8841",
    "Thu, 3 Dec 2026 06:31:12 -0500", """Dana,

PO BL-8841, deliver Dec 14 to Stanton Library, 300 N Fourth St, Columbus OH 43215 (use the alley entrance).

(40) 3/4 EMT
(100) 3/4 SS connectors
(100) 3/4 set screw couplings
(2) 3/4 x 10' rigid
(50) 2 hole straps 3/4
(10) boxes 3/16 tapcons 1-1/4

Gary Whitcomb
Brightline Electric LLC
86 Tarrow Ave, Columbus OH 43207
Office 614-555-0150 / Cell 614-555-0163
""", expected("C1001", "BL-8841", [
        L("EMT-075", 40, "EA", "3/4 EMT"),
        L("EC-SS-075", 100, "EA", "3/4 SS connectors"),
        L("EK-SS-075", 100, "EA", "3/4 set screw couplings"),
        L("RMC-075", 2, "EA", "3/4 x 10' rigid"),
        L("ST2-075", 50, "EA", "2 hole straps 3/4"),
        L("FS-TC316", 10, "BX", "boxes 3/16 tapcons 1-1/4")],
        req="2026-12-14", ship_to=ship("Stanton Library", "300 N Fourth St", "Columbus", "OH", "43215", "US")))

doc("e14_kessler_misspell", "Rhonda Pruitt <rpruitt@kesslernunn.com>", "PO#K-24-1203",
    "Fri, 4 Dec 2026 08:12:40 -0600", """pls send to our yard

breakrs 15 amp 1 pole x 20
arc fault 20a breakers x 16
gfi breaker 20 amp x 4
recepticals 20a white x 48
load center 125 amp main lug x 1
wire stripers x 3

thx
""", expected("C1002", "K-24-1203", [
        L("HQ115", 20, "EA", "breakrs 15 amp 1 pole"),
        L("HQ120AF", 16, "EA", "arc fault 20a breakers"),
        L("HQ120GF", 4, "EA", "gfi breaker 20 amp"),
        L("RD20-W", 48, "EA", "recepticals 20a white"),
        L("HQL125ML", 1, "EA", "load center 125 amp main lug"),
        L("TL-WS18", 3, "EA", "wire stripers")]))

doc("e15_riverbend_lamps_cases", "Marisol Ventura <mventura@rbusd.org>", "Lamps for Jefferson ES - PO RB-2026-4502",
    "Thu, 3 Dec 2026 10:10:10 -0800", """Hello,

Please ship the following on PO RB-2026-4502 to Jefferson Elementary, 700 Pine St, Lodi CA 95240. We need it before winter break, by Friday Dec 18.

T8 LED tubes 4ft 4000K ballast bypass - 3 cases of 25
BR30 flood lamps - 24
A19 soft white, 4-packs - 6
high bay 240 watt - 8

Thank you,
Marisol Ventura
Riverbend Unified School District
""", expected("C1003", "RB-2026-4502", [
        L("T8-40K-25", 3, "CS", "T8 LED tubes 4ft 4000K ballast bypass - cases of 25"),
        L("BR30-30K", 24, "EA", "BR30 flood lamps"),
        L("A19-27K-4", 6, "PK", "A19 soft white, 4-packs"),
        L("HB240-50K", 8, "EA", "high bay 240 watt")],
        req="2026-12-18", ship_to=ship("Jefferson Elementary", "700 Pine St", "Lodi", "CA", "95240", "US")))

doc("e16_tamarack_our_skus_prices", "Ken Albrecht <kalbrecht@tamarackcontrols.com>", "PO TC-50944",
    "Fri, 4 Dec 2026 10:44:02 -0600", """Please enter the following on PO TC-50944 at contract pricing:

HQ220     qty 25  @ $14.20
HQ-230    qty 10  @ $14.20
TP-BK-10  qty 6   @ $18.50
PI-3-100  qty 4   @ $22.00
CT-11BK   qty 10  @ $6.25
SW-1-20W  qty 12  @ $3.25

Ship to our Pewaukee plant as usual.

Ken Albrecht | Buyer | Tamarack Controls Inc. | 262-555-0139
""", expected("C1004", "TC-50944", [
        L("HQ220", 25, "EA", "HQ220", 14.20),
        L("HQ230", 10, "EA", "HQ-230", 14.20),
        L("TP-BK-10", 6, "PK", "TP-BK-10", 18.50),
        L("PI-3-100", 4, "BX", "PI-3-100", 22.00),
        L("CT-11BK", 10, "PK", "CT-11BK", 6.25),
        L("SW1-20W", 12, "EA", "SW-1-20W", 3.25)]))

HTML17 = """<html><body>
<div>Hi Fennimore team,</div><div><br></div>
<div>PO <b>HMC-PO-60913</b> &ndash; please deliver by Wed 12/9 to Receiving, 3300 Cedar Bluff Pkwy, Marietta, GA 30067.</div>
<ul>
<li>Exit signs, LED, red letters, battery backup &ndash; 8</li>
<li>6&quot; wafer downlights 4000K &ndash; 40</li>
<li>2x2 troffers &ndash; 12</li>
<li>LED wraps 4 foot &ndash; 10</li>
</ul>
<div>Terrence Oduya<br>Facilities Engineering | Halcyon Medical Center<br>770-555-0191</div>
</body></html>"""
doc("e17_halcyon_html_list", "Terrence Oduya <toduya@halcyonmed.org>", "Lighting - 2nd floor",
    "Thu, 3 Dec 2026 12:00:45 -0500", None, expected("C1005", "HMC-PO-60913", [
        L(None, 8, "EA", "Exit signs, LED, red letters, battery backup"),
        L("WF6-40K", 40, "EA", "6\" wafer downlights 4000K"),
        L("TR22-40K", 12, "EA", "2x2 troffers"),
        L("WR4-40K", 10, "EA", "LED wraps 4 foot")],
        req="2026-12-09", ship_to=ship("Receiving", "3300 Cedar Bluff Pkwy", "Marietta", "GA", "30067", "US")),
    html=HTML17)

doc("e18_delgado_feet", "Lupe Delgado <lupe@delgadopower.com>", "wire for Mesa shop",
    "Thu, 3 Dec 2026 14:26:55 -0700", """Hi Dana, wire order for our shop (2741 E Saguaro Trl, Mesa):

1000' #12 THHN black
2500' reel #12 white - 1
#10 green THHN 500' x 2
#14 blue 500ft spools x 3

Lupe Delgado
Delgado Power & Light Contractors | 480-555-0177
""", expected("C1006", None, [
        L("THN12BK-500", 1000, "FT", "#12 THHN black"),
        L("THN12WH-2500", 1, "RL", "2500' reel #12 white"),
        L("THN10GN-500", 2, "RL", "#10 green THHN 500'"),
        L("THN14BL-500", 3, "RL", "#14 blue 500ft spools")],
        ship_to=ship(None, "2741 E Saguaro Trl", "Mesa", None, None, "US")))

doc("e19_ostrander_partial_unknown", "Beth Kaminski <bkaminski@ostranderpm.com>", "order for 61 Wyckham",
    "Fri, 4 Dec 2026 13:05:12 -0500", """Hi,

For the office building please:
- 10 hardwired smoke detectors w/ battery backup
- 8 packs LED bulbs A19
- 6 GFCI outlets white 20A
- 1 non contact voltage tester

Thanks,
Beth
Ostrander Property Management | 718-555-0126
""", expected("C1007", None, [
        L(None, 10, "EA", "hardwired smoke detectors w/ battery backup"),
        L(None, 8, "PK", "packs LED bulbs A19"),
        L("GF20-W", 6, "EA", "GFCI outlets white 20A"),
        L("TL-NCV", 1, "EA", "non contact voltage tester")]))

doc("e20_cobalt_iphone_pvc", "Shane Marsh <smarsh@cobaltridge.build>", "Fwd: pvc for lot 9",
    "Fri, 4 Dec 2026 15:33:03 -0700", """Pls send to lot 9, 25 Aster Ct Golden 80401. Need by Monday the 7th.

Begin forwarded message:

> From: Dusty Kerr <dkerr@cobaltridge.build>
> Subject: pvc for lot 9
>
> pvc 1 inch 10 ft x 30
> 1" pvc couplings x 30
> 1in male adapters x 10
> 2 inch pvc x 10
> 3/4 90s pvc x 12
>
> Sent from my iPhone
""", expected("C1012", None, [
        L("PVC40-100", 30, "EA", "pvc 1 inch 10 ft"),
        L(None, 30, "EA", "1\" pvc couplings"),
        L("PMA-100", 10, "EA", "1in male adapters"),
        L("PVC40-200", 10, "EA", "2 inch pvc"),
        L("PEL-075", 12, "EA", "3/4 90s pvc")],
        req="2026-12-07", ship_to=ship(None, "25 Aster Ct", "Golden", None, "80401", "US")))
