"""Order e-mails 01-15."""
import html as _html

from common import (doc, L, label, ship, csite, cname, make_email, when, ORDERS, money, ext)
import attachments as att


# ----------------------------------------------------------------------------- 01
@doc("01-chef-midnight-notes.eml")
def d01():
    text = """hey its marco from vesuvio. for thurs pls

2 cs lg eggs
4 bags AP (the 50s)
butter unsalted x3
1 cs of the 16oz hot lids not the 12s
fry oil 2 jugs canola
romaine 2
crushed tom 3 cs
penne 2

no parsley this week we still have plenty
thx

Sent from my iPhone"""
    eml = make_email("Marco Bellini <marco@trattoriavesuvio.com>", ORDERS, "order",
                     when(2026, 3, 3, 0, 47, 12), text=text,
                     headers={"X-Mailer": "iPhone Mail (22D63)"})
    lines = [
        L("200200", 2, "CS", "lg eggs"),
        L("100110", 4, "BG", "AP (the 50s)"),
        L("200152", 3, "CS", "butter unsalted"),
        L("600114", 1, "CS", "16oz hot lids"),
        L("300100", 2, "EA", "fry oil 2 jugs canola"),
        L("800130", 2, "CS", "romaine"),
        L("320102", 3, "CS", "crushed tom"),
        L("100240", 2, "CS", "penne"),
    ]
    lab = label(customer=cname("C102"), po=None, order_date=None, requested="2026-03-05", lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 02
@doc("02-par-sheet-hotel.eml")
def d02():
    rows = [
        # item, on hand, par, order, label
        ("Flour, bread unbleached (50#)", "3", "8", "5", L("100122", 5, "BG", "Flour, bread unbleached (50#)")),
        ("Flour, cake (50#)", "2", "4", "2", L("100130", 2, "BG", "Flour, cake (50#)")),
        ("Flour, AP (50#)", "4", "4", "0", None),
        ("Sugar, granulated 50#", "1", "5", "4", L("110100", 4, "BG", "Sugar, granulated 50#")),
        ("Sugar, powdered 10X (12x2#)", "2", "3", "1", L("110112", 1, "CS", "Sugar, powdered 10X (12x2#)")),
        ("Butter unsalted 36#", "1", "6", "5", L("200152", 5, "CS", "Butter unsalted 36#")),
        ("Butter sheets 82% (8x2.2)", "2", "4", "2", L("200154", 2, "CS", "Butter sheets 82% (8x2.2)")),
        ("Cream, heavy 40% qt (12/cs)", "0.5", "3", "3", L("200130", 3, "CS", "Cream, heavy 40% qt (12/cs)")),
        ("Eggs, large (15 dz)", "1", "4", "3", L("200200", 3, "CS", "Eggs, large (15 dz)")),
        ("Vanilla extract 32oz", "2", "2", "-", None),
        ("Choc chips semi 1000ct (25#)", "1", "2", "1", L("120170", 1, "CS", "Choc chips semi 1000ct (25#)")),
        ("Almonds sliced 5#", "0", "2", "2", L("120195", 2, "BG", "Almonds sliced 5#")),
        ("Parchment, full sheets", "3", "2", "", None),
        ("Cake flour 25# (backup)", "1", "1", "0", None),
        ("Croissant dough 2.75oz", "1", "3", "2", L("400114", 2, "CS", "Croissant dough 2.75oz")),
    ]
    table = f"{'ITEM':<34}{'ON HAND':>8}{'PAR':>6}{'ORDER':>7}\n"
    for it, oh, par, od, _ in rows:
        table += f"{it:<34}{oh:>8}{par:>6}{od:>7}\n"
    text = f"""Hi Northgate team,

Pastry par count from this afternoon below. Please only send what's in the ORDER column.
Deliver to the Banquet Center dock (6 Harmon Way) on Friday 3/13, before 7 am please.
PO# HH-PAS-0311

{table}
Thanks!
Renee Okafor
Executive Pastry Chef | The Harmon Hotel
120 Broadway, Saratoga Springs NY
"""
    eml = make_email("Renee Okafor <rokafor@harmonhotels.com>", ORDERS,
                     "Pastry par sheet - order for Fri 3/13 - PO HH-PAS-0311",
                     when(2026, 3, 10, 15, 22, off=-4), text=text,
                     headers={"X-Mailer": "Microsoft Outlook 16.0"})
    lines = [r[4] for r in rows if r[4]]
    lab = label(customer=cname("C106"), po="HH-PAS-0311", order_date=None, requested="2026-03-13",
                ship_to=csite("C106", 1), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 03
@doc("03-reply-flour-correction.eml")
def d03():
    text = """Hi again - sorry, one change: make the bread flour 6 not 4. And add 2 cs unsalted butter (36 ct). Everything else the same.

Dana

________________________________
From: Dana Whitcomb <dana@crestline-bakes.com>
Sent: Monday, March 9, 2026 7:52 AM
To: orders@northgateprovisions.com <orders@northgateprovisions.com>
Subject: Saratoga order PO CB-SAR-2291

Good morning,
Order for Crestline Saratoga (48 Phila St) for Wednesday 3/11 delivery, PO CB-SAR-2291:

- Bread flour unbleached 50 lb - 4 bags
- Whole wheat stone ground 50 lb - 2 bags
- Granulated sugar 50 lb - 3 bags
- Brown sugar light 12/2 lb - 1 cs
- Instant yeast - 1 case (20/1)
- Kosher salt 3 lb - 4 boxes
- Eggs XL - 2 cases
- Sesame seeds 5 lb - 1
- Pan spray w/ flour - 1 cs

Thanks,
Dana Whitcomb
Store Manager, Crestline Bakery - Saratoga
"""
    eml = make_email("Dana Whitcomb <dana@crestline-bakes.com>", ORDERS,
                     "RE: Saratoga order PO CB-SAR-2291", when(2026, 3, 9, 8, 14, off=-4), text=text,
                     headers={"In-Reply-To": "<20260309075200.4411@crestline-bakes.com>",
                              "Thread-Topic": "Saratoga order PO CB-SAR-2291",
                              "X-Mailer": "Microsoft Outlook 16.0"})
    lines = [
        L("100122", 6, "BG", "Bread flour unbleached 50 lb"),
        L("100150", 2, "BG", "Whole wheat stone ground 50 lb"),
        L("110100", 3, "BG", "Granulated sugar 50 lb"),
        L("110122", 1, "CS", "Brown sugar light 12/2 lb"),
        L("120100", 1, "CS", "Instant yeast - 1 case (20/1)"),
        L("120132", 4, "BX", "Kosher salt 3 lb"),
        L("200202", 2, "CS", "Eggs XL"),
        L("500150", 1, "BG", "Sesame seeds 5 lb"),
        L("300132", 1, "CS", "Pan spray w/ flour"),
        L("200152", 2, "CS", "unsalted butter (36 ct)"),
    ]
    lab = label(customer=cname("C101"), po="CB-SAR-2291", order_date=None, requested="2026-03-11",
                ship_to=csite("C101", 1), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 04
@doc("04-excel-tab-pasted.eml")
def d04():
    rows = [
        ("100110", "Flour AP bleached", "50 lb", 6, "BAG", L("100110", 6, "BG", "Flour AP bleached")),
        ("110100", "Sugar granulated", "50 lb", 4, "BAG", L("110100", 4, "BG", "Sugar granulated")),
        ("200110", "Milk whole gallon", "4/1 gal", 12, "CS", L("200110", 12, "CS", "Milk whole gallon")),
        ("200112", "Milk 2% gallon", "4/1 gal", 10, "CS", L("200112", 10, "CS", "Milk 2% gallon")),
        ("200114", "Milk skim gallon", "4/1 gal", 4, "CS", L("200114", 4, "CS", "Milk skim gallon")),
        ("200200", "Eggs large white", "15 dz", 6, "CS", L("200200", 6, "CS", "Eggs large white")),
        ("200192", "Yogurt greek plain", "6/32 oz", 8, "CS", L("200192", 8, "CS", "Yogurt greek plain")),
        ("", "Cheddar mild shredded", "4/5 lb", 3, "CS", L("200180", 3, "CS", "Cheddar mild shredded")),
        ("400120", "Fries straight cut 3/8", "6/5 lb", 10, "CS", L("400120", 10, "CS", "Fries straight cut 3/8")),
        None,
        ("700102", "Dish machine detergent", "5 gal", 2, "PAIL", L("700102", 2, "EA", "Dish machine detergent")),
        ("700110", "Quat sanitizer", "2/2.5 gal", 1, "CS", L("700110", 1, "CS", "Quat sanitizer")),
    ]
    total = sum(r[3] for r in rows if r)
    tab = "Item #\tDescription\tPack\tQty\tUnit\n"
    for r in rows:
        tab += "\t\t\t\t\n" if r is None else f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\n"
    tab += f"\tTOTAL UNITS\t\t{total}\t\n"
    text = f"""Hello,

Please see our order below for delivery Monday 3/16 to Halsey Commons loading dock (300 Ravine Pkwy). PO number AC-26-04418.

{tab}
Thanks,
Priya Raman
Purchasing Coordinator
Ashworth College Dining Services
"""
    eml = make_email("Priya Raman <praman@ashworth.edu>", ORDERS,
                     "Halsey Commons order wk of 3/16 - PO AC-26-04418", when(2026, 3, 12, 10, 3, off=-4),
                     text=text)
    lines = [r[5] for r in rows if r]
    lab = label(customer=cname("C104"), po="AC-26-04418", order_date=None, requested="2026-03-16",
                ship_to=csite("C104", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 05
@doc("05-html-clipboard-table.eml")
def d05():
    rows = [
        ("Hot cups", "12 oz", 4, "", L("600102", 4, "CS", "Hot cups 12 oz")),
        ("Hot cups", "16 oz", 6, "", L("600104", 6, "CS", "Hot cups 16 oz")),
        ("Hot lids", "12 oz", 4, "", L("600112", 4, "CS", "Hot lids 12 oz")),
        ("Hot lids", "16 oz", 6, "the 16-20 ones", L("600114", 6, "CS", "Hot lids 16 oz")),
        ("Sleeves", "12-20 oz", 2, "", L("600116", 2, "CS", "Sleeves 12-20 oz")),
        ("Cold cups", "16 oz", 3, "", L("600122", 3, "CS", "Cold cups 16 oz")),
        ("Cold cups", "20 oz", 2, "", L("600124", 2, "CS", "Cold cups 20 oz")),
        ("Cold lids flat (slot)", "12-24 oz", 4, "", L("600130", 4, "CS", "Cold lids flat (slot) 12-24 oz")),
        ("Oat milk barista", "12/32 oz", 8, "", L("200220", 8, "CS", "Oat milk barista")),
        ("Almond milk barista", "12/32 oz", 2, "", L("200222", 2, "CS", "Almond milk barista")),
        ("Whole milk", "gallons", 10, "cs of 4", L("200110", 10, "CS", "Whole milk gallons")),
        ("Vanilla syrup", "750ml", 2, "", L("900110", 2, "CS", "Vanilla syrup")),
        ("Caramel syrup", "750ml", 1, "", L("900112", 1, "CS", "Caramel syrup")),
        ("Sugar packets", "", 0, "have enough", None),
        ("Splenda (yellow)", "packets", 1, "", L("110144", 1, "CS", "Splenda (yellow)")),
    ]
    style = """<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
td
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:Calibri, sans-serif;
	mso-font-charset:0;
	mso-number-format:General;
	vertical-align:bottom;
	border:none;
	white-space:nowrap;}
.xl65
	{font-weight:700;
	background:#D9E1F2;
	border:.5pt solid windowtext;}
.xl66
	{border:.5pt solid windowtext;}
.xl67
	{mso-number-format:0;
	text-align:right;
	border:.5pt solid windowtext;}
-->
</style>"""
    trs = ['<tr height=20 style=\'height:15.0pt\'>\n  <td height=20 class=xl65 width=161 style=\'height:15.0pt;width:121pt\'>Item</td>\n'
           '  <td class=xl65 width=87 style=\'width:65pt\'>Size</td>\n  <td class=xl65 width=64 style=\'width:48pt\'>Cases</td>\n'
           '  <td class=xl65 width=120 style=\'width:90pt\'>Notes</td>\n </tr>']
    for it, size, q, note, _ in rows:
        trs.append(f" <tr height=20 style='height:15.0pt'>\n  <td height=20 class=xl66 style='height:15.0pt'>{_html.escape(it)}</td>\n"
                   f"  <td class=xl66>{_html.escape(size)}</td>\n  <td class=xl67 align=right x:num>{q}</td>\n"
                   f"  <td class=xl66>{_html.escape(note) if note else '&nbsp;'}</td>\n </tr>")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{style}
</head>
<body>
<div dir="ltr"><div>Hey Northgate,</div><div><br></div><div>Hudson Ave weekly below. Deliver Thursday please, ship to Hudson Ave (not State St!).</div><div><br></div>
<table border=0 cellpadding=0 cellspacing=0 width=432 style='border-collapse:collapse;width:324pt'>
<!--StartFragment-->
 <col width=161 style='mso-width-source:userset;mso-width-alt:5888;width:121pt'>
 <col width=87 style='mso-width-source:userset;mso-width-alt:3181;width:65pt'>
 <col width=64 style='width:48pt'>
 <col width=120 style='mso-width-source:userset;mso-width-alt:4388;width:90pt'>
 {chr(10).join(trs)}
<!--EndFragment-->
</table>
<div><br></div><div>thanks!!</div><div>Jules</div><div>--</div><div>Jules Tran | Operations | Daybreak Coffee Roasters</div></div>
</body>
</html>"""
    text = "Hey Northgate,\n\nHudson Ave weekly below. Deliver Thursday please, ship to Hudson Ave (not State St!).\n\n"
    text += "Item\tSize\tCases\tNotes\n" + "".join(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n" for r in rows)
    text += "\nthanks!!\nJules\n--\nJules Tran | Operations | Daybreak Coffee Roasters\n"
    eml = make_email("Jules Tran <jules@daybreak.cafe>", ORDERS, "Hudson Ave weekly order",
                     when(2026, 3, 11, 14, 40, off=-4), text=text, html=html)
    lines = [r[4] for r in rows if r[4]]
    lab = label(customer=cname("C107"), po=None, order_date=None, requested="2026-03-12",
                ship_to=csite("C107", 1), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 06
@doc("06-outlook-nested-tables.eml")
def d06():
    rows = [
        ("114-2201", "200104", "MILK SKIM QT 12/CS", "CS", 6, 20.10),
        ("114-2205", "200102", "MILK 2% QT 12/CS", "CS", 10, 21.55),
        ("114-2310", "200200", "EGGS LARGE 15 DZ", "CS", 4, 33.90),
        ("114-2350", "200212", "EGG WHITES LIQ 12/32 OZ", "CS", 3, 41.60),
        ("118-0040", "100220", "OATS ROLLED 50 LB", "BG", 2, 34.10),
        ("118-1100", "110140", "SUGAR PACKETS 2000", "CS", 2, 19.45),
        ("118-1104", "110146", "SWEETENER BLUE PKT 2000", "CS", 1, 28.40),
        ("121-0500", "600182", "DELI CONT 16 OZ 500", "CS", 4, 47.50),
        ("121-0510", "600186", "DELI LID 8-32 OZ 500", "CS", 4, 27.90),
        ("125-3000", "700112", "BLEACH 8.25% 6/121", "CS", 3, 29.20),
    ]
    lines = [L(sku, q, u, d, p, part) for part, sku, d, u, q, p in rows]
    sub = ext(lines)
    td = "style='border:solid #BFBFBF 1.0pt;padding:2.25pt 4.5pt 2.25pt 4.5pt'"
    p = "<p class=MsoNormal><span style='font-size:9.0pt;font-family:\"Arial\",sans-serif'>"
    head = "".join(f"<td {td}>{p}<b>{h}</b><o:p></o:p></span></p></td>" for h in
                   ["Line", "SBMC Item", "Vendor Item", "Description", "UOM", "Qty", "Unit Price", "Ext Price"])
    body = ""
    for i, (part, sku, d, u, q, pr) in enumerate(rows, 1):
        cells = [str(i), part, sku, d, u, str(q), f"${pr:,.2f}", f"${q * pr:,.2f}"]
        body += "<tr>" + "".join(f"<td {td}>{p}{_html.escape(c)}<o:p></o:p></span></p></td>" for c in cells) + "</tr>\n"
    body += (f"<tr><td colspan=7 {td}>{p}<b>Subtotal</b><o:p></o:p></span></p></td>"
             f"<td {td}>{p}<b>${sub:,.2f}</b><o:p></o:p></span></p></td></tr>")
    info = f"""<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td style='padding:0 12pt 0 0'>{p}<b>PO Number:</b><o:p></o:p></span></p></td><td>{p}4500098812<o:p></o:p></span></p></td></tr>
<tr><td style='padding:0 12pt 0 0'>{p}<b>PO Date:</b><o:p></o:p></span></p></td><td>{p}03/06/2026<o:p></o:p></span></p></td></tr>
<tr><td style='padding:0 12pt 0 0'>{p}<b>Requested Delivery:</b><o:p></o:p></span></p></td><td>{p}03/10/2026<o:p></o:p></span></p></td></tr>
<tr><td style='padding:0 12pt 0 0'>{p}<b>Vendor:</b><o:p></o:p></span></p></td><td>{p}Northgate Provisions &amp; Bakery Supply (V-20931)<o:p></o:p></span></p></td></tr>
</table>"""
    shipto = f"""<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:solid #BFBFBF 1.0pt'>
<tr><td style='background:#DDEBF7;padding:2pt 6pt'>{p}<b>SHIP TO</b><o:p></o:p></span></p></td></tr>
<tr><td style='padding:2pt 6pt'>{p}St. Brendan's Medical Center<br>Food &amp; Nutrition Services - Receiving Dock B<br>1200 Whitcomb Ave<br>Schenectady, NY 12308<o:p></o:p></span></p></td></tr>
</table>"""
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Good morning,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Please accept the purchase order below. Contract pricing applies. Please confirm receipt.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%" style='width:100.0%;border-collapse:collapse'>
<tr><td width="55%" valign=top style='width:55%;padding:0'>{info}</td><td valign=top style='padding:0'>{shipto}</td></tr>
<tr><td colspan=2 style='padding:8pt 0 0 0'>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr style='background:#DDEBF7'>{head}</tr>
{body}
</table></td></tr></table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you,<o:p></o:p></p>
<p class=MsoNormal><b>Gail Petrosky</b> | Purchasing Agent, Food &amp; Nutrition Services<o:p></o:p></p>
<p class=MsoNormal>St. Brendan's Medical Center | 1200 Whitcomb Ave, Schenectady, NY 12308 | (518) 555-0166<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.<o:p></o:p></span></p>
</div></body></html>"""
    text = ("Good morning,\n\nPlease accept the purchase order below. Contract pricing applies. Please confirm receipt.\n\n"
            "PO Number: 4500098812\nPO Date: 03/06/2026\nRequested Delivery: 03/10/2026\n"
            "Vendor: Northgate Provisions & Bakery Supply (V-20931)\n\nSHIP TO\nSt. Brendan's Medical Center\n"
            "Food & Nutrition Services - Receiving Dock B\n1200 Whitcomb Ave\nSchenectady, NY 12308\n\n"
            "Line SBMC Item Vendor Item Description UOM Qty Unit Price Ext Price\n")
    for i, (part, sku, d, u, q, pr) in enumerate(rows, 1):
        text += f"{i} {part} {sku} {d} {u} {q} ${pr:,.2f} ${q * pr:,.2f}\n"
    text += f"Subtotal ${sub:,.2f}\n\nThank you,\nGail Petrosky | Purchasing Agent, Food & Nutrition Services\n"
    eml = make_email("Gail Petrosky <gpetrosky@sbmc-health.org>", ORDERS,
                     "PO 4500098812 - Northgate Provisions", when(2026, 3, 6, 11, 17), text=text, html=html,
                     headers={"X-MS-Has-Attach": "", "Thread-Topic": "PO 4500098812 - Northgate Provisions",
                              "Thread-Index": "AdqPe3Jc0vYkq8mXQ2uR1n0AbCdEfA==", "Content-Language": "en-US"})
    lab = label(customer=cname("C103"), po="4500098812", order_date="2026-03-06", requested="2026-03-10",
                currency="USD",
                ship_to=ship("St. Brendan's Medical Center", "1200 Whitcomb Ave", "Schenectady", "NY", "12308", "US"),
                lines=lines)
    return eml, lab, {"subtotal": (f"{sub:,.2f}", ".")}


# ----------------------------------------------------------------------------- 07
@doc("07-see-attached-pdf.eml")
def d07():
    pdf, lines, sub = att.oakhurst_po_pdf()
    text = """Hi,

Please see attached PO 7781 for delivery Saturday 3/21.

Also please add one case of the 165 ct lemons -- not on the PO, Chef forgot. Same delivery.

Thanks,
Tom Feeney
Purchasing & Receiving
Oakhurst Country Club
"""
    eml = make_email("Tom Feeney <tfeeney@oakhurstclub.com>", ORDERS, "PO 7781", when(2026, 3, 16, 9, 30, off=-4),
                     text=text, attachments=[(pdf, "PO_7781.pdf", "application", "pdf")])
    lines = lines + [L("800142", 1, "CS", "165 ct lemons")]
    lab = label(customer=cname("C112"), po="7781", order_date="2026-03-16", requested="2026-03-21", currency="USD",
                ship_to=ship("Oakhurst Country Club - Clubhouse Kitchen", "500 Oakhurst Dr", "Clifton Park", "NY", "12065", "US"),
                lines=lines)
    return eml, lab, {"subtotal": (f"{sub:,.2f}", "."), "subtotal_excludes": ["800142"]}


# ----------------------------------------------------------------------------- 08
@doc("08-see-attached-xlsx.eml")
def d08():
    xlsx, lines = att.maplemain_xlsx()
    text = """Hi Carla,

Order attached for Tuesday delivery (March 24). PO MM-0324.
Prices as per our January quote (CAD).

Merci!
Sophie Tremblay
Chef de cuisine | Maple & Main Bistro
164 Princess St, Kingston ON
"""
    eml = make_email("Sophie Tremblay <sophie@mapleandmain.ca>", ORDERS, "Order MM-0324",
                     when(2026, 3, 19, 16, 2, off=-4), text=text,
                     attachments=[(xlsx, "MapleMain_order_0324.xlsx", "application",
                                   "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    lab = label(customer=cname("C111"), po="MM-0324", order_date="2026-03-19", requested="2026-03-24", currency="CAD",
                ship_to=ship("Maple & Main Bistro", "164 Princess St", "Kingston", "ON", "K7L 1A9", "CA"),
                lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 09
@doc("09-see-attached-csv.eml")
def d09():
    data, lines = att.crestline_ck_csv()
    text = """Attached PO CK-77120 for Central Kitchen, delivery 03/18/2026.
Please reply to confirm.

-- 
Crestline Bakery Co. | Purchasing
This message was generated by BakeOps. Replies go to purchasing@crestlinebakery.com
"""
    eml = make_email("Crestline Purchasing <purchasing@crestlinebakery.com>", ORDERS, "PO CK-77120 Northgate",
                     when(2026, 3, 13, 6, 0, off=-4), text=text, attachments=[(data, "CK-77120.csv", "text", "csv")])
    lab = label(customer=cname("C101"), po="CK-77120", order_date="2026-03-13", requested="2026-03-18",
                ship_to=ship("Crestline Central Kitchen", "77 Industrial Park Rd", "Watervliet", "NY", "12189", "US"),
                lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 10
@doc("10-french-quebec.eml")
def d10():
    text = """Bonjour,

Voici notre commande pour la boutique du Plateau (4187, rue Saint-Denis), livraison le mardi 17 mars s.v.p.
Bon de commande : DM-P-0412

- Farine T55 (sac 25 kg) : 14 sacs
- Farine T65 (sac 25 kg) : 6 sacs
- Sucre granulé 25 kg : 4 sacs
- Beurre non salé (caisse 36 x 1 lb) : 5 colis
- Beurre de tourage 82 % : 3 colis
- Œufs gros (15 douzaines) : 3 caisses
- Levure fraîche 1 lb : 20 unités
- Crème 36 % (12 x 1 pinte) : 2 caisses
- Noisettes moulues : 7,5 kg
- Chocolat noir 64 % en pistoles, sac 5 kg : 2 sacs
- Papier parchemin pleine feuille : 1 carton

Si vous n'avez plus de T65, envoyez plutôt de la T55 (même quantité).

Merci et bonne journée,
Émilie Gagnon
Boulangerie Les Deux Moulins
"""
    eml = make_email("Émilie Gagnon <commandes@deuxmoulins.ca>", ORDERS, "Commande semaine du 16 mars – Plateau",
                     when(2026, 3, 12, 6, 35, off=-4), text=text, charset="iso-8859-15", enc="qp")
    lines = [
        L("100180", 14, "BG", "Farine T55 (sac 25 kg)"),
        L("100182", 6, "BG", "Farine T65 (sac 25 kg)"),
        L("110105", 4, "BG", "Sucre granulé 25 kg"),
        L("200152", 5, "CS", "Beurre non salé (caisse 36 x 1 lb)"),
        L("200154", 3, "CS", "Beurre de tourage 82 %"),
        L("200200", 3, "CS", "Œufs gros (15 douzaines)"),
        L("120110", 20, "EA", "Levure fraîche 1 lb"),
        L("200132", 2, "CS", "Crème 36 % (12 x 1 pinte)"),
        L("120190", 7.5, "KG", "Noisettes moulues"),
        L("120180", 2, "BG", "Chocolat noir 64 % en pistoles, sac 5 kg"),
        L("600160", 1, "CS", "Papier parchemin pleine feuille"),
    ]
    lab = label(customer=cname("C108"), po="DM-P-0412", order_date=None, requested="2026-03-17",
                ship_to=csite("C108", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 11
@doc("11-german-cafe.eml")
def d11():
    rows = [
        ("Weizenmehl Type 550, 25 kg", "8", "Sack", 31.90, L("100190", 8, "BG", "Weizenmehl Type 550, 25 kg", 31.90)),
        ("Roggenmehl mittel (Sack 50 lb)", "2", "Sack", 29.80, L("100160", 2, "BG", "Roggenmehl mittel (Sack 50 lb)", 29.80)),
        ("Zucker 25 kg", "4", "Sack", 39.60, L("110105", 4, "BG", "Zucker 25 kg", 39.60)),
        ("Haselnüsse gemahlen", "12,5", "kg", 13.90, L("120190", 12.5, "KG", "Haselnüsse gemahlen", 13.90)),
        ("Kaffeebecher 12 oz weiß, Karton à 1.000 Stk", "3", "Karton", 57.50,
         L("600102", 3, "CS", "Kaffeebecher 12 oz weiß, Karton à 1.000 Stk", 57.50)),
        ("Deckel passend für 12 oz Becher, Karton à 1.000 Stk", "3", "Karton", 34.20,
         L("600112", 3, "CS", "Deckel passend für 12 oz Becher, Karton à 1.000 Stk", 34.20)),
        ("Hafermilch Barista 12 x 32 oz", "5", "Karton", 35.60, L("200220", 5, "CS", "Hafermilch Barista 12 x 32 oz", 35.60)),
        ("Vanillesirup 4 x 750 ml", "2", "Karton", 32.20, L("900110", 2, "CS", "Vanillesirup 4 x 750 ml", 32.20)),
        ("Haselnusssirup 4 x 750 ml", "2", "Karton", 32.20, L("900114", 2, "CS", "Haselnusssirup 4 x 750 ml", 32.20)),
        ("Espressobohnen dunkel, Beutel 5 lb", "6", "Beutel", 50.80, L("900100", 6, "BG", "Espressobohnen dunkel, Beutel 5 lb", 50.80)),
    ]
    tab = "Pos. | Artikel | Menge | Einheit | Einzelpreis\n"
    for i, r in enumerate(rows, 1):
        tab += f"{i} | {r[0]} | {r[1]} | {r[2]} | {money(r[3], ',', '.')} €\n"
    lines = [r[4] for r in rows]
    net = ext(lines)
    text = f"""Sehr geehrte Damen und Herren,

hiermit bestellen wir zur Lieferung in KW 13 an unser Zentrallager:

Kaffeehaus Lindenhof Zentrallager
Billstraße 112
20539 Hamburg
Deutschland

Bestellnummer: LH-2026-0147
Bestelldatum: 09.03.2026

{tab}
Warenwert netto: {money(net, ',', '.')} €
Alle Preise netto zzgl. Fracht gemäß Angebot vom 02.02.2026. Bitte bestätigen Sie den Liefertermin.

Mit freundlichen Grüßen

Jonas Albrecht
Einkauf | Kaffeehaus Lindenhof GmbH
Lindenhof-Gruppe · Billstraße 112 · 20539 Hamburg · Tel. +49 40 555 0198
Geschäftsführerin: Katrin Lindner · Amtsgericht Hamburg HRB 123456
"""
    eml = make_email("Jonas Albrecht <einkauf@lindenhof-gruppe.de>", ORDERS, "Bestellung LH-2026-0147",
                     when(2026, 3, 9, 9, 12, off=1), text=text)
    lab = label(customer=cname("C109"), po="LH-2026-0147", order_date="2026-03-09", requested=None, currency="EUR",
                ship_to=ship("Kaffeehaus Lindenhof Zentrallager", "Billstraße 112", "Hamburg", None, "20539", "DE"),
                lines=lines)
    return eml, lab, {"subtotal": (money(net, ",", "."), ",")}


# ----------------------------------------------------------------------------- 12
@doc("12-standing-order.eml")
def d12():
    text = """Hi Carla,

We want to set up a standing order starting Monday March 16. Two deliveries a week:

MONDAYS
- 6 cs large eggs
- 4 cs whole milk gallons
- 2 cs half & half quarts
- 3 cs fries 3/8 straight
- 2 jugs soybean fry oil
- 1 bag jumbo yellow onions 50 lb
- 2 cs russet potatoes 70 ct

THURSDAYS
- 4 cs large eggs
- 2 cs whole milk gallons
- 1 cs half & half quarts
- 2 cs fries 3/8 straight
- 1 cs bagels presliced
- 1 cs cream cheese (10/3 lb)

Same thing every week until I tell you otherwise. Bill to the account like always.

Nick Pappas
Owner, Blue Heron Diner
2290 Central Ave, Schenectady NY 12304
518-555-0192
"""
    eml = make_email("Nick Pappas <nick@blueherondiner.com>", ORDERS, "standing order starting 3/16",
                     when(2026, 3, 12, 16, 5, off=-4), text=text)
    lines = [
        L("200200", 6, "CS", "large eggs"),
        L("200110", 4, "CS", "whole milk gallons"),
        L("200120", 2, "CS", "half & half quarts"),
        L("400120", 3, "CS", "fries 3/8 straight"),
        L("300104", 2, "EA", "soybean fry oil"),
        L("800100", 1, "BG", "jumbo yellow onions 50 lb"),
        L("800110", 2, "CS", "russet potatoes 70 ct"),
    ]
    lab = label(customer=cname("C110"), po=None, order_date=None, requested="2026-03-16",
                ship_to=ship("Blue Heron Diner", "2290 Central Ave", "Schenectady", "NY", "12304", "US"),
                lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 13
@doc("13-substitution.eml")
def d13():
    text = """Hi guys -

Need these for a wedding Saturday 3/14, delivery Friday 3/13 to the kitchen on Hoosick St please:

2 cs heavy cream 40% (if you're out of the 40 send the 36)
3 cs puff pastry sheets
6 cs half-size deep foil pans - HEAVY gauge, the medium ones buckled last time
6 cs lids for those half pans
1 cs full size deep foil pans (heavy)
2 cs parchment half sheets
1 case strawberries (fresh, the 8x1 lb)
2 cs lemon 115s
4 boxes nitrile gloves medium

Thank you!
Lena
Fig & Fennel Catering
"""
    eml = make_email("Lena Ortiz <lena.figfennel@gmail.com>", ORDERS, "Order for Sat wedding",
                     when(2026, 3, 10, 21, 48, off=-4), text=text)
    lines = [
        L("200130", 2, "CS", "heavy cream 40%"),
        L("400110", 3, "CS", "puff pastry sheets"),
        L("600141", 6, "CS", "half-size deep foil pans - HEAVY gauge"),
        L("600148", 6, "CS", "lids for those half pans"),
        L("600144", 1, "CS", "full size deep foil pans (heavy)"),
        L("600162", 2, "CS", "parchment half sheets"),
        L("800198", 1, "CS", "strawberries (fresh, the 8x1 lb)"),
        L("800140", 2, "CS", "lemon 115s"),
        L("600170", 4, "BX", "nitrile gloves medium"),
    ]
    lab = label(customer=cname("C105"), po=None, order_date=None, requested="2026-03-13",
                ship_to=csite("C105", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 14
@doc("14-not-carried-item.eml")
def d14():
    text = """Ciao,

For Friday (3/20) please send:

- Tomato, crushed 6/#10: 4 cs
- San Marzano DOP whole peeled, 6/#10: 2 cs  (if you don't carry them just let me know)
- Olive oil EVOO gallons 4/1: 1 cs
- Olive oil blend 90/10: 2 cs
- Mozzarella shredded: 3 cs
- Ricotta whole milk 6/3 lb: 2 cs
- Spaghetti 2/10: 3 cs
- Semolina 50 lb: 1 bag
- Garlic peeled 5 lb jar: 2
- Italian parsley: 1 cs

Also can you send me a price on 00 flour? We're thinking about switching.

Grazie,
Anna Russo
General Manager, Trattoria Vesuvio
"""
    eml = make_email("Anna Russo <anna@trattoriavesuvio.com>", ORDERS, "Weekend order + question",
                     when(2026, 3, 18, 13, 30, off=-4), text=text)
    lines = [
        L("320102", 4, "CS", "Tomato, crushed 6/#10"),
        L(None, 2, "CS", "San Marzano DOP whole peeled, 6/#10"),
        L("300110", 1, "CS", "Olive oil EVOO gallons 4/1"),
        L("300112", 2, "CS", "Olive oil blend 90/10"),
        L("200184", 3, "CS", "Mozzarella shredded"),
        L(None, 2, "CS", "Ricotta whole milk 6/3 lb"),
        L("100242", 3, "CS", "Spaghetti 2/10"),
        L("100170", 1, "BG", "Semolina 50 lb"),
        L("800180", 2, "EA", "Garlic peeled 5 lb jar"),
        L("800190", 1, "CS", "Italian parsley"),
    ]
    lab = label(customer=cname("C102"), po=None, order_date=None, requested="2026-03-20", lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 15
@doc("15-word-quantities.eml")
def d15():
    text = """Good evening,

For the Hendricks rehearsal dinner and the Monday breakfast we'll need the following delivered to the Banquet & Conference Center on Monday the 16th:

We'll need a dozen boxes of the large nitrile gloves, half a case of the 115-count lemons, a couple of the five-pound cinnamon, three cases of 2% quarts, and one bag each of cake flour and pastry flour (the fifty-pound bags). Please also send two cases of presliced bagels, a case of cream cheese loaves plus two extra loaves, and half a dozen of the pure vanilla extract (32 oz).

Oh -- and a case of the Greek yogurt, plain.

Our PO for this is HB-22871.

Regards,
Alan Whitaker
Banquet Chef, The Harmon Hotel
"""
    eml = make_email("Chef Alan Whitaker <awhitaker@harmonhotel.com>", ORDERS, "Banquet needs for Monday",
                     when(2026, 3, 13, 17, 20, off=-4), text=text)
    lines = [
        L("600172", 12, "BX", "large nitrile gloves"),
        L("800144", 1, "CS", "half a case of the 115-count lemons"),
        L("500102", 2, "EA", "five-pound cinnamon"),
        L("200102", 3, "CS", "2% quarts"),
        L("100130", 1, "BG", "cake flour"),
        L("100140", 1, "BG", "pastry flour"),
        L("400162", 2, "CS", "presliced bagels"),
        L("200170", 1, "CS", "a case of cream cheese loaves"),
        L("200172", 2, "EA", "two extra loaves"),
        L("120150", 6, "EA", "pure vanilla extract (32 oz)"),
        L("200192", 1, "CS", "Greek yogurt, plain"),
    ]
    lab = label(customer=cname("C106"), po="HB-22871", order_date=None, requested="2026-03-16",
                ship_to=csite("C106", 1), lines=lines)
    return eml, lab, {}
