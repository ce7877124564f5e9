from common import *
from pdfs import render

eml("58_teawa_quote.eml","Hemi Walker <hemi@teawamotors.co.nz>","price check - batteries","Tue, 08 Dec 2026 08:10:00 +1300",
"""Kia ora,

Not an order yet - can you give me prices and availability on:

10 x 096 EFB
6 x 110 AGM
4 x 027

If the price is right I'll put a PO through before Christmas. Also do you do a discount on 20+?

Cheers
Hemi
Te Awa Motors
""")
label("58_teawa_quote.eml","Te Awa Motors Ltd",None,[],kind="not_an_order")

eml("59_hollybank_warranty.eml","Dave Pickering <dave@hollybankgarage.co.uk>","Warranty claim - failed 096 battery","Tue, 08 Dec 2026 09:40:00 +0000",
"""Hi,

One of the 096 batteries we had off you on invoice INV-231877 (supplied 24/11) has failed - customer's car wouldn't start after 10 days. Tested it on the Midtronics, reads bad cell, printout attached (well, I'll give it to the driver).

Battery serial 4C2611-0933. Vehicle reg BD19 XPT.

Can you collect it on the next run and credit or replace please? I've had to fit one from stock so we're short 1 now as well.

Dave
Hollybank Garage
""")
label("59_hollybank_warranty.eml","Hollybank Garage Ltd",None,[],kind="not_an_order")

eml("60_rapid_chase.eml","Stevie McLean <stevie@rapidtyreexhaust.co.uk>","RE: stock - where is it??","Tue, 08 Dec 2026 11:05:00 +0000",
"""Still no sign of RTE 1290 - the 501s and the fuses. Van was supposed to be here yesterday. Can you check with the driver and let me know an ETA?

Stevie

-----Original Message-----
From: Stevie McLean
Sent: 26 November 2026 09:00
Subject: stock

a dozen 501 boxes, half a dozen boxes of 382, 3 H4 boxes of ten...
""")
label("60_rapid_chase.eml","Rapid Tyre & Exhaust Centre",None,[],kind="not_an_order")

items = [("LX-H7-12-10","H7 12V 55W PX26D (box 10)",50,"BX",9.40),("LX-501-12-10","W5W 501 12V (box 10)",100,"BX",0.95),("LX-H4-24","H4 24V 75/70W",40,"EA",1.45)]
net = sum(q*p for *_,q,_,p in items)
d = dict(style="proc", title="INVOICE", buyer=["Lumex Lighting Distribution Ltd","Unit 9, Wednesbury Trade Park, WS10 7RE","VAT GB 201 5561 32"],
  meta=[("Invoice No","LX-INV-0088127"),("Invoice Date","07/12/2026"),("Your Order","APX-PUR-11820"),("Account","APEX001")],
  blocks=[("INVOICE TO",["Apex Motor Factors Ltd","Accounts Payable","Leeds LS10 1JD"]),("DELIVERED TO",["Apex Motor Factors Ltd","Warehouse","Leeds LS10 1JD"])],
  cols=[("Code","l"),("Description","l"),("Qty","r"),("Unit","l"),("Price","r"),("Net","r")], xs=[42,140,380,390,470,555], grid=True,
  rows=[(a,b,q,u,f"{p:.2f}",f"{q*p:.2f}") for a,b,q,u,p in items],
  totals=[("Net",f"{net:.2f}"),("VAT 20%",f"{net*0.2:.2f}"),("Invoice Total GBP",f"{net*1.2:.2f}")],
  footer=["Payment due 30 days from invoice date. Bank: Lloyds 30-94-12 / 44120987."])
eml("61_lumex_invoice.eml","Lumex Accounts <accounts@lumexlighting.co.uk>","Invoice LX-INV-0088127","Mon, 07 Dec 2026 17:00:00 +0000",
 "Please find attached invoice LX-INV-0088127 for your order APX-PUR-11820.\n\nLumex Lighting Accounts\n",[("LX-INV-0088127.pdf",render(d),"application/pdf")])
label("61_lumex_invoice.eml","Lumex Lighting Distribution Ltd",None,[],kind="not_an_order")

eml("62_supplier_newsletter.eml","Vortex Lubricants UK <news@vortexlubricants.co.uk>","December trade deals: 5W-30 C3 20L from £109 + FREE gloves","Mon, 07 Dec 2026 06:00:00 +0000",
"""VORTEX LUBRICANTS - TRADE NEWS, DECEMBER 2026

Hi Apex Motor Factors,

Winter is here - stock up before the January rush.

THIS MONTH'S DEALS (trade prices, ex VAT):
- 5W-30 C3 FS 20L ........ £109.00 (order 10, get a box of nitrile gloves free)
- 5W-30 C2 Ford 913D 5L .. £24.50
- 0W-20 SP 5L ............ £31.00
- 15W-40 HD 205L ......... £699.00

To order, contact your area manager or call 0800 000 4411. Offers valid until 31/12/2026 while stocks last.

You are receiving this because you are a registered Vortex trade partner. Unsubscribe: https://vortexlubricants.co.uk/unsub
""")
label("62_supplier_newsletter.eml","Vortex Lubricants UK",None,[],kind="not_an_order")
