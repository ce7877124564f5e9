from common import NOT
N = [
("n01_rfq_university.eml", "Camilla Friis <cf@adm.ku.dk>", "Anmodning om tilbud – cykelhjelme og lygter (ikke ordre)", (2026,12,8,11,0),
"""Kære Nordhjul

Københavns Universitet overvejer at udskifte udstyret i medarbejdernes cykelpulje i 2027.
Vi beder derfor om et uforpligtende tilbud på:

- 200 stk. city-hjelm, blandede størrelser S/M/L, hvid
- 150 sæt USB-C lygtesæt (for+bag)
- 100 stk. ringlås, samme nøgle

Angiv venligst stykpris, mængderabat og leveringstid. Tilbuddet skal være os i hænde senest 15. januar 2027.
Dette er IKKE en bestilling – ordre afgives særskilt via vores indkøbssystem.

Med venlig hilsen
Camilla Friis
Campus Service, Københavns Universitet
""", NOT(), "NOT AN ORDER: request for quotation with quantities and a deadline; explicitly 'IKKE en bestilling'"),
("n02_complaint_wrong_tyres.eml", "Ola Haugen <ola@fjordbike.no>", "Wrong tyres delivered on FB-2026-77", (2026,12,21,9,12),
"""Hi Karin,

We received the delivery for FB-2026-77 today, but 24 x Tyre 700x35c reflective came as 700x32c (TY-70032-WR on the labels).
Also 2 of the 12 helmets size L were cracked in the box.

Can you send the correct 24 tyres and 2 replacement helmets and a return label for the wrong ones?
Please do not invoice this as a new order.

Best regards
Ola Haugen
Fjord Bike Rental AS
""", NOT(), "NOT AN ORDER: complaint with quantities and SKUs asking for replacement; 'do not invoice as new order'"),
("n03_shipping_notice.eml", "DSV Road Tracking <noreply@dsv-tracking.example>", "Forsendelsesadvis / Shipping notice 70988123 – Nordhjul Cykeldele A/S", (2026,12,16,5,30),
"""Shipping notice

Shipment no.:      70988123
Shipper:           Nordhjul Lager Flensburg, Am Industriehafen 12, 24937 Flensburg
Consignee:         Velokontor Hamburg GmbH, Schanzenstraße 77, 20357 Hamburg
Your reference:    2026-1187
Pickup date:       16.12.2026
Estimated delivery: 17.12.2026, 08:00-12:00
Packages:          3 colli, 41.5 kg
Contents:          bicycle parts (tyres, tubes, cassettes, brake pads)

Track your shipment: https://tracking.example/70988123

This is an automatically generated message. Please do not reply.
""", NOT(), "NOT AN ORDER: carrier shipping notice quoting a PO number, dates and package counts"),
]
