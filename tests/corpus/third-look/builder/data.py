# Seller: Calloway Meridian Distribution Inc. (Columbus, Ohio) - lab & clinical consumables,
# bakery ingredients & packaging, automotive parts & workshop supplies.
SELLER = {
    "name": "Calloway Meridian Distribution Inc.",
    "domain": "calloway-meridian.com",
    "street": "1450 Westbelt Drive",
    "city": "Columbus", "region": "OH", "postal": "43228", "country": "US",
    "phone": "+1 614-555-0182",
}

# sku, description, uom, unit_price, pack_size, gtin? (True -> generated)
_CAT = [
    # --- lab & clinical consumables
    ("LB-TIP-10-R", "Pipette tips 10 uL, racked, 96/rack, 10 racks/box", "BX", 38.50, "960", True),
    ("LB-TIP-10-B", "Pipette tips 10 uL, bulk bag of 1000", "PK", 14.20, "1000", False),
    ("LB-TIP-200-R", "Pipette tips 200 uL, racked, 96/rack, 10 racks/box", "BX", 36.00, "960", True),
    ("LB-TIP-200-RF", "Pipette tips 200 uL, filtered, racked, 96/rack, 10 racks/box", "BX", 52.00, "960", True),
    ("LB-TIP-200-B", "Pipette tips 200 uL, bulk bag of 1000", "PK", 12.80, "1000", False),
    ("LB-TIP-1000-R", "Pipette tips 1000 uL, racked, 96/rack, 10 racks/box", "BX", 41.00, "960", True),
    ("LB-TIP-1000-RF", "Pipette tips 1000 uL, filtered, racked, 96/rack, 10 racks/box", "BX", 58.00, "960", True),
    ("LB-TIP-1000-B", "Pipette tips 1000 uL, bulk bag of 1000", "PK", 15.50, "1000", False),
    ("LB-MCT-15-CL", "Microcentrifuge tube 1.5 mL, clear, snap cap, 500/bag", "PK", 11.40, "500", True),
    ("LB-MCT-15-AM", "Microcentrifuge tube 1.5 mL, amber, snap cap, 500/bag", "PK", 16.90, "500", False),
    ("LB-MCT-20-CL", "Microcentrifuge tube 2.0 mL, clear, snap cap, 500/bag", "PK", 12.60, "500", False),
    ("LB-CT-15-25", "Centrifuge tube 15 mL, conical, sterile, 25/pack", "PK", 9.80, "25", False),
    ("LB-CT-15-500", "Centrifuge tube 15 mL, conical, sterile, 500/case", "CS", 148.00, "500", True),
    ("LB-CT-50-25", "Centrifuge tube 50 mL, conical, sterile, 25/pack", "PK", 11.20, "25", False),
    ("LB-CT-50-500", "Centrifuge tube 50 mL, conical, sterile, 500/case", "CS", 168.00, "500", True),
    ("LB-PD-90", "Petri dish 90 mm, sterile, vented, 500/case (25 sleeves of 20)", "CS", 89.00, "500", True),
    ("LB-PD-60", "Petri dish 60 mm, sterile, vented, 500/case", "CS", 74.00, "500", False),
    ("LB-PD-90-S", "Petri dish 90 mm, sterile, vented, sleeve of 20", "PK", 4.10, "20", False),
    ("LB-SYR-3-LL", "Syringe 3 mL luer lock, sterile, 100/box", "BX", 18.50, "100", True),
    ("LB-SYR-3-LS", "Syringe 3 mL luer slip, sterile, 100/box", "BX", 16.90, "100", False),
    ("LB-SYR-5-LL", "Syringe 5 mL luer lock, sterile, 100/box", "BX", 21.00, "100", False),
    ("LB-SYR-5-LS", "Syringe 5 mL luer slip, sterile, 100/box", "BX", 19.40, "100", False),
    ("LB-SYR-10-LL", "Syringe 10 mL luer lock, sterile, 100/box", "BX", 24.50, "100", False),
    ("LB-SYR-10-LS", "Syringe 10 mL luer slip, sterile, 100/box", "BX", 22.80, "100", False),
    ("LB-NDL-21", "Hypodermic needle 21G x 1 in, green hub, 100/box", "BX", 9.60, "100", False),
    ("LB-NDL-23", "Hypodermic needle 23G x 1 in, blue hub, 100/box", "BX", 9.60, "100", False),
    ("LB-NDL-25", "Hypodermic needle 25G x 5/8 in, orange hub, 100/box", "BX", 9.90, "100", False),
    ("LB-SC-120", "Specimen container 120 mL, sterile, screw cap, 100/case", "CS", 38.00, "100", False),
    ("LB-SC-60", "Specimen container 60 mL, sterile, screw cap, 200/case", "CS", 44.00, "200", False),
    ("LB-APP", "Alcohol prep pad, medium, 2-ply, 200/box", "BX", 3.20, "200", True),
    ("LB-APP-L", "Alcohol prep pad, large, 2-ply, 100/box", "BX", 3.60, "100", False),
    ("LB-APP-3P", "Alcohol prep pad, medium, 3-ply, 200/box", "BX", 4.10, "200", False),
    ("LB-GZ-5-8", "Gauze swab 5x5 cm (2x2 in), 8-ply, non-sterile, 100/pack", "PK", 2.10, "100", False),
    ("LB-GZ-10-8", "Gauze swab 10x10 cm (4x4 in), 8-ply, non-sterile, 100/pack", "PK", 3.40, "100", False),
    ("LB-GZ-10-12", "Gauze swab 10x10 cm (4x4 in), 12-ply, non-sterile, 100/pack", "PK", 4.20, "100", False),
    ("LB-CTA-6", "Cotton tipped applicator 6 in, wood shaft, non-sterile, 1000/box", "BX", 6.80, "1000", False),
    ("LB-CRY-2-IT", "Cryovial 2 mL, internal thread, sterile, 50/pack", "PK", 14.50, "50", False),
    ("LB-CRY-2-ET", "Cryovial 2 mL, external thread, sterile, 50/pack", "PK", 14.50, "50", False),
    ("LB-CRY-5-ET", "Cryovial 5 mL, external thread, sterile, 50/pack", "PK", 17.20, "50", False),
    ("LB-SP-5", "Serological pipette 5 mL, sterile, individually wrapped, 200/case", "CS", 42.00, "200", False),
    ("LB-SP-10", "Serological pipette 10 mL, sterile, individually wrapped, 200/case", "CS", 46.00, "200", False),
    ("LB-SP-25", "Serological pipette 25 mL, sterile, individually wrapped, 150/case", "CS", 58.00, "150", False),
    ("4711", "Parafilm M sealing film 2 in x 250 ft roll", "ROL", 32.00, "1", True),
    ("4712", "Parafilm M sealing film 4 in x 125 ft roll", "ROL", 32.00, "1", True),
    ("4713", "Parafilm M sealing film 4 in x 250 ft roll", "ROL", 56.00, "1", False),
    ("LB-IPA-1", "Isopropyl alcohol 70%, 1 L bottle", "BTL", 6.40, "1", False),
    ("LB-IPA-5", "Isopropyl alcohol 70%, 5 L can", "EA", 24.00, "1", False),
    ("LB-IPA-99-1", "Isopropyl alcohol 99.9%, 1 L bottle", "BTL", 9.80, "1", False),
    ("LB-ETH-25", "Ethanol absolute 99.8%, 2.5 L bottle", "BTL", 38.00, "1", False),
    ("LB-WB-S", "Weighing boat, small 7 mL, antistatic, 500/pack", "PK", 18.00, "500", False),
    ("LB-WB-M", "Weighing boat, medium 100 mL, antistatic, 500/pack", "PK", 24.00, "500", False),
    ("LB-WB-L", "Weighing boat, large 250 mL, antistatic, 500/pack", "PK", 31.00, "500", False),
    ("LB-BKR-SET", "Beaker set, borosilicate, low form, 50/100/250/600/1000 mL, 5 pieces", "SET", 29.00, "5", False),
    ("LB-BKR-250", "Beaker 250 mL, borosilicate, low form, 12/pack", "PK", 21.00, "12", False),
    ("LB-BKR-600", "Beaker 600 mL, borosilicate, low form, 12/pack", "PK", 27.00, "12", False),
    ("LB-LBL-CRYO", "Cryo labels 1.28 x 0.5 in, white, 1000/roll", "ROL", 27.00, "1000", False),
    ("LB-SHR-1L", "Sharps container 1 L, yellow, with lid", "EA", 3.10, "1", False),
    ("LB-SHR-5L", "Sharps container 5 L, yellow, with lid", "EA", 6.90, "1", False),
    ("LB-AGAR", "Agar, bacteriological grade, powder (sold per kg)", "KGM", 48.00, "1", False),
    ("LB-NACL", "Sodium chloride, ACS reagent grade (sold per kg)", "KGM", 19.50, "1", False),
    ("LB-COAT-M", "Lab coat, white, polycotton, knee length, size M", "EA", 19.00, "1", False),
    ("LB-COAT-L", "Lab coat, white, polycotton, knee length, size L", "EA", 19.00, "1", False),
    ("LB-COAT-XL", "Lab coat, white, polycotton, knee length, size XL", "EA", 19.00, "1", False),
    ("LB-COAT-XXL", "Lab coat, white, polycotton, knee length, size XXL", "EA", 21.00, "1", False),
    # --- bakery ingredients & packaging
    ("BK-FL-T45", "Pastry flour type 45, 25 kg sack (sold per kg)", "KGM", 1.05, "25", True),
    ("BK-FL-T55", "Wheat flour type 55, all-purpose, 25 kg sack (sold per kg)", "KGM", 0.92, "25", True),
    ("BK-FL-T65", "Bread flour type 65, 25 kg sack (sold per kg)", "KGM", 0.98, "25", True),
    ("BK-FL-RYE", "Rye flour type 1150, 25 kg sack (sold per kg)", "KGM", 1.10, "25", False),
    ("BK-FL-WW", "Whole wheat flour, stone ground, 25 kg sack (sold per kg)", "KGM", 1.02, "25", False),
    ("BK-SUG-GR", "Sugar, granulated, 25 kg sack (sold per kg)", "KGM", 1.15, "25", True),
    ("BK-SUG-CA", "Sugar, caster (superfine), 25 kg sack (sold per kg)", "KGM", 1.35, "25", False),
    ("BK-SUG-IC", "Sugar, icing (powdered), 10 kg bag (sold per kg)", "KGM", 1.60, "10", False),
    ("BK-SUG-BR", "Sugar, light brown, 10 kg bag (sold per kg)", "KGM", 1.55, "10", False),
    ("BK-YST-INS", "Instant dry yeast, 500 g pack, 20 packs/case", "CS", 62.00, "20", False),
    ("BK-YST-INS-P", "Instant dry yeast, 500 g pack", "PK", 3.40, "1", False),
    ("BK-YST-FR", "Fresh yeast, 1 kg block (sold per kg)", "KGM", 2.80, "1", False),
    ("BK-BUT-82", "Butter sheet 82% fat, unsalted, 2 kg, 5 sheets/case", "CS", 118.00, "5", False),
    ("BK-BUT-84", "Butter sheet 84% fat, unsalted, 2 kg, 5 sheets/case", "CS", 124.00, "5", False),
    ("BK-CH-D54", "Dark chocolate callets 54.5%, 2.5 kg bag", "EA", 24.90, "1", True),
    ("BK-CH-D70", "Dark chocolate callets 70.5%, 2.5 kg bag", "EA", 27.40, "1", False),
    ("BK-CH-M33", "Milk chocolate callets 33.6%, 2.5 kg bag", "EA", 23.60, "1", False),
    ("BK-CH-W28", "White chocolate callets 28%, 2.5 kg bag", "EA", 25.10, "1", False),
    ("BK-CH-D54-CS", "Dark chocolate callets 54.5%, 4 x 2.5 kg bags/case", "CS", 96.00, "4", False),
    ("BK-COC-22", "Cocoa powder 22-24% fat, Dutch processed, 1 kg", "EA", 14.20, "1", False),
    ("BK-COC-10", "Cocoa powder 10-12% fat, 1 kg", "EA", 9.80, "1", False),
    ("BK-VAN-1L", "Vanilla extract, pure, 1 L bottle", "BTL", 54.00, "1", False),
    ("BK-VAN-500", "Vanilla extract, pure, 500 mL bottle", "BTL", 29.00, "1", False),
    ("BK-VAN-IMT", "Vanilla flavour, imitation, 1 L bottle", "BTL", 12.00, "1", False),
    ("BK-BP-5", "Baking powder, double acting, 5 kg pail", "EA", 21.00, "1", False),
    ("BK-BP-1", "Baking powder, double acting, 1 kg tub", "EA", 5.40, "1", False),
    ("BK-GLU-7", "Glucose syrup DE40, 7 kg pail", "EA", 19.80, "1", False),
    ("BK-ALM-BL", "Almond flour, blanched, 1 kg bag", "EA", 13.50, "1", True),
    ("BK-ALM-NA", "Almond flour, natural (skin on), 1 kg bag", "EA", 11.90, "1", False),
    ("BK-PB-12", "Disposable piping bags 12 in, 100/roll", "ROL", 11.00, "100", False),
    ("BK-PB-18", "Disposable piping bags 18 in, 100/roll", "ROL", 14.00, "100", False),
    ("BK-PB-21", "Disposable piping bags 21 in, 100/roll", "ROL", 16.50, "100", False),
    ("BK-BPP-4060", "Baking paper sheets 40x60 cm, silicone coated, 500/case", "CS", 38.00, "500", False),
    ("BK-BPP-6080", "Baking paper sheets 60x80 cm, silicone coated, 500/case", "CS", 59.00, "500", False),
    ("BK-BPR-45", "Baking paper roll 45 cm x 75 m", "ROL", 9.50, "1", True),
    ("BK-BPR-30", "Baking paper roll 30 cm x 75 m", "ROL", 7.20, "1", False),
    ("BK-CB-08", "Cake box 8x8x5 in, white, 50/bundle", "PK", 21.00, "50", False),
    ("BK-CB-10", "Cake box 10x10x5 in, white, 50/bundle", "PK", 24.50, "50", False),
    ("BK-CB-12", "Cake box 12x12x6 in, white, 50/bundle", "PK", 29.00, "50", False),
    ("BK-CB-10W", "Cake box 10x10x5 in, white, with window, 50/bundle", "PK", 31.00, "50", False),
    ("BK-BRD-08-G", "Cake board round 8 in (20 cm), gold, 12/pack", "PK", 6.00, "12", False),
    ("BK-BRD-10-G", "Cake board round 10 in (25 cm), gold, 12/pack", "PK", 7.20, "12", False),
    ("BK-BRD-10-S", "Cake board round 10 in (25 cm), silver, 12/pack", "PK", 7.20, "12", False),
    ("BK-BRD-12-G", "Cake board round 12 in (30 cm), gold, 12/pack", "PK", 8.40, "12", False),
    ("BK-BRD-12-S", "Cake board round 12 in (30 cm), silver, 12/pack", "PK", 8.40, "12", True),
    ("BK-MC-50-W", "Muffin baking cups 50 mm base, white, 1000/pack", "PK", 8.90, "1000", False),
    ("BK-MC-50-BR", "Muffin baking cups 50 mm base, brown, 1000/pack", "PK", 8.90, "1000", False),
    ("BK-MC-35-W", "Mini baking cups 35 mm base, white, 1000/pack", "PK", 6.70, "1000", True),
    ("BK-MC-35-BR", "Mini baking cups 35 mm base, brown, 1000/pack", "PK", 6.70, "1000", False),
    ("BK-TUL-BR", "Tulip muffin wraps, brown, 200/pack", "PK", 12.40, "200", False),
    ("BK-SPR-RB", "Sprinkles, rainbow jimmies, 1 kg tub", "EA", 8.60, "1", False),
    ("BK-SPR-CH", "Chocolate vermicelli, 1 kg tub", "EA", 9.20, "1", False),
    ("BK-SALT", "Sea salt, fine, 25 kg sack (sold per kg)", "KGM", 0.60, "25", False),
    ("BK-MLK-SK", "Skimmed milk powder, 25 kg sack (sold per kg)", "KGM", 3.20, "25", False),
    ("BK-EGG-LQ", "Liquid whole egg, pasteurised, 10 L bag-in-box (sold per litre)", "LTR", 2.90, "10", False),
    ("BK-OIL-RP", "Rapeseed oil, 20 L bag-in-box (sold per litre)", "LTR", 1.85, "20", False),
    ("5150", "Bread improver, 10 kg bag", "EA", 36.00, "1", True),
    ("5151", "Bread improver, clean label, 10 kg bag", "EA", 44.00, "1", False),
    # --- automotive parts & workshop supplies
    ("4715", "Oil filter, spin-on, W 712/75 type (VW/Audi 1.4-2.0 TSI)", "EA", 6.40, "1", True),
    ("4716", "Oil filter, spin-on, PH3614 type (Ford/Mazda)", "EA", 5.80, "1", False),
    ("4718", "Oil filter cartridge, HU 719/7x type (BMW)", "EA", 7.90, "1", False),
    ("AP-SP-IR", "Spark plug, iridium, 14 mm thread, 4/pack", "PK", 36.00, "4", False),
    ("AP-SP-PT", "Spark plug, platinum, 14 mm thread, 4/pack", "PK", 24.00, "4", False),
    ("AP-SP-CU", "Spark plug, copper core, 14 mm thread, 4/pack", "PK", 11.50, "4", False),
    ("AP-OIL-5W30-1", "Engine oil 5W-30 full synthetic, 1 L bottle", "BTL", 8.90, "1", False),
    ("AP-OIL-5W30-5", "Engine oil 5W-30 full synthetic, 5 L jug", "EA", 38.00, "1", False),
    ("AP-OIL-5W30-QT", "Engine oil 5W-30 full synthetic, 1 US quart bottle, 12/case", "CS", 96.00, "12", False),
    ("AP-OIL-5W30-BLK", "Engine oil 5W-30 full synthetic, bulk from 208 L drum (sold per litre)", "LTR", 5.60, "208", False),
    ("AP-OIL-5W40-1", "Engine oil 5W-40 full synthetic, 1 L bottle", "BTL", 8.40, "1", False),
    ("AP-OIL-5W40-5", "Engine oil 5W-40 full synthetic, 5 L jug", "EA", 36.00, "1", False),
    ("AP-OIL-0W20-1", "Engine oil 0W-20 full synthetic, 1 L bottle", "BTL", 9.60, "1", False),
    ("AP-OIL-0W20-5", "Engine oil 0W-20 full synthetic, 5 L jug", "EA", 41.00, "1", False),
    ("AP-WB-16", "Wiper blade, beam type, 16 in / 400 mm", "EA", 7.90, "1", False),
    ("AP-WB-18", "Wiper blade, beam type, 18 in / 450 mm", "EA", 7.90, "1", False),
    ("AP-WB-20", "Wiper blade, beam type, 20 in / 500 mm", "EA", 8.20, "1", False),
    ("AP-WB-22", "Wiper blade, beam type, 22 in / 550 mm", "EA", 8.40, "1", False),
    ("AP-WB-24", "Wiper blade, beam type, 24 in / 600 mm", "EA", 8.90, "1", False),
    ("AP-WB-22-C", "Wiper blade, conventional frame, 22 in / 550 mm", "EA", 5.40, "1", False),
    ("AP-BF-D4", "Brake fluid DOT 4, 500 mL bottle", "BTL", 6.20, "1", True),
    ("AP-BF-D4-1", "Brake fluid DOT 4, 1 L bottle", "BTL", 10.80, "1", False),
    ("AP-BF-D51", "Brake fluid DOT 5.1, 500 mL bottle", "BTL", 8.50, "1", False),
    ("AP-CL-G12", "Coolant G12+ concentrate, pink, 5 L", "EA", 22.00, "1", False),
    ("AP-CL-G13", "Coolant G13 concentrate, violet, 5 L", "EA", 26.00, "1", False),
    ("AP-CL-G12-RM", "Coolant G12+ ready-mix 50/50, pink, 5 L", "EA", 14.00, "1", False),
    ("AP-BLB-H4", "Halogen bulb H4 12V 60/55W, 2/pack", "PK", 9.80, "2", False),
    ("AP-BLB-H7", "Halogen bulb H7 12V 55W, 2/pack", "PK", 9.40, "2", True),
    ("AP-BLB-H7-1", "Halogen bulb H7 12V 55W, single", "EA", 5.10, "1", False),
    ("AP-BLB-H11", "Halogen bulb H11 12V 55W, 2/pack", "PK", 11.20, "2", False),
    ("AP-FUS-10", "Blade fuse, mini, 10A red, 10/pack", "PK", 2.40, "10", False),
    ("AP-FUS-15", "Blade fuse, mini, 15A blue, 10/pack", "PK", 2.40, "10", False),
    ("AP-FUS-20", "Blade fuse, mini, 20A yellow, 10/pack", "PK", 2.40, "10", False),
    ("AP-FUS-15-S", "Blade fuse, standard (ATO), 15A blue, 10/pack", "PK", 2.60, "10", False),
    ("AP-BP-F-GLF", "Brake pad set, front axle, VW Golf VII / Audi A3 8V", "SET", 34.00, "4", False),
    ("AP-BP-R-GLF", "Brake pad set, rear axle, VW Golf VII / Audi A3 8V", "SET", 28.00, "4", False),
    ("AP-BP-F-FOC", "Brake pad set, front axle, Ford Focus III", "SET", 31.00, "4", False),
    ("AP-BP-F-CIV", "Brake pad set, front axle, Honda Civic 2016-2021", "SET", 33.00, "4", False),
    ("AP-BC-500", "Brake cleaner aerosol 500 mL, 12/case", "CS", 39.00, "12", True),
    ("AP-BC-500-1", "Brake cleaner aerosol 500 mL, single can", "EA", 3.60, "1", False),
    ("AP-SKT-12M", "Socket set 1/2 in drive, metric 10-32 mm, 24 pieces", "SET", 89.00, "24", False),
    ("AP-SKT-38M", "Socket set 3/8 in drive, metric 8-22 mm, 20 pieces", "SET", 59.00, "20", False),
    ("AP-TW-12", "Torque wrench 1/2 in drive, 40-200 Nm", "EA", 74.00, "1", False),
    ("AP-TW-38", "Torque wrench 3/8 in drive, 20-100 Nm", "EA", 64.00, "1", False),
    ("AP-SHT-2P", "Shop towels, blue, 2-ply, 55 sheets/roll, 12 rolls/case", "CS", 28.00, "12", False),
    ("AP-SHT-3P", "Shop towels, blue, 3-ply heavy duty, 55 sheets/roll, 12 rolls/case", "CS", 36.00, "12", False),
    ("AP-SHT-2P-R", "Shop towels, blue, 2-ply, 55 sheets, single roll", "ROL", 2.60, "1", False),
    ("AP-GRS-LI", "Lithium grease EP2, 400 g cartridge", "EA", 4.20, "1", False),
    ("AP-GRS-LI-KG", "Lithium grease EP2, bulk 18 kg pail (sold per kg)", "KGM", 6.10, "18", False),
    ("AP-AIR-GLF", "Air filter, VW Golf VII 1.4 TSI", "EA", 12.50, "1", False),
    ("AP-CAB-GLF", "Cabin filter, activated carbon, VW Golf VII", "EA", 16.80, "1", False),
    ("AP-CAB-GLF-S", "Cabin filter, standard (particle), VW Golf VII", "EA", 9.90, "1", False),
]


