"""Catalog and customer master data for Kestrel Ridge Scientific (invented)."""

# sku | description | uom | unit_price (USD) | pack_size
CATALOG_ROWS = """
10-1010|Pipette tips, 10 uL, filtered, sterile, racked|CS|96.50|10 racks of 96
10-1011|Pipette tips, 10 uL, unfiltered, sterile, racked|CS|58.00|10 racks of 96
10-1012|Pipette tips, 10 uL, unfiltered, non-sterile, racked|CS|41.00|10 racks of 96
10-1015|Pipette tips, 10 uL, unfiltered, non-sterile, bulk bag|PK|14.50|1000/pk
10-1020|Pipette tips, 20 uL, filtered, sterile, racked|CS|96.50|10 racks of 96
10-1100|Pipette tips, 100 uL, filtered, sterile, racked|CS|98.00|10 racks of 96
10-1200|Pipette tips, 200 uL, filtered, sterile, racked|CS|98.00|10 racks of 96
10-1201|Pipette tips, 200 uL, unfiltered, sterile, racked|CS|56.00|10 racks of 96
10-1202|Pipette tips, 200 uL, unfiltered, non-sterile, racked|CS|39.50|10 racks of 96
10-1205|Pipette tips, 200 uL, unfiltered, non-sterile, bulk bag|PK|12.00|1000/pk
10-1208|Pipette tips, 200 uL, filtered, low-retention, sterile, racked|CS|124.00|10 racks of 96
10-1300|Pipette tips, 1000 uL, filtered, sterile, racked|CS|104.00|10 racks of 96
10-1301|Pipette tips, 1000 uL, unfiltered, sterile, racked|CS|62.00|10 racks of 96
10-1302|Pipette tips, 1000 uL, unfiltered, non-sterile, racked|CS|44.00|10 racks of 96
10-1305|Pipette tips, 1000 uL, unfiltered, non-sterile, bulk bag|PK|16.50|1000/pk
10-1308|Pipette tips, 1000 uL, filtered, low-retention, sterile, racked|CS|129.00|10 racks of 96
11-2005|Microcentrifuge tube, 0.5 mL, snap cap, clear, non-sterile|BX|9.80|1000/bx
11-2015|Microcentrifuge tube, 1.5 mL, snap cap, clear, non-sterile|BX|11.50|500/bx
11-2016|Microcentrifuge tube, 1.5 mL, snap cap, amber, non-sterile|BX|19.00|500/bx
11-2017|Microcentrifuge tube, 1.5 mL, safe-lock lid, clear, non-sterile|BX|24.00|500/bx
11-2019|Microcentrifuge tube, 1.5 mL, snap cap, clear, sterile|BX|21.00|500/bx
11-2020|Microcentrifuge tube, 2.0 mL, snap cap, clear, non-sterile|BX|13.50|500/bx
11-2027|Microcentrifuge tube, 2.0 mL, safe-lock lid, clear, non-sterile|BX|26.00|500/bx
11-2031|Screw-cap microtube, 1.5 mL, with O-ring cap, sterile|BX|48.00|500/bx
11-2100|PCR tubes, 0.2 mL, 8-tube strips with attached caps|BX|42.00|120 strips/bx
11-2101|PCR tubes, 0.2 mL, individual, flat cap|BX|28.00|1000/bx
11-2110|PCR plate, 96-well, semi-skirted|BX|85.00|25/bx
12-3015|Centrifuge tube, 15 mL, conical, PP, sterile, racked|CS|118.00|500/cs (25/rack)
12-3016|Centrifuge tube, 15 mL, conical, PP, sterile, bulk bagged|CS|96.00|500/cs (50/bag)
12-3050|Centrifuge tube, 50 mL, conical, PP, sterile, racked|CS|189.00|500/cs (25/rack)
12-3051|Centrifuge tube, 50 mL, conical, PP, sterile, bulk bagged|CS|152.00|500/cs (25/bag)
12-3052|Centrifuge tube, 50 mL, self-standing, PP, sterile|CS|205.00|500/cs
13-4001|Serological pipette, 1 mL, sterile, individually wrapped|CS|92.00|1000/cs
13-4002|Serological pipette, 2 mL, sterile, individually wrapped|CS|78.00|500/cs
13-4005|Serological pipette, 5 mL, sterile, individually wrapped|CS|48.00|200/cs
13-4010|Serological pipette, 10 mL, sterile, individually wrapped|CS|54.00|200/cs
13-4025|Serological pipette, 25 mL, sterile, individually wrapped|CS|66.00|150/cs
13-4050|Serological pipette, 50 mL, sterile, individually wrapped|CS|82.00|100/cs
13-4105|Serological pipette, 5 mL, sterile, bulk packed (25/bag)|CS|89.00|500/cs
13-4110|Serological pipette, 10 mL, sterile, bulk packed (25/bag)|CS|96.00|500/cs
14-5100|Nitrile exam gloves, powder-free, blue, 4 mil, size XS|BX|8.90|100/bx
14-5101|Nitrile exam gloves, powder-free, blue, 4 mil, size S|BX|8.90|100/bx
14-5102|Nitrile exam gloves, powder-free, blue, 4 mil, size M|BX|8.90|100/bx
14-5103|Nitrile exam gloves, powder-free, blue, 4 mil, size L|BX|8.90|100/bx
14-5104|Nitrile exam gloves, powder-free, blue, 4 mil, size XL|BX|8.90|90/bx
14-5112|Nitrile gloves, extended cuff 12 in, 8 mil, size M|BX|18.50|50/bx
14-5113|Nitrile gloves, extended cuff 12 in, 8 mil, size L|BX|18.50|50/bx
14-5202|Latex exam gloves, powder-free, size M|BX|7.40|100/bx
14-5203|Latex exam gloves, powder-free, size L|BX|7.40|100/bx
14-5300|Cryogenic gloves, mid-arm, waterproof, size L|PR|96.00|1 pair
15-6060|Petri dish, 60 x 15 mm, polystyrene, sterile|CS|72.00|500/cs
15-6100|Petri dish, 100 x 15 mm, polystyrene, sterile|CS|84.00|500/cs
15-6101|Petri dish, 100 x 15 mm, 2-compartment, polystyrene, sterile|CS|118.00|500/cs
15-6150|Petri dish, 150 x 15 mm, polystyrene, sterile|CS|64.00|100/cs
15-6300|Cell spreader, L-shaped, sterile, individually wrapped|PK|52.00|200/pk
15-6301|Inoculating loop, 1 uL, sterile|CS|68.00|1000/cs
15-6310|Inoculating loop, 10 uL, sterile|CS|68.00|1000/cs
16-7005|Beaker, Griffin low form, borosilicate glass, 50 mL|EA|3.20|1
16-7010|Beaker, Griffin low form, borosilicate glass, 100 mL|EA|3.40|1
16-7025|Beaker, Griffin low form, borosilicate glass, 250 mL|EA|4.10|1
16-7026|Beaker, Griffin low form, borosilicate glass, 250 mL, pack of 12|PK|44.00|12/pk
16-7050|Beaker, Griffin low form, borosilicate glass, 500 mL|EA|5.90|1
16-7100|Beaker, Griffin low form, borosilicate glass, 1000 mL|EA|9.80|1
16-7205|Beaker, polypropylene, graduated, 50 mL|EA|1.60|1
16-7210|Beaker, polypropylene, graduated, 100 mL|EA|1.90|1
16-7225|Beaker, polypropylene, graduated, 250 mL|EA|2.60|1
16-7250|Beaker, polypropylene, graduated, 500 mL|EA|3.70|1
16-7300|Beaker, polypropylene, graduated, 1000 mL|EA|5.40|1
17-8005|Erlenmeyer flask, narrow mouth, borosilicate glass, 50 mL|EA|3.60|1
17-8010|Erlenmeyer flask, narrow mouth, borosilicate glass, 100 mL|EA|3.90|1
17-8025|Erlenmeyer flask, narrow mouth, borosilicate glass, 250 mL|EA|4.80|1
17-8050|Erlenmeyer flask, narrow mouth, borosilicate glass, 500 mL|EA|6.90|1
17-8100|Erlenmeyer flask, narrow mouth, borosilicate glass, 1000 mL|EA|11.20|1
17-8225|Erlenmeyer flask, polypropylene, 250 mL|EA|5.20|1
17-8250|Erlenmeyer flask, polypropylene, 500 mL|EA|6.60|1
17-8300|Erlenmeyer flask, polypropylene, 1000 mL|EA|9.40|1
17-8410|Volumetric flask, class A, glass, with stopper, 100 mL|EA|24.00|1
17-8425|Volumetric flask, class A, glass, with stopper, 250 mL|EA|31.00|1
17-8500|Volumetric flask, class A, glass, with stopper, 1000 mL|EA|52.00|1
17-8650|Media bottle, borosilicate glass, GL45 cap, 500 mL|EA|7.80|1
17-8700|Media bottle, borosilicate glass, GL45 cap, 1000 mL|EA|10.60|1
18-9010|Graduated cylinder, glass, class B, 10 mL|EA|8.40|1
18-9100|Graduated cylinder, glass, class B, 100 mL|EA|11.80|1
18-9250|Graduated cylinder, glass, class B, 250 mL|EA|16.40|1
18-9500|Graduated cylinder, glass, class B, 500 mL|EA|24.90|1
18-9611|Graduated cylinder, polypropylene, 100 mL|EA|5.30|1
18-9625|Graduated cylinder, polypropylene, 250 mL|EA|7.10|1
18-9640|Graduated cylinder, polypropylene, 1000 mL|EA|13.60|1
19-1147|Filter paper, qualitative, grade 1, 47 mm|PK|6.90|100/pk
19-1190|Filter paper, qualitative, grade 1, 90 mm|PK|9.40|100/pk
19-1112|Filter paper, qualitative, grade 1, 125 mm|PK|13.20|100/pk
19-1115|Filter paper, qualitative, grade 1, 150 mm|PK|17.80|100/pk
19-1290|Filter paper, qualitative, grade 2, 90 mm|PK|12.10|100/pk
19-1212|Filter paper, qualitative, grade 2, 125 mm|PK|16.60|100/pk
19-1490|Filter paper, qualitative, grade 4, 90 mm|PK|11.60|100/pk
19-4290|Filter paper, quantitative, ashless, grade 42, 90 mm|PK|38.50|100/pk
19-4212|Filter paper, quantitative, ashless, grade 42, 125 mm|PK|56.00|100/pk
19-6147|Glass microfiber filter, 1.5 um, 47 mm|PK|44.00|100/pk
19-6190|Glass microfiber filter, 1.5 um, 90 mm|PK|79.00|100/pk
19-7147|Membrane filter, MCE, 0.45 um, 47 mm, gridded, sterile|PK|96.00|100/pk
19-7122|Membrane filter, MCE, 0.22 um, 47 mm, gridded, sterile|PK|99.00|100/pk
20-2213|Syringe filter, PES, 0.22 um, 13 mm, sterile|PK|118.00|100/pk
20-2225|Syringe filter, PES, 0.22 um, 25 mm, sterile|PK|132.00|100/pk
20-2413|Syringe filter, PES, 0.45 um, 13 mm, sterile|PK|112.00|100/pk
20-2425|Syringe filter, PES, 0.45 um, 25 mm, sterile|PK|126.00|100/pk
20-3213|Syringe filter, nylon, 0.22 um, 13 mm, non-sterile|PK|74.00|100/pk
20-3225|Syringe filter, nylon, 0.22 um, 25 mm, non-sterile|PK|86.00|100/pk
20-3413|Syringe filter, nylon, 0.45 um, 13 mm, non-sterile|PK|70.00|100/pk
20-3425|Syringe filter, nylon, 0.45 um, 25 mm, non-sterile|PK|82.00|100/pk
20-4225|Syringe filter, PTFE, 0.22 um, 25 mm, non-sterile|PK|98.00|100/pk
20-4425|Syringe filter, PTFE, 0.45 um, 25 mm, non-sterile|PK|94.00|100/pk
20-5425|Syringe filter, PVDF, 0.45 um, 25 mm, non-sterile|PK|92.00|100/pk
20-6005|Disposable syringe, 5 mL, luer-lock, sterile|BX|14.00|100/bx
20-6010|Disposable syringe, 10 mL, luer-lock, sterile|BX|17.50|100/bx
21-1050|Ethanol, 200 proof (absolute), ACS/USP, CAS 64-17-5, 500 mL|EA|38.00|500 mL
21-1054|Ethanol, 200 proof (absolute), ACS/USP, CAS 64-17-5, 4 L|EA|168.00|4 L
21-1150|Ethanol, 190 proof (95%), USP, CAS 64-17-5, 500 mL|EA|26.00|500 mL
21-1154|Ethanol, 190 proof (95%), USP, CAS 64-17-5, 4 L|EA|112.00|4 L
21-1304|Reagent alcohol, denatured, CAS 64-17-5, 4 L|EA|72.00|4 L
21-2004|Methanol, HPLC grade, CAS 67-56-1, 4 L|EA|96.00|4 L
21-2014|Methanol, ACS reagent, CAS 67-56-1, 4 L|EA|64.00|4 L
21-2104|Isopropanol (2-propanol), ACS, CAS 67-63-0, 4 L|EA|58.00|4 L
21-2204|Acetone, ACS, CAS 67-64-1, 4 L|EA|52.00|4 L
21-2304|Acetonitrile, HPLC grade, CAS 75-05-8, 4 L|EA|185.00|4 L
21-2404|Xylene, histology grade, CAS 1330-20-7, 4 L|EA|74.00|4 L
21-2500|Dimethyl sulfoxide (DMSO), molecular biology grade, CAS 67-68-5, 100 mL|EA|42.00|100 mL
21-2600|Glycerol, molecular biology grade, CAS 56-81-5, 1 L|EA|48.00|1 L
21-2800|Water, HPLC grade, CAS 7732-18-5, 4 L|EA|42.00|4 L
21-2810|Water, nuclease-free, molecular biology grade, 500 mL|EA|36.00|500 mL
21-3025|Hydrochloric acid, 37%, ACS, CAS 7647-01-0, 2.5 L|EA|58.00|2.5 L
21-3125|Sulfuric acid, 95-98%, ACS, CAS 7664-93-9, 2.5 L|EA|64.00|2.5 L
21-3225|Nitric acid, 70%, ACS, CAS 7697-37-2, 2.5 L|EA|72.00|2.5 L
21-3300|Sodium hydroxide, pellets, ACS, CAS 1310-73-2, 500 g|EA|34.00|500 g
21-3310|Sodium hydroxide solution, 1 N, 1 L|EA|28.00|1 L
22-4001|PBS buffer, 10X, pH 7.4, 500 mL|EA|24.00|500 mL
22-4002|PBS buffer, 10X, pH 7.4, 1 L|EA|38.00|1 L
22-4005|PBS buffer, 1X, pH 7.4, 500 mL|EA|14.00|500 mL
22-4010|Tris base, CAS 77-86-1, 500 g|EA|62.00|500 g
22-4011|Tris base, CAS 77-86-1, 1 kg|EA|108.00|1 kg
22-4020|TAE buffer, 50X, 1 L|EA|46.00|1 L
22-4030|TBE buffer, 10X, 1 L|EA|38.00|1 L
22-4040|EDTA solution, 0.5 M, pH 8.0, CAS 60-00-4, 100 mL|EA|28.00|100 mL
22-4050|Sodium chloride, ACS, CAS 7647-14-5, 500 g|EA|18.00|500 g
22-4052|Sodium chloride, ACS, CAS 7647-14-5, 2.5 kg|EA|46.00|2.5 kg
22-4060|Agarose, LE, molecular biology grade, CAS 9012-36-6, 100 g|EA|118.00|100 g
22-4061|Agarose, LE, molecular biology grade, CAS 9012-36-6, 500 g|EA|445.00|500 g
22-4070|pH buffer standard, pH 4.00, red, 500 mL|EA|16.00|500 mL
22-4071|pH buffer standard, pH 7.00, yellow, 500 mL|EA|16.00|500 mL
22-4072|pH buffer standard, pH 10.00, blue, 500 mL|EA|16.00|500 mL
22-4080|Bovine serum albumin (BSA), fraction V, CAS 9048-46-8, 50 g|EA|165.00|50 g
22-4090|Sodium dodecyl sulfate (SDS), CAS 151-21-3, 100 g|EA|52.00|100 g
23-5001|Agar, bacteriological, CAS 9002-18-0, 500 g|EA|98.00|500 g
23-5002|Agar, bacteriological, CAS 9002-18-0, 100 g|EA|28.00|100 g
23-5010|LB broth, Lennox, powder, 500 g|EA|64.00|500 g
23-5011|LB broth, Miller, powder, 500 g|EA|64.00|500 g
23-5020|LB agar, Miller, powder, 500 g|EA|72.00|500 g
23-5030|Tryptic soy agar (TSA), powder, 500 g|EA|78.00|500 g
23-5031|Tryptic soy broth (TSB), powder, 500 g|EA|70.00|500 g
23-5040|Nutrient agar, powder, 500 g|EA|62.00|500 g
23-5041|Nutrient broth, powder, 500 g|EA|58.00|500 g
23-5100|Prepared plates, TSA with 5% sheep blood, 100 mm|PK|19.00|10/pk
23-5101|Prepared plates, MacConkey agar, 100 mm|PK|17.00|10/pk
24-6001|Formalin, 10% neutral buffered, 1 gal|CS|78.00|4 x 1 gal/cs
24-6002|Formalin, 10% neutral buffered, 20 L cubitainer|EA|96.00|20 L
24-6005|Prefilled formalin container, 60 mL with 20 mL 10% NBF|CS|118.00|100/cs
24-6010|Histology cassette, with attached lid, white|BX|86.00|500/bx
24-6011|Histology cassette, with attached lid, blue|BX|86.00|500/bx
24-6020|Microtome blades, low profile|BX|165.00|50/bx
24-6021|Microtome blades, high profile|BX|165.00|50/bx
24-6030|Hematoxylin, Harris modified, 1 L|EA|58.00|1 L
24-6031|Eosin Y, alcoholic, 1 L|EA|42.00|1 L
24-6040|Mounting medium, xylene-based, 100 mL|EA|48.00|100 mL
25-7012|Cryogenic vial, 1.2 mL, internal thread, sterile, self-standing|CS|145.00|500/cs
25-7020|Cryogenic vial, 2.0 mL, internal thread, sterile, self-standing|CS|152.00|500/cs
25-7022|Cryogenic vial, 2.0 mL, external thread, sterile, self-standing|CS|158.00|500/cs
25-7050|Cryogenic vial, 5.0 mL, internal thread, sterile, self-standing|CS|138.00|250/cs
25-7112|Cryogenic vial, 1.2 mL, external thread, sterile, self-standing|CS|149.00|500/cs
25-7200|Cryogenic storage box, polycarbonate, 81-place|EA|9.50|1
26-8002|Parafilm M sealing film, 2 in x 250 ft|RL|38.00|1 roll
26-8004|Parafilm M sealing film, 4 in x 125 ft|RL|38.00|1 roll
26-8100|Labeling tape, white, 3/4 in x 500 in|RL|4.80|1 roll
26-8110|Autoclave indicator tape, 3/4 in x 60 yd|RL|6.50|1 roll
26-8200|Laboratory notebook, 100 pages, quad-ruled, bound|EA|18.00|1
26-8201|Laboratory notebook, carbonless duplicate, 100 sets|EA|26.00|1
26-8202|Laboratory notebook, 200 pages, quad-ruled, bound|EA|24.00|1
26-8300|Lab marker, fine tip, black|PK|16.00|12/pk
26-8301|Lab marker, fine tip, assorted colors|PK|17.00|12/pk
27-9001|Delicate task wipers, small, 4.4 x 8.4 in|BX|3.60|280/bx
27-9002|Delicate task wipers, large, 11.8 x 11.8 in|BX|6.20|140/bx
27-9010|Weighing boat, anti-static, small, 7 mL|PK|19.00|500/pk
27-9011|Weighing boat, anti-static, medium, 100 mL|PK|26.00|500/pk
27-9020|Wash bottle, LDPE, 250 mL|EA|3.20|1
27-9021|Wash bottle, LDPE, 500 mL|EA|3.80|1
27-9030|Cuvette, polystyrene, semi-micro, 1.5 mL|PK|14.00|100/pk
27-9031|Cuvette, PMMA, semi-micro, 1.5 mL|PK|16.00|100/pk
27-9032|Cuvette, quartz, 10 mm path|EA|98.00|1
27-9040|Microscope slides, plain, 25 x 75 mm|BX|6.20|72/bx
27-9041|Microscope slides, frosted one end, 25 x 75 mm|BX|7.40|72/bx
27-9042|Microscope slides, positively charged, 25 x 75 mm|BX|18.00|72/bx
27-9050|Cover glass, 22 x 22 mm, no. 1.5|BX|5.40|100/bx
27-9051|Cover glass, 22 x 50 mm, no. 1.5|BX|9.80|100/bx
27-9060|pH test strips, 0-14|PK|12.00|100/pk
27-9080|Transfer pipette, 3 mL, graduated, non-sterile|PK|18.00|500/pk
27-9081|Transfer pipette, 3 mL, graduated, sterile, individually wrapped|CS|58.00|500/cs
28-1100|Sample bottle, 120 mL, sterile, with sodium thiosulfate|CS|112.00|200/cs
28-1101|Sample bottle, 120 mL, sterile, without sodium thiosulfate|CS|98.00|200/cs
28-1200|Defined-substrate coliform/E. coli reagent, 100 tests|PK|520.00|100 tests
28-1210|Quantitation tray, 97-well|BX|260.00|100/bx
28-1300|DPD free chlorine reagent powder pillows, 10 mL|PK|24.00|100/pk
28-1301|DPD total chlorine reagent powder pillows, 10 mL|PK|24.00|100/pk
28-1400|BOD bottle, 300 mL, glass, with stopper|EA|9.20|1
28-1500|Conductivity standard, 1413 uS/cm, 500 mL|EA|22.00|500 mL
29-1001|Biohazard autoclave bags, 24 x 36 in|CS|62.00|200/cs
29-1010|Sharps container, 1 gal, red|EA|6.40|1
29-1011|Sharps container, 2 gal, red|EA|8.90|1
29-1020|Absorbent bench paper, 20 in x 300 ft|RL|64.00|1 roll
"""


