from lib import *

def N():
    return {"kind": "not_an_order", "lines": []}

def build():
    eml("57_saltroom_quote_request.eml", "Hannah Price <hannah@saltroombristol.com>", "Prices for NYE?",
        dt(2026,12,5,14,20),
"""Hi Sarah,

Before I commit to anything for New Year's Eve - could you send me prices for:

Champagne Delorme Brut magnum - maybe 12
Champagne Delorme Rosé 75cl - maybe 24
Prosecco Villa Dora 75cl - around 60

and let me know if there's any case discount on the Champagne. Not an order yet, just need numbers for the owners.

Thanks,
Hannah
The Salt Room
""", N(), "Not an order: quote request with tentative quantities")

    eml("58_crown_complaint.eml", "Dan Reilly <dan@crownandanchorpub.co.uk>", "Leaking keg + broken bottles from Tuesday",
        dt(2026,12,2,10,48),
"""Hi,

Not happy I'm afraid. One of the 2 Guinness 50L kegs delivered Tuesday is leaking from the coupler and we've lost about a third of it. Also 3 bottles of Gordon's 70cl in the case were smashed.

Can you collect the keg and credit us for it and the 3 bottles please? Driver can pick up on Friday's run. Photos attached later.

Dan
Crown & Anchor
""", N(), "Not an order: complaint / credit request mentioning products and quantities")

    eml("59_quayside_chase.eml", "Tom Hargreaves <tom@quaysidetap.co.uk>", "Where's PO QT-PO-0388??",
        dt(2026,12,3,15,2),
"""Hi, our order QT-PO-0388 (3 x Camden Hells kegs, Lucky Saint keg, CO2 etc.) was due today and nothing has turned up. We're down to our last keg of Hells. Can someone let me know an ETA asap?

Tom
Quayside Taproom
""", N(), "Not an order: delivery chase quoting the earlier PO's items")

    eml("60_supplier_price_notice.eml", "Trade Team Fever-Tree <trade.notices@fever-tree-distribution.example>", "Notice of price change - 1 January 2027",
        dt(2026,12,1,9,0),
"""Dear Partner,

Please note that from 1 January 2027 the following list prices will apply:

Fever-Tree Premium Indian Tonic 24x200ml - GBP 18.40 per case
Fever-Tree Refreshingly Light Indian Tonic 24x200ml - GBP 18.40 per case
Fever-Tree Premium Ginger Beer 24x200ml - GBP 18.40 per case
Fever-Tree Indian Tonic 8x500ml - GBP 13.70 per case

Orders placed before 31 December 2026 will be invoiced at current prices.

Kind regards,
Trade Team
""", N(), "Not an order: supplier price-change notice sent to the seller", to="Cellarline Purchasing <buying@cellarline-drinks.com>")