def _gtin13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def catalog_rows():
    rows, n = [], 0
    for sku, desc, uom, price, pack, g in _CAT:
        gt = ""
        if g:
            n += 1
            gt = _gtin13("061414190%03d" % n)
        rows.append({"sku": sku, "description": desc, "uom": uom, "unit_price": "%.2f" % price,
                     "gtin": gt, "pack_size": pack})
    return rows


CATALOG = catalog_rows()
BYSKU = {r["sku"]: r for r in CATALOG}


def gtin(sku):
    g = BYSKU[sku]["gtin"]
    assert g, sku
    return g


def gln(body12):
    return _gtin13(body12)


GLN_BRENNER_BY = gln("401234500000")
GLN_BRENNER_DP = gln("401234500001")
GLN_SELLER = gln("061414100041")
GLN_NOORDZEE = gln("871234500000")

# customer_id,name,email_domains,ship_to_name,ship_to_street,ship_to_city,ship_to_region,
# ship_to_postal_code,ship_to_country,edi_ids,tax_id
CUSTOMERS = [
    ("C1001", "Rivermark Diagnostics LLC", "rivermarkdx.com", "Rivermark Diagnostics - Receiving", "2200 Commerce Parkway, Suite 100", "Raleigh", "NC", "27616", "US", "", "56-2231907"),
    ("C1002", "Rivermark Diagnostic Imaging PC", "rivermarkimaging.com", "Rivermark Diagnostic Imaging", "715 Tryon Street", "Charlotte", "NC", "28202", "US", "", ""),
    ("C1003", "Pinecrest Community Hospital", "pinecresthealth.org", "Pinecrest Community Hospital - Central Supply", "410 Hollis Avenue", "Boise", "ID", "83702", "US", "", "82-0457731"),
    ("C1004", "Greystone Motors LLC", "greystonemotors.com", "Greystone Motors Service Center", "88 Foundry Road", "Pittsburgh", "PA", "15222", "US", "ZZ:GREYSTONE01;DUNS:078451236", ""),
    ("C1005", "Greystone Motor Works Inc", "greystonemw.com", "Greystone Motor Works", "3120 Peach Street", "Erie", "PA", "16508", "US", "", ""),
    ("C1006", "Halden Bakery Group Ltd", "haldenbakery.co.uk", "Halden Bakery Group Ltd", "Unit 4, Kelham Road Industrial Estate", "Sheffield", "", "S3 8RY", "GB", "", "GB284119057"),
    ("C1007", "Holden Bakehouse Ltd", "holdenbakehouse.co.uk", "Holden Bakehouse", "27 Regent Street", "Bristol", "", "BS8 4HG", "GB", "", "GB301772410"),
    ("C1008", "Aldgate Clinical Labs Ltd", "aldgateclinical.co.uk", "Aldgate Clinical Labs - Goods In", "7 Mansell Street", "London", "", "E1 8AA", "GB", "", "GB199204316"),
    ("C1009", "Bäckerei Brenner GmbH", "baeckerei-brenner.de", "Bäckerei Brenner Zentrale", "Industriestraße 14", "Fürth", "BY", "90765", "DE", "GLN:%s" % GLN_BRENNER_BY, "DE243118907"),
    ("C1010", "Autohaus Brenner GmbH & Co. KG", "autohaus-brenner.de", "Autohaus Brenner Werkstatt", "Heilbronner Straße 210", "Stuttgart", "BW", "70191", "DE", "", "DE812604455"),
    ("C1011", "Boulangerie Martel SARL", "boulangerie-martel.fr", "Boulangerie Martel - Fournil", "12 rue des Tanneurs", "Lyon", "", "69007", "FR", "", "FR47512398841"),
    ("C1012", "Pâtisserie Martel & Fils SAS", "martel-fils.fr", "Pâtisserie Martel & Fils", "5 place Grenette", "Grenoble", "", "38000", "FR", "", "FR08824410097"),
    ("C1013", "Talleres Ibarra S.L.", "talleresibarra.es", "Talleres Ibarra - Nave 3", "Calle Herreros 7", "Getafe", "Madrid", "28906", "ES", "", "ESB84512366"),
    ("C1014", "Panificio Rossetti S.r.l.", "panificiorossetti.it", "Panificio Rossetti", "Via Emilia Ovest 212", "Modena", "MO", "41123", "IT", "", "IT03412560365"),
    ("C1015", "Van Dijk Laboratoria B.V.", "vandijklab.nl", "Van Dijk Laboratoria - Magazijn", "Newtonlaan 115", "Utrecht", "", "3584 BH", "NL", "", "NL857112090B01"),
    ("C1016", "Noordzee Bakkerij B.V.", "noordzeebakkerij.nl", "Noordzee Bakkerij", "Havenweg 31", "IJmuiden", "", "1971 CA", "NL", "0106:34128790;GLN:%s" % GLN_NOORDZEE, "NL812345678B01"),
    ("C1017", "Sanjeevani Diagnostics Pvt Ltd", "sanjeevanidx.in", "Sanjeevani Diagnostics - Central Lab", "4th Floor, Sai Trinity Building, Pashan Road", "Pune", "Maharashtra", "411021", "IN", "", "27AABCS1234F1Z5"),
    ("C1018", "Sanjeevani Hospitals Pvt Ltd", "sanjeevanihospitals.in", "Sanjeevani Hospitals - Stores", "Plot 12, Trimbak Road", "Nashik", "Maharashtra", "422002", "IN", "", "27AAECS7781K1Z2"),
    ("C1019", "Kaveri Auto Components Pvt Ltd", "kaveriauto.co.in", "Kaveri Auto Components", "Plot 27, SIPCOT Industrial Complex Phase II", "Hosur", "Tamil Nadu", "635109", "IN", "", "33AADCK4410M1Z8"),
    ("C1020", "Coastline Pathology Pty Ltd", "coastlinepath.com.au", "Coastline Pathology - Specimen Reception", "15 Hunter Street", "Newcastle", "NSW", "2300", "AU", "", "ABN 41 612 339 870"),
    ("C1021", "Southern Cross Auto Parts Pty Ltd", "southerncrossauto.com.au", "Southern Cross Auto Parts - DC", "40 Corio Quay Road", "Geelong", "VIC", "3214", "AU", "", "ABN 77 093 118 226"),
    ("C1022", "Southern Cross Bakery Supplies Pty Ltd", "scbakery.com.au", "Southern Cross Bakery Supplies", "9 Kembla Street", "Wollongong", "NSW", "2500", "AU", "", "ABN 15 604 882 913"),
]
CUSTOMER_NAMES = {c[1] for c in CUSTOMERS}
