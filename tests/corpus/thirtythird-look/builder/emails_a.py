"""Plain order emails, part A (English, UK/IE/CA/AU/NZ)."""
from common import *

def build():
    # e01 terse one-liner, no PO date, no address
    eml("e01_pawsclaws_oneliner", "Gemma Rees <gemma@pawsandclaws-pets.co.uk>", "order",
        when(2026, 12, 7, 8, 2),
        "Pls send 10 x NV-LT-CLY-20 and 6 bags of the 12kg adult lamb. PO 7781\n\nGemma\n\nSent from my iPhone\n")
    order("e01_pawsclaws_oneliner", "Paws & Claws Pet Centre", "7781", None, None, None, None, [
        L("NV-LT-CLY-20", 10, "EA", "NV-LT-CLY-20"),
        L("NV-DD-ADLB-12", 6, "BAG", "12kg adult lamb")])

    # e02 chatty, numbered list, delivery to branch different from signature
    eml("e02_abbeyfield_chatty_branch", "Helen Corbett <h.corbett@abbeyfieldvets.co.uk>",
        "Order for Ludlow - AVG-2026-1193", when(2026, 12, 7, 10, 41),
        """Hi all,

Hope you're well - it's been absolutely manic here with the cold snap, we've had three
lambing-type emergencies already and it's only December! Anyway, Ludlow have run themselves
nearly dry on consumables so could you please pick the following for them:

1. Syringes 2ml luer slip - 8 boxes
2. Syringes 5ml luer lock - 6 boxes
3. 23G x 5/8" needles - 10 boxes
4. 21g 1 inch needles - 10 boxes
5. Nitrile gloves medium - 12 boxes
6. Elizabethan collars 20cm - 15

Our PO is AVG-2026-1193. Could it get there by Friday 11th December please? They close at 1pm
on Fridays so morning delivery is best.

Deliver to:
Abbeyfield Vets - Ludlow Surgery
12 Corve Street
Ludlow
SY8 1DA

Many thanks, and please invoice head office as usual.

Helen Corbett
Purchasing Coordinator
Abbeyfield Veterinary Group
3 Castle Foregate, Shrewsbury SY1 2EE
T: 01743 552 190
""")
    order("e02_abbeyfield_chatty_branch", "Abbeyfield Veterinary Group", "AVG-2026-1193", None, "2026-12-11", None,
          S("Abbeyfield Vets - Ludlow Surgery", "12 Corve Street", "Ludlow", None, "SY8 1DA", "GB"), [
        L("NV-SY-02-LS", 8, "BX", "Syringes 2ml luer slip"),
        L("NV-SY-05-LL", 6, "BX", "Syringes 5ml luer lock"),
        L("NV-ND-23G16", 10, "BX", '23G x 5/8" needles'),
        L("NV-ND-21G25", 10, "BX", "21g 1 inch needles"),
        L("NV-GL-NIT-M", 12, "BX", "Nitrile gloves medium"),
        L("NV-EC-20", 15, "EA", "Elizabethan collars 20cm")])

    # e03 bulleted, word quantity, UK order date dd/mm/yy
    eml("e03_hollins_bullets_dozen", "Stores - Hollins Farm <stores@hollinsfarm.co.uk>",
        "Purchase Order HF/0458", when(2026, 12, 3, 14, 5),
        """Afternoon,

Order below please.

Order no: HF/0458
Order date: 03/12/26

 * Sheep drench 5 litre x 4
 * Cattle pour-on 2.5L x 2
 * Horse wormer paste (600kg) - a dozen
 * Pony paste x 6
 * Crepe bandage 10cm x 40

Usual delivery to the Kendal store, goods-in round the back.

Regards
Dave Atkinson
Hollins Farm Supplies Ltd
Mintsfeet Road South, Kendal, Cumbria LA9 6ND
01539 720 884
""")
    order("e03_hollins_bullets_dozen", "Hollins Farm Supplies Ltd", "HF/0458", "2026-12-03", None, None,
          S("Hollins Farm Supplies Ltd", "Mintsfeet Road South", "Kendal", "Cumbria", "LA9 6ND", "GB"), [
        L("NV-WM-SH-5L", 4, "EA", "Sheep drench 5 litre"),
        L("NV-WM-CA-2.5L", 2, "EA", "Cattle pour-on 2.5L"),
        L("NV-WM-EQ-PST", 12, "EA", "Horse wormer paste (600kg)"),
        L("NV-WM-EQ-PNY", 6, "EA", "Pony paste"),
        L("NV-BD-CRP-10", 40, "RL", "Crepe bandage 10cm")])

    # e04 qty after description, no PO
    eml("e04_brackenridge_no_po", "Morag Lindsay <office@brackenridgekennels.co.uk>",
        "Kennel order", when(2026, 12, 4, 16, 30),
        """Hello,

Could we get the following on the next van up please

Adult chicken & rice 15kg - 20 bags
Puppy chicken 12kg - 4 bags
Wire crate 42in - 2
Nylon collars medium blue x 10
Nylon collars medium red x10
Reflective collar large, yellow - 6

No PO number this time, Fergus is away and he has the book!

Thanks
Morag

Brackenridge Boarding Kennels
Old Scone Road, Perth PH2 7LN
01738 551 002
""")
    order("e04_brackenridge_no_po", "Brackenridge Boarding Kennels", None, None, None, None,
          S("Brackenridge Boarding Kennels", "Old Scone Road", "Perth", None, "PH2 7LN", "GB"), [
        L("NV-DD-ADCH-15", 20, "BAG", "Adult chicken & rice 15kg"),
        L("NV-DD-PUCH-12", 4, "BAG", "Puppy chicken 12kg"),
        L("NV-CG-DC-42", 2, "EA", "Wire crate 42in"),
        L("NV-CL-NY-M-BLU", 10, "EA", "Nylon collars medium blue"),
        L("NV-CL-NY-M-RED", 10, "EA", "Nylon collars medium red"),
        L("NV-CL-RF-L-YEL", 6, "EA", "Reflective collar large, yellow")])

    # e05 reply with correction over quoted message
    eml("e05_oakhurst_correction", "James Whitlock <j.whitlock@oakhurstequine.com>",
        "RE: PO OEC-5521", when(2026, 12, 7, 11, 58),
        """Sorry - correction to the below. The 18G needles should be the 1.5 inch not the 1 inch,
and make it 15 boxes rather than 10. Everything else as before.

James

-----Original Message-----
From: James Whitlock <j.whitlock@oakhurstequine.com>
Sent: 07 December 2026 11:20
To: orders@northvale-vet.co.uk
Subject: PO OEC-5521

Morning, please supply on PO OEC-5521:

10 boxes 18G x 1" needles
4 boxes 20ml luer lock syringes
2 boxes 50ml catheter tip syringes
60 rolls orthopaedic padding 15cm
60 rolls 10cm cohesive, black

Thanks,
James Whitlock
Practice Manager, Oakhurst Equine Clinic
Hamilton Road, Newmarket, Suffolk CB8 7JQ
""")
    order("e05_oakhurst_correction", "Oakhurst Equine Clinic", "OEC-5521", None, None, None,
          S("Oakhurst Equine Clinic", "Hamilton Road", "Newmarket", "Suffolk", "CB8 7JQ", "GB"), [
        L("NV-ND-18G38", 15, "BX", '18G needles 1.5 inch'),
        L("NV-SY-20-LL", 4, "BX", "20ml luer lock syringes"),
        L("NV-SY-50-CT", 2, "BX", "50ml catheter tip syringes"),
        L("NV-BD-ORP-15", 60, "RL", "orthopaedic padding 15cm"),
        L("NV-BD-COH-10-BLK", 60, "RL", "10cm cohesive, black")])

    # e06 forwarded internal request, EUR prices
    eml("e06_tully_forward", "Siobhán Ryan <purchasing@tullyagri.ie>", "FW: running low - yard",
        when(2026, 12, 7, 9, 15),
        """Hi, please process the below on PO TA-26-889, prices as per your November list.
Deliver to the Thurles depot as normal.

Siobhán Ryan
Purchasing, Tully Agri Co-operative Society
Mill Road, Thurles, Co. Tipperary E41 X2F3

---------- Forwarded message ---------
From: Pat Maher <pat.maher@tullyagri.ie>
Date: Sun, 6 Dec 2026 at 18:42
Subject: running low - yard
To: Siobhán Ryan <purchasing@tullyagri.ie>

Siobhan we're nearly out of a few things, can you order

sheep drench 1L - 12 @ €27.90
sheep drench 5L - 3 @ €112.00
dog wormer large dog 24 tabs - 5 packs @ €55.00
wood pellet litter 15kg - 20 @ €7.80

Also the farmers keep asking for the red 120cm leads, 10 of those @ €3.30

Pat
""")
    order("e06_tully_forward", "Tully Agri Co-operative Society", "TA-26-889", None, None, "EUR",
          S("Tully Agri Co-operative Society", "Mill Road", "Thurles", "Co. Tipperary", "E41 X2F3", "IE"), [
        L("NV-WM-SH-1L", 12, "EA", "sheep drench 1L", 27.90),
        L("NV-WM-SH-5L", 3, "EA", "sheep drench 5L", 112.00),
        L("NV-WM-DG-L-24", 5, "PK", "dog wormer large dog 24 tabs", 55.00),
        L("NV-LT-WDP-15", 20, "EA", "wood pellet litter 15kg", 7.80),
        L("NV-LD-NY-120-RED", 10, "EA", "red 120cm leads", 3.30)])

    # e07 tab-pasted table with customer codes, EUR, dotted date
    eml("e07_riverside_tabs", "Aoife Kelleher <stores@riversidevets.ie>", "Order 4500012877",
        when(2026, 12, 7, 15, 3),
        "Hi,\n\nPurchase order 4500012877 below, Order Date: 07.12.2026.\n\n"
        "Our Code\tDescription\tQty\tUnit €\n"
        "RV-1102\tSyringe 1ml luer slip bx100\t5\t7.05\n"
        "RV-1105\tSyringe 10ml luer lock bx100\t8\t11.25\n"
        "RV-2210\tNeedle 25G 5/8 bx100\t6\t4.20\n"
        "RV-3301\tCohesive bandage 7.5cm assorted box 12\t10\t15.00\n"
        "RV-4420\tE-collar 25cm\t20\t2.05\n"
        "RV-5003\tChlorhexidine shampoo 250ml\t12\t6.15\n\n"
        "Delivery to the hospital please, Unit 7, Lee Point, Cork T12 R2K7.\n\n"
        "Aoife Kelleher\nStores | Riverside Veterinary Hospital\n+353 21 430 1188\n")
    order("e07_riverside_tabs", "Riverside Veterinary Hospital", "4500012877", "2026-12-07", None, "EUR",
          S("Riverside Veterinary Hospital", "Unit 7, Lee Point", "Cork", None, "T12 R2K7", "IE"), [
        L("NV-SY-01-LS", 5, "BX", "Syringe 1ml luer slip bx100", 7.05, "RV-1102"),
        L("NV-SY-10-LL", 8, "BX", "Syringe 10ml luer lock bx100", 11.25, "RV-1105"),
        L("NV-ND-25G16", 6, "BX", "Needle 25G 5/8 bx100", 4.20, "RV-2210"),
        L("NV-BD-COH-075-B12", 10, "BX", "Cohesive bandage 7.5cm assorted box 12", 15.00, "RV-3301"),
        L("NV-EC-25", 20, "EA", "E-collar 25cm", 2.05, "RV-4420"),
        L("NV-GR-SH-CHX-250", 12, "EA", "Chlorhexidine shampoo 250ml", 6.15, "RV-5003")])

    # e17 Canada, numbered list with CAD prices, required by
    eml("e17_maplecreek_cad", "Dr. Priya Nair <pnair@maplecreekvet.ca>", "PO MC-20261207-01",
        when(2026, 12, 7, 12, 10, -7),
        """Hello Northvale team,

Please process PO MC-20261207-01 (dated Dec 7, 2026). Prices in CAD as quoted.

1) 4 x Kennel cage stainless steel 90cm @ $438.00
2) 2 x Kennel cage stainless 60cm @ $338.00
3) 10 x Slicker brush large @ $6.10
4) 10 x Nail clipper large (guillotine) @ $8.25
5) 6 x Ear cleaner 500ml @ $22.40

Required by Dec 22 - we are re-fitting the ward over the holidays.

Ship to:
Maple Creek Animal Hospital
Attn: Receiving
2215 16 Ave NE
Calgary, AB  T2E 1L4
Canada

Thanks,
Priya Nair DVM
""")
    order("e17_maplecreek_cad", "Maple Creek Animal Hospital", "MC-20261207-01", "2026-12-07", "2026-12-22", "CAD",
          S("Maple Creek Animal Hospital", "2215 16 Ave NE", "Calgary", "AB", "T2E 1L4", "CA"), [
        L("NV-CG-SS-90", 4, "EA", "Kennel cage stainless steel 90cm", 438.00),
        L("NV-CG-SS-60", 2, "EA", "Kennel cage stainless 60cm", 338.00),
        L("NV-GR-SLK-L", 10, "EA", "Slicker brush large", 6.10),
        L("NV-GR-NC-L", 10, "EA", "Nail clipper large (guillotine)", 8.25),
        L("NV-GR-EAR-500", 6, "EA", "Ear cleaner 500ml", 22.40)])

    # e19 Australia pet shop, AUD, PO#
    eml("e19_bayside_aud", "Craig Denholm <craig@baysidepets.com.au>", "PO# 19342",
        when(2026, 12, 8, 9, 30, 11),
        """G'day,

PO# 19342 - order date 08/12/2026

12 ctn wet cat pouches mixed 48pk      A$34.50
12 ctn chicken in gravy 12 x 85g       A$9.30
20 bags silica litter 8L               A$18.20
20 bags clumping litter 10L            A$8.10
8 kitten chicken 2kg                   A$18.60
6 x deshedding tool (med)              A$12.90

Ship to our warehouse not the shop this time:
Bayside Pet Supplies - Warehouse
Unit 3, 27 Bell Park Drive
North Geelong VIC 3215

Cheers
Craig Denholm | Bayside Pet Supplies Pty Ltd
118 Moorabool Street, Geelong VIC 3220
""")
    order("e19_bayside_aud", "Bayside Pet Supplies Pty Ltd", "19342", "2026-12-08", None, "AUD",
          S("Bayside Pet Supplies - Warehouse", "Unit 3, 27 Bell Park Drive", "North Geelong", "VIC", "3215", "AU"), [
        L("NV-WC-MIX-48", 12, "CS", "wet cat pouches mixed 48pk", 34.50),
        L("NV-WC-CHK-12", 12, "CS", "chicken in gravy 12 x 85g", 9.30),
        L("NV-LT-SIL-08", 20, "BAG", "silica litter 8L", 18.20),
        L("NV-LT-CLY-10", 20, "BAG", "clumping litter 10L", 8.10),
        L("NV-DC-KTCH-02", 8, "EA", "kitten chicken 2kg", 18.60),
        L("NV-GR-DSH-M", 6, "EA", "deshedding tool (med)", 12.90)])

    # e20 NZ vet, delivery to branch clinic, weight bands
    eml("e20_waikato_branch", "Tania Ngata <orders@waikatoruralvets.co.nz>", "Order WRV 10562 - Te Awamutu",
        when(2026, 12, 8, 10, 5, 13),
        """Kia ora,

Order WRV 10562 for our Te Awamutu clinic please.

- Dog wormer 10-20kg, 24 tab packs: 6
- Dog wormer 40-60kg, 2 tab: 12
- Cat spot-on wormer 2.5-5kg: 10
- Needles 19G 1": 5 boxes
- Conforming bandage 5cm: 100 rolls

Deliver to: Waikato Rural Vets Te Awamutu, 410 Alexandra Street, Te Awamutu 3800.
Needs to be there before 18/12/2026.

Nga mihi,
Tania Ngata
Waikato Rural Vets | 55 Tristram Street, Hamilton 3204
""")
    order("e20_waikato_branch", "Waikato Rural Vets", "WRV 10562", None, "2026-12-18", None,
          S("Waikato Rural Vets Te Awamutu", "410 Alexandra Street", "Te Awamutu", None, "3800", "NZ"), [
        L("NV-WM-DG-M-24", 6, "PK", "Dog wormer 10-20kg, 24 tab packs"),
        L("NV-WM-DG-XL-02", 12, "PK", "Dog wormer 40-60kg, 2 tab"),
        L("NV-WM-CT-M", 10, "PK", "Cat spot-on wormer 2.5-5kg"),
        L("NV-ND-19G25", 5, "BX", 'Needles 19G 1"'),
        L("NV-BD-CNF-05", 100, "RL", "Conforming bandage 5cm")])

    # e21 unknown sender, gmail, new practice
    eml("e21_glenside_unknown", "Fiona MacLeod <fiona.macleod.vet@gmail.com>", "New account - first order",
        when(2026, 12, 5, 19, 44),
        """Dear Northvale,

I'm opening a small-animal practice in Inverness in January and a colleague recommended you.
I'd like to place a first order, to be delivered to the new premises:

Glenside Veterinary Practice
Unit 2, Glenurquhart Road
Inverness
IV3 5PB

- 3 x dog crate 30"
- 2 x dog crate 36" double door
- 4 x cat carrier large
- 2 boxes each nitrile gloves S and M
- 5 boxes 3ml luer slip syringes

Happy to pay pro-forma. Please let me know what you need from me to open an account.

Kind regards,
Dr Fiona MacLeod BVMS MRCVS
Glenside Veterinary Practice
""")
    order("e21_glenside_unknown", "Glenside Veterinary Practice", None, None, None, None,
          S("Glenside Veterinary Practice", "Unit 2, Glenurquhart Road", "Inverness", None, "IV3 5PB", "GB"), [
        L("NV-CG-DC-30", 3, "EA", 'dog crate 30"'),
        L("NV-CG-DC-36D", 2, "EA", 'dog crate 36" double door'),
        L("NV-CG-CC-L", 4, "EA", "cat carrier large"),
        L("NV-GL-NIT-S", 2, "BX", "nitrile gloves S"),
        L("NV-GL-NIT-M", 2, "BX", "nitrile gloves M"),
        L("NV-SY-03-LS", 5, "BX", "3ml luer slip syringes")])

    # e22 unknown stables, hotmail, word quantities
    eml("e22_sunnybank_unknown", "Sunnybank Riding School <sunnybankriding@hotmail.co.uk>", "wormers etc",
        when(2026, 12, 6, 20, 15),
        """Hiya

Lisa at the yard down the road gave me your email. We need two dozen of the horse wormer
pastes (the big ones for up to 600kg) and half a dozen pony ones, plus a couple of 5L tubs
of the oatmeal shampoo. Can you send them to the yard:

Sunnybank Riding School, Sunnybank Lane, Hebden Bridge, HX7 8QA

We'll pay by card over the phone, just ring 07700 914 203.

Thanks a lot
Karen
""")
    order("e22_sunnybank_unknown", "Sunnybank Riding School", None, None, None, None,
          S("Sunnybank Riding School", "Sunnybank Lane", "Hebden Bridge", None, "HX7 8QA", "GB"), [
        L("NV-WM-EQ-PST", 24, "EA", "horse wormer pastes (up to 600kg)"),
        L("NV-WM-EQ-PNY", 6, "EA", "pony ones"),
        L("NV-GR-SH-OAT-5L", 2, "EA", "5L tubs of the oatmeal shampoo")])

    # e24 unknown NZ pet shop, NZD
    eml("e24_petstop_unknown", "Ben Harlow <ben@petstopakl.co.nz>", "Order - Pet Stop Ponsonby PO 0093",
        when(2026, 12, 8, 14, 22, 13),
        """Hi there,

PO 0093, prices as per the price list you sent in NZD (ex GST)

Collar nylon S pink      12   @ 5.20
Collar nylon S red       12   @ 5.20
Collar nylon M black     12   @ 5.90
Cat collar breakaway blue 24  @ 3.90
Lead nylon 120cm black   12   @ 7.10

Delivery: Pet Stop, 212 Ponsonby Road, Ponsonby, Auckland 1011

Thanks
Ben Harlow
""")
    order("e24_petstop_unknown", "Pet Stop", "0093", None, None, "NZD",
          S("Pet Stop", "212 Ponsonby Road", "Auckland", None, "1011", "NZ"), [
        L("NV-CL-NY-S-PNK", 12, "EA", "Collar nylon S pink", 5.20),
        L("NV-CL-NY-S-RED", 12, "EA", "Collar nylon S red", 5.20),
        L("NV-CL-NY-M-BLK", 12, "EA", "Collar nylon M black", 5.90),
        L("NV-CL-CAT-BLU", 24, "EA", "Cat collar breakaway blue", 3.90),
        L("NV-LD-NY-120-BLK", 12, "EA", "Lead nylon 120cm black", 7.10)])

    # e26 unknown AU rescue
    eml("e26_nrar_unknown", "Jess O'Brien <supplies@nrar.org.au>", "Purchase order NRAR-2026-41",
        when(2026, 12, 7, 16, 0, 10),
        """Hello,

Northern Rivers Animal Rescue Inc. - Purchase Order NRAR-2026-41
Date: 7 December 2026

Qty   Item
 40   Adult chicken & rice dry dog food 12kg
 25   Adult chicken dry cat food 10kg
 30   Non clumping clay litter 20L
 10   Dog crate 48"
  6   Rabbit hutch 120cm

Deliver to our shelter: 1450 Bruxner Highway, Lismore NSW 2480.
Delivery required no later than 21 December 2026.

Jess O'Brien
Volunteer Supplies Coordinator
""")
    order("e26_nrar_unknown", "Northern Rivers Animal Rescue Inc.", "NRAR-2026-41", "2026-12-07", "2026-12-21", None,
          S("Northern Rivers Animal Rescue Inc.", "1450 Bruxner Highway", "Lismore", "NSW", "2480", "AU"), [
        L("NV-DD-ADCH-12", 40, "EA", "Adult chicken & rice dry dog food 12kg"),
        L("NV-DC-ADCH-10", 25, "EA", "Adult chicken dry cat food 10kg"),
        L("NV-LT-NCL-20", 30, "EA", "Non clumping clay litter 20L"),
        L("NV-CG-DC-48", 10, "EA", 'Dog crate 48"'),
        L("NV-CG-RH-120", 6, "EA", "Rabbit hutch 120cm")])