def _gtin13(n12: str) -> str:
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(n12))
    return n12 + str((10 - s % 10) % 10)


def catalog():
    rows = []
    for i, line in enumerate(l for l in CATALOG_ROWS.strip().splitlines() if l.strip()):
        sku, desc, uom, price, pack = line.split("|")
        digits = sku.replace("-", "")
        gtin = _gtin13("086074" + digits)
        rows.append({"sku": sku, "description": desc, "uom": uom, "unit_price": price,
                     "gtin": gtin, "pack_size": pack})
    return rows


CATALOG = catalog()
BY_SKU = {r["sku"]: r for r in CATALOG}

# customer_id,name,email_domains,ship_to_name,ship_to_street,ship_to_city,ship_to_region,ship_to_postal_code,ship_to_country
CUSTOMERS = [
    ("C101", "Westbrook University - Okafor Lab", "westbrook.edu",
     "Westbrook University, Dept. of Molecular Biology", "88 Campus Loop Road", "Ashford Falls", "PA", "17322", "US"),
    ("C102", "Westbrook University - Tanaka Group", "chem.westbrook.edu",
     "Westbrook University, Dept. of Chemistry", "140 Rowan Science Drive", "Ashford Falls", "PA", "17322", "US"),
    ("C103", "Calder State University", "calderstate.edu;purchasing.calderstate.edu",
     "Calder State University Central Receiving", "2200 Quarry Mill Road", "Calder", "MN", "56981", "US"),
    ("C104", "St. Brendan Regional Medical Center", "stbrendanhealth.org",
     "St. Brendan Regional Medical Center - Laboratory Receiving", "715 Marrow Street", "Lakeholm", "WI", "53991", "US"),
    ("C105", "Halcyon Therapeutics, Inc.", "halcyontx.com",
     "Halcyon Therapeutics, Inc.", "31 Innovation Way, Suite 240", "Port Elden", "MA", "01987", "US"),
    ("C106", "Northgate Clinical Research LLC", "northgatecr.com",
     "Northgate Clinical Research LLC", "5600 Tern Harbor Blvd", "Greyridge", "NC", "27698", "US"),
    ("C107", "Pinewood Valley High School", "pvschools.org",
     "Pinewood Valley High School - Science Dept.", "1450 Old Mill Pike", "Pinewood Valley", "OH", "45871", "US"),
    ("C108", "ClearSpring Water Testing Laboratory", "clearspringlab.com",
     "ClearSpring Water Testing Laboratory", "92 Weir Road", "Fallow Creek", "CO", "80977", "US"),
    ("C109", "Rheinfeld Pharma GmbH", "rheinfeld-pharma.de",
     "Rheinfeld Pharma GmbH, QC-Labor Werk 2", "Am Kalkofen 7", "Bingen am Rhein", "RP", "55411", "DE"),
    ("C110", "Veldhoven Analytical B.V.", "veldhoven-analytical.nl",
     "Veldhoven Analytical B.V.", "Kwartsweg 12", "Oosterdijk", "NB", "5294 KT", "NL"),
    ("C111", "Laboratoire Morvan SAS", "labo-morvan.fr",
     "Laboratoire Morvan SAS", "14 rue des Tanneurs", "Saint-Aubrac", "ARA", "69590", "FR"),
    ("C112", "LabSource Direct, Inc.", "labsourcedirect.com;lsd-orders.com",
     "LabSource Direct Warehouse", "4100 Drayton Industrial Pkwy", "Millbrook", "TX", "75997", "US"),
]
CUST = {c[0]: c[1] for c in CUSTOMERS}
